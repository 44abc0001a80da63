"""What lauxlib does for C modules, for their Python versions: luaL_error's position.

A C function's luaL_error is positioned at level 1, the function that called it:
a Lua function's `chunk:line:`, or nothing when another C function called it (a
library function calling a pattern's metamethod, cjson.safe calling decode).
Lua-visible functions of the clib modules register their code objects in
API_CODES; `lerror` finds the innermost of them on the stack and positions the
error at its caller.
"""
import sys

from ..core.errors import LuaError

API_CODES = set()


def lerror(msg):
    """luaL_error(L, msg) raised from a Lua-visible clib function."""
    from ..stdlib.lbase import lua_where

    f = sys._getframe(1)
    while f is not None and f.f_code not in API_CODES:
        f = f.f_back
    raise LuaError((lua_where(1, f) if f is not None else "") + msg)

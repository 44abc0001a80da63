"""Python versions of Lua C modules (LuaFileSystem, lua-system, lua-term).

`require` finds them where lua5.4 would load a C library: package.searchers[3]
(the C searcher) asks `opener(name)` for a module with that luaopen_ name
before it reports the name as not found (lpackage.searcher_c).  Each module
here has `luaopen(G)`, which builds and returns the module's table as its C
`luaopen_*` function does (including any global it sets).
"""
import importlib
import os
import sys

from ..core.errors import LuaError

_HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

# the name `require` is given (luaopen_ name with "_" for ".") -> the Python module here
MODULES = {
    "lfs": "lfs",
    "system.core": "system",
    "term.core": "term",
}


def opener(name):
    """The Python module providing the C module `name`, or None."""
    modname = MODULES.get(name)
    if modname is None:
        return None
    return importlib.import_module("." + modname, __name__)


def l_error(msg):
    """luaL_error raised by the C function calling this: the position of its caller
    (level 1), none when that caller is not Lua code (pcall(lfs.dir, ...))."""
    from ..stdlib.lbase import lua_where

    f = sys._getframe(1)
    while f.f_back is not None and f.f_back.f_code.co_filename.startswith(_HERE):
        f = f.f_back  # the C function's own frame (not its helpers')
    raise LuaError(lua_where(1, f) + msg)


def file_descriptor(f):
    """The descriptor under a LuaFile (a standard stream's own), or None."""
    if f.fd is not None and f.fd >= 0:
        return f.fd
    try:
        return getattr(sys, f.stream).fileno()
    except (AttributeError, ValueError, OSError, TypeError):
        return None


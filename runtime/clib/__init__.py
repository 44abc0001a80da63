"""Python versions of Lua C modules: LuaFileSystem, lua-system, lua-term, LPeg (and its
re.lua), lua-cjson, LuaExpat (lxp).

`require` finds them where lua5.4 finds the C library: the C searchers
(lpackage.searcher_c, searcher_croot) ask `opener(name)` for a module with that
luaopen_ name.  With the C library file on package.cpath the Python version is
loaded "from" that file (the loader data lua5.4 returns); without it the module is
there anyway (from the all-in-one searcher, with its Python file as loader data).
`re` is a Lua module (re.lua): Debian's file is found first on package.path,
exactly as lua5.4 finds it; the Python translation here is used only when no
re.lua is on the path.

Errors: `l_error` is luaL_error for them, positioned at level 1 (see its doc).
"""
import importlib
import os
import sys

from ..core.errors import located_error
from ..core.frames import runtime_module

runtime_module(__file__)

_HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

# the name `require` is given (luaopen_ name with "_" for ".") ->
# (the Python module here, its function building the module's table from the globals G)
MODULES = {
    "lfs": ("lfs", "luaopen"),
    "system.core": ("system", "luaopen"),
    "term.core": ("term", "luaopen"),
    "lpeg": ("lpeg", "luaopen"),
    "re": ("lpeg_re", "luaopen"),
    "cjson": ("cjson", "luaopen"),
    "cjson.safe": ("cjson", "luaopen_safe"),
    "lxp": ("lxp", "luaopen"),
}


def opener(name):
    """(luaopen(G), the Python file) of the C module `name` lua2py has, or None."""
    entry = MODULES.get(name)
    if entry is None:
        return None
    mod = importlib.import_module("." + entry[0], __name__)
    return getattr(mod, entry[1]), mod.__file__


# Code objects of Lua-visible functions that call Lua code or other such functions
# (lpeg, cjson): luaL_error in them is positioned at their own caller.
API_CODES = set()


def l_error(msg):
    """luaL_error raised by the C function calling this: the position of its caller (level
    1), none when that caller is not Lua code (pcall(lfs.dir, ...), or a library function
    calling a pattern's metamethod).  The C function is the innermost frame whose code is in
    API_CODES or, for modules that register none, the outermost of this package's frames."""
    f = sys._getframe(1)
    g = f
    while g is not None and g.f_code not in API_CODES:
        g = g.f_back
    if g is None:
        while f.f_back is not None and f.f_back.f_code.co_filename.startswith(_HERE):
            f = f.f_back  # the C function's own frame (not its helpers')
        g = f
    raise located_error(1, g, msg)


def file_descriptor(f):
    """The descriptor under a LuaFile (a standard stream's own), or None."""
    if f.fd is not None and f.fd >= 0:
        return f.fd
    try:
        return getattr(sys, f.stream).fileno()
    except (AttributeError, ValueError, OSError, TypeError):
        return None

"""lua-term 0.07's C module `term.core`: isatty(file)."""
import os

from ..core.args import type_error
from ..core.table import LuaTable
from ..core.frames import runtime_module
from . import file_descriptor
from ..stdlib.lio import LuaFile

runtime_module(__file__)


def isatty(*args):
    """term.isatty(file): checks the last argument (luaL_checkudata(L, -1, "FILE*"))."""
    if not args:
        # stack index -1 of an empty frame is the called function itself
        type_error(-1, "isatty", "FILE*", isatty)
    f = args[-1]
    if f.__class__ is not LuaFile:
        type_error(-1, "isatty", "FILE*", f)
    fd = file_descriptor(f)
    return fd is not None and os.isatty(fd)


def luaopen(G):
    t = LuaTable()
    dict.__setitem__(t, "isatty", isatty)
    return t

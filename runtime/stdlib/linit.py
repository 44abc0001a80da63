"""Creating a Lua state: the globals table _G with every library opened (lua5.4's linit.c).

`new_state()` returns a fresh _G (a LuaTable).  The most recent state created with
`make_current=True` (the default) is the "current state" (core.state.current_globals):
the importer, and anything else that needs "the" global environment, uses `current()`.

This is the one place that opens every library, so it may import from the layers above
the standard library (net, clib): it registers net's modules in package.preload and
clib's opener with the package library's C searchers.
"""
from ..core.frames import runtime_module
from ..core.state import current_globals, set_current
from ..core.table import LuaTable
from ..coroutine.lcoroutine import open_coroutine
from ..clib import opener as clib_opener
from ..net.preload import open_socket_preload
from .lbase import open_base
from .ldebug import open_debug
from .lio import open_io
from .lmath import open_math
from .los import open_os
from .lpackage import open_package, set_c_module_opener
from .lstring import open_string
from .ltable import open_table
from .lutf8 import open_utf8

runtime_module(__file__)
set_c_module_opener(clib_opener)  # the C searchers load lua2py's versions of C modules

# (global name, opener) in linit.c's order, after the base library; an opener returns its
# library table (None: it made no global)
LIBRARIES = [
    ("package", open_package),
    ("coroutine", open_coroutine),
    ("table", open_table),
    ("io", open_io),
    ("os", open_os),
    ("string", open_string),
    ("math", open_math),
    ("utf8", open_utf8),
    ("debug", open_debug),
    (None, open_socket_preload),  # socket, socket.http, ltn12, copas ... in package.preload
]


def new_state(script_name=None, args=(), arg_table=None, make_current=True):
    """A fresh globals table with the base library and every standard library.

    script_name/args build the `arg` global (arg[0] = script_name, arg[1..] = args)
    unless an explicit arg_table is given."""
    G = LuaTable()
    open_base(G)
    loaded = {}
    for gname, opener in LIBRARIES:
        lib = opener(G)
        if lib is None and gname is not None:
            lib = dict.get(G, gname)
        if lib is not None:
            loaded[gname] = lib
    package = dict.get(G, "package")
    if package is not None and package.__class__ is LuaTable:
        pl = dict.get(package, "loaded")
        if pl is not None:
            dict.__setitem__(pl, "_G", G)
            for k, v in loaded.items():
                dict.__setitem__(pl, k, v)
    if arg_table is None and script_name is not None:
        arg_table = LuaTable()
        dict.__setitem__(arg_table, 0, script_name)
        for i, a in enumerate(args):
            dict.__setitem__(arg_table, i + 1, a)
    if arg_table is not None:
        dict.__setitem__(G, "arg", arg_table)
    if make_current:
        set_current(G)
    return G


def current():
    """The current state's globals table, created on first use."""
    G = current_globals[0]
    if G is None:
        G = new_state()
    return G

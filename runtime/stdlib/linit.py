"""Creating a Lua state: the globals table _G with every standard library opened.

`new_state()` returns a fresh _G (a LuaTable).  The most recent state created
with `make_current=True` (the default) is the "current state": the importer,
and anything else that needs "the" global environment, uses `current()`.
Library modules that do not exist yet are skipped, so the runtime works while
its libraries are being written.
"""
import importlib
import importlib.util

from ..core import libguard
from ..core.table import LuaTable

# (module, opener function, global name) in lua5.4's linit.c order
LIBRARIES = [
    ("lpackage", "open_package", "package"),
    ("..coroutine.lcoroutine", "open_coroutine", "coroutine"),
    ("ltable", "open_table", "table"),
    ("lio", "open_io", "io"),
    ("los", "open_os", "os"),
    ("lstring", "open_string", "string"),
    ("lmath", "open_math", "math"),
    ("lutf8", "open_utf8", "utf8"),
    ("ldebug", "open_debug", "debug"),
    ("..net.preload", "open_socket_preload", None),  # socket, socket.http, ltn12, copas via package.preload
]

_current = [None]


def _import_lib(modname):
    full = importlib.util.resolve_name(modname if modname.startswith(".") else "." + modname, __package__)
    runtime = __package__.rpartition(".")[0]
    try:
        return importlib.import_module(full)
    except ModuleNotFoundError as e:
        # skip a library that is not written yet (but not a library whose own imports are broken
        # outside the runtime)
        if e.name == full or (e.name or "").startswith(runtime + "."):
            return None
        raise


def new_state(script_name=None, args=(), arg_table=None, make_current=True):
    """A fresh globals table with the base library and every available standard library.

    script_name/args build the `arg` global (arg[0] = script_name, arg[1..] = args)
    unless an explicit arg_table is given."""
    from . import lbase

    G = LuaTable()
    lbase.open_base(G)
    loaded = {}
    for modname, opener, gname in LIBRARIES:
        mod = _import_lib(modname)
        if mod is None:
            continue
        fn = getattr(mod, opener, None)
        if fn is None:
            continue
        lib = fn(G)
        if lib is None:
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
    G = _current[0]
    if G is None:
        G = new_state()
    return G


def set_current(G):
    _current[0] = G
    libguard.track(G)

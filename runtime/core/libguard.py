"""Library guards: reading standard library functions without looking them up.

`math.floor(x)` in Lua is two table lookups (`_ENV.math`, then `.floor`) before
the call, and Lua code may replace either at any time.  Converted code reads a
guarded library name through a cell, an inline cache kept by the runtime:

    (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else <the two lookups>)

A cell is [G, value]: while cell[0] is the globals table G, cell[1] is what
`G.math.floor` holds (present in the raw tables, so reading it runs no
metamethod and skipping the lookups cannot be observed); cell[0] is None when
the value is absent, is not callable (a number, a string...) or no globals
table is tracked.  So a valid cell's value is always callable, and a call site
calls it without its __call test (calls.any_callee).  One identity test
replaces two subscripts of a dict subclass.

The cells are kept true by a write barrier on the stores that can change them:
a store of a watched key (a library name such as "math", a function name such
as "floor") into the tracked globals table or into one of its library tables
re-reads every cell.  Converted code sends such stores through `ops.setindex`
(stores with a constant watched key, and dynamic string keys that are
watched); setindex, setfield and both rawsets call `stored`.  Python code that
writes into Lua tables with plain dict operations bypasses the barrier: change
library tables from Python with `lua2py.runtime.core.ops.setindex`.

The tracked table is the current state's globals (state.new_state /
set_current); code running with another environment (`load` with an env
table, `local _ENV`, another state) fails the identity test and does the
lookups, as before.
"""
from .frames import runtime_module

runtime_module(__file__)

# global functions of the base library, guarded by name
GLOBALS = (
    "assert", "error", "getmetatable", "ipairs", "next", "pairs", "pcall", "print",
    "rawequal", "rawget", "rawlen", "rawset", "select", "setmetatable", "tonumber",
    "tostring", "type", "xpcall",
)

# library tables and their guarded functions
FIELDS = {
    "coroutine": ("close", "create", "isyieldable", "resume", "running", "status", "wrap", "yield"),
    "string": ("byte", "char", "find", "format", "gmatch", "gsub", "len", "lower", "match",
               "pack", "packsize", "rep", "reverse", "sub", "unpack", "upper"),
    "math": ("abs", "acos", "asin", "atan", "ceil", "cos", "deg", "exp", "floor", "fmod",
             "log", "max", "min", "modf", "rad", "sin", "sqrt", "tan", "tointeger", "type", "ult"),
    "table": ("concat", "insert", "move", "pack", "remove", "sort", "unpack"),
    "utf8": ("char", "codepoint", "codes", "len", "offset"),
    "os": ("clock", "date", "difftime", "getenv", "time"),
}

# keys whose stores may change a guard: into the globals table, and into a library table;
# and "__call" for the metatables of values Python cannot call (CALL_META below)
ENV_KEYS = frozenset(GLOBALS) | frozenset(FIELDS)
WATCH_KEYS = ENV_KEYS | frozenset(f for fs in FIELDS.values() for f in fs) | {"__call"}

# CALL_META[0]: may a value that Python cannot call (a string, number, boolean, nil,
# coroutine or userdata) have a __call metamethod?  While it is False, a compiled call
# site calls its callee as Python does (a non-callable raises TypeError: "attempt to call
# a string value"); once True, call sites whose callee is not known to be a function or
# table ask values.callee first.  It turns True, for good, when a metatable that Lua
# code obtained for such a value (getmetatable, debug.getmetatable, debug.setmetatable)
# has a __call or is given one: those metatables are watched (CALL_WATCHED), and every
# store of "__call" into a watched table comes through `stored`.
CALL_META = [False]
CALL_WATCHED = set()


def watch_call(mt):
    """mt is the metatable of a type Python cannot call: watch its __call."""
    if mt.__class__.__name__ != "LuaTable":
        return
    if dict.get(mt, "__call") is not None:
        CALL_META[0] = True
    if mt not in CALL_WATCHED:
        CALL_WATCHED.add(mt)
        WATCHED.add(mt)


def global_cell(name):
    """The prelude name of the cell of the guarded global `name`, or None."""
    return "L_g_" + name if name in GLOBALS else None


def field_cell(lib, name):
    """The prelude name of the cell of the guarded library field `lib.name`, or None."""
    return "L_g_%s_%s" % (lib, name) if name in FIELDS.get(lib, ()) else None


# prelude name -> cell; (cell, global name, field name or None) for revalidate; and the
# guard a store of a key into the globals table or into a library table concerns
CELLS = {}
_GUARDS = []
_BY_KEY = {}
for _name in GLOBALS:
    CELLS[global_cell(_name)] = _c = [None, None]
    _GUARDS.append((_c, _name, None))
    _BY_KEY[(None, _name)] = _GUARDS[-1]
for _lib, _fields in FIELDS.items():
    for _name in _fields:
        CELLS[field_cell(_lib, _name)] = _c = [None, None]
        _GUARDS.append((_c, _lib, _name))
        _BY_KEY[(_lib, _name)] = _GUARDS[-1]
del _name, _lib, _fields, _c

# the globals table being tracked; its library tables (table -> library name); and the
# set of both, which converted code tests before a fast store of a watched key
_tracked = [None]
_libs = {}
WATCHED = set()


def track(G):
    """Guard library reads made through the globals table G (the current state's)."""
    _tracked[0] = G
    revalidate()


def revalidate():
    """Read every cell again from the tracked globals table."""
    G = _tracked[0]
    if G is None:
        return
    _libs.clear()
    WATCHED.clear()
    WATCHED.update(CALL_WATCHED)
    WATCHED.add(G)
    for lib in FIELDS:
        t = dict.get(G, lib)
        if isinstance(t, dict) and t is not G:
            _libs[t] = lib
            WATCHED.add(t)
    _refresh(G, _GUARDS)


def _refresh(G, guards):
    # a cell caches only values Python can call (functions, tables): compiled call
    # sites call a valid cell's value without their __call test (values.callee would
    # return it unchanged); a library name holding anything else is looked up
    for cell, name, field in guards:
        v = dict.get(G, name)
        if field is not None:
            v = dict.get(v, field) if isinstance(v, dict) else None
        if v is None or not callable(v):
            # (a call site calls a valid cell's value without values.callee: only a value
            # Python can call is cached, the others are read through the lookup)
            cell[0] = cell[1] = None
        else:
            cell[0], cell[1] = G, v


def stored(t, k):
    """The barrier: t[k] has just been stored (callers test `k in WATCH_KEYS` first).
    Only the cells that key concerns are read again."""
    if t not in WATCHED:
        return
    if k == "__call":
        if t in CALL_WATCHED:
            CALL_META[0] = True
        return
    G = _tracked[0]
    if t is G:
        if k in FIELDS:  # a library table itself replaced
            revalidate()
            return
        guard = _BY_KEY.get((None, k))
    else:
        guard = _BY_KEY.get((_libs.get(t), k))
    if guard is not None:
        _refresh(G, (guard,))

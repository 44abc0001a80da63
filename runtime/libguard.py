"""Library guards: reading standard library functions without looking them up.

`math.floor(x)` in Lua is two table lookups (`_ENV.math`, then `.floor`) before
the call, and Lua code may replace either at any time.  Converted code reads a
guarded library name through a cell, an inline cache kept by the runtime:

    (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else <the two lookups>)

A cell is [G, value]: while cell[0] is the globals table G, cell[1] is what
`G.math.floor` holds (present in the raw tables, so reading it runs no
metamethod and skipping the lookups cannot be observed); cell[0] is None when
the value is absent or no globals table is tracked.  One identity test
replaces two subscripts of a dict subclass.

The cells are kept true by a write barrier on the stores that can change them:
a store of a watched key (a library name such as "math", a function name such
as "floor") into the tracked globals table or into one of its library tables
re-reads every cell.  Converted code sends such stores through `ops.setindex`
(stores with a constant watched key, and dynamic string keys that are
watched); setindex, setfield and both rawsets call `stored`.  Python code that
writes into Lua tables with plain dict operations bypasses the barrier: change
library tables from Python with `lua2py.runtime.ops.setindex`.

The tracked table is the current state's globals (state.new_state /
set_current); code running with another environment (`load` with an env
table, `local _ENV`, another state) fails the identity test and does the
lookups, as before.
"""

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

# keys whose stores may change a guard
WATCH_KEYS = frozenset(GLOBALS) | frozenset(FIELDS) | frozenset(f for fs in FIELDS.values() for f in fs)


def global_cell(name):
    """The prelude name of the cell of the guarded global `name`, or None."""
    return "L_g_" + name if name in GLOBALS else None


def field_cell(lib, name):
    """The prelude name of the cell of the guarded library field `lib.name`, or None."""
    return "L_g_%s_%s" % (lib, name) if name in FIELDS.get(lib, ()) else None


# prelude name -> cell; and (cell, global name, field name or None) for revalidate
CELLS = {}
_GUARDS = []
for _name in GLOBALS:
    CELLS[global_cell(_name)] = _c = [None, None]
    _GUARDS.append((_c, _name, None))
for _lib, _fields in FIELDS.items():
    for _name in _fields:
        CELLS[field_cell(_lib, _name)] = _c = [None, None]
        _GUARDS.append((_c, _lib, _name))
del _name, _lib, _fields, _c

# the globals table being tracked, and the tables whose stores re-read the cells
_tracked = [None]
_watched = ()


def track(G):
    """Guard library reads made through the globals table G (the current state's)."""
    _tracked[0] = G
    revalidate()


def revalidate():
    """Read every cell again from the tracked globals table."""
    global _watched
    G = _tracked[0]
    if G is None:
        return
    watched = [G]
    for lib in FIELDS:
        t = dict.get(G, lib)
        if isinstance(t, dict):
            watched.append(t)
    _watched = tuple(watched)
    for cell, name, field in _GUARDS:
        v = dict.get(G, name)
        if field is not None:
            v = dict.get(v, field) if isinstance(v, dict) else None
        if v is None:
            cell[0] = cell[1] = None
        else:
            cell[0], cell[1] = G, v


def stored(t, k):
    """The barrier: t[k] has just been stored (callers test `k in WATCH_KEYS` first)."""
    for w in _watched:
        if w is t:
            revalidate()
            return

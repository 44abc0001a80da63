"""Lua types of Python values, metatables of every value, and tostring().

Value representation (see docs/architecture.md):
  nil -> None, booleans -> bool, integers -> int (64-bit, wrapped), floats -> float,
  strings -> str with one code point per byte (a latin-1 view of the bytes),
  tables -> LuaTable, functions -> any Python callable, coroutines -> Coroutine.
"""
import types
from functools import partial

from .errors import LuaError, rt_error
from .frames import transparent_module
from .libguard import CALL_META, watch_call
from .number import fmt_float
from .state import C_CALLS, MAXCCALLS
from .table import STRING_META, LuaTable, set_call_value

transparent_module(__file__)

# The metatable shared by all strings (its __index is the string library), set by the
# library loader: table.STRING_META, which table.method reads too.

# Metatables of the other types that share one per type (debug.setmetatable(0, mt) ...):
# Lua type name ("number", "boolean", "nil", "function", "thread") -> metatable.  Empty
# unless a program sets one, so the common paths test one dict's truth.
TYPE_META = {}

_TYPE_NAMES = {
    type(None): "nil",
    bool: "boolean",
    int: "number",
    float: "number",
    str: "string",
    LuaTable: "table",
    types.FunctionType: "function",
    types.BuiltinFunctionType: "function",
    types.MethodType: "function",
}


def type_name(v):
    n = _TYPE_NAMES.get(v.__class__)
    if n is not None:
        return n
    n = getattr(v.__class__, "lua_type", None)
    if n is not None:
        return n
    if isinstance(v, LuaTable):
        return "table"
    if callable(v):
        return "function"
    return "userdata"


def getmetatable(v):
    """The raw metatable of any value (ignores __metatable)."""
    if v.__class__ is LuaTable:
        return v.meta
    if v.__class__ is str:
        return STRING_META[0]
    if TYPE_META:
        m = TYPE_META.get(type_name(v))
        if m is not None:
            return m
    return getattr(v, "lua_meta", None)


def set_type_metatable(v, mt):
    """debug.setmetatable for a value whose type shares one metatable; False for userdata."""
    t = type_name(v)
    if t == "userdata":
        return False
    if mt is not None and t != "function":
        watch_call(mt)
    if t == "string":
        STRING_META[0] = mt
    elif mt is None:
        TYPE_META.pop(t, None)
    else:
        TYPE_META[t] = mt
    return True


def getmetamethod(v, event):
    """Metamethod `event` of value v, or None."""
    if v.__class__ is LuaTable:
        mt = v.meta
        if mt is None:
            return None
        return dict.get(mt, event)
    mt = getmetatable(v)
    if mt is None:
        return None
    return dict.get(mt, event)


def truthy(v):
    return v is not None and v is not False


def tostring(v):
    """Lua's tostring (luaL_tolstring): honours __tostring and __name."""
    c = v.__class__
    if c is str:
        return v
    if TYPE_META and c is not LuaTable:
        mt = TYPE_META.get(type_name(v))
        if mt is not None and dict.get(mt, "__tostring") is not None:
            return _tostring_meta(v, dict.get(mt, "__tostring"))
    if c is int:
        return "%d" % v
    if c is float:
        return fmt_float(v)
    if v is None:
        return "nil"
    if v is True:
        return "true"
    if v is False:
        return "false"
    mt = getmetatable(v)
    if mt is None:
        # a value with its own text and no metatable (cjson.null, a NULL light userdata)
        own = getattr(c, "lua_tostring", None)
        if own is not None:
            return own(v)
    if mt is not None:
        h = dict.get(mt, "__tostring")
        if h is not None:
            r = call_meta1(h, v)
            if r.__class__ is not str:
                if r.__class__ is int or r.__class__ is float:
                    return tostring(r)
                rt_error("'__tostring' must return a string")
            return r
        name = dict.get(mt, "__name")
        if name.__class__ is str:
            return "%s: 0x%x" % (name, id(v))
    return "%s: 0x%x" % (type_name(v), id(v))


def _tostring_meta(v, h):
    """tostring of a number, boolean, nil or function whose type's metatable has a
    __tostring (luaL_tolstring calls it first, whatever the type)."""
    r = call_meta1(h, v)
    if r.__class__ is not str:
        if r.__class__ is int or r.__class__ is float:
            return str(r) if r.__class__ is int else fmt_float(r)
        rt_error("'__tostring' must return a string")
    return r


def objtypename(v):
    """luaT_objtypename: for tables and full userdata, the metatable's __name when it is a
    string; else the type name."""
    c = v.__class__
    if c is LuaTable:
        mt = v.meta
    elif c is str or c is int or c is float or c is bool or v is None:
        return type_name(v)
    else:
        t = type_name(v)
        if t != "userdata":
            return t
        mt = getattr(v, "lua_meta", None)
    if mt is not None:
        name = dict.get(mt, "__name")
        if name.__class__ is str:
            return name
    return type_name(v)


def call(f, *args):
    """Call any Lua value (functions, and tables/values with __call)."""
    if f.__class__ is not LuaTable and callable(f):
        return f(*args)
    h = getmetamethod(f, "__call")
    if h is None:
        rt_error("attempt to call a %s value" % objtypename(f))
    return call(h, f, *args)


def c_call(f, *args):
    """Call f as a library function calls back into Lua (lua_call): one C call deeper
    (state.C_CALLS).  At lua5.4's limit the call fails with its luaE_checkcstack error,
    raised by a C function (no position)."""
    cc = C_CALLS
    n = cc[0]
    if n + 1 >= MAXCCALLS:
        if n + 1 == MAXCCALLS:
            raise LuaError("C stack overflow")
        if n + 1 >= MAXCCALLS // 10 * 11:
            raise LuaError("error in error handling")
    cc[0] = n + 1
    try:
        return call(f, *args)
    finally:
        cc[0] = n


def callee(f):
    """What a compiled call site calls while libguard.CALL_META is on: f itself when
    Python can call it (or when nothing can: the call then fails as usual), else f's
    __call metamethod with f as its first argument."""
    if f.__class__ is LuaTable or callable(f):
        return f
    h = getmetamethod(f, "__call")
    if h is None:
        return f
    return partial(call, h, f)


def callee_if_meta(f):
    """A call site's callee when the guard cell it read first was not valid: f through
    `callee` while libguard.CALL_META is on, else f (what the inline test of a call
    site does, calls.any_callee)."""
    return callee(f) if CALL_META[0] else f


def first(r):
    """A call's result in a single-value position (what calls.truncate does inline)."""
    if r.__class__ is tuple:
        return r[0] if r else None
    return r


def as_tuple(r):
    """A call's results as a tuple (what calls.multi_expr does inline)."""
    return r if r.__class__ is tuple else (r,)


def call_meta1(h, *args):
    """Call a metamethod and keep its first result."""
    r = call(h, *args)
    if r.__class__ is tuple:
        return r[0] if r else None
    return r


def call_event(h, ev, a, b):
    """Call the metamethod h of event `ev` ("__add") for an operator of the VM, keeping its
    first result.  lua5.4 names a metamethod it cannot call by its event:
    "attempt to call a number value (metamethod 'add')"; tracebacks name the function
    it calls "metamethod 'add'" (ldebug reads `ev` in this frame)."""
    if h.__class__ is not LuaTable and callable(h):
        r = h(a, b)
    else:
        tm = getmetamethod(h, "__call")
        if tm is None:
            rt_error("attempt to call a %s value (metamethod '%s')" % (objtypename(h), ev[2:]))
        r = call(tm, h, a, b)
    if r.__class__ is tuple:
        return r[0] if r else None
    return r


set_call_value(call)

"""Values crossing between Python and Lua: one rule, used wherever they cross.

Where: arguments and results of Lua functions called from Python (the functions of
modules imported with lua2py's import hook, LuaFunction), and arguments and results
of Python functions called from Lua (`require "py:mod"`, callables passed to Lua).

Python -> Lua (to_lua):
  None, bool, float            nil, boolean, float
  int                          integer (outside 64 bits: float, as Lua reads such a numeral)
  str                          string of its UTF-8 bytes (a str decoded with surrogateescape
                               gives back its original bytes)
  bytes, bytearray             string of those bytes
  list, tuple                  sequence table t[1..n], converted item by item (None: a hole)
  dict                         table, keys and values converted (None keys or values dropped)
  LuaTable                     the same table (no copy: changes are seen on both sides)
  a Lua function, a LuaFunction    the Lua function itself
  other callables              a Lua function converting its arguments and results
  opaque(obj), anything else   a userdata proxy: fields are obj's attributes (else items),
                               callable when obj is; it comes back to Python as obj
Lua -> Python (to_python):
  nil, booleans, integers, floats   None, bool, int, float
  strings                      str, the bytes decoded as UTF-8 with surrogateescape (any
                               byte string round-trips; invalid bytes are U+DC80..U+DCFF)
  table without a metatable    list when its keys are exactly 1..n (n >= 1), else dict with
                               converted keys and values; an empty table is a dict
  table with a metatable       the LuaTable itself (its behaviour lives in the metatable)
  functions                    LuaFunction (calls convert; .raw is the Lua function)
  proxies                      the Python object; coroutines, files: as they are
Shared and cyclic structure is kept within one crossing (the arguments of one call, or its
results): a table reached twice becomes one list or dict, and back.  Results: none is None, one is the value, several are a tuple.

Escape hatches: opaque(obj) passes obj to Lua untouched (as a proxy); LuaFunction.raw
calls with Lua values in and out (LuaTables stay tables); raw(fn) makes a Python
callable that Lua calls with Lua values, its results passed back as they are.
"""
import functools
import sys
import types

from ..core import ops
from ..core.errors import CHUNKS, LuaError
from ..core.frames import runtime_module
from ..core.table import BoolKey, LuaTable
from ..core.values import tostring, type_name
from ..coroutine.lcoroutine import COMPILED_FUNCTION_TYPES

runtime_module(__file__)

INT_MIN, INT_MAX = -(1 << 63), (1 << 63) - 1


# ---------------------------------------------------------------- strings

def text_to_lua(s):
    """A Python str as a Lua string (its UTF-8 bytes, one character per byte)."""
    if s.isascii():
        return s
    try:
        return s.encode("utf-8", "surrogateescape").decode("latin-1")
    except UnicodeEncodeError:  # lone surrogates outside U+DC80..U+DCFF
        return s.encode("utf-8", "surrogatepass").decode("latin-1")


def text_to_py(s):
    """A Lua string as a Python str: its bytes decoded as UTF-8, invalid bytes kept as
    surrogate escapes (text_to_lua gives the same bytes back)."""
    if s.isascii():
        return s
    return s.encode("latin-1").decode("utf-8", "surrogateescape")


# ---------------------------------------------------------------- Python -> Lua

def to_lua(v, _memo=None):
    """A Python value for Lua (see the module's rule)."""
    c = v.__class__
    if v is None or c is bool or c is float or c is LuaTable or c is PyObjectProxy:
        return v
    if c is int:
        return v if INT_MIN <= v <= INT_MAX else float(v)
    if c is str:
        return text_to_lua(v)
    if c is bytes or c is bytearray or c is memoryview:
        return bytes(v).decode("latin-1")
    if c is list or c is tuple or c is dict:
        if _memo is None:
            _memo = {}
        t = _memo.get(id(v))
        if t is not None:
            return t
        t = _memo[id(v)] = LuaTable()
        if c is dict:
            for k, x in v.items():
                if k is not None and x is not None:
                    ops.setindex(t, to_lua(k, _memo), to_lua(x, _memo))
        else:
            for i, x in enumerate(v):
                if x is not None:
                    dict.__setitem__(t, i + 1, to_lua(x, _memo))
        return t
    if c is LuaFunction:
        return v.raw
    if isinstance(v, int) and not isinstance(v, bool):  # int subclasses (IntEnum ...)
        return to_lua(int(v))
    if isinstance(v, float):
        return float(v)
    if isinstance(v, str):
        return text_to_lua(str(v))
    if is_lua_value(v):
        return v
    if getattr(v, "lua_raw", False):
        return v
    if isinstance(v, _FUNCTION_TYPES):
        return py_function(v)
    return PyObjectProxy(v)


def is_lua_value(v):
    """A value of Lua's own (a compiled Lua function, a library function, a coroutine, a file):
    passed between the two sides as it is."""
    if type_name(v) in ("thread",) or getattr(v.__class__, "lua_type", None) is not None:
        return True
    code = getattr(v, "__code__", None)
    if code is not None and code.co_filename in CHUNKS:
        return True  # compiled Lua
    mod = getattr(v, "__module__", None) or ""
    if mod.startswith(_RUNTIME_PACKAGE) and callable(v):
        return True  # the standard library
    return isinstance(v, COMPILED_FUNCTION_TYPES)


_RUNTIME_PACKAGE = __name__.split(".runtime", 1)[0] + ".runtime."  # lua2py.runtime.
_FUNCTION_TYPES = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                   types.BuiltinMethodType, functools.partial)


def py_function(fn):
    """A Lua function calling the Python callable fn (a tuple result is several results)."""
    self_obj = getattr(fn, "__self__", None)
    if self_obj is not None and not isinstance(self_obj, type(sys)):
        # a bound method: o:method(x) passes o again; drop it so o.method(x) and o:method(x) both work
        def call_python(*args):
            memo = {}
            a = [to_python(x, memo) for x in args]
            if a and a[0] is self_obj:
                del a[0]
            return _results_to_lua(fn(*a))
    else:
        def call_python(*args):
            memo = {}
            return _results_to_lua(fn(*[to_python(a, memo) for a in args]))

    call_python.__name__ = getattr(fn, "__name__", "call_python")
    call_python.py_callable = fn
    return call_python


def _results_to_lua(r):
    if r.__class__ is tuple:
        memo = {}
        return tuple(to_lua(x, memo) for x in r)
    return to_lua(r)


def raw(fn):
    """A Python callable that Lua calls with Lua values (LuaTable, strings one character per
    byte ...), whose results go back to Lua as they are (a tuple is several results)."""
    @functools.wraps(fn)
    def lua_raw_function(*args):
        return fn(*args)

    lua_raw_function.lua_raw = True
    return lua_raw_function


def opaque(obj):
    """obj for Lua as it is: a userdata proxy, which comes back to Python as obj."""
    return PyObjectProxy(obj)


# ---------------------------------------------------------------- Lua -> Python

def to_python(v, _memo=None):
    """A Lua value for Python (see the module's rule)."""
    c = v.__class__
    if v is None or c is bool or c is int or c is float:
        return v
    if c is str:
        return text_to_py(v)
    if c is LuaTable:
        if v.meta is not None:
            return v
        if _memo is None:
            _memo = {}
        out = _memo.get(id(v))
        if out is not None:
            return out
        n = len(v)
        if n and all(k.__class__ is int and 1 <= k <= n for k in dict.keys(v)):
            out = _memo[id(v)] = [None] * n
            for k, x in dict.items(v):
                out[k - 1] = to_python(x, _memo)
            return out
        out = _memo[id(v)] = {}
        for k, x in dict.items(v):
            if k.__class__ is BoolKey:
                k = k.value
            out[to_python(k, _memo)] = to_python(x, _memo)
        return out
    if c is PyObjectProxy:
        return v.obj
    py = getattr(v, "py_callable", None)
    if py is not None:
        return py
    if getattr(v, "lua_raw", False):
        return v
    if type_name(v) == "function":
        return LuaFunction(v)
    return v


def results_to_python(r):
    """A Lua call's results: none -> None, one -> the value, several -> a tuple."""
    if r.__class__ is tuple:
        if not r:
            return None
        if len(r) == 1:
            return to_python(r[0])
        memo = {}
        return tuple(to_python(x, memo) for x in r)
    return to_python(r)


class LuaFunction:
    """A Lua function called from Python: arguments converted with to_lua, results with
    to_python (none -> None, one -> the value, several -> a tuple); Lua errors raise
    LuaError.  `raw` is the Lua function: Lua values in and out."""
    __slots__ = ("raw", "__weakref__")

    def __init__(self, fn):
        self.raw = fn

    def __call__(self, *args):
        memo = {}
        return results_to_python(ops.call(self.raw, *[to_lua(a, memo) for a in args]))

    def __eq__(self, other):
        return other.__class__ is LuaFunction and other.raw is self.raw

    def __hash__(self):
        return hash(id(self.raw))

    def __repr__(self):
        return "<Lua %s>" % tostring(self.raw)


# ---------------------------------------------------------------- Python objects in Lua

class PyObjectProxy:
    """A Python object seen from Lua: a userdata whose fields are the object's attributes
    (falling back to item access), callable when the object is."""
    __slots__ = ("obj",)
    lua_type = "userdata"
    lua_meta = None  # set below

    def __init__(self, obj):
        self.obj = obj

    def __call__(self, *args):
        if not callable(self.obj):
            raise LuaError("attempt to call a Python %s object" % type(self.obj).__name__)
        return _results_to_lua(self.obj(*[to_python(a) for a in args]))

    def __repr__(self):
        return "pyobject: %r" % (self.obj,)


def _proxy_index(p, k):
    obj = p.obj
    if k.__class__ is str:
        name = text_to_py(k)
        try:
            return to_lua(getattr(obj, name))
        except AttributeError:
            pass
    try:
        return to_lua(obj[to_python(k)])
    except (KeyError, IndexError, TypeError):
        return None


def _proxy_newindex(p, k, v):
    obj = p.obj
    if k.__class__ is str and not hasattr(type(obj), "__setitem__"):
        setattr(obj, text_to_py(k), to_python(v))
    else:
        obj[to_python(k)] = to_python(v)
    return ()


def _proxy_tostring(p, *_):
    return text_to_lua("pyobject: " + repr(p.obj))


def _proxy_len(p, *_):
    return len(p.obj)


def _proxy_eq(a, b):
    return a.__class__ is PyObjectProxy and b.__class__ is PyObjectProxy and a.obj == b.obj


_META = LuaTable()
for _k, _v in (("__index", _proxy_index), ("__newindex", _proxy_newindex),
               ("__tostring", _proxy_tostring), ("__len", _proxy_len), ("__eq", _proxy_eq),
               ("__name", "pyobject")):
    dict.__setitem__(_META, _k, _v)
PyObjectProxy.lua_meta = _META

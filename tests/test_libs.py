"""Direct unit tests of the table, math, os and utf8 libraries (runtime/stdlib/ltable.py,
lmath.py, los.py, lutf8.py), without the compiler.

The bulk of the tests are table-driven: CASES lists library calls with plain-data
arguments; EXPECTED holds what lua5.4 (5.4.4) printed for the same call made with
pcall, serialised by the Lua twin of `ser` below (see LUA_SER).  The expectations
were produced by a differential harness that runs CASES in lua5.4, so the suite
itself needs no Lua installed.  Error messages are compared without the
"'table.insert'" qualification lua5.4 adds under a direct pcall.
"""
import math
import os
import re

import pytest

from lua2py.runtime.stdlib import lmath, los, ltable, lutf8
from lua2py.runtime.core.errors import LuaError, LuaExit
from lua2py.runtime.core.table import LuaTable, rawset

MAXI = (1 << 63) - 1
MINI = -(1 << 63)
INF = math.inf
NAN = -math.nan  # x86's default NaN (lua prints -nan)


def T(*items):
    """A sequence table."""
    return LuaTable.from_list(items)


def D(pairs):
    """A table from a dict (keys are Lua values)."""
    t = LuaTable()
    for k, v in pairs.items():
        rawset(t, k, v)
    return t


G = LuaTable()
ltable.open_table(G)
lmath.open_math(G)
los.open_os(G)
lutf8.open_utf8(G)


# ---------------------------------------------------------------- serialisation (Python and Lua twins)


def _ser_str(s):
    return '"' + re.sub(r'[\x00-\x1f\x7f"\\\x80-\xff]', lambda m: "\\%d" % ord(m.group()), s) + '"'


def _key_rank(k):
    c = k.__class__
    if c is int or c is float:
        return (0, k, "")
    if c is str:
        return (1, 0, k)
    return (2, 0, ser(k))


def ser(v, depth=0):
    c = v.__class__
    if v is None:
        return "nil"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if c is int:
        return "%d" % v
    if c is float:
        if v != v or v in (INF, -INF):
            from lua2py.runtime.core.number import fmt_float

            return "F" + fmt_float(v)
        return "F%.17g" % v
    if c is str:
        return _ser_str(v)
    if c is LuaTable:
        if depth > 2:
            return "{...}"
        from lua2py.runtime.core.table import iter_pairs

        items = sorted(iter_pairs(v), key=lambda kv: _key_rank(kv[0]))
        return "{" + ",".join("%s=%s" % (ser(k, depth + 1), ser(x, depth + 1)) for k, x in items) + "}"
    if callable(v):
        return "function"
    return "?"


LUA_SER = r'''
local function serstr(s)
  return '"' .. s:gsub('[%c"\\\128-\255]', function(c) return string.format("\\%d", c:byte()) end) .. '"'
end
local ser
local function rank(k)
  local t = type(k)
  if t == "number" then return 0 elseif t == "string" then return 1 else return 2 end
end
ser = function(v, depth)
  depth = depth or 0
  local t = type(v)
  if t == "number" then
    if math.type(v) == "integer" then return string.format("%d", v) end
    if v ~= v or v == math.huge or v == -math.huge then return "F" .. tostring(v) end
    return "F" .. string.format("%.17g", v)
  elseif t == "string" then return serstr(v)
  elseif t == "table" then
    if depth > 2 then return "{...}" end
    local keys = {}
    for k in next, v do keys[#keys + 1] = k end
    table.sort(keys, function(a, b)
      local ra, rb = rank(a), rank(b)
      if ra ~= rb then return ra < rb end
      if ra == 2 then return ser(a, depth + 1) < ser(b, depth + 1) end
      return a < b
    end)
    local parts = {}
    for _, k in ipairs(keys) do parts[#parts + 1] = ser(k, depth + 1) .. "=" .. ser(v[k], depth + 1) end
    return "{" .. table.concat(parts, ",") .. "}"
  elseif t == "function" then return "function"
  else return tostring(v) end
end
function emit(i, f, a)
  local r = table.pack(pcall(f, table.unpack(a, 1, a.n)))
  local out = {}
  if r[1] then
    out[1] = "true"
    for j = 2, r.n do out[#out + 1] = ser(r[j]) end
  else
    local msg = r[2]
    if type(msg) == "string" then
      msg = msg:gsub("to '[%w_]+%.([%w_]+)'", "to '%1'")
      out[1] = "false " .. msg
    else
      out[1] = "false " .. ser(msg)
    end
  end
  local targs = {}
  for j = 1, a.n do if type(a[j]) == "table" then targs[#targs + 1] = ser(a[j]) end end
  local s = table.concat(out, " ")
  if #targs > 0 then s = s .. " ; " .. table.concat(targs, " ") end
  print(i .. "|" .. (s:gsub("\n", "\\n")))
end
'''


class X:
    """A case argument given as Lua source and a Python builder of the same value."""

    def __init__(self, lua, build):
        self.lua = lua
        self.build = build


def _mt(t, **fields):
    mt = LuaTable()
    for k, v in fields.items():
        dict.__setitem__(mt, k, v)
    t.meta = mt
    return t


def _truth(v):
    return v is not None and v is not False


def lua_lit(v):
    """A Lua expression for a plain-data Python value (used by the harness)."""
    c = v.__class__
    if c is X:
        return v.lua
    if v is None:
        return "nil"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if c is int:
        if v == MINI:
            return "math.mininteger"
        return "%d" % v
    if c is float:
        if v != v:
            return "(0/0)"
        if v == INF:
            return "math.huge"
        if v == -INF:
            return "(-math.huge)"
        return "%r" % v if "e" not in repr(v) and "." in repr(v) else "(%s)" % float.hex(v)
    if c is str:
        return '"' + "".join("\\%d" % ord(ch) for ch in v) + '"'
    if c is LuaTable:
        from lua2py.runtime.core.table import iter_pairs

        return "{" + ", ".join("[%s]=%s" % (lua_lit(k), lua_lit(x)) for k, x in iter_pairs(v)) + "}"
    raise TypeError(v)


def _lookup(fname):
    lib, name = fname.split(".")
    return dict.get(dict.get(G, lib), name)


def call_case(fname, args):
    f = _lookup(fname)
    args = [a.build() if a.__class__ is X else a for a in args]
    try:
        r = f(*args)
    except LuaError as e:
        msg = e.value
        out = "false " + (msg if msg.__class__ is str else ser(msg))
    else:
        if r.__class__ is not tuple:
            r = (r,)
        out = " ".join(["true"] + [ser(x) for x in r])
    targs = [ser(a) for a in args if a.__class__ is LuaTable]
    if targs:
        out += " ; " + " ".join(targs)
    return out


# ---------------------------------------------------------------- the cases

def _recs(keys):
    return [T(k, i + 1) for i, k in enumerate(keys)]


_LT1 = X("function(a, b) return a[1] < b[1] end", lambda: (lambda a, b: a[1] < b[1]))
_GT = X("function(a, b) return a > b end", lambda: (lambda a, b: a > b))
_LE = X("function(a, b) return a <= b end", lambda: (lambda a, b: a <= b))
_TRUE = X("function(a, b) return true end", lambda: (lambda a, b: True))
_FALSE = X("function(a, b) return false end", lambda: (lambda a, b: False))
_NIL = X("function(a, b) end", lambda: (lambda a, b: ()))
_ONE = X("function(a, b) return 1 end", lambda: (lambda a, b: 1))
_LTERR = X(
    "function(a, b) if a == 7 or b == 7 then error('seven', 0) end return a < b end",
    lambda: (lambda a, b: (_ for _ in ()).throw(LuaError("seven")) if (a == 7 or b == 7) else a < b),
)


def _recs_table(keys):
    lua = "{" + ", ".join("{%d, %d}" % (k, i + 1) for i, k in enumerate(keys)) + "}"
    return X(lua, lambda: T(*_recs(keys)))


def _lt_objs(keys):
    """Tables compared through __lt on their field v."""
    lua = (
        "(function() local mt = {__lt = function(a, b) return a.v < b.v end}; local t = {}; "
        "for i, k in ipairs({%s}) do t[i] = setmetatable({v = k, id = i}, mt) end; return t end)()"
        % ", ".join("%d" % k for k in keys)
    )

    def build():
        mt = LuaTable()
        dict.__setitem__(mt, "__lt", lambda a, b: a["v"] < b["v"])
        items = []
        for i, k in enumerate(keys):
            o = D({"v": k, "id": i + 1})
            o.meta = mt
            items.append(o)
        return T(*items)

    return X(lua, build)


def _proxy(items, n=None):
    """A table whose elements live in another table behind __index/__newindex (and __len)."""
    n = len(items) if n is None else n
    lua = (
        "(function() local store = {%s}; return setmetatable({}, {__index = store, "
        "__newindex = function(t, k, v) rawset(store, k, v) end, __len = function() return %d end}) end)()"
        % (", ".join(lua_lit(x) for x in items), n)
    )

    def build():
        store = T(*items)
        return _mt(LuaTable(), __index=store, __newindex=lambda t, k, v: rawset(store, k, v), __len=lambda t, *_: n)

    return X(lua, build)


_IDX10 = X(
    "setmetatable({}, {__index = function(t, k) return k * 10 end, __len = function() return 4 end})",
    lambda: _mt(LuaTable(), __index=lambda t, k: k * 10, __len=lambda t, *_: 4),
)
_LENF = X(
    "setmetatable({1, 2, 3}, {__len = function() return 2.0 end})",
    lambda: _mt(T(1, 2, 3), __len=lambda t, *_: 2.0),
)
_LENBAD = X(
    "setmetatable({1, 2, 3}, {__len = function() return 2.5 end})",
    lambda: _mt(T(1, 2, 3), __len=lambda t, *_: 2.5),
)
_LENSTR = X(
    "setmetatable({1, 2, 3}, {__len = function() return '3' end})",
    lambda: _mt(T(1, 2, 3), __len=lambda t, *_: "3"),
)
_NAMED = X("setmetatable({}, {__name = 'MyType'})", lambda: _mt(LuaTable(), __name="MyType"))

_KEYS = [5, 3, 5, 1, 3, 5, 2, 1, 4, 3, 5, 2]
_KEYS40 = [(i * 17) % 7 for i in range(40)]
_KEYS100 = [(i * 31) % 13 for i in range(100)]

EXTRA_CASES = [
    ("table.sort", [_recs_table(_KEYS), _LT1]),
    ("table.sort", [_recs_table(_KEYS40), _LT1]),
    ("table.sort", [_recs_table(_KEYS100), _LT1]),
    ("table.sort", [T(*_KEYS), _GT]),
    ("table.sort", [T(*_KEYS40), _LE]),
    ("table.sort", [T(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), _LE]),
    ("table.sort", [T(3, 1, 2), _TRUE]),
    ("table.sort", [T(5, 3, 4, 1, 2), _TRUE]),
    ("table.sort", [T(*range(20)), _TRUE]),
    ("table.sort", [T(*_KEYS40), _FALSE]),
    ("table.sort", [T(*_KEYS), _NIL]),
    ("table.sort", [T(*_KEYS), _ONE]),
    ("table.sort", [T(9, 8, 7, 6, 5, 4, 3, 2, 1), _LTERR]),
    ("table.sort", [T(4, 3, 2, 1, 7, 6, 5), _LTERR]),
    ("table.sort", [_lt_objs(_KEYS)]),
    ("table.sort", [_lt_objs(_KEYS40)]),
    ("table.sort", [T(3, 1, 2, "x", 5)]),
    ("table.sort", [T(3.5, 1, 2, 1.0, 3, 2.0, 1, 3.5)]),
    ("table.sort", [_proxy([4, 1, 3, 2])]),
    ("table.sort", [_proxy([4, 1, 3, 2], 3)]),
    ("table.insert", [_proxy([1, 2, 3]), 1, 0]),
    ("table.insert", [_proxy([1, 2, 3]), "z"]),
    ("table.remove", [_proxy([1, 2, 3]), 1]),
    ("table.remove", [_proxy([1, 2, 3])]),
    ("table.concat", [_IDX10, ","]),
    ("table.concat", [_proxy(["a", "b", "c"]), "+"]),
    ("table.unpack", [_IDX10]),
    ("table.unpack", [_IDX10, 2, 6]),
    ("table.unpack", [_LENF]),
    ("table.unpack", [_LENBAD]),
    ("table.unpack", [_LENSTR]),
    ("table.insert", [_LENBAD, 1]),
    ("table.move", [_IDX10, 1, 3, 1, T()]),
    ("table.move", [T(1, 2, 3), 1, 3, 1, _proxy([])]),
    ("table.concat", [X("{1, setmetatable({}, {__name = 'MyType'})}", lambda: T(1, _NAMED.build()))]),
    ("table.insert", [_NAMED, 1]),
    ("table.sort", [T(3, 2, 1), _NAMED]),
    ("math.abs", [_NAMED]),
    ("math.max", [_lt_objs([3, 9, 4])]),
    ("utf8.char", [_NAMED]),
    ("table.concat", [T(1, 2), _NAMED]),
]



S = "\xe2\x82\xac"  # U+20AC as UTF-8 bytes
UTF = "h\xc3\xa9llo" + S + "!"

CASES = [
    # table.insert
    ("table.insert", [T(1, 2, 3), 4]),
    ("table.insert", [T(1, 2, 3), 1, 0]),
    ("table.insert", [T(1, 2, 3), 2, "x"]),
    ("table.insert", [T(1, 2, 3), 4, "end"]),
    ("table.insert", [T(1, 2, 3), 5, "x"]),
    ("table.insert", [T(1, 2, 3), 0, "x"]),
    ("table.insert", [T(1, 2, 3), -1, "x"]),
    ("table.insert", [T(), 1, "a"]),
    ("table.insert", [T(), 1.0, "a"]),
    ("table.insert", [T(), 1.5, "a"]),
    ("table.insert", [T(), "1", "a"]),
    ("table.insert", [T(), "x", "a"]),
    ("table.insert", [T(1), 1, None]),
    ("table.insert", [T(1)]),
    ("table.insert", [T(1), 1, 2, 3]),
    ("table.insert", [None, 1]),
    ("table.insert", []),
    ("table.insert", ["abc", 1]),
    ("table.insert", [T(1, 2), None]),
    ("table.insert", [T(1, 2), MAXI, 1]),
    # table.remove
    ("table.remove", [T(1, 2, 3)]),
    ("table.remove", [T(1, 2, 3), 1]),
    ("table.remove", [T(1, 2, 3), 2]),
    ("table.remove", [T(1, 2, 3), 3]),
    ("table.remove", [T(1, 2, 3), 4]),
    ("table.remove", [T(1, 2, 3), 5]),
    ("table.remove", [T(1, 2, 3), 0]),
    ("table.remove", [T(1, 2, 3), -1]),
    ("table.remove", [T()]),
    ("table.remove", [T(), 0]),
    ("table.remove", [T(), 1]),
    ("table.remove", [T(), 2]),
    ("table.remove", [T(), -1]),
    ("table.remove", [D({0: "z"}), 0]),
    ("table.remove", [D({0: "z"})]),
    ("table.remove", [D({0: "z", 1: "a"})]),
    ("table.insert", [D({"n": 1, 1: "a", 2: "b"}), "c"]),
    ("table.remove", [T(1, 2, 3), None]),
    ("table.remove", [T(1, 2, 3), "2"]),
    ("table.remove", [T(1, 2, 3), 2.5]),
    ("table.remove", [None]),
    ("table.remove", [T(1, 2, 3), MINI]),
    # table.concat
    ("table.concat", [T(1, 2, 3)]),
    ("table.concat", [T(1, 2, 3), ", "]),
    ("table.concat", [T("a", "b", "c"), "-", 2]),
    ("table.concat", [T("a", "b", "c"), "-", 2, 3]),
    ("table.concat", [T("a", "b", "c"), "-", 3, 2]),
    ("table.concat", [T("a", "b", "c"), "-", 1, 4]),
    ("table.concat", [T(1, 2.5, -0.0, 1e100, 2 ** 53), " "]),
    ("table.concat", [T(1, T(), 3)]),
    ("table.concat", [T(1, True, 3)]),
    ("table.concat", [T(1, 2, 3), 4]),
    ("table.concat", [T(1, 2, 3), T()]),
    ("table.concat", [T()]),
    ("table.concat", [T(), "x", 1, 0]),
    ("table.concat", [T("a"), "x", 1, 1]),
    ("table.concat", [T("a", "b"), None, None, None]),
    ("table.concat", [None]),
    ("table.concat", [T("a", "b"), "", 1.0, "2"]),
    ("table.concat", [T("a", "b"), "", 1.5]),
    ("table.concat", [T("x"), "", MAXI - 1, MAXI]),
    # table.pack / unpack
    ("table.pack", []),
    ("table.pack", [1, None, 3]),
    ("table.pack", [None, None]),
    ("table.unpack", [T(1, 2, 3)]),
    ("table.unpack", [T(1, 2, 3), 2]),
    ("table.unpack", [T(1, 2, 3), 2, 3]),
    ("table.unpack", [T(1, 2, 3), -1, 1]),
    ("table.unpack", [T(1, 2, 3), 3, 2]),
    ("table.unpack", [T(1, 2, 3), None, 5]),
    ("table.unpack", [T()]),
    ("table.unpack", [T(), 1, 10 ** 8]),
    ("table.unpack", [T(), MINI, MAXI]),
    ("table.unpack", [T(), MAXI, MAXI]),
    ("table.unpack", [None]),
    ("table.unpack", [None, 1, 2]),
    ("table.unpack", ["abc"]),
    ("table.unpack", [T(1, 2), "1", "2"]),
    ("table.unpack", [T(1, 2), 1.5]),
    # table.move
    ("table.move", [T(1, 2, 3, 4, 5), 2, 4, 1]),
    ("table.move", [T(1, 2, 3, 4, 5), 1, 3, 2]),
    ("table.move", [T(1, 2, 3, 4, 5), 1, 3, 3]),
    ("table.move", [T(1, 2, 3), 1, 3, 1, T("a", "b", "c", "d", "e")]),
    ("table.move", [T(1, 2, 3), 1, 0, 1, T("a")]),
    ("table.move", [T(1, 2, 3), 2, 3, -1]),
    ("table.move", [T(1, 2, 3), 1, 3, 2, None]),
    ("table.move", [T(1, 2, 3), 1, 3, 2, 5]),
    ("table.move", [T(1, 2, 3), -1, MAXI, 2]),
    ("table.move", [T(1, 2, 3), 0, MAXI, 2]),
    ("table.move", [T(1, 2, 3), 1, 3, MAXI]),
    ("table.move", [T(1, 2, 3), 1, 3, MAXI - 2]),
    ("table.move", [T(1, 2, 3), 1, 3]),
    ("table.move", [T(1, 2, 3), 1]),
    ("table.move", [T(1, 2, 3)]),
    ("table.move", [None, 1, 2, 3]),
    ("table.move", [T(1, 2, 3), 1.5, 2, 3]),
    ("table.move", [T(1, 2, 3), "1", "3", "4"]),
    # table.sort
    ("table.sort", [T(5, 2, 8, 1, 9, 3)]),
    ("table.sort", [T(3, 1.5, 2, -7, 1e300, -INF)]),
    ("table.sort", [T("b", "a", "B", "", "ab", "a\0b", "a\0a")]),
    ("table.sort", [T(1, "x")]),
    ("table.sort", [T(1, 2, T())]),
    ("table.sort", [T(T(), T())]),
    ("table.sort", [T(True, False)]),
    ("table.sort", [T(3, 2, 1), 5]),
    ("table.sort", [T(3, 2, 1), T()]),
    ("table.sort", [T(3, None, 1)]),
    ("table.sort", [T()]),
    ("table.sort", [T(1)]),
    ("table.sort", [None]),
    ("table.sort", [T(2, 1, NAN, 3, 0.5, NAN, 7, 4, 6)]),
    ("table.sort", [T(1, 1.0, 2, 2.0, 1, 0.0, -0.0, 0, 2.0, 1.0)]),
    ("table.sort", [T(*[(i * 37) % 101 for i in range(150)])]),
    ("table.sort", [T(*["k%d" % ((i * 7919) % 211) for i in range(211)])]),
    # math
    ("math.abs", [-5]),
    ("math.abs", [MINI]),
    ("math.abs", [-0.0]),
    ("math.abs", [-2.5]),
    ("math.abs", ["-3"]),
    ("math.abs", ["x"]),
    ("math.abs", []),
    ("math.abs", [-INF]),
    ("math.ceil", [3.2]),
    ("math.ceil", [-3.2]),
    ("math.ceil", [-0.5]),
    ("math.ceil", [7]),
    ("math.ceil", [2.0 ** 70]),
    ("math.ceil", [-(2.0 ** 63)]),
    ("math.ceil", [2.0 ** 63]),
    ("math.ceil", ["1.5"]),
    ("math.ceil", [INF]),
    ("math.ceil", [NAN]),
    ("math.floor", [3.7]),
    ("math.floor", [-3.7]),
    ("math.floor", [-0.0]),
    ("math.floor", [MAXI]),
    ("math.floor", ["8"]),
    ("math.floor", [T()]),
    ("math.floor", [-INF]),
    ("math.floor", [1e308]),
    ("math.fmod", [7, 3]),
    ("math.fmod", [-7, 3]),
    ("math.fmod", [7, -3]),
    ("math.fmod", [-7, -3]),
    ("math.fmod", [7, 0]),
    ("math.fmod", [MINI, -1]),
    ("math.fmod", [MINI, MAXI]),
    ("math.fmod", [5, -1]),
    ("math.fmod", [7.5, 2]),
    ("math.fmod", [-7.5, 2]),
    ("math.fmod", [7, 0.0]),
    ("math.fmod", [INF, 1]),
    ("math.fmod", [1, INF]),
    ("math.fmod", [NAN, 1]),
    ("math.fmod", [7, "2"]),
    ("math.fmod", [7]),
    ("math.fmod", ["7", 0]),
    ("math.modf", [3]),
    ("math.modf", [3.7]),
    ("math.modf", [-3.7]),
    ("math.modf", [-0.0]),
    ("math.modf", [INF]),
    ("math.modf", [-INF]),
    ("math.modf", [NAN]),
    ("math.modf", [2.0 ** 70]),
    ("math.modf", ["2.5"]),
    ("math.modf", [None]),
    ("math.sqrt", [16]),
    ("math.sqrt", [2]),
    ("math.sqrt", [-1]),
    ("math.sqrt", [-0.0]),
    ("math.sqrt", [INF]),
    ("math.exp", [0]),
    ("math.exp", [1]),
    ("math.exp", [1000]),
    ("math.exp", [-1000]),
    ("math.exp", [-INF]),
    ("math.log", [1]),
    ("math.log", [math.e]),
    ("math.log", [0]),
    ("math.log", [-1]),
    ("math.log", [8, 2]),
    ("math.log", [1024, 2.0]),
    ("math.log", [1000, 10]),
    ("math.log", [27, 3]),
    ("math.log", [-1, 2]),
    ("math.log", [-1, 10]),
    ("math.log", [0, 10]),
    ("math.log", [2, 0]),
    ("math.log", [1, 1]),
    ("math.log", [2, 1]),
    ("math.log", [-2, -2]),
    ("math.log", [INF, INF]),
    ("math.log", [100, "10"]),
    ("math.log", [100, None]),
    ("math.log", [100, T()]),
    ("math.sin", [1]),
    ("math.sin", [INF]),
    ("math.cos", [0]),
    ("math.cos", [-INF]),
    ("math.tan", [1]),
    ("math.tan", [INF]),
    ("math.asin", [1]),
    ("math.asin", [2]),
    ("math.acos", [0.5]),
    ("math.acos", [-2]),
    ("math.atan", [1]),
    ("math.atan", [1, 2]),
    ("math.atan", [0.0, -1]),
    ("math.atan", [-0.0, -1]),
    ("math.atan", [INF, INF]),
    ("math.atan", [NAN]),
    ("math.atan", [1, None]),
    ("math.deg", [math.pi]),
    ("math.deg", [1]),
    ("math.rad", [180]),
    ("math.rad", ["90"]),
    ("math.tointeger", [3.0]),
    ("math.tointeger", [3.5]),
    ("math.tointeger", [2.0 ** 63]),
    ("math.tointeger", [-(2.0 ** 63)]),
    ("math.tointeger", ["8"]),
    ("math.tointeger", ["0x10"]),
    ("math.tointeger", ["3.0"]),
    ("math.tointeger", ["x"]),
    ("math.tointeger", [T()]),
    ("math.tointeger", [None]),
    ("math.tointeger", []),
    ("math.tointeger", [NAN]),
    ("math.type", [1]),
    ("math.type", [1.0]),
    ("math.type", ["1"]),
    ("math.type", [None]),
    ("math.type", []),
    ("math.ult", [1, 2]),
    ("math.ult", [-1, 2]),
    ("math.ult", [2, -1]),
    ("math.ult", [MAXI, MINI]),
    ("math.ult", [1.5, 2]),
    ("math.ult", [1]),
    ("math.max", [1, 5, 3]),
    ("math.max", [1, 2.0]),
    ("math.max", [2.0, 2]),
    ("math.max", [2, 2.0]),
    ("math.max", [-0.0, 0.0]),
    ("math.max", [0.0, -0.0]),
    ("math.max", ["a", "b"]),
    ("math.max", [1, "x"]),
    ("math.max", [NAN, 1]),
    ("math.max", [1, NAN]),
    ("math.max", []),
    ("math.max", [None]),
    ("math.max", [T(), 1]),
    ("math.min", [4, 2, 8]),
    ("math.min", [1, 1.0]),
    ("math.min", [1.0, 1]),
    ("math.min", [MINI, -INF]),
    ("math.min", []),
    ("math.min", [5]),
    ("math.min", ["10", "9"]),
    ("math.random", [1, 2, 3]),
    ("math.random", [2, 1]),
    ("math.random", [0.5]),
    ("math.random", [None]),
    ("math.random", [-3]),
    ("math.random", [MAXI, MINI]),
    ("math.random", [7, 7]),
    ("math.random", ["3", "3"]),
    ("math.randomseed", [42]),
    ("math.randomseed", [42, 7]),
    ("math.randomseed", [1.5]),
    ("math.randomseed", ["x"]),
    ("math.randomseed", [None]),
    ("math.randomseed", [-1, None]),
    # os (deterministic parts)
    ("os.date", ["!%Y-%m-%d %H:%M:%S", 0]),
    ("os.date", ["!%c", 0]),
    ("os.date", ["!%x %X %p %j %U %W %V %G %g %u %w %a %A %b %B %h %e %C %y %D %F %R %T %n %t %%", 86400 * 400 + 3723]),
    ("os.date", ["!%Ec|%EC|%Ex|%EX|%Ey|%EY|%Od|%Oe|%OH|%OI|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy", 1234567890]),
    ("os.date", ["!*t", 1234567890]),
    ("os.date", ["*t", 0]),
    ("os.date", ["!%z %Z", 0]),
    ("os.date", ["!%s", 1000]),
    ("os.date", ["!%r %I", 13 * 3600]),
    ("os.date", ["!abc", 0]),
    ("os.date", ["!", 0]),
    ("os.date", ["", 0]),
    ("os.date", ["!%Y", -86400 * 366]),
    ("os.date", ["!%Y-%m-%d", 253402300799]),
    ("os.date", ["!%Q", 0]),
    ("os.date", ["%Ez abc", 0]),
    ("os.date", ["abc %", 0]),
    ("os.date", ["%E", 0]),
    ("os.date", ["%O", 0]),
    ("os.date", ["%5d", 0]),
    ("os.date", ["%", 0]),
    ("os.date", ["!%c", 1.5]),
    ("os.date", ["!%c", "10"]),
    ("os.date", ["!%c", "x"]),
    ("os.date", ["*t", 2 ** 62]),
    ("os.date", [T(), 0]),
    ("os.time", [D({"year": 2020, "month": 1, "day": 1, "hour": 0})]),
    ("os.time", [D({"year": 2000, "month": 1, "day": 1})]),
    ("os.time", [D({"year": 2020, "month": 14, "day": 35, "hour": 25, "min": 61})]),
    ("os.time", [D({"year": 2021, "month": 3, "day": 0, "sec": -1})]),
    ("os.time", [D({"year": 2020, "month": 2, "day": 30, "isdst": False})]),
    ("os.time", [D({"year": 2020, "month": "2", "day": 1.0})]),
    ("os.time", [D({"year": 2020})]),
    ("os.time", [D({"year": 2020, "month": 1})]),
    ("os.time", [D({"month": 1, "day": 1})]),
    ("os.time", [D({"year": 2020, "month": 1.5, "day": 1})]),
    ("os.time", [D({"year": 2020, "month": "x", "day": 1})]),
    ("os.time", [D({"year": 2020, "month": 1, "day": 1, "hour": T()})]),
    ("os.time", [D({"year": 2020, "month": 2 ** 40, "day": 1})]),
    ("os.time", [D({"year": 2020, "month": 1, "day": -(2 ** 31)})]),
    ("os.time", [D({"year": 1970, "month": 1, "day": 1, "hour": 0, "sec": -1})]),
    ("os.time", [D({"year": 1969, "month": 12, "day": 31, "hour": 23})]),
    ("os.time", [D({"year": 2 ** 31 + 1900, "month": 1, "day": 1})]),
    ("os.time", [5]),
    ("os.time", ["x"]),
    ("os.difftime", [10, 3]),
    ("os.difftime", [3.0, 10]),
    ("os.difftime", [5]),
    ("os.difftime", [5, 1.5]),
    ("os.difftime", []),
    ("os.getenv", ["LUA2PY_SURELY_UNSET_VAR"]),
    ("os.getenv", []),
    ("os.getenv", [T()]),
    ("os.remove", ["/nonexistent_dir_lua2py/x"]),
    ("os.remove", []),
    ("os.rename", ["/nonexistent_dir_lua2py/x", "/tmp/y"]),
    ("os.rename", ["a"]),
    ("os.execute", ["exit 3"]),
    ("os.execute", ["true"]),
    ("os.execute", ["false"]),
    ("os.execute", ["kill -9 $$"]),
    ("os.execute", ["exit 256"]),
    ("os.execute", []),
    ("os.execute", [T()]),
    ("os.setlocale", []),
    ("os.setlocale", [None, "numeric"]),
    ("os.setlocale", ["C"]),
    ("os.setlocale", ["C", "time"]),
    ("os.setlocale", ["no_such_locale"]),
    ("os.setlocale", ["C", "bogus"]),
    ("os.setlocale", [None, "all"]),
    ("os.setlocale", [T()]),
    ("os.exit", ["x"]),
    ("os.exit", [1.5]),
    # utf8
    ("utf8.char", [72, 105]),
    ("utf8.char", [0x20AC]),
    ("utf8.char", [0]),
    ("utf8.char", [0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF]),
    ("utf8.char", [0x110000, 0x1FFFFF, 0x200000, 0x3FFFFFF, 0x4000000, 0x7FFFFFFF]),
    ("utf8.char", [0xD800]),
    ("utf8.char", [0x80000000]),
    ("utf8.char", [-1]),
    ("utf8.char", []),
    ("utf8.char", [65, "66", 67.0]),
    ("utf8.char", [65, 1.5]),
    ("utf8.char", [65, None]),
    ("utf8.len", [UTF]),
    ("utf8.len", [""]),
    ("utf8.len", ["abc", 4]),
    ("utf8.len", ["abc", 5]),
    ("utf8.len", ["abc", 0]),
    ("utf8.len", ["abc", -1]),
    ("utf8.len", ["abc", -4]),
    ("utf8.len", ["abc", 1, 3]),
    ("utf8.len", ["abc", 1, 4]),
    ("utf8.len", ["abc", 2, 1]),
    ("utf8.len", ["abc", 1, -5]),
    ("utf8.len", [UTF, 3]),
    ("utf8.len", [UTF, 2, 2]),
    ("utf8.len", ["a\x80b"]),
    ("utf8.len", ["a\xc3"]),
    ("utf8.len", ["\xc0\x80"]),
    ("utf8.len", ["\xed\xa0\x80"]),
    ("utf8.len", ["\xed\xa0\x80", 1, -1, True]),
    ("utf8.len", ["\xf4\x90\x80\x80"]),
    ("utf8.len", ["\xf4\x90\x80\x80", 1, -1, True]),
    ("utf8.len", ["\xfd\xbf\xbf\xbf\xbf\xbf", 1, -1, True]),
    ("utf8.len", ["\xfe\xbf\xbf\xbf\xbf\xbf\xbf", 1, -1, True]),
    ("utf8.len", ["\xf8\x88\x80\x80\x80", 1, -1, True]),
    ("utf8.len", ["\xf0\x80\x80\x80", 1, -1, True]),
    ("utf8.len", [None]),
    ("utf8.len", [123]),
    ("utf8.codepoint", [UTF]),
    ("utf8.codepoint", [UTF, 1, -1]),
    ("utf8.codepoint", [UTF, 2]),
    ("utf8.codepoint", [UTF, 3]),
    ("utf8.codepoint", [UTF, 7, 7]),
    ("utf8.codepoint", [UTF, -1]),
    ("utf8.codepoint", [UTF, 0]),
    ("utf8.codepoint", [UTF, 1, 100]),
    ("utf8.codepoint", [UTF, 3, 2]),
    ("utf8.codepoint", [""]),
    ("utf8.codepoint", ["", 1, 0]),
    ("utf8.codepoint", ["\xed\xa0\x80"]),
    ("utf8.codepoint", ["\xed\xa0\x80", 1, 1, True]),
    ("utf8.codepoint", ["\xfd\xbf\xbf\xbf\xbf\xbf", 1, 1, True]),
    ("utf8.codepoint", ["a\xffb", 1, -1]),
    ("utf8.codepoint", ["\xc3"]),
    ("utf8.codepoint", ["abc", 1.5]),
    ("utf8.offset", [UTF, 1]),
    ("utf8.offset", [UTF, 3]),
    ("utf8.offset", [UTF, 7]),
    ("utf8.offset", [UTF, 8]),
    ("utf8.offset", [UTF, 9]),
    ("utf8.offset", [UTF, 10]),
    ("utf8.offset", [UTF, -1]),
    ("utf8.offset", [UTF, -2]),
    ("utf8.offset", [UTF, -8]),
    ("utf8.offset", [UTF, -9]),
    ("utf8.offset", [UTF, 0, 3]),
    ("utf8.offset", [UTF, 0, 8]),
    ("utf8.offset", [UTF, 0, 1]),
    ("utf8.offset", [UTF, 1, 3]),
    ("utf8.offset", [UTF, 2, 6]),
    ("utf8.offset", [UTF, -1, 6]),
    ("utf8.offset", [UTF, 1, 12]),
    ("utf8.offset", [UTF, 1, 13]),
    ("utf8.offset", [UTF, 1, 0]),
    ("utf8.offset", [UTF, 1, -100]),
    ("utf8.offset", [UTF, 0, 12]),
    ("utf8.offset", [UTF, -1, 12]),
    ("utf8.offset", ["", 1]),
    ("utf8.offset", ["", -1]),
    ("utf8.offset", ["", 0]),
    ("utf8.offset", ["abc"]),
    ("utf8.offset", ["abc", 1.5]),
    ("utf8.codes", [123]),
    ("utf8.codes", []),
] + EXTRA_CASES

# BEGIN EXPECTED
# Generated by a differential harness from lua5.4 (5.4.4) output; do not edit by hand.
EXPECTED = [
    'true ; {1=1,2=2,3=3,4=4}',
    'true ; {1=0,2=1,3=2,4=3}',
    'true ; {1=1,2="x",3=2,4=3}',
    'true ; {1=1,2=2,3=3,4="end"}',
    "false bad argument #2 to 'insert' (position out of bounds) ; {1=1,2=2,3=3}",
    "false bad argument #2 to 'insert' (position out of bounds) ; {1=1,2=2,3=3}",
    "false bad argument #2 to 'insert' (position out of bounds) ; {1=1,2=2,3=3}",
    'true ; {1="a"}',
    'true ; {1="a"}',
    "false bad argument #2 to 'insert' (number has no integer representation) ; {}",
    'true ; {1="a"}',
    "false bad argument #2 to 'insert' (number expected, got string) ; {}",
    'true ; {2=1}',
    "false wrong number of arguments to 'insert' ; {1=1}",
    "false wrong number of arguments to 'insert' ; {1=1}",
    "false bad argument #1 to 'insert' (table expected, got nil)",
    "false bad argument #1 to 'insert' (table expected, got no value)",
    "false bad argument #1 to 'insert' (table expected, got string)",
    'true ; {1=1,2=2}',
    "false bad argument #2 to 'insert' (position out of bounds) ; {1=1,2=2}",
    'true 3 ; {1=1,2=2}',
    'true 1 ; {1=2,2=3}',
    'true 2 ; {1=1,2=3}',
    'true 3 ; {1=1,2=2}',
    'true nil ; {1=1,2=2,3=3}',
    "false bad argument #1 to 'remove' (position out of bounds) ; {1=1,2=2,3=3}",
    "false bad argument #1 to 'remove' (position out of bounds) ; {1=1,2=2,3=3}",
    "false bad argument #1 to 'remove' (position out of bounds) ; {1=1,2=2,3=3}",
    'true nil ; {}',
    'true nil ; {}',
    'true nil ; {}',
    "false bad argument #1 to 'remove' (position out of bounds) ; {}",
    "false bad argument #1 to 'remove' (position out of bounds) ; {}",
    'true "z" ; {}',
    'true "z" ; {}',
    'true "a" ; {0="z"}',
    'true ; {1="a",2="b",3="c","n"=1}',
    'true 3 ; {1=1,2=2}',
    'true 2 ; {1=1,2=3}',
    "false bad argument #2 to 'remove' (number has no integer representation) ; {1=1,2=2,3=3}",
    "false bad argument #1 to 'remove' (table expected, got nil)",
    "false bad argument #1 to 'remove' (position out of bounds) ; {1=1,2=2,3=3}",
    'true "123" ; {1=1,2=2,3=3}',
    'true "1, 2, 3" ; {1=1,2=2,3=3}',
    'true "b-c" ; {1="a",2="b",3="c"}',
    'true "b-c" ; {1="a",2="b",3="c"}',
    'true "" ; {1="a",2="b",3="c"}',
    'false invalid value (nil) at index 4 in table for \'concat\' ; {1="a",2="b",3="c"}',
    'true "1 2.5 -0.0 1e+100 9007199254740992" ; {1=1,2=F2.5,3=F-0,4=F1e+100,5=9007199254740992}',
    "false invalid value (table) at index 2 in table for 'concat' ; {1=1,2={},3=3}",
    "false invalid value (boolean) at index 2 in table for 'concat' ; {1=1,2=true,3=3}",
    'true "14243" ; {1=1,2=2,3=3}',
    "false bad argument #2 to 'concat' (string expected, got table) ; {1=1,2=2,3=3} {}",
    'true "" ; {}',
    'true "" ; {}',
    'true "a" ; {1="a"}',
    'true "ab" ; {1="a",2="b"}',
    "false bad argument #1 to 'concat' (table expected, got nil)",
    'true "ab" ; {1="a",2="b"}',
    'false bad argument #3 to \'concat\' (number has no integer representation) ; {1="a",2="b"}',
    'false invalid value (nil) at index 9223372036854775806 in table for \'concat\' ; {1="x"}',
    'true {"n"=0}',
    'true {1=1,3=3,"n"=3}',
    'true {"n"=2}',
    'true 1 2 3 ; {1=1,2=2,3=3}',
    'true 2 3 ; {1=1,2=2,3=3}',
    'true 2 3 ; {1=1,2=2,3=3}',
    'true nil nil 1 ; {1=1,2=2,3=3}',
    'true ; {1=1,2=2,3=3}',
    'true 1 2 3 nil nil ; {1=1,2=2,3=3}',
    'true ; {}',
    'false too many results to unpack ; {}',
    'false too many results to unpack ; {}',
    'true nil ; {}',
    'false attempt to get length of a nil value',
    'false attempt to index a nil value',
    'true nil nil nil',
    'true 1 2 ; {1=1,2=2}',
    "false bad argument #2 to 'unpack' (number has no integer representation) ; {1=1,2=2}",
    'true {1=2,2=3,3=4,4=4,5=5} ; {1=2,2=3,3=4,4=4,5=5}',
    'true {1=1,2=1,3=2,4=3,5=5} ; {1=1,2=1,3=2,4=3,5=5}',
    'true {1=1,2=2,3=1,4=2,5=3} ; {1=1,2=2,3=1,4=2,5=3}',
    'true {1=1,2=2,3=3,4="d",5="e"} ; {1=1,2=2,3=3} {1=1,2=2,3=3,4="d",5="e"}',
    'true {1="a"} ; {1=1,2=2,3=3} {1="a"}',
    'true {-1=2,0=3,1=1,2=2,3=3} ; {-1=2,0=3,1=1,2=2,3=3}',
    'true {1=1,2=1,3=2,4=3} ; {1=1,2=1,3=2,4=3}',
    "false bad argument #5 to 'move' (table expected, got number) ; {1=1,2=2,3=3}",
    "false bad argument #3 to 'move' (too many elements to move) ; {1=1,2=2,3=3}",
    "false bad argument #3 to 'move' (too many elements to move) ; {1=1,2=2,3=3}",
    "false bad argument #4 to 'move' (destination wrap around) ; {1=1,2=2,3=3}",
    'true {1=1,2=2,3=3,9223372036854775805=1,9223372036854775806=2,9223372036854775807=3} ; {1=1,2=2,3=3,9223372036854775805=1,9223372036854775806=2,9223372036854775807=3}',
    "false bad argument #4 to 'move' (number expected, got no value) ; {1=1,2=2,3=3}",
    "false bad argument #3 to 'move' (number expected, got no value) ; {1=1,2=2,3=3}",
    "false bad argument #2 to 'move' (number expected, got no value) ; {1=1,2=2,3=3}",
    "false bad argument #1 to 'move' (table expected, got nil)",
    "false bad argument #2 to 'move' (number has no integer representation) ; {1=1,2=2,3=3}",
    'true {1=1,2=2,3=3,4=1,5=2,6=3} ; {1=1,2=2,3=3,4=1,5=2,6=3}',
    'true ; {1=1,2=2,3=3,4=5,5=8,6=9}',
    'true ; {1=F-inf,2=-7,3=F1.5,4=2,5=3,6=F1.0000000000000001e+300}',
    'true ; {1="",2="B",3="a",4="a\\0a",5="a\\0b",6="ab",7="b"}',
    'false attempt to compare string with number ; {1=1,2="x"}',
    'false attempt to compare table with number ; {1=1,2=2,3={}}',
    'false attempt to compare two table values ; {1={},2={}}',
    'false attempt to compare two boolean values ; {1=true,2=false}',
    "false bad argument #2 to 'sort' (function expected, got number) ; {1=3,2=2,3=1}",
    "false bad argument #2 to 'sort' (function expected, got table) ; {1=3,2=2,3=1} {}",
    'true ; {1=3,3=1}',
    'true ; {}',
    'true ; {1=1}',
    "false bad argument #1 to 'sort' (table expected, got nil)",
    'true ; {1=F0.5,2=1,3=F-nan,4=2,5=3,6=4,7=6,8=F-nan,9=7}',
    'true ; {1=F0,2=F-0,3=0,4=1,5=1,6=F1,7=F1,8=F2,9=2,10=F2}',
    'true ; {1=0,2=0,3=1,4=2,5=2,6=3,7=3,8=4,9=5,10=6,11=6,12=7,13=8,14=9,15=9,16=10,17=10,18=11,19=12,20=12,21=13,22=13,23=14,24=15,25=16,26=16,27=17,28=18,29=19,30=19,31=20,32=20,33=21,34=22,35=22,36=23,37=23,38=24,39=25,40=26,41=26,42=27,43=28,44=29,45=29,46=30,47=30,48=31,49=32,50=33,51=33,52=34,53=35,54=36,55=36,56=37,57=37,58=38,59=39,60=39,61=40,62=40,63=41,64=42,65=43,66=43,67=44,68=45,69=46,70=46,71=47,72=47,73=48,74=49,75=49,76=50,77=50,78=51,79=52,80=53,81=53,82=54,83=55,84=56,85=56,86=57,87=57,88=58,89=59,90=59,91=60,92=60,93=61,94=62,95=63,96=63,97=64,98=65,99=66,100=66,101=67,102=67,103=68,104=69,105=70,106=70,107=71,108=72,109=73,110=73,111=74,112=74,113=75,114=76,115=76,116=77,117=77,118=78,119=79,120=80,121=80,122=81,123=82,124=83,125=83,126=84,127=84,128=85,129=86,130=86,131=87,132=87,133=88,134=89,135=90,136=90,137=91,138=92,139=93,140=93,141=94,142=94,143=95,144=96,145=97,146=97,147=98,148=99,149=100,150=100}',
    'true ; {1="k0",2="k1",3="k10",4="k100",5="k101",6="k102",7="k103",8="k104",9="k105",10="k106",11="k107",12="k108",13="k109",14="k11",15="k110",16="k111",17="k112",18="k113",19="k114",20="k115",21="k116",22="k117",23="k118",24="k119",25="k12",26="k120",27="k121",28="k122",29="k123",30="k124",31="k125",32="k126",33="k127",34="k128",35="k129",36="k13",37="k130",38="k131",39="k132",40="k133",41="k134",42="k135",43="k136",44="k137",45="k138",46="k139",47="k14",48="k140",49="k141",50="k142",51="k143",52="k144",53="k145",54="k146",55="k147",56="k148",57="k149",58="k15",59="k150",60="k151",61="k152",62="k153",63="k154",64="k155",65="k156",66="k157",67="k158",68="k159",69="k16",70="k160",71="k161",72="k162",73="k163",74="k164",75="k165",76="k166",77="k167",78="k168",79="k169",80="k17",81="k170",82="k171",83="k172",84="k173",85="k174",86="k175",87="k176",88="k177",89="k178",90="k179",91="k18",92="k180",93="k181",94="k182",95="k183",96="k184",97="k185",98="k186",99="k187",100="k188",101="k189",102="k19",103="k190",104="k191",105="k192",106="k193",107="k194",108="k195",109="k196",110="k197",111="k198",112="k199",113="k2",114="k20",115="k200",116="k201",117="k202",118="k203",119="k204",120="k205",121="k206",122="k207",123="k208",124="k209",125="k21",126="k210",127="k22",128="k23",129="k24",130="k25",131="k26",132="k27",133="k28",134="k29",135="k3",136="k30",137="k31",138="k32",139="k33",140="k34",141="k35",142="k36",143="k37",144="k38",145="k39",146="k4",147="k40",148="k41",149="k42",150="k43",151="k44",152="k45",153="k46",154="k47",155="k48",156="k49",157="k5",158="k50",159="k51",160="k52",161="k53",162="k54",163="k55",164="k56",165="k57",166="k58",167="k59",168="k6",169="k60",170="k61",171="k62",172="k63",173="k64",174="k65",175="k66",176="k67",177="k68",178="k69",179="k7",180="k70",181="k71",182="k72",183="k73",184="k74",185="k75",186="k76",187="k77",188="k78",189="k79",190="k8",191="k80",192="k81",193="k82",194="k83",195="k84",196="k85",197="k86",198="k87",199="k88",200="k89",201="k9",202="k90",203="k91",204="k92",205="k93",206="k94",207="k95",208="k96",209="k97",210="k98",211="k99"}',
    'true 5',
    'true -9223372036854775808',
    'true F0',
    'true F2.5',
    'true F3',
    "false bad argument #1 to 'abs' (number expected, got string)",
    "false bad argument #1 to 'abs' (number expected, got no value)",
    'true Finf',
    'true 4',
    'true -3',
    'true 0',
    'true 7',
    'true F1.1805916207174113e+21',
    'true -9223372036854775808',
    'true F9.2233720368547758e+18',
    'true 2',
    'true Finf',
    'true F-nan',
    'true 3',
    'true -4',
    'true 0',
    'true 9223372036854775807',
    'true 8',
    "false bad argument #1 to 'floor' (number expected, got table) ; {}",
    'true F-inf',
    'true F1e+308',
    'true 1',
    'true -1',
    'true 1',
    'true -1',
    "false bad argument #2 to 'fmod' (zero)",
    'true 0',
    'true -1',
    'true 0',
    'true F1.5',
    'true F-1.5',
    'true F-nan',
    'true F-nan',
    'true F1',
    'true F-nan',
    'true F1',
    "false bad argument #2 to 'fmod' (number expected, got no value)",
    'true F-nan',
    'true 3 F0',
    'true 3 F0.70000000000000018',
    'true -3 F-0.70000000000000018',
    'true 0 F0',
    'true Finf F0',
    'true F-inf F0',
    'true F-nan F-nan',
    'true F1.1805916207174113e+21 F0',
    'true 2 F0.5',
    "false bad argument #1 to 'modf' (number expected, got nil)",
    'true F4',
    'true F1.4142135623730951',
    'true F-nan',
    'true F-0',
    'true Finf',
    'true F1',
    'true F2.7182818284590451',
    'true Finf',
    'true F0',
    'true F0',
    'true F0',
    'true F1',
    'true F-inf',
    'true F-nan',
    'true F3',
    'true F10',
    'true F3',
    'true F3',
    'true F-nan',
    'true Fnan',
    'true F-inf',
    'true F-0',
    'true F-nan',
    'true Finf',
    'true F-nan',
    'true F-nan',
    'true F2',
    'true F4.6051701859880918',
    "false bad argument #2 to 'log' (number expected, got table) ; {}",
    'true F0.8414709848078965',
    'true F-nan',
    'true F1',
    'true F-nan',
    'true F1.5574077246549023',
    'true F-nan',
    'true F1.5707963267948966',
    'true Fnan',
    'true F1.0471975511965979',
    'true Fnan',
    'true F0.78539816339744828',
    'true F0.46364760900080609',
    'true F3.1415926535897931',
    'true F-3.1415926535897931',
    'true F0.78539816339744828',
    'true F-nan',
    'true F0.78539816339744828',
    'true F180',
    'true F57.295779513082323',
    'true F3.1415926535897931',
    'true F1.5707963267948966',
    'true 3',
    'true nil',
    'true nil',
    'true -9223372036854775808',
    'true 8',
    'true 16',
    'true 3',
    'true nil',
    'true nil ; {}',
    'true nil',
    "false bad argument #1 to 'tointeger' (value expected)",
    'true nil',
    'true "integer"',
    'true "float"',
    'true nil',
    'true nil',
    "false bad argument #1 to 'type' (value expected)",
    'true true',
    'true false',
    'true true',
    'true true',
    "false bad argument #1 to 'ult' (number has no integer representation)",
    "false bad argument #2 to 'ult' (number expected, got no value)",
    'true 5',
    'true F2',
    'true F2',
    'true 2',
    'true F-0',
    'true F0',
    'true "b"',
    'false attempt to compare number with string',
    'true F-nan',
    'true 1',
    "false bad argument #1 to 'max' (value expected)",
    'true nil',
    'false attempt to compare table with number ; {}',
    'true 2',
    'true 1',
    'true F1',
    'true F-inf',
    "false bad argument #1 to 'min' (value expected)",
    'true 5',
    'true "10"',
    'false wrong number of arguments',
    "false bad argument #1 to 'random' (interval is empty)",
    "false bad argument #1 to 'random' (number has no integer representation)",
    "false bad argument #1 to 'random' (number expected, got nil)",
    "false bad argument #1 to 'random' (interval is empty)",
    "false bad argument #1 to 'random' (interval is empty)",
    'true 7',
    'true 3',
    'true 42 0',
    'true 42 7',
    "false bad argument #1 to 'randomseed' (number has no integer representation)",
    "false bad argument #1 to 'randomseed' (number expected, got string)",
    "false bad argument #1 to 'randomseed' (number expected, got nil)",
    'true -1 0',
    'true "1970-01-01 00:00:00"',
    'true "Thu Jan  1 00:00:00 1970"',
    'true "02/05/71 01:02:03 AM 036 05 05 05 1971 71 5 5 Fri Friday Feb February Feb  5 19 71 02/05/71 1971-02-05 01:02 01:02:03 \\10 \\9 %"',
    'true "Fri Feb 13 23:31:30 2009|20|02/13/09|23:31:30|09|2009|13|13|23|11|02|31|30|5|06|07|5|06|09"',
    'true {"day"=13,"hour"=23,"isdst"=false,"min"=31,"month"=2,"sec"=30,"wday"=6,"yday"=44,"year"=2009}',
    'true {"day"=1,"hour"=0,"isdst"=false,"min"=0,"month"=1,"sec"=0,"wday"=5,"yday"=1,"year"=1970}',
    'true "+0000 GMT"',
    "false bad argument #1 to 'date' (invalid conversion specifier '%s')",
    'true "01:00:00 PM 01"',
    'true "abc"',
    'true ""',
    'true ""',
    'true "1968"',
    'true "9999-12-31"',
    "false bad argument #1 to 'date' (invalid conversion specifier '%Q')",
    "false bad argument #1 to 'date' (invalid conversion specifier '%Ez abc')",
    "false bad argument #1 to 'date' (invalid conversion specifier '%')",
    "false bad argument #1 to 'date' (invalid conversion specifier '%E')",
    "false bad argument #1 to 'date' (invalid conversion specifier '%O')",
    "false bad argument #1 to 'date' (invalid conversion specifier '%5d')",
    "false bad argument #1 to 'date' (invalid conversion specifier '%')",
    "false bad argument #2 to 'date' (number has no integer representation)",
    'true "Thu Jan  1 00:00:10 1970"',
    "false bad argument #2 to 'date' (number expected, got string)",
    'false date result cannot be represented in this installation',
    "false bad argument #1 to 'date' (string expected, got table) ; {}",
    'true 1577836800 ; {"day"=1,"hour"=0,"isdst"=false,"min"=0,"month"=1,"sec"=0,"wday"=4,"yday"=1,"year"=2020}',
    'true 946728000 ; {"day"=1,"hour"=12,"isdst"=false,"min"=0,"month"=1,"sec"=0,"wday"=7,"yday"=1,"year"=2000}',
    'true 1615168860 ; {"day"=8,"hour"=2,"isdst"=false,"min"=1,"month"=3,"sec"=0,"wday"=2,"yday"=67,"year"=2021}',
    'true 1614513599 ; {"day"=28,"hour"=11,"isdst"=false,"min"=59,"month"=2,"sec"=59,"wday"=1,"yday"=59,"year"=2021}',
    'true 1583064000 ; {"day"=1,"hour"=12,"isdst"=false,"min"=0,"month"=3,"sec"=0,"wday"=1,"yday"=61,"year"=2020}',
    'true 1580558400 ; {"day"=1,"hour"=12,"isdst"=false,"min"=0,"month"=2,"sec"=0,"wday"=7,"yday"=32,"year"=2020}',
    'false field \'month\' missing in date table ; {"year"=2020}',
    'false field \'day\' missing in date table ; {"month"=1,"year"=2020}',
    'false field \'year\' missing in date table ; {"day"=1,"month"=1}',
    'false field \'month\' is not an integer ; {"day"=1,"month"=F1.5,"year"=2020}',
    'false field \'month\' is not an integer ; {"day"=1,"month"="x","year"=2020}',
    'false field \'hour\' is not an integer ; {"day"=1,"hour"={},"month"=1,"year"=2020}',
    'false field \'month\' is out-of-bound ; {"day"=1,"month"=1099511627776,"year"=2020}',
    'true -185541009393600 ; {"day"=21,"hour"=12,"isdst"=false,"min"=0,"month"=6,"sec"=0,"wday"=1,"yday"=172,"year"=-5877591}',
    'false time result cannot be represented in this installation ; {"day"=31,"hour"=23,"isdst"=false,"min"=59,"month"=12,"sec"=59,"wday"=4,"yday"=365,"year"=1969}',
    'true -3600 ; {"day"=31,"hour"=23,"isdst"=false,"min"=0,"month"=12,"sec"=0,"wday"=4,"yday"=365,"year"=1969}',
    'false field \'year\' is out-of-bound ; {"day"=1,"month"=1,"year"=2147485548}',
    "false bad argument #1 to 'time' (table expected, got number)",
    "false bad argument #1 to 'time' (table expected, got string)",
    'true F7',
    'true F-7',
    "false bad argument #2 to 'difftime' (number expected, got no value)",
    "false bad argument #2 to 'difftime' (number has no integer representation)",
    "false bad argument #1 to 'difftime' (number expected, got no value)",
    'true nil',
    "false bad argument #1 to 'getenv' (string expected, got no value)",
    "false bad argument #1 to 'getenv' (string expected, got table) ; {}",
    'true nil "/nonexistent_dir_lua2py/x: No such file or directory" 2',
    "false bad argument #1 to 'remove' (string expected, got no value)",
    'true nil "No such file or directory" 2',
    "false bad argument #2 to 'rename' (string expected, got no value)",
    'true nil "exit" 3',
    'true true "exit" 0',
    'true nil "exit" 1',
    'true nil "signal" 9',
    'true true "exit" 0',
    'true true',
    "false bad argument #1 to 'execute' (string expected, got table) ; {}",
    'true "C"',
    'true "C"',
    'true "C"',
    'true "C"',
    'true nil',
    "false bad argument #2 to 'setlocale' (invalid option 'bogus')",
    'true "C"',
    "false bad argument #1 to 'setlocale' (string expected, got table) ; {}",
    "false bad argument #1 to 'exit' (number expected, got string)",
    "false bad argument #1 to 'exit' (number has no integer representation)",
    'true "Hi"',
    'true "\\226\\130\\172"',
    'true "\\0"',
    'true "\\127\\194\\128\\223\\191\\224\\160\\128\\239\\191\\191\\240\\144\\128\\128\\244\\143\\191\\191"',
    'true "\\244\\144\\128\\128\\247\\191\\191\\191\\248\\136\\128\\128\\128\\251\\191\\191\\191\\191\\252\\132\\128\\128\\128\\128\\253\\191\\191\\191\\191\\191"',
    'true "\\237\\160\\128"',
    "false bad argument #1 to 'char' (value out of range)",
    "false bad argument #1 to 'char' (value out of range)",
    'true ""',
    'true "ABC"',
    "false bad argument #2 to 'char' (number has no integer representation)",
    "false bad argument #2 to 'char' (number expected, got nil)",
    'true 7',
    'true 0',
    'true 0',
    "false bad argument #2 to 'len' (initial position out of bounds)",
    "false bad argument #2 to 'len' (initial position out of bounds)",
    'true 1',
    "false bad argument #2 to 'len' (initial position out of bounds)",
    'true 3',
    "false bad argument #3 to 'len' (final position out of bounds)",
    'true 0',
    'true 0',
    'true nil 3',
    'true 1',
    'true nil 2',
    'true nil 2',
    'true nil 1',
    'true nil 1',
    'true 1',
    'true nil 1',
    'true 1',
    'true 1',
    'true nil 1',
    'true 1',
    'true nil 1',
    "false bad argument #1 to 'len' (string expected, got nil)",
    'true 3',
    'true 104',
    'true 104 233 108 108 111 8364 33',
    'true 233',
    'false invalid UTF-8 code',
    'true 8364',
    'true 33',
    "false bad argument #2 to 'codepoint' (out of bounds)",
    "false bad argument #3 to 'codepoint' (out of bounds)",
    'true',
    "false bad argument #3 to 'codepoint' (out of bounds)",
    'true',
    'false invalid UTF-8 code',
    'true 55296',
    'true 2147483647',
    'false invalid UTF-8 code',
    'false invalid UTF-8 code',
    "false bad argument #2 to 'codepoint' (number has no integer representation)",
    'true 1',
    'true 4',
    'true 10',
    'true 11',
    'true nil',
    'true nil',
    'true 10',
    'true 7',
    'true nil',
    'true nil',
    'true 2',
    'true 7',
    'true 1',
    'false initial position is a continuation byte',
    'true 7',
    'true 5',
    "false bad argument #3 to 'offset' (position out of bounds)",
    "false bad argument #3 to 'offset' (position out of bounds)",
    "false bad argument #3 to 'offset' (position out of bounds)",
    "false bad argument #3 to 'offset' (position out of bounds)",
    "false bad argument #3 to 'offset' (position out of bounds)",
    "false bad argument #3 to 'offset' (position out of bounds)",
    'true 1',
    'true nil',
    'true 1',
    "false bad argument #2 to 'offset' (number expected, got no value)",
    "false bad argument #2 to 'offset' (number has no integer representation)",
    'true function "123" 0',
    "false bad argument #1 to 'codes' (string expected, got no value)",
    'true ; {1={1=1,2=8},2={1=1,2=4},3={1=2,2=12},4={1=2,2=7},5={1=3,2=2},6={1=3,2=5},7={1=3,2=10},8={1=4,2=9},9={1=5,2=6},10={1=5,2=3},11={1=5,2=11},12={1=5,2=1}}',
    'true ; {1={1=0,2=1},2={1=0,2=29},3={1=0,2=8},4={1=0,2=15},5={1=0,2=36},6={1=0,2=22},7={1=1,2=27},8={1=1,2=34},9={1=1,2=13},10={1=1,2=20},11={1=1,2=6},12={1=2,2=11},13={1=2,2=39},14={1=2,2=4},15={1=2,2=32},16={1=2,2=18},17={1=2,2=25},18={1=3,2=16},19={1=3,2=30},20={1=3,2=2},21={1=3,2=37},22={1=3,2=23},23={1=3,2=9},24={1=4,2=14},25={1=4,2=28},26={1=4,2=21},27={1=4,2=35},28={1=4,2=7},29={1=5,2=19},30={1=5,2=33},31={1=5,2=40},32={1=5,2=12},33={1=5,2=26},34={1=5,2=5},35={1=6,2=38},36={1=6,2=10},37={1=6,2=17},38={1=6,2=3},39={1=6,2=31},40={1=6,2=24}}',
    'true ; {1={1=0,2=1},2={1=0,2=53},3={1=0,2=40},4={1=0,2=27},5={1=0,2=66},6={1=0,2=14},7={1=0,2=79},8={1=0,2=92},9={1=1,2=22},10={1=1,2=35},11={1=1,2=87},12={1=1,2=48},13={1=1,2=74},14={1=1,2=61},15={1=1,2=100},16={1=1,2=9},17={1=2,2=69},18={1=2,2=30},19={1=2,2=4},20={1=2,2=95},21={1=2,2=43},22={1=2,2=82},23={1=2,2=56},24={1=2,2=17},25={1=3,2=64},26={1=3,2=90},27={1=3,2=38},28={1=3,2=77},29={1=3,2=51},30={1=3,2=12},31={1=3,2=25},32={1=4,2=85},33={1=4,2=59},34={1=4,2=46},35={1=4,2=20},36={1=4,2=98},37={1=4,2=7},38={1=4,2=33},39={1=4,2=72},40={1=5,2=2},41={1=5,2=28},42={1=5,2=54},43={1=5,2=93},44={1=5,2=67},45={1=5,2=41},46={1=5,2=80},47={1=5,2=15},48={1=6,2=75},49={1=6,2=62},50={1=6,2=88},51={1=6,2=10},52={1=6,2=23},53={1=6,2=49},54={1=6,2=36},55={1=7,2=96},56={1=7,2=18},57={1=7,2=31},58={1=7,2=83},59={1=7,2=70},60={1=7,2=57},61={1=7,2=44},62={1=7,2=5},63={1=8,2=26},64={1=8,2=52},65={1=8,2=13},66={1=8,2=65},67={1=8,2=91},68={1=8,2=78},69={1=8,2=39},70={1=9,2=73},71={1=9,2=86},72={1=9,2=99},73={1=9,2=34},74={1=9,2=47},75={1=9,2=8},76={1=9,2=60},77={1=9,2=21},78={1=10,2=29},79={1=10,2=68},80={1=10,2=3},81={1=10,2=81},82={1=10,2=94},83={1=10,2=42},84={1=10,2=55},85={1=10,2=16},86={1=11,2=89},87={1=11,2=50},88={1=11,2=76},89={1=11,2=37},90={1=11,2=24},91={1=11,2=63},92={1=11,2=11},93={1=12,2=6},94={1=12,2=97},95={1=12,2=19},96={1=12,2=45},97={1=12,2=71},98={1=12,2=84},99={1=12,2=32},100={1=12,2=58}}',
    'true ; {1=5,2=5,3=5,4=5,5=4,6=3,7=3,8=3,9=2,10=2,11=1,12=1}',
    'false invalid order function for sorting ; {1=0,2=0,3=0,4=1,5=0,6=0,7=0,8=1,9=3,10=6,11=2,12=5,13=1,14=4,15=5,16=3,17=6,18=2,19=5,20=2,21=4,22=2,23=3,24=6,25=2,26=5,27=1,28=4,29=6,30=3,31=6,32=2,33=5,34=1,35=4,36=3,37=3,38=6,39=4,40=5}',
    'true ; {1=1,2=2,3=3,4=4,5=5,6=6,7=7,8=8,9=9,10=10}',
    'true ; {1=1,2=2,3=3}',
    'false invalid order function for sorting ; {1=4,2=3,3=1,4=2,5=5}',
    'false invalid order function for sorting ; {1=9,2=1,3=2,4=3,5=4,6=5,7=6,8=7,9=8,10=18,11=10,12=11,13=12,14=13,15=14,16=15,17=16,18=17,19=19,20=0}',
    'true ; {1=0,2=5,3=1,4=4,5=0,6=2,7=3,8=6,9=0,10=4,11=3,12=2,13=3,14=6,15=6,16=0,17=1,18=4,19=5,20=2,21=1,22=2,23=1,24=4,25=0,26=5,27=6,28=2,29=3,30=5,31=3,32=2,33=3,34=6,35=6,36=0,37=1,38=4,39=5,40=5}',
    'true ; {1=5,2=1,3=2,4=4,5=3,6=5,7=5,8=1,9=3,10=3,11=5,12=2}',
    'false invalid order function for sorting ; {1=5,2=3,3=5,4=1,5=3,6=5,7=2,8=1,9=4,10=3,11=2,12=5}',
    'false seven ; {1=1,2=3,3=7,4=6,5=2,6=4,7=8,8=5,9=9}',
    'false seven ; {1=1,2=3,3=2,4=6,5=7,6=4,7=5}',
    'true ; {1={"id"=8,"v"=1},2={"id"=4,"v"=1},3={"id"=12,"v"=2},4={"id"=7,"v"=2},5={"id"=2,"v"=3},6={"id"=5,"v"=3},7={"id"=10,"v"=3},8={"id"=9,"v"=4},9={"id"=6,"v"=5},10={"id"=3,"v"=5},11={"id"=11,"v"=5},12={"id"=1,"v"=5}}',
    'true ; {1={"id"=1,"v"=0},2={"id"=29,"v"=0},3={"id"=8,"v"=0},4={"id"=15,"v"=0},5={"id"=36,"v"=0},6={"id"=22,"v"=0},7={"id"=27,"v"=1},8={"id"=34,"v"=1},9={"id"=13,"v"=1},10={"id"=20,"v"=1},11={"id"=6,"v"=1},12={"id"=11,"v"=2},13={"id"=39,"v"=2},14={"id"=4,"v"=2},15={"id"=32,"v"=2},16={"id"=18,"v"=2},17={"id"=25,"v"=2},18={"id"=16,"v"=3},19={"id"=30,"v"=3},20={"id"=2,"v"=3},21={"id"=37,"v"=3},22={"id"=23,"v"=3},23={"id"=9,"v"=3},24={"id"=14,"v"=4},25={"id"=28,"v"=4},26={"id"=21,"v"=4},27={"id"=35,"v"=4},28={"id"=7,"v"=4},29={"id"=19,"v"=5},30={"id"=33,"v"=5},31={"id"=40,"v"=5},32={"id"=12,"v"=5},33={"id"=26,"v"=5},34={"id"=5,"v"=5},35={"id"=38,"v"=6},36={"id"=10,"v"=6},37={"id"=17,"v"=6},38={"id"=3,"v"=6},39={"id"=31,"v"=6},40={"id"=24,"v"=6}}',
    'false attempt to compare string with number ; {1=2,2=1,3="x",4=3,5=5}',
    'true ; {1=F1,2=1,3=1,4=2,5=F2,6=3,7=F3.5,8=F3.5}',
    'true ; {}',
    'true ; {}',
    'true ; {}',
    'true ; {}',
    'true 1 ; {}',
    'true 3 ; {}',
    'true "10,20,30,40" ; {}',
    'true "a+b+c" ; {}',
    'true 10 20 30 40 ; {}',
    'true 20 30 40 50 60 ; {}',
    'true 1 2 ; {1=1,2=2,3=3}',
    'false object length is not an integer ; {1=1,2=2,3=3}',
    'true 1 2 3 ; {1=1,2=2,3=3}',
    'false object length is not an integer ; {1=1,2=2,3=3}',
    'true {1=10,2=20,3=30} ; {} {1=10,2=20,3=30}',
    'true {} ; {1=1,2=2,3=3} {}',
    "false invalid value (table) at index 2 in table for 'concat' ; {1=1,2={}}",
    'true ; {1=1}',
    "false bad argument #2 to 'sort' (function expected, got MyType) ; {1=3,2=2,3=1} {}",
    "false bad argument #1 to 'abs' (number expected, got MyType) ; {}",
    'true {1={"id"=1,"v"=3},2={"id"=2,"v"=9},3={"id"=3,"v"=4}} ; {1={"id"=1,"v"=3},2={"id"=2,"v"=9},3={"id"=3,"v"=4}}',
    "false bad argument #1 to 'char' (number expected, got MyType) ; {}",
    "false bad argument #2 to 'concat' (string expected, got MyType) ; {1=1,2=2} {}",
]
# END EXPECTED


@pytest.mark.parametrize("idx", range(len(CASES)))
def test_case_against_lua(idx):
    if EXPECTED is None:
        pytest.skip("expectations not generated")
    fname, args = CASES[idx]
    # fresh copies of table arguments: the cases mutate them
    args = [a.build() if a.__class__ is X else _copy(a) for a in args]
    assert call_case(fname, args) == EXPECTED[idx]


def _copy(v):
    if v.__class__ is LuaTable:
        c = LuaTable()
        for k, x in dict.items(v):
            dict.__setitem__(c, k, _copy(x))
        return c
    return v


# ---------------------------------------------------------------- hand-written tests (values checked with lua5.4)


def _fresh_random():
    return lmath.make_random_functions()


def test_random_sequence_matches_lua():
    random, randomseed = _fresh_random()
    assert randomseed(42) == (42, 0)
    got = [random(0) for _ in range(8)]
    got += ["%.17g" % random() for _ in range(8)]
    got += [random(6) for _ in range(8)]
    got += [random(-1000, 1000) for _ in range(8)]
    got += [random(MINI, MAXI) for _ in range(4)]
    got += [random(0, 2.0 ** 40) for _ in range(4)]
    got += [random(3, 2.0 ** 62 + 5) for _ in range(4)]
    expected = (
        "-1276290044721465627 8333941968102511665 -8358531260401861301 -3807604385970496171 "
        "-7059243630996204619 177101407732369983 -665975457013052154 -5331535219522992527 "
        "0.27455699358752317 0.19354861304396087 0.022876301569947355 0.46350184055174848 "
        "0.07324191434827243 0.042617620006012435 0.5377078195123709 0.40590734956309205 "
        "1 6 2 1 5 6 1 4 -846 -35 463 196 16 -376 -12 144 5305058577075532688 6060757188514945481 "
        "2814867048471451236 6475104936297666285 816988135893 135533764059 857760036706 295031076707 "
        "2650775920025833214 1226772706120629827 2049763863165957687 2550886934612775116"
    )
    assert " ".join(str(x) for x in got) == expected
    assert randomseed(-3, 99) == (-3, 99)
    assert [random(100) for _ in range(6)] == [23, 49, 86, 16, 38, 45]
    randomseed(0)
    assert [random(1, 7) for _ in range(6)] == [2, 1, 4, 6, 5, 1]


def test_random_unseeded_and_ranges():
    random, randomseed = _fresh_random()
    s1, s2 = randomseed()
    assert isinstance(s1, int) and isinstance(s2, int)
    for _ in range(200):
        x = random()
        assert 0.0 <= x < 1.0
        assert 1 <= random(3) <= 3
        assert -2 <= random(-2, 2) <= 2
    # the generator advances even when the arguments are rejected (as in lmathlib.c)
    randomseed(42)
    with pytest.raises(LuaError):
        random(2, 1)
    assert random(0) == 8333941968102511665


def test_math_constants():
    m = dict.get(G, "math")
    assert m["pi"] == math.pi
    assert m["huge"] == INF
    assert m["maxinteger"] == MAXI and m["mininteger"] == MINI


def test_utf8_codes_iteration():
    f, s, i = lutf8.u_codes(UTF)
    assert i == 0 and s == UTF
    out = []
    while True:
        r = f(s, i)
        if r == ():
            break
        i, c = r
        out.append((i, c))
    assert out == [(1, 104), (2, 233), (4, 108), (5, 108), (6, 111), (7, 8364), (10, 33)]


def test_utf8_codes_errors_and_lax():
    f, s, i = lutf8.u_codes("a\xed\xa0\x80b")
    assert f(s, 0) == (1, 97)
    with pytest.raises(LuaError) as e:
        f(s, 1)
    assert e.value.value == "invalid UTF-8 code"
    f, s, i = lutf8.u_codes("a\xed\xa0\x80b", True)
    assert f(s, 1) == (2, 0xD800)
    assert f(s, 2) == (5, 98)
    assert f(s, 5) == ()
    # a continuation byte where a character should start is skipped; a stray one at the end ends
    f, s, i = lutf8.u_codes("\x80a")
    assert f(s, 0) == (2, 97)
    with pytest.raises(LuaError):
        lutf8.u_codes("\xff")[0]("\xff", 0)


def test_utf8_charpattern():
    assert dict.get(dict.get(G, "utf8"), "charpattern") == "[\0-\x7F\xC2-\xFD][\x80-\xBF]*"


def test_os_time_now_and_clock():
    import time

    t = los.os_time()
    assert isinstance(t, int) and abs(t - time.time()) < 5
    c = los.os_clock()
    assert isinstance(c, float) and c >= 0.0
    assert isinstance(los.os_date(), str)
    assert los.os_date("!%Y", 0) == "1970"


def test_os_time_normalises_table():
    t = D({"year": 2020, "month": 14, "day": 35, "hour": 25, "min": 61})
    r = los.os_time(t)
    if os.environ.get("TZ", "UTC") in ("UTC", "", "UTC0", ":UTC") and los.os_date("%z", 0) == "+0000":
        assert r == 1615168860
    assert (t["year"], t["month"], t["day"], t["hour"], t["min"], t["sec"]) == (2021, 3, 8, 2, 1, 0)
    assert t["yday"] == 67 and t["wday"] == 2


def test_os_date_roundtrip_local():
    t = los.os_date("*t", 1234567890)
    assert los.os_time(t) == 1234567890


def test_os_tmpname_remove_rename(tmp_path):
    name = los.os_tmpname()
    assert re.fullmatch(r"/tmp/lua_[A-Za-z0-9]{6}", name)
    assert os.path.exists(name)
    new = str(tmp_path / "moved")
    assert los.os_rename(name, new) is True
    assert not os.path.exists(name)
    assert los.os_remove(new) is True
    assert los.os_remove(new) == (None, new + ": No such file or directory", 2)
    d = tmp_path / "emptydir"
    d.mkdir()
    assert los.os_remove(str(d)) is True


def test_os_getenv(monkeypatch):
    monkeypatch.setenv("LUA2PY_TEST_VAR", "hello")
    assert los.os_getenv("LUA2PY_TEST_VAR") == "hello"
    assert los.os_getenv("LUA2PY_TEST_VAR_UNSET") is None


def test_os_exit():
    for args, code in (((), 0), ((True,), 0), ((False,), 1), ((3,), 3), ((None, True), 0), (("7",), 7)):
        with pytest.raises(LuaExit) as e:
            los.os_exit(*args)
        assert e.value.code == code


def test_os_execute_output_and_status(capfd):
    assert los.os_execute("echo hi") == (True, "exit", 0)
    assert capfd.readouterr().out == "hi\n"
    assert los.os_execute("exit 7") == (None, "exit", 7)
    assert los.os_execute() is True


def test_sort_large_with_comparator_is_sorted():
    vals = [(i * 7919) % 1000 for i in range(1000)]
    t = T(*vals)
    ltable.tsort(t, lambda a, b: a > b)
    assert [t[i] for i in range(1, 1001)] == sorted(vals, reverse=True)
    # big already-sorted and reversed inputs (imbalanced partitions) stay correct
    t = T(*range(2000))
    ltable.tsort(t, lambda a, b: a < b)
    assert [t[i] for i in range(1, 2001)] == list(range(2000))
    t = T(*range(2000, 0, -1))
    ltable.tsort(t)
    assert [t[i] for i in range(1, 2001)] == list(range(1, 2001))


def test_sort_fast_path_types():
    t = T(3, 1, 2)
    ltable.tsort(t)
    assert [t[1], t[2], t[3]] == [1, 2, 3]
    t = T("b", "a", "c")
    ltable.tsort(t)
    assert [t[1], t[2], t[3]] == ["a", "b", "c"]
    t = T(1.0, 1, 0.5)  # equal int/float keep lua's order (not the fast path)
    ltable.tsort(t)
    assert [type(t[1]), type(t[2]), type(t[3])] == [float, int, float]  # lua5.4: float integer float


def test_insert_remove_sequence():
    t = T()
    for i in range(1, 6):
        ltable.tinsert(t, i)
    ltable.tinsert(t, 1, 0)
    assert [t[i] for i in range(1, 7)] == [0, 1, 2, 3, 4, 5]
    assert ltable.tremove(t, 1) == 0
    assert ltable.tremove(t) == 5
    assert t.length() == 4
    assert ltable.tremove(t, 5) is None


def test_hook_opcodes_written_out():
    """lhooks writes CPython 3.11's opcode numbers out instead of importing `opcode`."""
    import sys
    from opcode import opmap

    from lua2py.runtime.stdlib import lhooks

    if sys.version_info[:2] == (3, 11) and sys.implementation.name == "cpython":
        for name, num in lhooks.OPCODES_311.items():
            assert opmap[name] == num
    assert lhooks._YIELD_VALUE == opmap["YIELD_VALUE"]
    assert lhooks._RESUME == opmap.get("RESUME")
    assert lhooks._YIELD_FROM == opmap.get("YIELD_FROM", -1)

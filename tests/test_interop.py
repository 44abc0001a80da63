"""Values between Python and Lua: the rule of runtime/stdlib/interop.py (README, "Using Lua from
Python"), at the import hook's boundary and at require "py:..."'s."""
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

import lua2py
import lua2py.importer
from lua2py.runtime.core.errors import LuaError
from lua2py.runtime.core.table import LuaTable

MOD = r"""
local M = {}
-- what Lua sees: a description built in Lua
local function describe(v, seen)
  seen = seen or {}
  local t = type(v)
  if t == "table" then
    if seen[v] then return "<cycle>" end
    seen[v] = true
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    local parts = {}
    for _, k in ipairs(keys) do parts[#parts + 1] = describe(k, seen) .. "=" .. describe(v[k], seen) end
    return "{" .. table.concat(parts, ",") .. "}#" .. #v
  elseif t == "string" then
    return '"' .. v:gsub("[%z\1-\31\128-\255]", function(c) return "\\" .. c:byte() end) .. '"#' .. #v
  elseif t == "number" then
    return math.type(v) .. ":" .. tostring(v)
  end
  return t .. (t == "boolean" and ":" .. tostring(v) or "")
end
M.describe = describe
function M.describe_all(...)
  local out = {}
  for i = 1, select("#", ...) do out[i] = describe((select(i, ...))) end
  return table.concat(out, " ")
end
function M.sequence() return {10, "x", {1, 2}} end
function M.record() return {name = "n", [1] = "one", [2.5] = true} end
function M.empty() return {} end
function M.holes() return {1, nil, 3} end
function M.object() return setmetatable({x = 1}, {__index = {kind = "point"}}) end
function M.cycle() local t = {1} t[2] = t return t end
function M.shared() local s = {7} return {a = s, b = s} end
function M.bytes() return "caf\u{e9}", "\xff\xfe", "a\0b" end
function M.nothing() end
function M.several() return 1, nil, "three" end
function M.numbers() return 1, 1.0, math.maxinteger, -0.0, 1/0 end
function M.call(f, ...) return f(...) end
function M.field(o, k) return o[k] end
function M.same(a, b) return a == b end
function M.same_fields(t) return t.a == t.b end
function M.len(s) return #s end
function M.identity(...) return ... end
function M.fail(msg) error(msg) end
function M.getfn() return M.describe end
M.config = {debug = true, levels = {"low", "high"}}
M.version = "1.0"
M.Point = setmetatable({}, {__call = function(cls, x) return setmetatable({x = x}, cls) end})
return M
"""


@pytest.fixture(scope="module")
def mod(tmp_path_factory):
    d = tmp_path_factory.mktemp("interop")
    (d / "l2p_interop.lua").write_text(MOD)
    sys.path.insert(0, str(d))
    importlib.invalidate_caches()
    import l2p_interop

    yield l2p_interop
    sys.path.remove(str(d))
    del sys.modules["l2p_interop"]


# ---------------------------------------------------------------- Python -> Lua


def test_scalars_to_lua(mod):
    assert mod.describe_all(None, True, False, 3, 2.5, 2 ** 63, -2 ** 63) == (
        "nil boolean:true boolean:false integer:3 float:2.5 float:9.2233720368548e+18 integer:-9223372036854775808")


def test_text_and_bytes_to_lua(mod):
    # a str is its UTF-8 bytes; bytes are bytes
    assert mod.describe("café") == '"caf\\195\\169"#5'
    assert mod.len("€") == 3
    assert mod.describe(b"\xff\x00a") == '"\\255\\0a"#3'
    assert mod.describe(bytearray(b"ab")) == '"ab"#2'


def test_lists_tuples_dicts_to_tables(mod):
    assert mod.describe([1, "a", [2.5]]) == '{integer:1=integer:1,integer:2="a"#1,integer:3={integer:1=float:2.5}#1}#3'
    assert mod.describe((True,)) == "{integer:1=boolean:true}#1"
    assert mod.describe({"k": [1], 5: "five"}) == '{integer:5="five"#4,"k"#1={integer:1=integer:1}#1}#0'
    assert mod.describe([]) == "{}#0"
    assert mod.describe([1, None, 3]).startswith("{integer:1=integer:1,integer:3=integer:3}#")  # a hole
    assert mod.describe({"a": None, None: 1}) == "{}#0"


def test_shared_and_cyclic_python_structures(mod):
    s = [1]
    assert mod.same_fields({"a": s, "b": s}) is True  # one list, one table
    assert mod.same(s, s) is True  # across the arguments of one call too
    assert mod.same([1], [1]) is False
    cyc = [1]
    cyc.append(cyc)
    assert mod.describe(cyc) == "{integer:1=integer:1,integer:2=<cycle>}#2"


def test_lua_table_passes_as_itself(mod):
    t = LuaTable.from_list([1, 2])
    assert mod.same(t, t) is True
    assert mod.identity.raw(t) is t


def test_python_callables_in_lua(mod):
    seen = []

    def cb(items, opts):
        seen.append((items, opts))
        return {"n": len(items)}, "ok"

    assert mod.call(cb, [1, 2], {"x": "y"}) == ({"n": 2}, "ok")
    assert seen == [([1, 2], {"x": "y"})]
    assert mod.call(len, "héllo") == 5  # Python sees text
    assert mod.call(lambda: None) is None


def test_opaque_passes_python_objects_untouched(mod):
    class Thing:
        size = 3

    thing = Thing()
    data = {"a": 1}
    assert mod.identity(lua2py.opaque(thing)) is thing
    assert mod.identity(lua2py.opaque(data)) is data  # not copied to a table and back
    assert mod.describe(lua2py.opaque(data)) == "userdata"
    assert mod.field(lua2py.opaque(thing), "size") == 3
    assert mod.field(lua2py.opaque(data), "a") == 1
    # objects without a rule are proxies anyway
    assert mod.identity(thing) is thing


def test_raw_python_function_gets_lua_values(mod):
    got = []

    @lua2py.raw
    def keep(t, s):
        got.append((t, s))
        return t

    r = mod.call(keep, [1, 2], "é")
    assert isinstance(got[0][0], LuaTable) and dict(got[0][0]) == {1: 1, 2: 2}
    assert got[0][1] == "Ã©"  # a Lua string: one character per byte
    assert r == [1, 2]  # the result is converted on its way out of mod.call


# ---------------------------------------------------------------- Lua -> Python


def test_tables_to_lists_and_dicts(mod):
    assert mod.sequence() == [10, "x", [1, 2]]
    assert mod.record() == {"name": "n", 1: "one", 2.5: True}
    assert mod.empty() == {}
    assert mod.holes() == {1: 1, 3: 3}


def test_table_with_metatable_stays_a_table(mod):
    o = mod.object()
    assert isinstance(o, LuaTable)
    assert o["x"] == 1 and o["kind"] == "point"  # LuaTable reads follow __index


def test_cycles_and_sharing_kept(mod):
    c = mod.cycle()
    assert c[0] == 1 and c[1] is c
    s = mod.shared()
    assert s["a"] == [7] and s["a"] is s["b"]


def test_strings_to_text_and_back(mod):
    cafe, binary, nul = mod.bytes()
    assert cafe == "café"
    assert binary == "\udcff\udcfe"  # invalid UTF-8: surrogate escapes ...
    assert binary.encode("utf-8", "surrogateescape") == b"\xff\xfe"
    assert mod.len(binary) == 2  # ... which give the same bytes back to Lua
    assert mod.identity(binary) == binary
    assert nul == "a\0b"


def test_results(mod):
    assert mod.nothing() is None
    assert mod.several() == (1, None, "three")
    one, flt, big, negz, inf = mod.numbers()
    assert (type(one), type(flt), big, str(negz), inf) == (int, float, 2 ** 63 - 1, "-0.0", float("inf"))


def test_functions_cross_both_ways(mod):
    f = mod.getfn()
    assert isinstance(f, lua2py.LuaFunction)
    assert f == mod.describe
    assert f([1]) == "{integer:1=integer:1}#1"
    assert mod.same(f, mod.describe) is True  # back in Lua: the same function


def test_module_attributes(mod):
    assert mod.version == "1.0"
    assert mod.config == {"debug": True, "levels": ["low", "high"]}
    assert isinstance(mod.Point, LuaTable)  # a class with a metatable
    assert isinstance(mod.__lua_result__, LuaTable)


def test_raw_calls(mod):
    t = mod.sequence.raw()
    assert isinstance(t, LuaTable) and t[1] == 10
    assert mod.bytes.raw() == ("caf\xc3\xa9", "\xff\xfe", "a\0b")
    assert mod.nothing.raw() == ()
    assert mod.describe.raw("é") == '"\\233"#1'  # a Lua string passed as it is


def test_lua_errors(mod):
    with pytest.raises(LuaError) as ei:
        mod.fail("boom")
    assert ei.value.value.endswith(": boom")
    with pytest.raises(LuaError) as ei:
        mod.fail({"k": 1})
    assert isinstance(ei.value.value, LuaTable)


def test_converters_directly():
    t = lua2py.to_lua({"a": [1, 2]})
    assert isinstance(t, LuaTable) and isinstance(t["a"], LuaTable)
    assert lua2py.to_python(t) == {"a": [1, 2]}
    assert lua2py.to_python(lua2py.to_lua("naïve")) == "naïve"


# ---------------------------------------------------------------- require "py:..."


def test_require_py_converts_arguments_and_results(tmp_path):
    (tmp_path / "p.lua").write_text(
        'local json = require "py:json"\n'
        'print(json.dumps({1, 2, {a = "é"}}))\n'
        'local v = json.loads(\'{"list": [1, 2.5, "x"], "n": null}\')\n'
        'print(type(v), #v.list, v.list[2], v.list[3], v.n)\n'
        'local os_path = require "py:os.path"\n'
        'print(os_path.join("a", "b"))\n')
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(tmp_path / "c")}
    p = subprocess.run([sys.executable, "-m", "lua2py", "p.lua"], cwd=tmp_path, capture_output=True, env=env,
                       timeout=120)
    assert p.returncode == 0, p.stderr
    lines = p.stdout.decode("utf-8").splitlines()
    assert lines[0] == '[1, 2, {"a": "\\u00e9"}]'
    assert lines[1:] == ["table\t3\t2.5\tx\tnil", "a/b"]

"""Library guards (runtime/core/libguard.py): the cells converted code reads library
functions through, and the write barrier that keeps them true.  The behaviour
seen from Lua is covered by the goldens base/replace_library.lua and
coroutine/replace_yield.lua; these tests pin down the mechanism."""
from lua2py.runtime.core import libguard, ops
from lua2py.runtime.stdlib.lbase import lua_rawset
from lua2py.runtime.stdlib.linit import new_state
from lua2py.runtime.core.table import LuaTable
from lua2py.transpiler import python_source


def cell(name):
    return libguard.CELLS[name]


def test_every_guarded_name_is_in_a_fresh_state():
    G = new_state()
    for name in libguard.GLOBALS:
        assert callable(dict.get(G, name)), name
    for lib, fields in libguard.FIELDS.items():
        t = dict.get(G, lib)
        for f in fields:
            assert callable(dict.get(t, f)), (lib, f)
    # every cell caches the current state's values
    assert cell("L_g_print") == [G, dict.get(G, "print")]
    assert cell("L_g_math_floor") == [G, dict.get(dict.get(G, "math"), "floor")]


def test_stores_through_the_barrier_update_the_cells():
    G = new_state()
    math = dict.get(G, "math")
    f = lambda *a: 1  # noqa: E731
    ops.setindex(math, "floor", f)
    assert cell("L_g_math_floor") == [G, f]
    ops.setindex(math, "floor", None)
    assert cell("L_g_math_floor") == [None, None]
    lua_rawset(G, "print", f)
    assert cell("L_g_print") == [G, f]
    # a new library table: its fields are cached, and it is watched from now on
    t = LuaTable()
    ops.setfield(t, "sqrt", f)
    ops.setindex(G, "math", t)
    assert cell("L_g_math_sqrt") == [G, f]
    assert cell("L_g_math_floor") == [None, None]
    ops.setindex(t, "floor", f)
    assert cell("L_g_math_floor") == [G, f]
    # the old library table is no longer watched: storing into it changes nothing
    ops.setindex(math, "floor", print)
    assert cell("L_g_math_floor") == [G, f]


def test_cells_hold_only_values_python_can_call():
    """A call site calls a valid cell's value without values.callee (calls.any_callee):
    a value Python cannot call (which may have a __call metamethod) leaves the cell
    invalid, and the name is read through the lookup."""
    G = new_state()
    for v in (5, "s", True, 1.5):
        ops.setindex(G, "tostring", v)
        assert cell("L_g_tostring") == [None, None], v
    t = LuaTable()
    ops.setindex(G, "tostring", t)  # a table: Python calls it (LuaTable.__call__ runs __call)
    assert cell("L_g_tostring") == [G, t]
    ops.setindex(dict.get(G, "string"), "rep", 7)
    assert cell("L_g_string_rep") == [None, None]
    f = lambda *a: 1  # noqa: E731
    ops.setindex(G, "tostring", f)
    assert cell("L_g_tostring") == [G, f]


def test_unwatched_stores_leave_the_cells_alone():
    G = new_state()
    before = list(cell("L_g_string_format"))
    other = LuaTable()
    ops.setindex(other, "format", 1)  # a watched key, but not a library table
    ops.setindex(dict.get(G, "string"), "trim", 1)  # a library table, an unwatched key
    assert cell("L_g_string_format") == before


def test_only_the_current_state_is_tracked():
    A = new_state()
    B = new_state(make_current=False)
    assert cell("L_g_type")[0] is A
    ops.setindex(B, "type", None)  # B is not tracked
    assert cell("L_g_type")[0] is A


def _code(src):
    return python_source(src, "@t.lua")


def _hot(src):
    """src as the body of a function (the main chunk's own statements outside loops run
    once and take the general helpers: see test_run_once_code_takes_the_helpers)."""
    return _code("local function f() " + src + " end")


def test_converted_code_reads_library_names_through_cells():
    py = _hot("local x = math.floor(1.5) print(x) local s = string['rep']('a', 2)")
    assert "L_g_math_floor[0] is _ENV" in py
    assert "L_g_print[0] is _ENV" in py
    assert "L_g_string_rep[0] is _ENV" in py
    # a local named like a library, or a local _ENV: no guard
    py = _hot("local math = {floor = 1} print(math.floor) local _ENV = {} x = print")
    assert "L_g_math_floor" not in py
    assert "L_index(v__ENV, 'print')" in py


def test_converted_stores_of_watched_keys_take_the_barrier():
    py = _hot("local t = {} t.floor = 1 t.other = 2 local k = 'x' t[k] = 3 max = 1 print = 2")
    # a watched key: the fast store only when the table is not a watched one
    assert "t not in L_WATCHED" in py and "t['floor'] = 1" in py
    assert "t['other'] = 2" in py and "'other' in t or '__newindex' not in t.meta:" in py
    assert "k not in L_WATCH_KEYS" in py
    # a global named like a library function: fast unless _ENV is a library table
    assert "_ENV is L_TRACKED[0]" in py
    assert "'__newindex' not in _ENV.meta) and _ENV not in L_WATCHED:" in py


def test_run_once_code_takes_the_helpers():
    """The main chunk's own statements outside loops run once (Context.cold): calls,
    library names, operators, `#` and stores take the general helpers; in a loop or a
    function the inline fast paths stay."""
    src = ("local t = {} print(#t, t[1] + 1, math.floor(1.5), string.format('%d', 2)) t[#t + 1] = 1 "
           "local s = t .. 'x' .. 1 local e = t == s")
    py = _code(src)
    for shape in ("L_cf(_ENV['print'])", "L_len(t)", "L_add(t[1], 1)", "L_cf(L_get(_ENV['math'], 'floor'))",
                  "L_setindex(t, L_add(L_len(t), 1), 1)", "L_concat_n(t, 'x', 1)", "L_eq(t, s)"):
        assert shape in py, shape
    assert "L_g_" not in py and "L_CM" not in py and ".seq" not in py
    for hot in (_code("for i = 1, 2 do " + src + " end"), _hot(src), _code("while g do " + src + " end")):
        assert "L_g_print[0] is _ENV" in hot and "== t.seq" in hot
        assert "L_cf(_ENV['print'])(" not in hot and "e = L_eq(t, s)" not in hot

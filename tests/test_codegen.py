"""Snapshots of the generated Python for the fast paths the benchmarks rely on.

Each tests/codegen/NAME.lua is converted (`lua2py convert`'s text, from
transpiler.python_source) and compared with NAME.py; any difference fails.  The
snapshot is also run, and its output compared with NAME.expected, recorded from
lua5.4 by tests/golden/record, so a snapshot is only ever updated to code that
behaves right.

After an intended change of the generated code, rewrite the snapshots with

    LUA2PY_UPDATE_CODEGEN=1 python -m pytest tests/test_codegen.py

and read the diff of tests/codegen/*.py before committing it.
"""
import difflib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from lua2py.transpiler import python_source

ROOT = Path(__file__).resolve().parent.parent
CODEGEN = Path(__file__).resolve().parent / "codegen"
PROGRAMS = sorted(CODEGEN.glob("*.lua"))
UPDATE = os.environ.get("LUA2PY_UPDATE_CODEGEN") == "1"


def _generated(lua):
    # with the generator versions (a converted module makes them when first needed)
    return python_source(lua.read_bytes().decode("latin-1"), "@" + lua.name, gens=True)


@pytest.mark.parametrize("lua", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_generated_code(lua):
    snapshot = lua.with_suffix(".py")
    text = _generated(lua)
    if UPDATE:
        snapshot.write_text(text, encoding="latin-1")
    assert snapshot.exists(), "no snapshot: run with LUA2PY_UPDATE_CODEGEN=1"
    expected = snapshot.read_text(encoding="latin-1")
    if text != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True),
                                            str(snapshot), "generated", n=2))
        pytest.fail("generated code differs from the snapshot "
                    "(LUA2PY_UPDATE_CODEGEN=1 rewrites it):\n" + diff[:20000])


@pytest.mark.parametrize("lua", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_snapshot_runs_like_lua(lua):
    snapshot = lua.with_suffix(".py")
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    proc = subprocess.run([sys.executable, snapshot.name], cwd=CODEGEN, env=env,
                          capture_output=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert proc.stdout == lua.with_suffix(".expected").read_bytes()


def test_every_fast_path_has_a_program():
    # the shapes the benchmarks rely on (docs/architecture.md, "Fast paths and helpers")
    wanted = {"arith_typed", "guarded_clone", "direct_calls", "tail_call", "library_guards",
              "string_format", "concat", "tables", "generators", "goto", "close", "loops"}
    assert wanted <= {p.stem for p in PROGRAMS}


def _function_codes(code):
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            yield c
            yield from _function_codes(c)


def test_function_names_are_lua_names():
    # issue 10 #16: a function's code object is named so that the runtime reads back its
    # Lua name (tracebacks, debug.getinfo), never the Python name of the local holding it
    from lua2py.runtime.stdlib.ldebug import lua_function_name
    from lua2py.transpiler import compile_lua

    src = ("local function range() end\nlocal function def() end\nlocal function range() end\n"
           "local function f_x() end\nlocal function v_range() end\nlocal function list__gen() end\n"
           "function class() end\nlocal t = {}\nfunction t.list() end\nfunction t:print() end\n"
           "local function plain() end\n")
    names = {(c.co_firstlineno, lua_function_name(c)) for c in _function_codes(compile_lua(src, "@n.lua"))
             if c.co_firstlineno > 0 and not c.co_name.startswith(("L_genmaker", "__lua_chunk__", "main"))
             and not c.co_name.endswith("__gen")}
    assert names == {(1, "range"), (2, "def"), (3, "range"), (4, "f_x"), (5, "v_range"), (6, "list__gen"),
                     (7, "class"), (9, "list"), (10, "print"), (11, "plain")}


def test_functions_on_one_line_have_distinct_names():
    # generator versions are found by (name, line): two functions of one line must
    # not share a name (fuzz finding coroutine_wrong_generator_version_hangs)
    from lua2py.transpiler import compile_lua

    src = "print(pcall(function() local co = coroutine.wrap(function() return 1 + 1 end) return co() end))\n"
    codes = [c for c in _function_codes(compile_lua(src, "@d.lua")) if c.co_name.startswith("L_fn_")
             and not c.co_name.endswith("__gen")]
    assert len({c.co_name for c in codes}) == 2


def test_threads_compiling_at_once_get_the_same_code():
    # pyast.HERE (the line new nodes are stamped with) is one for the process: code
    # generation runs under pyast.COMPILING, so compiles in several threads, switching
    # every few microseconds, give exactly the code of one compile at a time
    import threading

    from lua2py.transpiler import compile_lua, python_source

    sources = [(CODEGEN / name).read_bytes().decode("latin-1")
               for name in ("arith_typed.lua", "tables.lua", "string_format.lua", "loops.lua")]

    def build(src, k):
        # (code objects compare by their instructions, constants, names and line tables)
        return compile_lua(src, f"=t{k}", gens=True), python_source(src, f"@t{k}.lua")

    alone = [build(src, k) for k, src in enumerate(sources)]
    together = [None] * len(sources)

    def worker(k):
        for _ in range(3):
            together[k] = build(sources[k], k)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=worker, args=(k,)) for k in range(len(sources))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert together == alone

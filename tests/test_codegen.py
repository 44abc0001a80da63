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

"""PyPy as a runtime (README "Speed"), and the site-lines layout it compiles chunks in.

- Under PyPy: a subset of the goldens runs with `PYPY -m lua2py run`, where PYPY is
  $LUA2PY_PYPY, a PyPy with lua2py's dependencies installed (.ci/run makes one from
  Debian's pypy3 when it can); skipped, saying so, without one.  The subset covers what
  differs under PyPy: error messages naming variables (the site-lines layout: PyPy 3.9's
  code has no column positions), debug hooks and tail calls (bytecode details), coroutines,
  the library twins PyPy uses instead of the compiled ones.
  `LUA2PY_PYPY_ALL=1` runs every golden instead (slow: 33 minutes with -n 2 on a loaded
  2-core machine); lines `pypy:ID reason` of tests/golden/KNOWN_DIFFERENCES are the goldens
  that differ under PyPy only (strict xfails here).
- Under CPython: the same error goldens with LUA2PY_SITE_LINES=1, which compiles chunks in
  the site-lines layout as PyPy does, so CI checks that layout on every run.
"""
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import test_golden as golden

PYPY = os.environ.get("LUA2PY_PYPY")

# the goldens whose behaviour depends on the Python implementation
SUBSET = [
    "errors/multiline_expression_lines", "errors/error_level_tailcall", "errors/tail_call_levels",
    "lang/arith_guarded", "lang/arith_mixed", "lang/bitwise_ops", "lang/length_operator",
    "lang/closures", "lang/goto_nested", "lang/method_calls",
    "meta/call_any_type",
    "base/debug_sethook_first_line", "coroutine/debug_hook_c_functions",
    "coroutine/yield_across_pcall", "coroutine/error_runtime_names", "coroutine/yield_nested_200",
    "errors/upvalue_error_names", "errors/global_error_names", "errors/method_on_nil",
    "fuzz/getinfo_line_after_jump_back", "string/format_p_concat_literals",
]


def _programs(names):
    by_id = {golden._id(p): p for p in golden.PROGRAMS}
    return [golden._param(by_id[n]) for n in names if n in by_id]


def _pypy_param(p: Path):
    """golden._param, where a line `pypy:ID reason` of KNOWN_DIFFERENCES marks a golden that
    differs under PyPy only (a strict xfail here, nothing under CPython)."""
    reason = golden.KNOWN.get("pypy:" + golden._id(p))
    if reason:
        return pytest.param(p, id=golden._id(p), marks=pytest.mark.xfail(reason=reason, strict=True))
    return golden._param(p)


def _pypy_params():
    if os.environ.get("LUA2PY_PYPY_ALL"):
        return [_pypy_param(p) for p in golden.PROGRAMS]
    by_id = {golden._id(p): p for p in golden.PROGRAMS}
    return [_pypy_param(by_id[n]) for n in SUBSET if n in by_id]


def test_pypy_known_differences_name_goldens():
    """Every `pypy:ID` line of KNOWN_DIFFERENCES names a golden that exists."""
    ids = {golden._id(p) for p in golden.PROGRAMS}
    assert [k for k in golden.KNOWN if k.startswith("pypy:") and k[5:] not in ids] == []


def test_subset_names_exist():
    """The subset names goldens that exist (a renamed golden would silently drop out)."""
    ids = {golden._id(p) for p in golden.PROGRAMS}
    assert [n for n in SUBSET if n not in ids] == []


@pytest.mark.skipif(not PYPY, reason="no PyPy: set LUA2PY_PYPY to a pypy3 with luaparser and tqdm installed")
@pytest.mark.parametrize("program", _pypy_params())
def test_golden_under_pypy(program: Path):
    proc = golden._run([PYPY, "-m", "lua2py", "run", program.name, *golden._args(program)], program)
    golden._check(program, proc)


ERROR_GOLDENS = [n for n in SUBSET if n.startswith(("errors/", "lang/arith", "lang/bitwise", "lang/length"))] + [
    "errors/call_nil_names", "errors/index_nil_names", "errors/arith_errors", "errors/compare_errors",
    "errors/concat_len_errors", "coroutine/error_runtime_names",
]


@pytest.mark.parametrize("program", _programs(ERROR_GOLDENS))
def test_golden_in_site_lines_layout(program: Path, monkeypatch):
    monkeypatch.setenv("LUA2PY_SITE_LINES", "1")
    proc = golden._run([sys.executable, "-m", "lua2py", "run", program.name, *golden._args(program)], program)
    golden._check(program, proc)


def test_site_lines_layout_maps_each_site_to_its_own_line():
    """In the site-lines layout no two sites share a line, and every line maps to a Lua line."""
    from lua2py.runtime.core.errors import decode_sitemap
    from lua2py.transpiler import python_source

    src = "local t = {}\nlocal x = t.a.b + t.c.d .. g(h.i)\nreturn x\n"
    text = python_source(src, "=t", site_lines=True)
    reg = next(ln for ln in text.splitlines() if ln.startswith("L_register(__file__"))
    sitemap_text = reg.rsplit(", ", 1)[1].rstrip(")").strip("'")
    assert sitemap_text.startswith(":")
    sitemap = decode_sitemap(sitemap_text)
    assert len(sitemap) >= 5  # t.a, .b, t.c, .d, g, h (some share a site number, never a line)
    lines = text.splitlines()
    for line in sitemap:
        assert lines[line - 1].strip(), line
    code = compile(text, "t.py", "exec")  # the layout is valid Python
    assert code.co_filename == "t.py"


def test_pypy_script_help():
    """tests/pypy_env.sh, which .ci/run uses, parses (bash -n)."""
    r = subprocess.run(["bash", "-n", str(HERE / "pypy_env.sh")], capture_output=True)
    assert r.returncode == 0, r.stderr

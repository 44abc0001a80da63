"""`lua2py run --cython` and `lua2py convert --cython` (lua2py/cybuild.py).

Compiling a module with Cython takes seconds, so only a subset of the golden programs
runs compiled here (CYTHON_GOLDENS below; `LUA2PY_CYTHON_GOLDENS=more` adds CYTHON_MORE,
`=all` runs every golden program, `=N` every N-th).  Compiled modules are cached (<cache>/cython), so a second run
of the tests compiles nothing.  Without Cython, a C compiler or Python's headers the
tests of compiled code skip saying what is missing; the fallback is tested everywhere.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GOLDEN = HERE / "golden"
TREE = HERE / "convert_tree" / "src"
TIMEOUT = 600

sys.path.insert(0, str(ROOT))
from lua2py import cybuild

sys.path.insert(0, str(HERE))
import test_golden

MISSING = cybuild.missing()
needs_cython = pytest.mark.skipif(MISSING is not None, reason=f"--cython: {MISSING}")

# golden programs run compiled by default: every area, coroutines and errors included
CYTHON_GOLDENS = """
base/arg_negative base/assert_basic base/error_values base/require_path_search
clib/lpeg_grammar_limits coroutine/for_close_wrap coroutine/sieve_filters
errors/uncaught_close_error errors/uncaught_error_table_tostring_field
fuzz/coroutine_wrong_generator_version_hangs io/uncaught_error lang/equality
libtable/unpack_select meta/index_rawset_bypass string/gsub_special_repl
errors/index_nil_names errors/call_non_function errors/bad_argument_names
coroutine/generator_versions_closures lang/arith_loop_shapes fastpath/c_int_locals
fastpath/get_put_edges fastpath/index_computed_keys meta/newindex_fastpath meta/index_newindex_values
""".split()
# more, with LUA2PY_CYTHON_GOLDENS=more (all of them passed on 2026-12-07)
CYTHON_MORE = """
base/pairs_modify_values clib/cjson_safe coroutine/close_from_other_coroutine
coroutine/refuse_resume_normal fastpath/hoist_short_circuit io/binary_roundtrip io/popen_errors
lang/length_border_history libmath/ult libos/date_errors libtable/concat_numbers libutf8/charpattern
meta/arith_string_numbers string/byte_basic string/format_many_args
lang/arith_mixed meta/tostring_name libmath/compat_functions
""".split()

# goldens whose compiled run differs from lua5.4, and why (xfail, strict).  The variable
# names in messages (errors/index_nil_names, call_non_function, bad_argument_names,
# lang/arith_mixed, meta/tostring_name, libmath/compat_functions) were here until the
# module was written in the site-lines layout and the runtime's descriptions of a
# deferred error (errors._SiteRef) came from its traceback.
CYTHON_KNOWN = {}
CYTHON_KNOWN_MORE = {}


def _env(**extra):
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("PYTHONIOENCODING", "utf-8")
    for k in ("LUA2PY_CYTHON", "LUA2PY_PURE", "LUA2PY_NO_CACHE"):
        env.pop(k, None)
    env.update(extra)
    return env


def _selected():
    want = os.environ.get("LUA2PY_CYTHON_GOLDENS", "")
    if want == "all":
        return test_golden.PROGRAMS
    if want.isdigit():
        return test_golden.PROGRAMS[::int(want)]
    by_id = {test_golden._id(p): p for p in test_golden.PROGRAMS}
    names = CYTHON_GOLDENS + sorted(CYTHON_KNOWN)
    if want == "more":
        names += CYTHON_MORE + sorted(CYTHON_KNOWN_MORE)
    return [by_id[n] for n in names if n in by_id]


def _param(p):
    pid = test_golden._id(p)
    reason = CYTHON_KNOWN.get(pid) or CYTHON_KNOWN_MORE.get(pid)
    if reason:
        return pytest.param(p, id=pid, marks=pytest.mark.xfail(reason=reason, strict=True))
    return pytest.param(p, id=pid)


@needs_cython
@pytest.mark.parametrize("program", [_param(p) for p in _selected()])
def test_golden_compiled(program):
    r = subprocess.run([sys.executable, "-m", "lua2py", "run", "--cython", program.name,
                        *test_golden._args(program)],
                       cwd=program.parent, input=test_golden._stdin(program), capture_output=True,
                       timeout=TIMEOUT, env=_env())
    assert b"--cython:" not in r.stderr, r.stderr.decode("utf-8", "replace")[-2000:]
    test_golden._check(program, r)


def test_fallback_without_compiler(tmp_path):
    """No C compiler: one line on stderr, then the program runs as Python."""
    (tmp_path / "x.lua").write_text("print(1 + 1)\nerror('boom')\n")
    r = subprocess.run([sys.executable, "-m", "lua2py", "run", "--cython", "x.lua"], cwd=tmp_path,
                       capture_output=True, timeout=TIMEOUT,
                       env=_env(CC="/nonexistent/cc", LUA2PY_CACHE_DIR=str(tmp_path / "cache")))
    assert r.stdout == b"2\n"
    err = r.stderr.decode().splitlines()
    assert err[0] == "lua2py: --cython: no C compiler (/nonexistent/cc); running as Python"
    assert err[1] == "lua: x.lua:2: boom"
    assert r.returncode == 1
    assert not (tmp_path / "cache" / "cython").exists()


def test_convert_fallback_without_compiler(tmp_path):
    (tmp_path / "x.lua").write_text("print(1 + 1)\n")
    r = subprocess.run([sys.executable, "-m", "lua2py", "convert", "--cython", "x.lua"], cwd=tmp_path,
                       capture_output=True, timeout=TIMEOUT, env=_env(CC="/nonexistent/cc"))
    assert r.returncode == 0
    assert r.stderr.decode().splitlines() == [
        "lua2py: --cython: no C compiler (/nonexistent/cc); writing Python only"]
    assert sorted(f.name for f in tmp_path.iterdir()) == ["x.lua", "x.py"]


CORO = """
local up = 0
local function gen(n)
  for i = 1, n do up = up + 1; coroutine.yield(i) end
end
local function outer()
  local count = 0
  local function inner(k) count = count + k; coroutine.yield(count) end
  for i = 1, 3 do inner(i) end
  return count
end
local co = coroutine.wrap(function() gen(3); return outer() end)
local got = {}
for _ = 1, 7 do got[#got + 1] = tostring(co()) end
print(table.concat(got, " "), up)
print(pcall(function() local t = nil; return t.x end))
local function lvl() error("deep", 2) end
local function caller() lvl() end
print(pcall(caller))
print(pcall(function() return math.floor("x") end))
print(select(2, pcall(error)))
"""


@needs_cython
def test_run_cython_cache_and_positions(tmp_path):
    """Compiled once, then from the cache; coroutines (generator versions made by their
    functions), upvalues shared with them, and error positions and names found in tracebacks."""
    (tmp_path / "c.lua").write_text(CORO)
    env = _env(LUA2PY_CACHE_DIR=str(tmp_path / "cache"), LUA2PY_CACHE_TRACE="1")
    runs = [subprocess.run([sys.executable, "-m", "lua2py", "run", "--cython", "c.lua"], cwd=tmp_path,
                           capture_output=True, timeout=TIMEOUT, env=env) for _ in range(2)]
    want = ("1 2 3 1 3 6 6\t3\n"
            "false\tc.lua:16: attempt to index a nil value (local 't')\n"
            "false\tc.lua:18: deep\n"
            "false\tc.lua:20: bad argument #1 to 'floor' (number expected, got string)\n"
            "nil\n")
    for r in runs:
        assert r.stdout.decode() == want, r.stderr.decode()[-2000:]
        assert r.returncode == 0
    assert "lua2py-cache: cython miss" in runs[0].stderr.decode()
    assert "lua2py-cache: cython hit" in runs[1].stderr.decode()
    assert "cython miss" not in runs[1].stderr.decode()
    built = list((tmp_path / "cache" / "cython").iterdir())
    assert len(built) == 1 and built[0].name.endswith(cybuild.ext_suffix())


@needs_cython
def test_convert_cython_tree(tmp_path):
    """convert --cython writes each module's compiled twin, which the converted tree loads
    instead of the .py; a twin of another text is ignored."""
    src = tmp_path / "src"
    shutil.copytree(TREE, src)
    env = _env(XDG_CACHE_HOME=str(tmp_path / "xdg"))
    p = subprocess.run([sys.executable, "-m", "lua2py", "convert", "--cython", "src", "-o", "out"],
                       cwd=tmp_path, capture_output=True, timeout=TIMEOUT, env=env)
    assert p.returncode == 0, p.stderr
    out = tmp_path / "out"
    twins = sorted(str(f.relative_to(out)) for f in out.rglob("*" + cybuild.ext_suffix()))
    assert twins == [n + ".cython" + cybuild.ext_suffix()
                     for n in ["lib/broken", "lib/util", "main", "pkg/init", "pkg/sub"]]
    for f in src.rglob("*.lua"):
        f.unlink()
    args = (TREE / "main.args").read_text().splitlines()
    probe = ("import runpy, sys; sys.argv = ['main.py'] + sys.argv[1:]\n"
             "import atexit; atexit.register(lambda: sys.stderr.write('twins %d\\n' % "
             "sum(1 for m in sys.modules if m.startswith('l2c_'))))\n"
             "runpy.run_path('main.py', run_name='__main__')\n")
    r = subprocess.run([sys.executable, "-c", probe, *args], cwd=out, capture_output=True,
                       timeout=TIMEOUT, env=env)
    expected = (TREE / "main.expected").read_text("latin-1")
    # (variable names included: the modules are written in the site-lines layout)
    assert r.stdout.decode("latin-1") == expected
    assert r.returncode == int((TREE / "main.rc").read_text())
    assert r.stderr.decode().splitlines()[-1] == "twins 5"
    # a .py converted again (another text): its twin no longer matches and is not used
    main = out / "main.py"
    main.write_text(main.read_text().replace("__lua_chunk__", "__lua_chunk__", 1) + "\n# changed\n")
    r = subprocess.run([sys.executable, "-c", probe, *args], cwd=out, capture_output=True,
                       timeout=TIMEOUT, env=env)
    assert r.stderr.decode().splitlines()[-1] == "twins 4"

"""The optional compiled accelerator of the coroutine library (runtime/coroutine/_lcoroutine.pyx).

runtime/coroutine/lcoroutine.py is the reference; when _lcoroutine was built (`python setup.py
build_ext --inplace`, or a pip install that could compile it) it replaces the hot paths,
unless LUA2PY_PURE=1.  The rest of the suite runs with whichever is in use (the compiled
one when built); this module checks that the compiled one really is in use when built,
and runs the coroutine programs again with LUA2PY_PURE=1 so that both stay tested.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import test_golden as golden

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent

PURE_ALREADY = os.environ.get("LUA2PY_PURE", "") not in ("", "0")


def _built():
    import importlib.util

    try:
        return importlib.util.find_spec("lua2py.runtime.coroutine._lcoroutine") is not None
    except ImportError:
        return False


# without the accelerator the rest of the suite runs the pure library: no need to run it twice
PURE_TWICE = PURE_ALREADY or not _built()
PURE_TWICE_REASON = ("LUA2PY_PURE is set: the rest of the suite runs these pure already" if PURE_ALREADY else
                     "the compiled accelerator is not in use: the rest of the suite runs these pure already")


def build_prerequisites():
    """What building the accelerator here needs and lacks: a list of reasons (empty: it can be built)."""
    import shutil
    import sysconfig

    missing = []
    if sys.implementation.name != "cpython" or sys.version_info < (3, 10):
        missing.append("it needs CPython 3.10 or later (this is %s %d.%d)"
                       % ((sys.implementation.name,) + sys.version_info[:2]))
    try:
        import Cython  # noqa: F401
    except ImportError:
        missing.append("Cython is not installed")
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        missing.append("no C compiler (%s)" % cc)
    include = sysconfig.get_paths().get("include") or ""
    if not os.path.exists(os.path.join(include, "Python.h")):
        missing.append("no Python headers (Python.h in %s)" % include)
    return missing


PYX = next(iter(sorted((ROOT / "runtime").rglob("_lcoroutine.pyx"))), None)
BUILD_COMMAND = "`pip install -e .` (or `python setup.py build_ext --inplace`)"


def _accelerator():
    """The compiled module of this checkout.  Not built: a failure when it could be built here
    (Cython, a C compiler and Python's headers are present), else a skip saying what is missing."""
    if PURE_ALREADY:
        pytest.skip("LUA2PY_PURE is set: the pure Python coroutine library is in use by request")
    try:
        from lua2py.runtime.coroutine import _lcoroutine
    except ImportError as e:
        missing = build_prerequisites()
        if missing:
            pytest.skip("the compiled accelerator is not built and cannot be built here: %s"
                        % "; ".join(missing))
        pytest.fail("the compiled accelerator is not built (%s), though it can be built here: run %s"
                    % (e, BUILD_COMMAND), pytrace=False)
    so = Path(_lcoroutine.__file__).resolve()
    if PYX is not None and so.parent != PYX.parent:
        pytest.fail("the compiled accelerator in use, %s, is not this checkout's (%s): run %s here"
                    % (so, PYX.parent, BUILD_COMMAND), pytrace=False)
    return _lcoroutine


def test_accelerator_in_use():
    accel = _accelerator()
    from lua2py.runtime.coroutine import lcoroutine
    from lua2py.runtime import prelude

    pyx = PYX
    so = Path(accel.__file__)
    if pyx is not None and so.parent == pyx.parent:
        assert so.stat().st_mtime >= pyx.stat().st_mtime, (
            "%s is older than _lcoroutine.pyx: rebuild it with `python setup.py build_ext --inplace`" % so.name)
    assert getattr(accel, "API", None) == lcoroutine._ACCEL_API, (
        "%s was built from another version of _lcoroutine.pyx (API %r, lcoroutine wants %r): "
        "rebuild it with `python setup.py build_ext --inplace`"
        % (so.name, getattr(accel, "API", None), lcoroutine._ACCEL_API))
    assert lcoroutine.IMPLEMENTATION == "compiled"
    assert lcoroutine.Coroutine is accel.Coroutine and type(lcoroutine.MAIN) is accel.Coroutine
    # converted code calls these two directly (prelude imports them from lcoroutine)
    assert prelude.L_co_resume is accel.resume is lcoroutine.resume
    assert prelude.L_co_resume_in is accel.resume_in
    assert accel.resume.lua_gen is lcoroutine.resume_gen
    w = lcoroutine.wrap(lambda *a: None)
    assert type(w) is accel.Wrapped
    assert type(w.py_iter.for_values(None, None, 1)) is accel.WrapFor


def _implementation(env):
    p = subprocess.run([sys.executable, "-c", "import lua2py.runtime.coroutine.lcoroutine as m; print(m.IMPLEMENTATION)"],
                       cwd=ROOT, env=env, capture_output=True, timeout=60)
    assert p.returncode == 0, p.stderr.decode(errors="replace")
    return p.stdout.decode().strip()


def test_environment_chooses_the_implementation():
    """`lua2py run` and converted programs get the compiled one, LUA2PY_PURE=1 the reference."""
    _accelerator()
    env = golden._env()
    env.pop("LUA2PY_PURE", None)
    assert _implementation(env) == "compiled"
    assert _implementation(dict(env, LUA2PY_PURE="1")) == "pure"


def _pure_env():
    env = golden._env()
    env["LUA2PY_PURE"] = "1"
    return env


def _run(cmd, program, env):
    try:
        return subprocess.run(cmd, cwd=program.parent, input=golden._stdin(program), capture_output=True,
                              timeout=golden.TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        pytest.fail("%s: timed out after %ss" % (golden._id(program), golden.TIMEOUT), pytrace=False)


# the goldens that use coroutines: the whole coroutine/ folder
COROUTINE_PROGRAMS = [p for p in golden.PROGRAMS if golden._id(p).startswith("coroutine/")]


@pytest.mark.skipif(PURE_TWICE, reason=PURE_TWICE_REASON)
@pytest.mark.parametrize("program", [golden._param(p) for p in COROUTINE_PROGRAMS])
def test_coroutine_golden_pure(program):
    proc = _run([sys.executable, "-m", "lua2py", "run", program.name, *golden._args(program)], program,
                _pure_env())
    golden._check(program, proc)


_ADDRESS = re.compile(rb"0x[0-9a-f]+")


def _run_modes(env):
    prog = HERE / "accel" / "modes.lua"
    p = _run([sys.executable, "-m", "lua2py", "run", prog.name], prog, env)
    return p.returncode, _ADDRESS.sub(b"0x?", p.stdout), _ADDRESS.sub(b"0x?", p.stderr)


def test_both_implementations_agree():
    """Where lua2py still differs from lua5.4 the goldens cannot say what the coroutine
    library must do; there the compiled one must do what the reference does."""
    _accelerator()
    env = golden._env()
    env.pop("LUA2PY_PURE", None)
    compiled = _run_modes(env)
    pure = _run_modes(_pure_env())
    assert compiled[0] == pure[0] == 0, (compiled[2] + pure[2]).decode(errors="replace")
    assert compiled[1].decode("latin-1").splitlines() == pure[1].decode("latin-1").splitlines()


# ---------------------------------------------------------------- the net programs that use coroutines

NET = HERE / "golden" / "net"
NET_COROUTINE = sorted(p for p in NET.glob("*.lua")
                       if (p.with_suffix(".netout").exists() or p.with_suffix(".ownout").exists())
                       and re.search(r"coroutine\.(resume|wrap|create)", p.read_text(encoding="latin-1")))


@pytest.fixture(scope="module")
def net():
    import servers

    srv, env = servers.start_all()
    yield env
    servers.stop_all(srv)


@pytest.mark.skipif(PURE_TWICE, reason=PURE_TWICE_REASON)
@pytest.mark.parametrize("prog", NET_COROUTINE, ids=[p.stem for p in NET_COROUTINE])
def test_net_coroutine_pure(prog, net):
    import test_socket

    env = dict(os.environ, **net)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["LUA2PY_PURE"] = "1"
    p = subprocess.run([sys.executable, "-c", test_socket.RUNNER, prog.name], cwd=prog.parent, env=env,
                       capture_output=True, timeout=120)
    err = p.stderr.decode(errors="replace")
    own = prog.with_suffix(".ownout")
    if own.exists():
        assert p.returncode == 0, err
        assert p.stdout == own.read_bytes(), err
    else:
        rc = prog.with_suffix(".rc")
        assert p.stdout.decode("latin-1") == prog.with_suffix(".netout").read_bytes().decode("latin-1"), err
        assert p.returncode == (int(rc.read_text()) if rc.exists() else 0), err


# ---------------------------------------------------------------- the table accelerator (_ltable.pyx)

def test_table_accelerator_in_use():
    """runtime/core/_ltable.pyx (method lookups and LuaTable.__missing__ walking __index
    tables in C) is in use when built; table.py's method and __missing__ are the reference."""
    _accelerator()
    from lua2py.runtime.core import table
    from lua2py.runtime import prelude

    try:
        from lua2py.runtime.core import _ltable
    except ImportError as e:
        pytest.fail("the table accelerator is not built (%s): run %s" % (e, BUILD_COMMAND), pytrace=False)
    pyx = ROOT / "runtime" / "core" / "_ltable.pyx"
    so = Path(_ltable.__file__)
    if so.parent == pyx.parent:
        assert so.stat().st_mtime >= pyx.stat().st_mtime, (
            "%s is older than _ltable.pyx: rebuild it with `python setup.py build_ext --inplace`" % so.name)
    assert getattr(_ltable, "API", None) == table._ACCEL_API
    assert table.IMPLEMENTATION == "compiled"
    assert prelude.L_method is _ltable.method is table.method
    assert table.LuaTable.__missing__ is _ltable.missing


# the goldens of __index chains, run again with the pure table walk
META_PROGRAMS = [p for p in golden.PROGRAMS if golden._id(p) in (
    "meta/method_walk", "meta/index_chain", "meta/inheritance", "meta/index_depth_function_chain",
    "meta/multiple_inheritance", "meta/class_pattern")]


@pytest.mark.skipif(PURE_TWICE, reason=PURE_TWICE_REASON)
@pytest.mark.parametrize("program", [golden._param(p) for p in META_PROGRAMS])
def test_meta_golden_pure(program):
    proc = _run([sys.executable, "-m", "lua2py", "run", program.name, *golden._args(program)], program,
                _pure_env())
    golden._check(program, proc)

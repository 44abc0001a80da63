"""The compiled twins of the compiler's analysis and code generation (transpiler/twins.py).

When built, the rest of the suite runs them; this module checks that they really are in
use when built from the current sources, and that the pure modules (a process with
LUA2PY_PURE=1) make exactly what they make on the corpus: the converted text
(`lua2py convert`, streamed), and the code objects `lua2py run` and `load` compile,
with generator versions (compared field by field: marshal's bytes depend on
reference counts)."""
import hashlib
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_accel import BUILD_COMMAND, build_prerequisites

import lua2py.transpiler.analysis as analysis
import lua2py.transpiler.codegen as codegen
from lua2py.transpiler import twins

ROOT = Path(__file__).resolve().parent.parent
PURE_ALREADY = twins.pure_requested()
PACKAGES = {"analysis": analysis, "codegen": codegen}

# the codegen snapshots, benchmarks, samples, a sixth of the golden programs
CORPUS = sorted(
    p for pattern in ("tests/codegen/*.lua", "benchmarks/*.lua", "samples/**/*.lua")
    for p in ROOT.glob(pattern)) + sorted(ROOT.glob("tests/golden/**/*.lua"))[::6]


def _norm(c):
    if isinstance(c, types.CodeType):
        return (c.co_name, c.co_code, c.co_linetable, c.co_exceptiontable, c.co_varnames, c.co_freevars,
                c.co_cellvars, c.co_names, c.co_firstlineno, c.co_flags, tuple(c.co_positions()),
                tuple(_norm(x) for x in c.co_consts))
    if isinstance(c, (tuple, frozenset)):
        return (type(c).__name__, tuple(_norm(x) for x in c))
    return (type(c).__name__, repr(c))


def digests(paths):
    """{path: (sha1 of the converted text, sha1 of the compiled code), or the error's text}."""
    from lua2py.transpiler import LuaSyntaxError, compile_lua, python_source

    out = {}
    for path in paths:
        src = Path(path).read_bytes().decode("latin-1")
        try:
            text = python_source(src, "@" + Path(path).name)
            code = compile_lua(src, "@" + Path(path).name)
        except (LuaSyntaxError, RecursionError) as e:
            out[str(path)] = "error: %s" % e
            continue
        out[str(path)] = [hashlib.sha1(text.encode("utf-8", "surrogateescape")).hexdigest(),
                          hashlib.sha1(repr(_norm(code)).encode("utf-8", "surrogateescape")).hexdigest()]
    return out


def _in_process(implementation, args):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT)] + sys.path))
    if implementation == "pure":
        env["LUA2PY_PURE"] = "1"
    else:
        env.pop("LUA2PY_PURE", None)
    code = ("import json, sys; sys.setrecursionlimit(10000); sys.path.insert(0, %r); import test_twins as t; "
            "import lua2py.transpiler.codegen as c, lua2py.transpiler.analysis as a; "
            "print(json.dumps([c.IMPLEMENTATION, a.IMPLEMENTATION, t.digests(sys.argv[1:])]))"
            % str(Path(__file__).resolve().parent))
    p = subprocess.run([sys.executable, "-c", code, *map(str, args)], env=env, capture_output=True, text=True,
                       timeout=600)
    assert p.returncode == 0, p.stderr[-3000:]
    return json.loads(p.stdout)


def test_lists_name_real_modules():
    for package, names in twins.TWINS.items():
        here = ROOT / "transpiler" / package
        for name in names:
            assert (here / (name + ".py")).is_file(), (package, name)
        assert (here / twins.COMPILED_DIR).is_dir()


@pytest.mark.parametrize("package", sorted(twins.TWINS))
def test_compiled_in_use_when_built(package):
    # like test_frontend's: not built is a failure where it could be built, else a skip
    here = ROOT / "transpiler" / package
    names = twins.TWINS[package]
    found = twins.built_twins(str(here), names)
    if len(found) < len(names):
        stale = [n for n in names if n not in found and any((here / twins.COMPILED_DIR).glob(n + ".*"))]
        if stale:
            pytest.fail("compiled twins older than their source: %s; rebuild them with %s"
                        % (", ".join(stale), BUILD_COMMAND), pytrace=False)
        missing = build_prerequisites()
        if missing:
            pytest.skip("the compiled twins are not built and cannot be built here: " + "; ".join(missing))
        pytest.fail("the compiled %s twins are not built, though they can be built here: run %s"
                    % (package, BUILD_COMMAND), pytrace=False)
    module = PACKAGES[package]
    assert module.IMPLEMENTATION == ("pure" if PURE_ALREADY else "compiled")
    if not PURE_ALREADY:
        for name in names:
            loaded = sys.modules["lua2py.transpiler.%s.%s" % (package, name)]
            assert Path(loaded.__file__).parent.name == twins.COMPILED_DIR, loaded.__file__


def test_twin_written_with_its_source_by_an_install_is_current(tmp_path):
    """pip writes a wheel's files in its archive's order, each stamped when written: a twin
    a few milliseconds older than its source is current (the front end of a `pip install .`
    ran pure before), one built before a later edit is not."""
    built, source = tmp_path / "_cparser.so", tmp_path / "parser.py"
    built.write_bytes(b"")
    source.write_text("")
    t = 1_700_000_000.0
    os.utime(built, (t, t))
    os.utime(source, (t + 0.004, t + 0.004))
    assert twins.built_after(str(built), str(source))
    os.utime(source, (t + 60, t + 60))
    assert not twins.built_after(str(built), str(source))
    os.utime(source, (t - 60, t - 60))
    assert twins.built_after(str(built), str(source))


def test_pure_requested_means_pure():
    assert _in_process("pure", [])[:2] == ["pure", "pure"]


@pytest.mark.parametrize("group", range(2))
def test_same_output_as_pure(group):
    if PURE_ALREADY or codegen.IMPLEMENTATION != "compiled" or analysis.IMPLEMENTATION != "compiled":
        pytest.skip("the compiled twins are not in use: the rest of the suite runs the pure modules")
    paths = CORPUS[group::2]
    pure = _in_process("pure", paths)
    compiled = digests(paths)
    assert pure[:2] == ["pure", "pure"]
    assert pure[2] == compiled
    assert sum(1 for v in compiled.values() if isinstance(v, list)) > 20

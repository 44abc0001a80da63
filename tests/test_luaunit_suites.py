"""LuaUnit's own unit and functional suites under lua2py, held to lua5.4's results.

Set LUA2PY_LUAUNIT_SRC to a luaunit source tree (upstream, with run_unit_tests.lua,
run_functional_tests.lua and test/); otherwise the tests skip.  The tree is copied to a
temporary folder (the functional suite writes its output files next to its references)
and each suite runs there under lua5.4 and under lua2py, with LUA_PATH putting the tree's
own luaunit.lua first (lua5.4's default path would find Debian's luaunit first).  The
functional suite runs the example programs with the interpreter that runs it
(arg[-1]): under lua2py that is `lua2py`, which a wrapper on PATH points at this
checkout.  Standard output (run times masked) and the exit status must be lua5.4's.
Slow: the suites are about 8000 lines of Lua and the functional suite starts ~60 programs.
"""
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import test_golden as golden

SRC = os.environ.get("LUA2PY_LUAUNIT_SRC")
SUITES = ["run_unit_tests.lua", "run_functional_tests.lua"]


def _mask(out):
    """Run times and the time stamps of diff headers vary from run to run."""
    out = re.sub(rb"in [0-9.]+ seconds", b"in X seconds", out)
    out = re.sub(rb'time="[0-9.]+"', b'time="X"', out)
    return re.sub(rb"(\n(?:---|\+\+\+) \S+)\t[^\n]*", rb"\1\tX", out)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    root = tmp_path_factory.mktemp("luaunit")
    bindir = root / "bin"
    bindir.mkdir()
    wrapper = bindir / "lua2py"
    wrapper.write_text('#!/bin/sh\nexec "%s" -m lua2py "$@"\n' % sys.executable)
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return root


@pytest.mark.skipif(not SRC, reason="set LUA2PY_LUAUNIT_SRC to a luaunit source tree")
@pytest.mark.parametrize("suite", SUITES)
def test_luaunit_suite(suite, workdir):
    if shutil.which("lua5.4") is None:
        pytest.skip("lua5.4 is needed to compare with")
    if not (Path(SRC) / suite).exists():
        pytest.skip("%s has no %s" % (SRC, suite))
    env = golden._env()
    env["LUA_PATH"] = "./?.lua;;"
    env["PATH"] = str(workdir / "bin") + os.pathsep + env.get("PATH", "")
    results = []
    for name, cmd in (("lua5.4", ["lua5.4", suite]), ("lua2py", ["lua2py", "run", suite])):
        cwd = workdir / ("%s-%s" % (name, suite))
        shutil.copytree(SRC, cwd, ignore=shutil.ignore_patterns(".git"))
        proc = subprocess.run(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=1800, check=False)
        results.append(proc)
    want, got = results
    problems = []
    if _mask(got.stdout) != _mask(want.stdout):
        problems.append("stdout differs:\n" + golden._diff(_mask(want.stdout), _mask(got.stdout), "stdout"))
    if got.returncode != want.returncode:
        problems.append("exit status %d, expected %d" % (got.returncode, want.returncode))
    if problems:
        pytest.fail("%s:\n%s\nstderr:\n%s" % (suite, "\n".join(problems),
                                               got.stderr.decode("latin-1")[-3000:]), pytrace=False)

"""The real-world corpus: Debian's packaged pure-Lua libraries, run as real programs
under lua2py and held to lua5.4's output byte for byte (see tests/realworld/record).

tests/realworld/<library>/NAME.lua
    a driver exercising one library broadly; its first lines say which Debian
    packages it needs (`-- requires: lua-penlight lua-filesystem`).  Expected files as
    for the goldens (NAME.expected, .rc, .stderr, .args, .stdin), recorded from lua5.4.
tests/realworld/busted/NAME.busted
    a run of busted itself under lua2py: `lua2py run $(command -v busted) ARGS` in
    tests/realworld/busted/ (ARGS one per line in the file), on the spec suite there;
    busted's durations are normalised on both sides.
tests/realworld/KNOWN_DIFFERENCES
    programs that differ for a known reason: strict xfails (they fail when fixed).

A program whose Debian packages are not installed is skipped, saying which
(.ci/run installs them).  The libraries are found where lua5.4 finds them:
lua2py's package.path is lua5.4's, and drivers of libraries that Debian ships only
for Lua 5.1-5.3 add that folder to package.path themselves.

Third-party test suites (Penlight's tests, examples and specs, LuaUnit's own suite, the
Teal compiler's specs, LPeg's and LuaFileSystem's test programs, middleclass's specs,
MoonScript compiling its sources) run against a live lua5.4 only when
LUA2PY_REALWORLD_SRC names a folder holding their checkouts (test_third_party_suite,
below; SUITES says which checkout and tag each needs).
"""
import fnmatch
import functools
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import test_golden as golden

HERE = Path(__file__).resolve().parent
REALWORLD = HERE / "realworld"
# folders of helper files, not programs (spec files, modules a driver loads, data)
_NOT_PROGRAMS = {"spec", "lib", "data", "suite_drivers"}


def _drivers():
    return sorted(p for p in REALWORLD.rglob("*.lua")
                  if not _NOT_PROGRAMS.intersection(p.relative_to(REALWORLD).parts[:-1]))


DRIVERS = _drivers()
BUSTED_RUNS = sorted(REALWORLD.glob("busted/*.busted"))
BUSTED_PACKAGES = ["lua-busted"]
_REQUIRES = re.compile(r"^--\s*requires:\s*(.*)$")


def required_packages(p: Path):
    if p.suffix == ".busted":
        return BUSTED_PACKAGES
    pkgs = []
    with open(p, encoding="latin-1") as f:
        for line in f:
            m = _REQUIRES.match(line.strip())
            if m:
                pkgs += m.group(1).split()
            elif not line.startswith("--"):
                break
    return pkgs


@functools.cache
def _installed(pkg: str) -> bool:
    if shutil.which("dpkg-query") is None:
        return False
    r = subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True, check=False)
    return r.returncode == 0 and r.stdout.decode().endswith("installed")


def missing_packages(p: Path):
    return [pkg for pkg in required_packages(p) if not _installed(pkg)]


def _known():
    known = {}
    path = REALWORLD / "KNOWN_DIFFERENCES"
    if path.exists():
        for line in path.read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(" ")
                known[name] = reason.strip()
    return known


KNOWN = _known()


def _id(p: Path) -> str:
    return p.relative_to(REALWORLD).with_suffix("").as_posix()


def _param(p: Path):
    marks = []
    missing = missing_packages(p)
    if missing:
        marks.append(pytest.mark.skip(reason="Debian package%s not installed: %s (.ci/run installs them)"
                                      % ("s" if len(missing) > 1 else "", " ".join(missing))))
    reason = KNOWN.get(_id(p))
    if reason:
        marks.append(pytest.mark.xfail(reason=reason, strict=True))
    return pytest.param(p, id=_id(p), marks=marks)


# a library's first run compiles it (Penlight, luaunit: thousands of lines) on a shared machine
TIMEOUT = 300


def _run(cmd, p: Path):
    try:
        return subprocess.run(cmd, cwd=p.parent, input=golden._stdin(p), capture_output=True,
                              timeout=TIMEOUT, env=golden._env(), check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{_id(p)}: timed out after {TIMEOUT}s", pytrace=False)


@pytest.mark.parametrize("program", [_param(p) for p in DRIVERS])
def test_driver(program: Path):
    proc = _run([sys.executable, "-m", "lua2py", "run", program.name, *golden._args(program)], program)
    golden._check(program, proc)


@functools.cache
def _record_script():
    """tests/realworld/record (a script without .py) as a module: its busted normalisation."""
    from importlib.machinery import SourceFileLoader
    from importlib.util import module_from_spec, spec_from_loader

    loader = SourceFileLoader("realworld_record", str(REALWORLD / "record"))
    mod = module_from_spec(spec_from_loader("realworld_record", loader))
    loader.exec_module(mod)
    return mod


def _busted():
    return shutil.which("busted") or "/usr/bin/busted"


@pytest.mark.parametrize("run", [_param(p) for p in BUSTED_RUNS])
def test_busted(run: Path):
    """`lua2py run $(command -v busted) ARGS` reports like `lua5.4 $(command -v busted) ARGS`."""
    args = run.read_text().splitlines()
    proc = _run([sys.executable, "-m", "lua2py", "run", _busted(), *args], run)
    proc.stdout = _record_script().normalise_busted(proc.stdout)
    golden._check(run, proc)


@pytest.mark.skipif(not _installed("lua-yaml"), reason="Debian package not installed: lua-yaml")
def test_c_module_without_python_version_is_not_found():
    """A C library on package.cpath that lua2py has no Python version of fails with
    lua5.4's "module not found" text (listing where it looked), not a loader error."""
    proc = subprocess.run([sys.executable, "-m", "lua2py", "run", "-e",
                           "local ok, e = pcall(require, 'yaml') print(ok) print(e)"],
                          capture_output=True, env=golden._env(), timeout=golden.TIMEOUT, check=False)
    out = proc.stdout.decode()
    assert out.startswith("false\nmodule 'yaml' not found:\n\tno field package.preload['yaml']\n"), out
    assert "\tno file '/usr/lib/x86_64-linux-gnu/lua/5.4/yaml.so'\n" in out, out
    assert "dynamic libraries" not in out


# ---------------------------------------------------------------- third-party suites (behind a flag)
#
# LUA2PY_REALWORLD_SRC=/path/to/checkouts: the git checkouts SUITES names (Penlight/, luaunit/, tl/, ...).  Each suite
# is taken at the tag matching the Debian package (git archive, nothing is written into the
# checkout) and every program is run by lua5.4 and by lua2py, outputs compared.  Slow (luaunit's
# suite alone compiles ~8000 lines of Lua); not part of the default run.

SRC = os.environ.get("LUA2PY_REALWORLD_SRC")
# (checkout, tag matching the Debian package, folder to run in, programs relative to it)
SUITES = {
    "penlight-tests": ("Penlight", "1.13.1", ".", "tests/test-*.lua"),
    "penlight-examples": ("Penlight", "1.13.1", "examples", "*.lua"),
    "luaunit-unit": ("luaunit", "LUAUNIT_V3_4", ".", "run_unit_tests.lua"),
    # Penlight's busted specs, run by busted (itself running under lua2py on one side)
    "penlight-spec": ("Penlight", "1.13.1", ".", "busted -o TAP spec"),
    # the Teal compiler's own spec suite (1,932 tests; 20-25 minutes under lua2py)
    "tl-spec": ("tl", "dbebb425938680ad428a6821b503dd0e03d9fe74", ".", "busted -o TAP spec"),
    # the C modules' own test programs, run on lua2py's Python versions of lpeg and lfs
    "lpeg-test": ("LPeg", "v1.0.2", ".", "test.lua"),
    "lfs-test": ("luafilesystem", "v1_8_0", "tests", "test.lua"),
    # busted specs of libraries: middleclass (lua5.4 fails some of them too: the same ones),
    # argparse (192 tests, run on Debian's argparse.lua of the same version), inspect.lua
    "middleclass-spec": ("middleclass", "v4.1.1", ".", "busted -o TAP spec"),
    "argparse-spec": ("argparse", "0.7.1", ".", "busted -o TAP spec"),
    "inspect-spec": ("inspect.lua", "v3.1.1", ".", "busted -o TAP spec"),
    # "driver FILE GLOB": tests/realworld/suite_drivers/FILE run in the checkout with the files
    # matching GLOB (sorted) as arguments: MoonScript 0.5.0 compiling its own sources
    "moonscript-compile": ("moonscript", "v0.5.0", ".", "driver moonscript_compile_all.lua **/*.moon"),
}
# programs whose output lua5.4 itself does not reproduce from run to run (addresses, arg[-1],
# pairs order of string keys printed unsorted: lua5.4 seeds its string hashes per run)
SUITE_UNSTABLE = {"penlight-examples/sipscan.lua", "penlight-examples/which.lua",
                  "penlight-examples/testconfig.lua", "penlight-examples/test-symbols.lua"}
SUITE_KNOWN = {
    "penlight-tests/tests/test-utils3.lua": "runs `lua -v` through arg[-1] (lua2py's banner names lua2py), and "
                                            "setfenv(1, env) rebinds the _ENV upvalue of the running function, "
                                            "which its running frame in lua2py does not see",
}
# addresses in messages (tostring of a table in an assertion's report), which no two runs share
_SUITE_ADDRESS = re.compile(rb"0x[0-9a-f]+")
# the time a suite reports it took (LuaUnit's summary line), which no two runs share
_SUITE_DURATION = re.compile(rb"^(Ran \d+ tests in )\d+(?:\.\d+)?( seconds)", re.M)


def _extract(name, tmp_root):
    repo, tag, _, _ = SUITES[name]
    dest = tmp_root / ("%s-%s" % (repo, tag))
    if not dest.exists():
        archive = subprocess.run(["git", "-C", os.path.join(SRC, repo), "archive", tag],
                                 capture_output=True, check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(dest)
        # the Debian package's modules, not the checkout's, must be found
        for own in ("lua", "luaunit.lua"):
            p = dest / own
            if p.is_dir():
                shutil.rmtree(p)
            elif p.exists():
                p.unlink()
    return dest


def _suite_params():
    if not SRC:
        return [pytest.param(None, None, marks=pytest.mark.skip(
            reason="set LUA2PY_REALWORLD_SRC to a folder with Penlight/ and luaunit/ checkouts"))]
    params = []
    for name, (repo, tag, folder, pattern) in SUITES.items():
        root = Path(SRC) / repo
        if not root.exists():
            continue
        if pattern.startswith(("busted ", "driver ")):
            pid = "%s/%s" % (name, pattern)
            marks = [pytest.mark.xfail(reason=SUITE_KNOWN[pid], strict=True)] if pid in SUITE_KNOWN else []
            params.append(pytest.param(name, pattern, id=pid, marks=marks))
            continue
        listing = subprocess.run(["git", "-C", str(root), "ls-tree", "-r", "--name-only", tag],
                                 capture_output=True, text=True, check=False).stdout.split()
        base = "" if folder == "." else folder + "/"
        for f in sorted(listing):
            if not f.startswith(base):
                continue
            rel = f[len(base):]
            if not fnmatch.fnmatch(rel, pattern) or rel.count("/") != pattern.count("/"):
                continue
            pid = "%s/%s" % (name, rel)
            if pid in SUITE_UNSTABLE:
                continue
            marks = []
            if pid in SUITE_KNOWN:
                marks.append(pytest.mark.xfail(reason=SUITE_KNOWN[pid], strict=True))
            params.append(pytest.param(name, rel, id=pid, marks=marks))
    return params


@pytest.mark.parametrize("suite,program", _suite_params())
def test_third_party_suite(suite, program, tmp_path_factory):
    if shutil.which("lua5.4") is None:
        pytest.skip("lua5.4 is needed to compare with")
    root = _extract(suite, tmp_path_factory.getbasetemp().parent / "realworld-src")
    cwd = root / SUITES[suite][2]

    def run(cmd):
        return subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=3600, env=golden._env(), check=False)

    argv = program.split()
    if argv[0] == "busted":
        argv[0] = _busted()
    elif argv[0] == "driver":
        argv = [str(REALWORLD / "suite_drivers" / argv[1])] + sorted(
            str(p.relative_to(cwd)) for p in cwd.glob(argv[2]))
    want = run(["lua5.4", *argv])
    got = run([sys.executable, "-m", "lua2py", "run", *argv])
    for proc in (want, got):
        proc.stdout = _SUITE_DURATION.sub(rb"\g<1>TIME\g<2>", proc.stdout)
        proc.stdout = _SUITE_ADDRESS.sub(b"0xADDRESS", proc.stdout)
    problems = []
    if got.stdout != want.stdout:
        problems.append("stdout differs:\n" + golden._diff(want.stdout, got.stdout, "stdout"))
    if got.returncode != want.returncode:
        problems.append("exit status %d, expected %d" % (got.returncode, want.returncode))
    want_err = golden._first_line(want.stderr).replace("lua5.4:", "lua:", 1)
    if golden._first_line(got.stderr) != want_err:
        problems.append("stderr first line differs:\n  expected: %s\n  actual:   %s"
                        % (want_err, golden._first_line(got.stderr)))
    if problems:
        pytest.fail("%s/%s:\n%s" % (suite, program, "\n".join(problems)), pytrace=False)

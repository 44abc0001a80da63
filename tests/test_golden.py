"""Golden tests: run every tests/golden/**/NAME.lua through lua2py and
compare with what the real lua5.4 produced (recorded by tests/golden/record).

Per program:
  NAME.expected  exact stdout bytes (required; programs without it are skipped)
  NAME.rc        expected exit status (default 0)
  NAME.stderr    expected first line of stderr (optional)
  NAME.args      command-line arguments, one per line (optional)
  NAME.stdin     bytes fed to stdin (optional; default empty)

Each program is run as ``python -m lua2py run NAME.lua [args]`` with
cwd = the program's directory.
"""
import difflib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
TIMEOUT = 60


def _programs():
    return sorted(p for p in GOLDEN.rglob("*.lua") if p.with_suffix(".expected").exists())


PROGRAMS = _programs()


def _id(p: Path) -> str:
    # goldens by their path under golden/, other corpora (tests/realworld) under tests/
    base = GOLDEN if GOLDEN in p.parents else GOLDEN.parent
    return p.relative_to(base).with_suffix("").as_posix()


def _env():
    env = dict(os.environ)
    # make the package importable from a checkout even if not installed
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("PYTHONIOENCODING", "utf-8")
    return env


def _args(p: Path):
    a = p.with_suffix(".args")
    return a.read_text().splitlines() if a.exists() else []


def _stdin(p: Path) -> bytes:
    s = p.with_suffix(".stdin")
    return s.read_bytes() if s.exists() else b""


def _diff(expected: bytes, actual: bytes, what: str) -> str:
    exp = expected.decode("utf-8", "replace").splitlines(keepends=True)
    act = actual.decode("utf-8", "replace").splitlines(keepends=True)
    d = "".join(difflib.unified_diff(exp, act, f"expected {what}", f"actual {what}", n=2))
    if not d:  # differ only in bytes not visible after decoding / final newline
        d = f"expected {expected!r}\nactual   {actual!r}\n"
    return d


def _first_line(b: bytes) -> str:
    lines = b.decode("utf-8", "replace").splitlines()
    return lines[0] if lines else ""


def _check(p: Path, proc: subprocess.CompletedProcess) -> None:
    expected = p.with_suffix(".expected").read_bytes()
    rc_path = p.with_suffix(".rc")
    want_rc = int(rc_path.read_text().strip()) if rc_path.exists() else 0
    err_path = p.with_suffix(".stderr")
    problems = []
    if proc.stdout != expected:
        problems.append("stdout differs:\n" + _diff(expected, proc.stdout, "stdout"))
    if proc.returncode != want_rc:
        problems.append(f"exit status {proc.returncode}, expected {want_rc}")
    if err_path.exists():
        want_err = _first_line(err_path.read_bytes())
        got_err = _first_line(proc.stderr)
        if got_err != want_err:
            problems.append(f"stderr first line differs:\n  expected: {want_err}\n  actual:   {got_err}")
    if problems:
        tail = proc.stderr.decode("utf-8", "replace")[-3000:]
        pytest.fail(f"{_id(p)}:\n" + "\n".join(problems) + ("\n--- stderr ---\n" + tail if tail else ""),
                    pytrace=False)


def _run(cmd, p: Path):
    try:
        return subprocess.run(cmd, cwd=p.parent, input=_stdin(p), capture_output=True,
                              timeout=TIMEOUT, env=_env())
    except subprocess.TimeoutExpired:
        pytest.fail(f"{_id(p)}: timed out after {TIMEOUT}s", pytrace=False)


def _known_differences():
    known = {}
    path = GOLDEN / "KNOWN_DIFFERENCES"
    if path.exists():
        for line in path.read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(" ")
                known[name] = reason.strip()
    return known


KNOWN = _known_differences()


def _param(p: Path):
    reason = KNOWN.get(_id(p))
    if reason:
        return pytest.param(p, id=_id(p), marks=pytest.mark.xfail(reason=reason, strict=True))
    return pytest.param(p, id=_id(p))


@pytest.mark.parametrize("program", [_param(p) for p in PROGRAMS])
def test_golden(program: Path):
    proc = _run([sys.executable, "-m", "lua2py", "run", program.name, *_args(program)], program)
    _check(program, proc)


CONVERT_SAMPLE = GOLDEN / "lang" / "closures.lua"


def test_convert_then_run(tmp_path):
    """`lua2py convert IN -o OUT.py` produces a standalone Python program."""
    p = CONVERT_SAMPLE
    if not p.with_suffix(".expected").exists():
        pytest.skip("sample not recorded")
    out = tmp_path / "closures.py"
    conv = subprocess.run([sys.executable, "-m", "lua2py", "convert", str(p), "-o", str(out)],
                          cwd=p.parent, capture_output=True, timeout=TIMEOUT, env=_env())
    assert conv.returncode == 0, conv.stderr.decode("utf-8", "replace")
    assert out.exists(), "convert did not write the output file"
    proc = _run([sys.executable, str(out)], p)
    _check(p, proc)

"""Running one Lua program under lua5.4 and under lua2py, and comparing them.

What is compared, as in tests/golden: stdout bytes, the exit status, and the
first line of stderr with the interpreter's name normalised to `lua`.

Two ways to run lua2py:
- `cli_run`: `python -m lua2py run NAME.lua` in a subprocess, the reference;
  every reported mismatch is confirmed this way.
- `ForkRunner`: a fork server (forkserver.py: a fresh interpreter that has
  imported lua2py and its compiler once) forks a child per program that does
  what `python -m lua2py run NAME.lua < /dev/null` does, std streams, argv,
  sys.path and interpreter exit included.  It gives the same bytes on stdout
  and stderr and the same exit status as `cli_raw` (`python -m tests.fuzz
  compare-modes` and tests/test_fuzz_tools.py check it) in less than half the
  time (most of a CLI run is Python's start and lua2py's imports).
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# the lua2py checkout under test (default: this one); `run --root DIR` fuzzes another tree
LUA2PY_ROOT = Path(os.environ.get("LUA2PY_FUZZ_ROOT") or ROOT).resolve()
LUA = os.environ.get("LUA", "lua5.4")
LUAC = os.environ.get("LUAC", "luac5.4")
LUA_TIMEOUT = 10
LUA2PY_TIMEOUT = 60


@dataclass(frozen=True)
class Result:
    stdout: bytes
    rc: int  # -1: timed out
    stderr: str  # first line, interpreter name normalised

    def as_json(self):
        return {"stdout": self.stdout.decode("latin-1"), "rc": self.rc, "stderr": self.stderr}

    @staticmethod
    def from_json(d):
        return Result(d["stdout"].encode("latin-1"), d["rc"], d["stderr"])


def normalise_stderr(line, prog=LUA):
    """'lua5.4: foo.lua:3: boom' -> 'lua: foo.lua:3: boom' (tests/golden/record does the same)."""
    for name in (prog, os.path.basename(prog), "lua5.4"):
        if line.startswith(name + ":"):
            return "lua" + line[len(name):]
    return line


def first_line(data):
    lines = data.decode("utf-8", "replace").splitlines()
    return lines[0] if lines else ""


def have_lua():
    return shutil.which(LUA) is not None


def lua_run(path, timeout=LUA_TIMEOUT):
    path = Path(path).resolve()
    try:
        p = subprocess.run([LUA, path.name], cwd=path.parent, capture_output=True, timeout=timeout,
                           stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired as e:
        return Result(e.stdout or b"", -1, "timeout")
    return Result(p.stdout, p.returncode, normalise_stderr(first_line(p.stderr)) if p.returncode else "")


def lua_syntax_ok(path):
    """Does luac5.4 accept the program (shrinking must not trade a bug for a syntax error)?"""
    p = subprocess.run([LUAC, "-p", str(path)], capture_output=True, check=False)
    return p.returncode == 0


def _env():
    env = dict(os.environ)
    env["PYTHONPATH"] = str(LUA2PY_ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONIOENCODING"] = "utf-8"
    env["LUA2PY_NO_CACHE"] = "1"  # thousands of one-off programs: do not fill __luacache__
    return env


def result_of(raw):
    """A Result (what the fuzzer compares) from a Raw run."""
    if raw.rc == -1:
        return Result(raw.stdout, -1, "timeout")
    return Result(raw.stdout, raw.rc, first_line(raw.stderr) if raw.rc else "")


@dataclass(frozen=True)
class Raw:
    """Everything a run of lua2py gives: stdout and stderr bytes, the exit status (-1: timed out)."""
    stdout: bytes
    stderr: bytes
    rc: int


def cli_raw(path, timeout=None):
    """`python -m lua2py run NAME.lua` in a subprocess, in the file's directory, stdin /dev/null."""
    path = Path(path).resolve()
    timeout = LUA2PY_TIMEOUT if timeout is None else timeout
    try:
        p = subprocess.run([sys.executable, "-m", "lua2py", "run", path.name], cwd=path.parent,
                           capture_output=True, timeout=timeout, env=_env(), stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired as e:
        return Raw(e.stdout or b"", e.stderr or b"", -1)
    return Raw(p.stdout, p.stderr, p.returncode)


def cli_run(path, timeout=None):
    """lua2py through its real command line: the reference for reported mismatches."""
    return result_of(cli_raw(path, timeout))


class ForkRunner:
    """lua2py run by children of a fork server (forkserver.py) that imported it once."""

    def __init__(self, timeout=LUA2PY_TIMEOUT, scratch=None):
        self.timeout = timeout
        self.tmp = tempfile.mkdtemp(prefix="l2pfuzz-fork-", dir=scratch)
        self.proc = None
        self.cpu = 0.0  # CPU seconds of the children so far

    def _start(self):
        self.proc = subprocess.Popen([sys.executable, str(Path(__file__).with_name("forkserver.py"))],
                                     cwd=LUA2PY_ROOT, env=_env(),
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
        if self.proc.stdout.readline() != b"ready\n":
            raise RuntimeError("the fuzzer's fork server did not start")

    def run(self, path):
        return result_of(self.run_raw(path))

    def run_raw(self, path):
        """What cli_raw(path) gives, from a child of the fork server."""
        path = Path(path).resolve()
        if self.proc is None or self.proc.poll() is not None:
            self._start()
        out_p = os.path.join(self.tmp, "out")
        err_p = os.path.join(self.tmp, "err")
        req = "\t".join([str(path.parent), path.name, out_p, err_p, str(self.timeout)]) + "\n"
        self.proc.stdin.write(os.fsencode(req))
        line = self.proc.stdout.readline()
        if not line:
            self.close_server()
            raise RuntimeError("the fuzzer's fork server ended")
        st, cpu = line.split()
        st = int(st)
        self.cpu += float(cpu)
        with open(out_p, "rb") as f:
            out = f.read()
        with open(err_p, "rb") as f:
            err = f.read()
        if os.WIFSIGNALED(st):
            if os.WTERMSIG(st) == signal.SIGALRM:
                return Raw(out, err, -1)
            return Raw(out, err, -os.WTERMSIG(st))  # as subprocess reports a signal
        return Raw(out, err, os.WEXITSTATUS(st))

    def close_server(self):
        if self.proc is not None:
            try:
                self.proc.stdin.close()
                self.proc.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
            self.proc.stdout.close()
            self.proc = None

    def close(self):
        self.close_server()
        shutil.rmtree(self.tmp, ignore_errors=True)


# ---------------------------------------------------------------- comparing


PY_EXCEPTIONS = ("TypeError", "AttributeError", "NameError", "UnboundLocalError", "KeyError", "IndexError",
                 "ValueError", "RecursionError", "SyntaxError", "AssertionError", "ZeroDivisionError",
                 "OverflowError", "Traceback", "StopIteration", "RuntimeError", "SystemError")


def differences(want, got):
    """What differs between lua5.4's result and lua2py's: a list of (what, lua5.4's, lua2py's)."""
    out = []
    if want.stdout != got.stdout:
        wl = want.stdout.decode("latin-1").splitlines()
        gl = got.stdout.decode("latin-1").splitlines()
        i = 0
        while i < min(len(wl), len(gl)) and wl[i] == gl[i]:
            i += 1
        out.append(("stdout line %d" % (i + 1), wl[i] if i < len(wl) else "<end>", gl[i] if i < len(gl) else "<end>"))
    if want.rc != got.rc:
        out.append(("exit status", str(want.rc), str(got.rc)))
    if want.stderr != got.stderr:
        out.append(("stderr", want.stderr, got.stderr))
    return out


def python_leak(text):
    """The name of a Python exception in lua2py's output, if one leaked."""
    for name in PY_EXCEPTIONS:
        if name in text:
            return name
    return None


def signature(want, got):
    """A class of a mismatch, kept while shrinking so the repro shows the same bug: which
    of stdout/status/stderr differ; for the first differing stdout line, the segment kind
    in its label, the Python exception named in lua2py's line and the words lua2py's line
    has that lua5.4's lacks (`userdata`, `None`, ...); a timeout."""
    diffs = differences(want, got)
    kinds = tuple(sorted({d[0].split(" line")[0] for d in diffs}))
    what, w, g = diffs[0] if diffs else ("", "", "")
    if not what.startswith("stdout"):
        w, g = want.stderr, got.stderr
    leak = python_leak(g)
    if leak and leak in w:
        leak = None
    seg = re.search(r"\bs\d+_([a-z]+)", w + " " + g)
    words = tuple(sorted(set(re.findall(r"[A-Za-z]{3,}", g)) - set(re.findall(r"[A-Za-z]{3,}", w))))
    return kinds, leak, seg.group(1) if seg else None, words, got.rc == -1

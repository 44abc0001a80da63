"""Running one Lua program under lua5.4 and under lua2py, and comparing them.

What is compared, as in tests/golden: stdout bytes, the exit status, and the
first line of stderr with the interpreter's name normalised to `lua`.

Two ways to run lua2py:
- `cli_run`: `python -m lua2py run NAME.lua` in a subprocess, the reference;
  every reported mismatch is confirmed this way.
- `ForkRunner`: a process that has imported lua2py once forks a child per
  program; the child points fds 0/1/2 at /dev/null and two files, rebuilds
  sys.stdin/stdout/stderr as Python's startup does for non-terminals, and
  calls `lua2py.cli.main(["run", NAME.lua])`, the function the CLI calls.  The
  parent never runs Lua code, so each child starts from the same state a fresh
  `python -m lua2py` has after its imports.  `python -m tests.fuzz
  compare-modes` checks that both give the same results (~10x fewer seconds
  per program here, most of a CLI run being Python's start and imports).
"""
import importlib
import io
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
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONIOENCODING"] = "utf-8"
    env["LUA2PY_NO_CACHE"] = "1"  # thousands of one-off programs: do not fill __luacache__
    return env


def cli_run(path, timeout=LUA2PY_TIMEOUT):
    """lua2py through its real command line: the reference for reported mismatches."""
    path = Path(path).resolve()
    try:
        p = subprocess.run([sys.executable, "-m", "lua2py", "run", path.name], cwd=path.parent,
                           capture_output=True, timeout=timeout, env=_env(), stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired as e:
        return Result(e.stdout or b"", -1, "timeout")
    return Result(p.stdout, p.returncode, first_line(p.stderr) if p.returncode else "")


class ForkRunner:
    """lua2py runs forked from a process that imported it once (see the module docstring)."""

    def __init__(self, timeout=LUA2PY_TIMEOUT, scratch=None):
        self.timeout = timeout
        for k, v in _env().items():
            if k != "PYTHONPATH":
                os.environ[k] = v
        if str(ROOT) not in sys.path:
            sys.path.insert(0, str(ROOT))
        # what `lua2py run` imports on its way to running a chunk (only to save time in the
        # children: whatever is not imported here, a child imports itself)
        for name in ("lua2py.cli", "lua2py.runner", "lua2py.runtime.prelude", "lua2py.transpiler",
                     "lua2py.runtime.stdlib.linit", "lua2py.runtime.state"):
            try:
                importlib.import_module(name)
            except ModuleNotFoundError:  # the state builder's module, before or after the runtime's move
                pass
        self.tmp = tempfile.mkdtemp(prefix="l2pfuzz-fork-", dir=scratch)

    def run(self, path):
        path = Path(path).resolve()
        out_p = os.path.join(self.tmp, "out")
        err_p = os.path.join(self.tmp, "err")
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # child
            status = 70
            try:
                signal.alarm(self.timeout)  # default action ends the child: reported as a timeout
                os.chdir(path.parent)
                fd_in = os.open(os.devnull, os.O_RDONLY)
                fd_out = os.open(out_p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
                fd_err = os.open(err_p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
                os.dup2(fd_in, 0)
                os.dup2(fd_out, 1)
                os.dup2(fd_err, 2)
                for fd in (fd_in, fd_out, fd_err):
                    os.close(fd)
                # what Python's startup makes of non-terminal std streams (PYTHONIOENCODING=utf-8)
                sys.stdin = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)), encoding="utf-8")
                sys.stdout = io.TextIOWrapper(io.BufferedWriter(io.FileIO(1, "w", closefd=False)), encoding="utf-8")
                sys.stderr = io.TextIOWrapper(io.BufferedWriter(io.FileIO(2, "w", closefd=False)), encoding="utf-8",
                                              errors="backslashreplace", line_buffering=True)
                from lua2py.cli import main

                try:
                    status = main(["run", path.name])
                except SystemExit as e:
                    status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
                try:
                    sys.stdout.flush()
                    sys.stderr.flush()
                except OSError:  # what could not be written is lost, as for the CLI
                    status = status or 1
            finally:
                os._exit(status if isinstance(status, int) else 1)
        _, st = os.waitpid(pid, 0)
        with open(out_p, "rb") as f:
            out = f.read()
        with open(err_p, "rb") as f:
            err = f.read()
        if os.WIFSIGNALED(st):
            if os.WTERMSIG(st) == signal.SIGALRM:
                return Result(out, -1, "timeout")
            return Result(out, 128 + os.WTERMSIG(st), "killed by signal %d" % os.WTERMSIG(st))
        rc = os.WEXITSTATUS(st)
        return Result(out, rc, first_line(err) if rc else "")

    def close(self):
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

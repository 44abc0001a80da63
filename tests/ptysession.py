"""Drive an interactive program through a real pseudo-terminal, in step with its prompts.

Used by tests/test_repl.py (lua2py) and tests/repl/record (lua5.4, to record the expected
transcripts).  A session script (tests/repl/NAME.session) is a list of steps, one a line:

    TEXT            type TEXT and Enter, then wait for a prompt (or the end of the program)
    @type TEXT      type TEXT without Enter (escapes: \\t \\x1b ...), wait for the output to settle
    @wait TEXT      wait until TEXT has been printed since the last keys were typed
    @sleep SECONDS  let the program run on
    @ctrl-c         type Ctrl-C, then wait for a prompt (or the end)
    @ctrl-d         type Ctrl-D, then wait for a prompt (or the end)
    @args A B ...   (first lines only) arguments after the program name (shell words)
    @prompts P|Q    (first lines only) the prompts to wait for, besides "> " and ">> "
    # comment       ignored

The transcript is everything the terminal showed, with "\\r\\n" as "\\n", readline's
bracketed-paste switches removed, lua5.4's program name in error lines written "lua", and the
banner line (the first line, which names the
interpreter, "Lua 5.4..." or "lua2py ...") replaced by "<banner>"; it ends with "[exit N]" or "[signal N]".
"""
import codecs
import os
import re
import select
import shlex
import signal
import struct
import time

STEP_TIMEOUT = 60.0
SETTLE = 0.3


class Session:
    def __init__(self, argv, env=None, cwd=None, prompts=()):
        self.prompts = [b"> ", b">> "] + [p.encode("latin-1") for p in prompts]
        self.out = b""
        pid, fd = os.forkpty()
        if pid == 0:  # child: the pty is its controlling terminal
            try:
                if cwd:
                    os.chdir(cwd)
                os.execvpe(argv[0], argv, env if env is not None else os.environ)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        try:
            import fcntl
            import termios

            fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 200, 0, 0))
        except (ImportError, OSError):
            pass
        self.status = None
        self.last_send = 0

    # ------------------------------------------------------------ reading

    def _read(self, timeout):
        """Read what is available within timeout; False when the program closed the terminal."""
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return True
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # EIO: the child is gone
            return False
        if not data:
            return False
        self.out += data
        return True

    def _alive(self):
        if self.status is not None:
            return False
        pid, st = os.waitpid(self.pid, os.WNOHANG)
        if pid == 0:
            return True
        self.status = st
        return False

    def wait_for(self, test, timeout=STEP_TIMEOUT):
        """Read until test(output since start) is true or the program ends; True if it held."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if test(self.out):
                return True
            if not self._read(0.05):
                self._drain()
                return test(self.out)
            if not self._alive():
                self._drain()
                return test(self.out)
        raise TimeoutError("no progress in %.0fs; output so far: %r" % (timeout, self.out[-500:]))

    def _drain(self):
        while True:
            try:
                r, _, _ = select.select([self.fd], [], [], 0.05)
                if not r:
                    return
                data = os.read(self.fd, 65536)
            except OSError:
                return
            if not data:
                return
            self.out += data

    def at_prompt(self, mark):
        """A test: output after position mark ends with a prompt."""
        def test(out):
            tail = _clean(out[mark:])
            return any(tail.endswith(p) for p in self.prompts)
        return test

    def settle(self, quiet=SETTLE):
        """Read until nothing more arrives for `quiet` seconds."""
        end = time.monotonic() + STEP_TIMEOUT
        while time.monotonic() < end:
            n = len(self.out)
            if not self._read(quiet):
                return
            if len(self.out) == n:
                return

    # ------------------------------------------------------------ writing

    def send(self, data):
        self.last_send = len(self.out)
        os.write(self.fd, data)

    def step_line(self, text):
        mark = len(self.out)
        self.send(text + b"\n")
        self.wait_for(self.at_prompt(mark + len(text)))

    def step_key(self, key):
        mark = len(self.out)
        self.send(key)
        self.wait_for(self.at_prompt(mark))

    def kill(self):
        """End the program now (a failed step must not leave it running, e.g. in a loop)."""
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                _, self.status = os.waitpid(self.pid, 0)
            except OSError:
                pass
        try:
            os.close(self.fd)
        except OSError:
            pass

    def finish(self, timeout=STEP_TIMEOUT):
        end = time.monotonic() + timeout
        while self.status is None and time.monotonic() < end:
            if not self._read(0.05):
                break
            self._alive()
        while self.status is None and time.monotonic() < end:
            self._alive()
            time.sleep(0.02)
        if self.status is None:
            os.kill(self.pid, signal.SIGKILL)
            _, self.status = os.waitpid(self.pid, 0)
        self._drain()
        try:
            os.close(self.fd)
        except OSError:
            pass
        return self.status


def _clean(data):
    return data.replace(b"\x1b[?2004h", b"").replace(b"\x1b[?2004l\r", b"").replace(b"\x1b[?2004l", b"")


def parse_session(text):
    """(args, prompts, steps) of a session script."""
    args, prompts, steps = [], [], []
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("@args"):
            args = shlex.split(line[len("@args"):])
        elif line.startswith("@prompts "):
            prompts = line[len("@prompts "):].split("|")
        elif line.startswith("@type "):
            steps.append(("type", _unescape(line[len("@type "):])))
        elif line.startswith("@wait "):
            steps.append(("wait", _unescape(line[len("@wait "):])))
        elif line.startswith("@sleep "):
            steps.append(("sleep", float(line.split()[1])))
        elif line == "@ctrl-c":
            steps.append(("key", b"\x03"))
        elif line == "@ctrl-d":
            steps.append(("key", b"\x04"))
        else:
            steps.append(("line", line.encode("utf-8")))
    return args, prompts, steps


def _unescape(s):
    return codecs.escape_decode(s.encode("utf-8"))[0]


def run_session(program, session_text, env=None, cwd=None):
    """Run a session script; returns its transcript (bytes)."""
    args, prompts, steps = parse_session(session_text)
    s = Session(list(program) + args, env=env, cwd=cwd, prompts=prompts)
    try:
        # the first prompt (or the end), unless the script starts by waiting for some output
        if not steps or steps[0][0] != "wait":
            s.wait_for(s.at_prompt(0))
        for kind, data in steps:
            if s.status is not None:
                break
            if kind == "line":
                s.step_line(data)
            elif kind == "key":
                s.step_key(data)
            elif kind == "type":
                s.send(data)
                s.settle()
            elif kind == "sleep":
                time.sleep(data)
            elif kind == "wait":
                mark = s.last_send
                s.wait_for(lambda out, m=mark, d=data: d in out[m:])
    except BaseException:
        s.kill()  # a step timed out: the program may be in `while true do end`
        raise
    st = s.finish()
    return transcript(s.out, st)


def transcript(out, status):
    text = _clean(out).replace(b"\r\n", b"\n")
    # lua5.4's program name in its error lines, as tests/golden/record writes it
    text = re.sub(rb"(^|\n)(\^C)?lua5\.4: ", rb"\1\2lua: ", text)
    lines = text.split(b"\n", 1)
    if len(lines) == 2 and lines[0].startswith((b"Lua 5.4", b"lua2py ")):
        text = b"<banner>\n" + lines[1]
    if os.WIFSIGNALED(status):
        end = b"[signal %d]" % os.WTERMSIG(status)
    else:
        end = b"[exit %d]" % os.WEXITSTATUS(status)
    return text + (b"" if text.endswith(b"\n") else b"\n") + end + b"\n"


def run_piped(program, pipe_text, env=None, cwd=None, timeout=120):
    """Run a piped session (tests/repl/NAME.pipe: header lines "@args ARGS" (shell words) and
    "@env NAME=VALUE", then the bytes fed to standard input); returns the stdout transcript,
    then "--- stderr" and the standard error, then the status.  The program's name in error
    lines and in the usage line is written PROG (lua5.4 says "lua5.4", lua2py "lua")."""
    import subprocess

    args = []
    env = dict(env if env is not None else os.environ)
    data = pipe_text
    while data.startswith((b"@args", b"@env ")):
        head, _, data = data.partition(b"\n")
        if head.startswith(b"@args"):
            args = shlex.split(head[len(b"@args"):].decode())
        else:
            k, _, v = head[len(b"@env "):].decode().partition("=")
            env[k] = v
    p = subprocess.run(list(program) + args, input=data, capture_output=True, env=env, cwd=cwd,
                       timeout=timeout)
    err = b"\n".join(_progname(line) for line in p.stderr.split(b"\n"))
    return transcript(p.stdout + b"--- stderr\n" + err, _status_of(p.returncode))


def _progname(line):
    for prog in (b"lua5.4", b"lua"):
        if line.startswith(prog + b": "):
            return b"PROG" + line[len(prog):]
    if line.startswith(b"usage: "):
        return b"usage: PROG [options] [script [args]]"
    return line


def _status_of(returncode):
    """A wait status from a subprocess return code (negative: killed by that signal)."""
    if returncode < 0:
        return -returncode
    return returncode << 8


def pty_env(extra=None):
    """The environment both interpreters get: same terminal type, readline without
    bracketed paste, no user inputrc."""
    env = dict(os.environ)
    env["TERM"] = "xterm"
    here = os.path.dirname(os.path.abspath(__file__))
    env["INPUTRC"] = os.path.join(here, "repl", "inputrc")
    env.pop("PYTHONUNBUFFERED", None)  # lua2py buffers its output as a C program does
    env.pop("LUA_INIT", None)
    env.pop("LUA_INIT_5_4", None)
    if extra:
        env.update(extra)
    return env


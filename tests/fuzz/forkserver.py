"""The fuzzer's fork server: `python tests/fuzz/forkserver.py` in the lua2py checkout under test
(with it first on PYTHONPATH), started by runner.ForkRunner.

A fresh Python process (the same interpreter, flags and environment as the CLI
runs get) imports what `python -m lua2py run` imports on its way to compiling
and running a chunk (runner.preload), then serves requests on its stdin/stdout:

    request  (one line):  DIR <TAB> NAME <TAB> OUT <TAB> ERR <TAB> TIMEOUT
    answer   (one line):  the child's wait status (os.wait4's) and CPU seconds, or "ready" once at start

For each request it forks a child that does what Python's start-up and
lua2py/__main__.py do for `cd DIR; python -m lua2py run NAME < /dev/null > OUT 2> ERR`:
fds 0/1/2 on /dev/null and the two files, sys.stdin/stdout/stderr rebuilt as
Python builds them for non-terminals (PYTHONIOENCODING=utf-8, stderr
line-buffered with backslashreplace), sys.argv and sys.path[0] as `-m` sets
them, then `raise SystemExit(main(["run", NAME]))`, so the interpreter's own
exit runs: atexit handlers (lua2py's io library closes open files there),
flushing of the std streams, finalisers.  Only lua2py's handlers are there to
run: this process is a fresh interpreter that imported nothing else (the
fuzzer's pool workers fork from a process with handlers of its own, which is
why the server is a process of its own and not the worker).

The server itself never runs Lua code and compiles nothing, so every child
starts from the state a fresh `python -m lua2py` has after its imports.
SIGALRM after TIMEOUT seconds ends a child (reported as a timeout).
"""
import os
import signal
import sys

CTL = {}

# What `lua2py run` imports on its way to compiling and running a chunk: the CLI, the runtime
# and its state builder, and, imported lazily on the first compile, the code cache, the REPL
# module, the whole transpiler with the parser's AST (luaparser, antlr4) and the standard
# modules they use.  Importing them here only saves time in the children (about 0.3 s of a
# 0.8 s run): whatever is not imported here, a child imports itself, as the CLI does.
PRELOAD = ("lua2py.cli", "lua2py.runner", "lua2py.runtime.prelude", "lua2py.transpiler",
           "lua2py.runtime.stdlib.linit", "lua2py.runtime.state", "lua2py.cache", "lua2py.repl",
           "queue", "hashlib", "luaparser.astnodes")


def preload():
    import importlib
    import pkgutil

    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError:  # a module moved or gone: the child imports what it needs
            pass
    try:
        import lua2py.transpiler as tr
    except ModuleNotFoundError:
        return
    for info in pkgutil.walk_packages(tr.__path__, "lua2py.transpiler."):
        try:
            importlib.import_module(info.name)
        except ImportError:  # e.g. an accelerator that was not built: its fallback is imported
            pass


def _child(dirname, name, out_p, err_p, timeout):
    os.close(CTL["in"])
    os.close(CTL["out"])
    signal.alarm(timeout)  # default action ends the process
    os.chdir(dirname)
    fd_in = os.open(os.devnull, os.O_RDONLY)
    fd_out = os.open(out_p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    fd_err = os.open(err_p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    for fd, std in ((fd_in, 0), (fd_out, 1), (fd_err, 2)):
        os.dup2(fd, std)
        os.close(fd)
    import io

    # what Python's start-up makes of non-terminal std streams with PYTHONIOENCODING=utf-8
    sys.stdin = sys.__stdin__ = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)),
                                                 encoding="utf-8")
    sys.stdout = sys.__stdout__ = io.TextIOWrapper(io.BufferedWriter(io.FileIO(1, "w", closefd=False)),
                                                   encoding="utf-8")
    sys.stderr = sys.__stderr__ = io.TextIOWrapper(io.BufferedWriter(io.FileIO(2, "w", closefd=False)),
                                                   encoding="utf-8", errors="backslashreplace",
                                                   line_buffering=True)
    import lua2py

    sys.argv = [os.path.join(os.path.dirname(lua2py.__file__), "__main__.py"), "run", name]
    sys.path[0] = os.getcwd()  # -m puts the current directory first
    from lua2py.cli import main

    return main(["run", name])


def _readline(fd):
    data = bytearray()
    while not data.endswith(b"\n"):
        b = os.read(fd, 4096)
        if not b:
            return None
        data += b
    return bytes(data[:-1])


def serve():
    """The request loop; returns in a child only (with lua2py's exit status), else exits."""
    CTL["in"] = os.dup(0)
    CTL["out"] = os.dup(1)
    # the server's own std streams: nothing of a child's may reach the control pipe
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.close(null)
    sys.path[0] = os.getcwd()  # not this file's directory: the checkout, as for `python -m`
    preload()
    os.write(CTL["out"], b"ready\n")
    while True:
        line = _readline(CTL["in"])
        if line is None:
            os._exit(0)
        dirname, name, out_p, err_p, timeout = os.fsdecode(line).split("\t")
        pid = os.fork()
        if pid == 0:
            return _child(dirname, name, out_p, err_p, int(timeout))
        _, st, ru = os.wait4(pid, 0)
        try:
            os.write(CTL["out"], b"%d %.3f\n" % (st, ru.ru_utime + ru.ru_stime))
        except BrokenPipeError:  # the runner has gone (a stopped run)
            os._exit(0)


if __name__ == "__main__":
    raise SystemExit(serve())

"""The lua2py command line.

  lua2py [options] [script [args...]]       run a Lua program like lua5.4 (the script is any
  lua2py run [options] [script [args...]]   file); with no script, the interactive prompt on
                                            a terminal, else the program on standard input
        options, as lua5.4's: -e stat, -i (prompt after the script), -l mod, -l g=mod,
                 -v, -E (ignore LUA_INIT, LUA_PATH...), -W (warnings on),
                 -- (stop handling options), - (the program is standard input)
  lua2py run --cython [options] script [args...]
                                            the same, Lua files compiled with Cython (cached)
  lua2py convert IN... [-o OUT] [-j N] [--format] [--force] [--cython]
                                            write Python programs (x.lua -> x.py); directories
                                            are converted recursively, mirroring the tree under
                                            OUT, N files at once (default: one per core)
  lua2py check [-j N] FILE...               lua5.4's syntax and compile-time checks only, like `luac -p`
                                            (directories recursively; N processes, default one per
                                            core when the files hold 4 MB of Lua or more)
  lua2py --version, lua2py --help, lua2py run --help

A script named like a subcommand runs with `lua2py ./run` or `lua2py run run`.
"""
import os
import sys

from . import __version__

USAGE_OPTIONS = (
    "Available options are:\n"
    "  -e stat   execute string 'stat'\n"
    "  -i        enter interactive mode after executing 'script'\n"
    "  -l mod    require library 'mod' into global 'mod'\n"
    "  -l g=mod  require library 'mod' into global 'g'\n"
    "  -v        show version information\n"
    "  -E        ignore environment variables\n"
    "  -W        turn warnings on\n"
    "  --        stop handling options\n"
    "  -         stop handling options and execute stdin\n"
)
USAGE_RUN = "usage: lua2py [run] [options] [script [args]]\n" + USAGE_OPTIONS


def _err(msg):
    sys.stdout.flush()
    sys.stderr.write("lua2py: %s\n" % msg)
    sys.stderr.flush()


def version_text():
    return "lua2py %s (Lua 5.4 to Python; Python %d.%d.%d)" % ((__version__,) + tuple(sys.version_info[:3]))


# ---------------------------------------------------------------- run


def collect_args(argv):
    """lua.c's collectargs over argv (argv[0] is the program): (flags, first), where first is
    the index of the script (len(argv) if none) or, with flags None, of the bad option."""
    flags = set()
    i = 1
    while i < len(argv):
        a = argv[i]
        first = i
        if not a.startswith("-"):
            return flags, first
        opt, extra = a[1:2], a[2:]
        if opt == "-":
            if extra:
                return None, first
            return flags, i + 1
        if opt == "":
            return flags, first  # '-': the script is stdin
        if opt in ("E", "W", "i", "v"):
            if extra:
                return None, first
            flags.add(opt)
            if opt == "i":
                flags.add("v")  # -i implies -v
        elif opt in ("e", "l"):
            if opt == "e":
                flags.add("e")
            if not extra:
                i += 1
                if i >= len(argv) or argv[i].startswith("-"):
                    return None, first
        else:
            return None, first
        i += 1
    return flags, len(argv)


def print_usage(badoption):
    from . import runner

    if badoption[1:2] in ("e", "l"):
        runner.l_message("'%s' needs argument" % badoption)
    else:
        runner.l_message("unrecognized option '%s'" % badoption)
    runner._write_err(USAGE_RUN)


def cmd_run(argv):
    """Run like lua.c's main: options, LUA_INIT, -e/-l/-W in order, the script, the REPL."""
    from . import runner

    runner.FREEZE[0] = WHOLE_PROCESS[0]
    if argv[:1] in (["--help"], ["-h"]):
        sys.stdout.write(USAGE_RUN)
        return 0
    if argv[:1] == ["--cython"]:  # file chunks compiled with Cython (lua2py/cybuild.py)
        from . import CYTHON

        CYTHON[0] = True
        argv = argv[1:]
    full = ["lua2py"] + [runner.lua_string(a) for a in argv]
    flags, script = collect_args(full)
    if flags is None:
        print_usage(full[script])
        return 1
    if "v" in flags:
        print(version_text())
        sys.stdout.flush()
    actions = []
    if "E" not in flags:
        init = runner.luainit_action()
        if init is not None:
            actions.append(init)
    i = 1
    while i < script:  # lua.c's runargs: -e, -l and -W in order
        a = full[i]
        opt = a[1:2]
        if opt in ("e", "l"):
            extra = a[2:]
            if not extra:
                i += 1
                extra = full[i]
            if opt == "e":
                actions.append(runner.chunk_action(runner.string_loader(extra, "=(command line)")))
            else:
                actions.append(runner.require_action(extra))
        elif opt == "W":
            actions.append(runner.warnings_action())
        i += 1
    n = len(full)
    if script < n:
        name = full[script]
        stdin = name == "-" and full[script - 1] != "--"
        actions.append(runner.script_action(None if stdin else name))
    if "i" in flags:
        from . import repl

        actions.append(repl.repl_action())
    elif script == n and not flags & {"e", "v"}:
        if _stdin_is_tty():
            from . import repl

            actions.append(_banner_action())
            actions.append(repl.repl_action())
        else:
            actions.append(runner.status_ignored(runner.chunk_action(runner.file_loader(None))))
    return runner.run_program(actions, full, script if script < n else 0, ignore_env="E" in flags)


def _stdin_is_tty():
    try:
        return os.isatty(0)
    except OSError:
        return False


def _banner_action():
    def act(G):
        print(version_text())
        sys.stdout.flush()

    return act


# ---------------------------------------------------------------- convert / check


def cmd_convert(argv):
    from .convert import cmd_convert

    return cmd_convert(argv)


def cmd_check(argv):
    from .convert import cmd_check

    return cmd_check(argv)


SUBCOMMANDS = ("run", "convert", "check")


def entry():
    """The process's entry point (`python -m lua2py`, the console script): main(), then the
    end of the process without the interpreter's teardown (exit_process)."""
    WHOLE_PROCESS[0] = True
    if sys.argv[1:2] not in (["convert"], ["check"]):
        # until the Lua state is made, everything allocated is the runtime's modules, which
        # live as long as the process: collections would walk them for nothing (runner's
        # program() freezes them and turns the collector back on)
        import gc

        gc.disable()
    # `convert` and `check` run no Lua code: nothing of a Lua state to finalize, and
    # they close the files they write (the collection cost check 5-10 ms of its ~0.1 s)
    exit_process(main(), collect=sys.argv[1:2] not in (["convert"], ["check"]))


WHOLE_PROCESS = [False]  # main() runs as the whole process (entry): nothing runs after it


def exit_process(status, collect=True):
    """End the process with `status` the way the interpreter's exit would, as far as a program
    can tell, but without tearing the interpreter down (freeing every module and object:
    10-15 ms, a fifth of a short script's whole run).  What the exit would do that can be
    observed is done first: the Lua state is dropped and collected (finalizers of its
    objects, e.g. lfs locks, run as the teardown's collection runs them), atexit handlers
    run (io's shutdown closes the program's open files, like lua_close), standard output
    and error are flushed.  The ordinary exit is taken instead when anything could miss
    the teardown: a program that imported Python modules (require "py:NAME": its Python
    objects, e.g. a file left open, are finalized by the teardown), a profiler or tracer
    (cProfile, coverage) that writes its report at exit, another non-daemon thread still
    running, no atexit._run_exitfuncs, or a failing flush (whose message and status 120
    stay the interpreter's).  collect=False: no collection first (a process that ran no
    Lua code).  Under PyPy the last step is the ordinary exit after all: its exit frees
    nothing (no time to save) and writes the JIT's log ($PYPYLOG) then."""
    import atexit
    import gc

    # no threading module imported: no thread was started through it (its import is
    # a millisecond of `lua2py check`)
    threading = sys.modules.get("threading")
    status = 0 if status is None else status
    run_exitfuncs = getattr(atexit, "_run_exitfuncs", None)
    state = sys.modules.get(__package__ + ".runtime.core.state")
    if (status.__class__ is not int or run_exitfuncs is None or sys.gettrace() is not None
            or (state is not None and state.python_modules_used[0])
            or sys.getprofile() is not None
            or (threading is not None
                and any(t.is_alive() and not t.daemon and t is not threading.main_thread()
                        for t in threading.enumerate()))):
        raise SystemExit(status)
    if state is not None:
        state.current_globals[0] = None
    if collect:
        gc.collect()
    run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:
        raise SystemExit(status) from None
    if sys.implementation.name == "pypy":
        raise SystemExit(status & 0xFF)
    os._exit(status & 0xFF)


def main(argv=None):
    if argv is None:
        argv = sys.argv[1:]
    cmd = argv[0] if argv else None
    if cmd in ("-h", "--help", "help"):
        sys.stdout.write(__doc__)
        return 0
    if cmd in ("--version", "version"):
        print(version_text())
        return 0
    if cmd == "run":
        return cmd_run(argv[1:])
    if cmd == "convert":
        return cmd_convert(argv[1:])
    if cmd == "check":
        return cmd_check(argv[1:])
    # anything else is lua5.4's command line: options, a script (any file), or nothing
    return cmd_run(argv)

"""Running a Lua program as lua5.4 does: arg table, error reports, exit status.

Used by `lua2py run` and by converted programs (`python out.py` calls run_module).
The program runs in a thread with a large stack and a high recursion limit, so
deep Lua recursion works and runaway recursion ends in a Lua "stack overflow"
error instead of crashing the interpreter.
"""
import os
import sys
import threading

STACK_SIZE = 1024 * 1024 * 1024
RECURSION_LIMIT = 220000
PROGNAME = "lua"


def _flush_stdout():
    try:
        sys.stdout.flush()
    except Exception:
        pass


def _write_err(text):
    _flush_stdout()
    data = text.encode("latin-1", "replace") if isinstance(text, str) else text
    try:
        sys.stderr.flush()
        sys.stderr.buffer.write(data)
        sys.stderr.buffer.flush()
    except AttributeError:
        sys.stderr.write(data.decode("latin-1"))
        sys.stderr.flush()


def l_message(msg):
    """lua.c's l_message: 'lua: msg' on stderr."""
    _write_err("%s: %s\n" % (PROGNAME, msg))


def error_report(exc):
    """The text lua.c prints for an uncaught error (its msghandler + report), without the prefix."""
    from .runtime.core.errors import lua_error_value
    from .runtime.stdlib.lbase import lua_error, lua_assert
    from .runtime.core.values import getmetamethod, tostring, type_name
    from .runtime.stdlib.ldebug import traceback_lines

    v = lua_error_value(exc)
    c = v.__class__
    if c is str or c is int or c is float:
        msg = tostring(v)
    else:
        if getmetamethod(v, "__tostring") is not None:
            try:
                return tostring(v)
            except Exception:
                pass
        msg = "(error object is a %s value)" % type_name(v)
    lines = traceback_lines(exc.__traceback__)
    tb = exc.__traceback__
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    if last is not None:
        code = last.tb_frame.f_code
        if code is lua_error.__code__:
            lines.insert(0, "\t[C]: in function 'error'")
        elif code is lua_assert.__code__:
            lines.insert(0, "\t[C]: in function 'assert'")
    return msg + "\nstack traceback:\n" + "\n".join(lines)


def exit_code(code):
    if code is None or code is True:
        return 0
    if code is False:
        return 1
    try:
        return int(code) & 0xFF
    except (TypeError, ValueError):
        return 1


def run_protected(fn):
    """Run fn() (a program step); returns None on success, or an exit status after reporting."""
    from .runtime.core.errors import LuaExit

    try:
        fn()
    except LuaExit as e:
        _flush_stdout()
        return exit_code(e.code)
    except Exception as e:
        try:
            text = error_report(e)
        except BaseException as e2:  # a broken __tostring etc.
            text = "error in error reporting: %s: %s" % (e2.__class__.__name__, e2)
        l_message(text)
        return 1
    return None


def run_big_stack(fn):
    """Run fn() in a thread with a big stack and a high recursion limit; returns its result."""
    result = [1]

    def target():
        sys.setrecursionlimit(RECURSION_LIMIT)
        try:
            result[0] = fn()
        except SystemExit as e:
            result[0] = exit_code(e.code)
        except BaseException as e:  # pragma: no cover - last resort
            l_message("%s: %s" % (e.__class__.__name__, e))
            result[0] = 1

    old = threading.stack_size()
    try:
        threading.stack_size(STACK_SIZE)
    except (ValueError, RuntimeError):
        pass
    try:
        t = threading.Thread(target=target, name="lua-main", daemon=True)
        t.start()
    finally:
        try:
            threading.stack_size(old)
        except (ValueError, RuntimeError):
            pass
    try:
        t.join()
    except KeyboardInterrupt:
        _flush_stdout()
        l_message("interrupted!")
        os._exit(130)
    _flush_stdout()
    return result[0]


def make_arg_table(full_argv, script_pos):
    """lua.c's createargtable: arg[i - script_pos] = full_argv[i]."""
    from .runtime.core.table import LuaTable

    t = LuaTable()
    for i, a in enumerate(full_argv):
        dict.__setitem__(t, i - script_pos, a)
    return t


def run_program(actions, full_argv, script_pos, ignore_env=False, warnings=False):
    """Create a state and run `actions` (callables taking G, returning an exit status or None)
    in order, in the big-stack thread.  Returns the exit status."""

    def main():
        from .runtime.stdlib import linit, lpackage

        lpackage.IGNORE_ENV[0] = ignore_env
        G = {}

        def setup():
            G["G"] = linit.new_state(arg_table=make_arg_table(full_argv, script_pos))
            if warnings:
                w = dict.get(G["G"], "warn")
                if w is not None and hasattr(w, "state"):
                    w.state["on"] = True

        st = run_protected(setup)
        if st is not None:
            return st
        for act in actions:
            status = [None]

            def step():
                status[0] = act(G["G"])

            st = run_protected(step)
            if st is not None:
                return st
            if status[0] is not None:
                return status[0]
        _flush_stdout()
        return 0

    return run_big_stack(main)


def chunk_action(loader, args=()):
    """An action that loads a chunk with loader(G) -> (f, err) and calls f(*args)."""

    def act(G):
        f, err = loader(G)
        if f is None:
            l_message(err if isinstance(err, str) else str(err))
            return 1
        f(*args)
        return None

    return act


def file_loader(path):
    def load(G):
        from .runtime.stdlib.lbase import loadfile

        return loadfile(None if path == "-" else path, "bt", G)

    return load


def string_loader(source, chunkname):
    def load(G):
        from .runtime.stdlib.lbase import load_source

        return load_source(source, chunkname, G)

    return load


def require_action(name):
    def act(G):
        req = dict.get(G, "require")
        from .runtime.core.ops import first

        from .runtime.core.table import rawset

        rawset(G, name, first(req(name)))
        return None

    return act


def run_module(chunk_factory, script_path, argv=None):
    """Entry point of a converted program: `python out.py args` runs the chunk like `lua2py run`."""
    if argv is None:
        argv = sys.argv[1:]
        if sys.argv and sys.argv[0]:
            script_path = sys.argv[0]
    full = ["lua2py", script_path] + list(argv)

    def loader(G):
        return chunk_factory(G), None

    status = run_program([chunk_action(loader, tuple(argv))], full, 1)
    sys.exit(status)

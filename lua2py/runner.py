"""Running a Lua program as lua5.4 does: arg table, error reports, exit status.

Used by `lua2py run` and by converted programs (`python out.py` calls run_module).
The program runs in a thread with a large stack and a high recursion limit, so
deep Lua recursion works and runaway recursion ends in a Lua "stack overflow"
error instead of crashing the interpreter.
"""
import _thread
import os
import sys

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
    from .runtime.stdlib.ldebug import traceback_lines
    from .runtime.core.values import getmetamethod, tostring, type_name

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
    # (library functions in the traceback, error and assert among them, are its C levels)
    lines = traceback_lines(exc.__traceback__)
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


def close_state(run=True, status=None):
    """lua_close's finalizers (__gc of the tables still marked), run=False drops them.
    Returns the exit status: an os.exit called by a finalizer replaces `status`."""
    from .runtime.core import finalize

    code = finalize.close_state(run)
    if code is None:
        return status
    _flush_stdout()
    return exit_code(code)


def run_protected(fn):
    """Run fn() (a program step); returns None on success, or an exit status after reporting."""
    from .runtime.core.errors import LuaExit

    try:
        fn()
    except LuaExit as e:
        _flush_stdout()
        if not e.close:  # C's exit(): no lua_close, so no finalizers
            close_state(run=False)
        return exit_code(e.code)
    except Exception as e:
        try:
            text = error_report(e)
        except BaseException as e2:  # a broken __tostring etc.
            text = "error in error reporting: %s: %s" % (e2.__class__.__name__, e2)
        l_message(text)
        return 1
    return None


class _Controller:
    """What the main thread does while the Lua thread runs: lua.c's SIGINT handling and the
    REPL's terminal input.

    The Lua program runs in a thread (for its big stack), but signals reach the main thread.
    While a chunk runs (lua.c's docall) a first Ctrl-C raises the Lua error "interrupted!" in
    the Lua thread (an asynchronous exception: a Lua pcall can catch it, as a Lua hook error
    can be caught); outside a chunk, or on a second Ctrl-C in the same chunk, SIGINT has its
    default effect and ends the process, as lua.c resets its handler.  Terminal input for the
    REPL is read here, in the main thread, where readline handles Ctrl-C and the terminal."""

    def __init__(self):
        # (CPython's _queue.SimpleQueue: a get() in the main thread is interrupted by Ctrl-C
        # as queue.Queue's is, without importing the queue module; PyPy has no _queue)
        try:
            from _queue import SimpleQueue
        except ImportError:
            from queue import Queue as SimpleQueue

        self.requests = SimpleQueue()
        self.replies = SimpleQueue()
        self.lock = _thread.allocate_lock()
        self.armed = False
        self.pending = False
        self.lua_thread = None

    # -- Lua thread side

    def call(self, fn):
        """Run fn() as lua.c's docall: interruptible by one Ctrl-C."""
        with self.lock:
            self.armed = True
        try:
            return fn()
        finally:
            with self.lock:
                self.armed = False
                if self.pending:  # an interrupt aimed at this call that did not fire: drop it
                    self.pending = False
                    _set_async_exc(self.lua_thread, None)

    def read_line(self, prompt):
        """A line typed on the terminal (main thread, readline), or None at end of input."""
        self.requests.put(("input", prompt))
        return self.replies.get()

    # -- main thread side

    def serve(self, thread_id):
        """Serve the Lua thread's requests until it is done (its last step is to say so)."""
        self.lua_thread = thread_id
        while True:
            try:
                msg = self.requests.get()
            except KeyboardInterrupt:
                self.interrupt()
                continue
            if msg[0] == "done":
                break
            try:
                line = _terminal_input(msg[1])
            except KeyboardInterrupt:
                _echo_ctrl_c()
                _die_of_sigint()
            except EOFError:
                line = None
            self.replies.put(line)

    def interrupt(self):
        with self.lock:
            if self.armed and _set_async_exc(self.lua_thread, LuaInterrupt):
                self.armed = False
                self.pending = True
                return
        _die_of_sigint()


def _lua_interrupt_class():
    from .runtime.core.errors import LuaError

    class LuaInterrupt(LuaError):
        """lua.c's "interrupted!" error (raised in the Lua thread by a Ctrl-C)."""

        def __init__(self, value="interrupted!"):
            LuaError.__init__(self, value)

    return LuaInterrupt


LuaInterrupt = _lua_interrupt_class()


def _set_async_exc(thread_id, exc_class):
    """Raise exc_class in another thread at its next bytecode (None: cancel); False if impossible."""
    try:
        import ctypes

        set_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
    except (ImportError, AttributeError):  # not CPython
        return False
    if thread_id is None:
        return False
    return set_exc(ctypes.c_ulong(thread_id), ctypes.py_object(exc_class) if exc_class else None) == 1


def _echo_ctrl_c():
    """GNU readline shows "^C" when Ctrl-C ends a line (with the terminal's echoctl on);
    Python's readline does not."""
    try:
        import termios

        if termios.tcgetattr(0)[3] & termios.ECHOCTL:
            sys.stdout.write("^C")
    except (ImportError, OSError, AttributeError, ValueError):
        pass


def _die_of_sigint():
    """End the process by SIGINT with its default action, as lua5.4 does outside a chunk."""
    import signal

    _flush_stdout()
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
    except (AttributeError, OSError, ValueError):
        pass
    os._exit(130)


def _terminal_input(prompt):
    """input() with readline line editing; prompt and line are Lua strings (one char per byte)."""
    from . import repl

    return repl.terminal_input(prompt)


CONTROLLER = [None]
FREEZE = [False]  # gc.freeze() before the state is made: set by cli.entry (a whole process)


def controller():
    """The controller of the running program (None outside run_big_stack)."""
    return CONTROLLER[0]


def run_big_stack(fn):
    """Run fn() in a thread with a big stack and a high recursion limit; returns its result."""
    result = [1]
    ctl = CONTROLLER[0] = _Controller()

    def target():
        sys.setrecursionlimit(RECURSION_LIMIT)
        try:
            result[0] = fn()
        except SystemExit as e:
            result[0] = exit_code(e.code)
        except BaseException as e:  # pragma: no cover - last resort
            l_message("%s: %s" % (e.__class__.__name__, e))
            result[0] = 1
        finally:
            ctl.requests.put(("done",))

    old = _thread.stack_size()
    try:
        _thread.stack_size(STACK_SIZE)
    except (ValueError, RuntimeError):
        pass
    try:
        threading = sys.modules.get("threading")
        if threading is not None:
            # (imported already, e.g. by a tracer that follows threads through it: coverage)
            t = threading.Thread(target=target, name="lua-main", daemon=True)
            t.start()
            thread_id = t.ident
        else:
            # (_thread: threading's import is ~1 ms of a start-up; the thread is as a daemon,
            # which the interpreter's exit does not wait for)
            thread_id = _thread.start_new_thread(target, ())
    finally:
        try:
            _thread.stack_size(old)
        except (ValueError, RuntimeError):
            pass
    ctl.serve(thread_id)
    _flush_stdout()
    return result[0]


def lua_string(s):
    """A command-line argument (a Python str decoded from the OS's bytes) as a Lua string:
    one character per byte."""
    return os.fsencode(s).decode("latin-1")


def make_arg_table(full_argv, script_pos):
    """lua.c's createargtable: arg[i - script_pos] = full_argv[i] (Lua strings)."""
    from .runtime.core.table import LuaTable

    t = LuaTable()
    for i, a in enumerate(full_argv):
        dict.__setitem__(t, i - script_pos, a)
    return t


def docall(fn):
    """lua.c's docall: run a chunk so that Ctrl-C interrupts it with a Lua error."""
    ctl = CONTROLLER[0]
    if ctl is None:
        return fn()
    return ctl.call(fn)


def run_program(actions, full_argv, script_pos, ignore_env=False, warnings=False):
    """Create a state and run `actions` (callables taking G, returning an exit status or None)
    in order, in the big-stack thread.  Returns the exit status.

    full_argv holds Lua strings (see lua_string); script_pos is the index of the script
    name in it (0 when there is none), as lua.c's createargtable takes it."""

    def main():
        return close_state(status=program())

    def program():
        from .runtime.stdlib import linit, lpackage

        lpackage.IGNORE_ENV[0] = ignore_env
        if FREEZE[0]:
            # the runtime's modules live as long as the process: leave them out of every
            # collection from here on, the one at exit included (exit_process), which then
            # walks only the program's objects.  The Lua state is made after this, so its
            # objects are collected (and finalized) as before.
            import gc

            freeze = getattr(gc, "freeze", None)  # (CPython's; PyPy has none)
            if freeze is not None:
                freeze()
            gc.enable()  # (off since cli.entry: the imports before this)
        G = {}

        def setup():
            G["G"] = linit.new_state(arg_table=make_arg_table(full_argv, script_pos))
            if warnings:
                warnings_on(G["G"])

        st = run_protected(setup)
        if st is not None:
            return st
        for act in actions:
            status = [None]

            def step(act=act, status=status):
                status[0] = act(G["G"])

            st = run_protected(step)
            if st is not None:
                return st
            if status[0] is not None:
                return status[0]
        _flush_stdout()
        return 0

    return run_big_stack(main)


def warnings_on(G):
    """lua_warning(L, "@on"): the warn function's own state, whatever the global holds now."""
    w = getattr(dict.get(G, "warn"), "state", None)
    if w is not None:
        w["on"] = True


def warnings_action():
    def act(G):
        warnings_on(G)

    return act


def chunk_action(loader, args=()):
    """An action that loads a chunk with loader(G) -> (f, err) and calls f(*args)."""

    def act(G):
        f, err = loader(G)
        if f is None:
            l_message(err if isinstance(err, str) else str(err))
            return 1
        docall(lambda: f(*args))
        return None

    return act


def script_action(path):
    """lua.c's handle_script: load the script, call it with arg[1..#arg] (read when it starts)."""

    def act(G):
        f, err = file_loader(path)(G)
        if f is None:
            l_message(err if isinstance(err, str) else str(err))
            return 1
        args = script_args(G)
        docall(lambda: f(*args))
        return None

    return act


def status_ignored(action):
    """An action whose failure is reported but does not fail the program: lua.c runs a piped
    standard input with dofile and does not look at its status (os.exit still exits)."""
    from .runtime.core.errors import LuaExit

    def act(G):
        try:
            action(G)
        except LuaExit:
            raise
        except Exception as e:
            try:
                text = error_report(e)
            except BaseException as e2:
                text = "error in error reporting: %s: %s" % (e2.__class__.__name__, e2)
            l_message(text)

    return act


def script_args(G):
    """lua.c's pushargs: the values arg[1] .. arg[#arg] of the global 'arg'."""
    from .runtime.core import ops
    from .runtime.core.errors import LuaError
    from .runtime.core.table import LuaTable

    t = ops.index(G, "arg")
    if t.__class__ is not LuaTable:
        raise LuaError("'arg' is not a table")
    n = ops.length(t)
    if n.__class__ is not int:
        raise LuaError("object length is not an integer")
    return tuple(dict.get(t, i) for i in range(1, n + 1))


def file_loader(path):
    """path: a Lua string, or None for standard input."""

    def load(G):
        from .runtime.stdlib.lbase import loadfile

        return loadfile(path, "bt", G)

    return load


def string_loader(source, chunkname):
    def load(G):
        from .runtime.stdlib.lbase import load_source

        return load_source(source, chunkname, G)

    return load


def require_action(spec):
    """lua.c's dolibrary: '-l mod' sets global mod = require("mod"); '-l g=mod' sets g."""
    globname, eq, modname = spec.partition("=")
    if not eq:
        modname = globname

    def act(G):
        from .runtime.core import ops

        req = ops.index(G, "require")
        ops.setindex(G, globname, docall(lambda: ops.first(ops.call(req, modname))))

    return act


def luainit_action():
    """lua.c's handle_luainit: run LUA_INIT_5_4 (or LUA_INIT): '@file' runs the file, else the text."""
    name = "LUA_INIT_5_4"
    init = os.environb.get(name.encode()) if hasattr(os, "environb") else None
    if init is None:
        name = "LUA_INIT"
        init = os.environb.get(name.encode()) if hasattr(os, "environb") else None
    if init is None:
        return None
    init = init.decode("latin-1")
    if init.startswith("@"):
        return chunk_action(file_loader(init[1:]))
    return chunk_action(string_loader(init, "=" + name))


def run_module(chunk_factory, script_path, argv=None):
    """Entry point of a converted program: `python out.py args` runs the chunk like `lua2py run`."""
    if argv is None:
        argv = sys.argv[1:]
        if sys.argv and sys.argv[0]:
            script_path = sys.argv[0]
    full = ["lua2py"] + [lua_string(a) for a in [script_path] + list(argv)]
    code = getattr(chunk_factory, "__code__", None)
    if code is not None:
        # `lua2py convert --cython`'s compiled twin of this module, when there is one
        from .runtime.stdlib.lpackage import load_twin

        twin = load_twin(code.co_filename)
        if twin is not None:
            chunk_factory = twin.__lua_chunk__

    def loader(G):
        return chunk_factory(G), None

    status = run_program([chunk_action(loader, tuple(full[2:]))], full, 1)
    from .cli import exit_process  # the process ends as `lua2py run`'s does (no interpreter teardown)

    exit_process(status)

"""The interactive prompt, as lua.c's doREPL runs it.

Each input line is first compiled as `return <line>;` (so a bare expression prints
its values); if that fails it is compiled as a statement, and while the syntax error
ends in "<eof>" (an incomplete statement) continuation lines are read with the
prompt `>> ` and joined.  A first line starting with `=` means `return`.  Prompts
are the globals _PROMPT and _PROMPT2 (through tostring) when they are set.
Results are printed by calling the global `print`; errors are printed with their
traceback (no program name) and the loop goes on; end of input (Ctrl-D) prints a
newline and ends it.

On a terminal, lines are read by Python's readline in the main thread (line
editing, history of whole statements as lua.c keeps it, Tab completion of global
names and fields); otherwise they are read from the io library's standard input,
so io.read in the session sees the same stream, and each line is echoed after its
prompt as GNU readline echoes it for lua5.4.
"""
import os
import sys

from . import runner

PROMPT = "> "
PROMPT2 = ">> "
EOFMARK = "<eof>"
CHUNKNAME = "=stdin"


def repl_action():
    def act(G):
        Repl(G).run()

    return act


class Repl:
    def __init__(self, G):
        self.G = G
        self.tty = _isatty(0)
        self.stdin = None if self.tty else _find_stdin(G)
        self.readline = _readline_module() if self.tty else None
        if self.readline is not None:
            self.readline.set_auto_history(False)
            _install_completer(self.readline, G)

    # ---------------------------------------------------------- reading

    def prompt(self, firstline):
        """lua.c's get_prompt: _PROMPT / _PROMPT2 through tostring, else the default."""
        from .runtime.core import ops
        from .runtime.core.values import tostring

        v = ops.index(self.G, "_PROMPT" if firstline else "_PROMPT2")
        if v is None:
            return PROMPT if firstline else PROMPT2
        return tostring(v)

    def read_line(self, firstline):
        """lua.c's pushline: one line without its newline, or None at end of input."""
        prompt = self.prompt(firstline)
        runner._flush_stdout()
        if self.tty:
            line = runner.controller().read_line(prompt)
        else:
            line = self._read_stream_line(prompt)
        if line is None:
            return None
        if line.endswith("\n"):
            line = line[:-1]
        if firstline and line.startswith("="):  # for compatibility with 5.2
            line = "return " + line[1:]
        return line

    def _read_stream_line(self, prompt):
        _write_out(prompt)
        data, found = self.stdin.read_upto_newline()
        if not found and not data:
            return None
        line = data.decode("latin-1")
        _write_out(line + "\n")  # readline echoes what it read
        return line

    def save_line(self, line):
        if self.readline is not None and line:
            self.readline.add_history(_to_text(line))

    # ---------------------------------------------------------- compiling

    def load(self, source):
        from .runtime.stdlib.lbase import load_source

        return load_source(source, CHUNKNAME, self.G)

    def load_line(self):
        """lua.c's loadline: (function, None), (None, message), or None at end of input."""
        line = self.read_line(True)
        if line is None:
            return None
        f, err = self.load("return %s;" % line)  # addreturn
        if f is not None:
            self.save_line(line)
            return f, None
        while True:  # multiline
            f, err = self.load(line)
            if f is None and err.endswith(EOFMARK):
                more = self.read_line(False)
                if more is not None:
                    line = line + "\n" + more
                    continue
            self.save_line(line)
            return f, err

    # ---------------------------------------------------------- running

    def run(self):
        while True:
            loaded = self.load_line()
            if loaded is None:
                break
            f, err = loaded
            if f is None:
                _write_err(err + "\n")
                continue
            results = self.call(f)
            if results:
                self.print_results(results)
        _write_out("\n")

    def call(self, f):
        """docall with lua.c's message handler: the results, or None after reporting an error."""
        from .runtime.core.errors import LuaExit

        try:
            r = runner.docall(f)
        except LuaExit:
            raise
        except Exception as e:
            try:
                text = runner.error_report(e)
            except Exception as e2:
                text = "error in error handling (%s)" % e2
            _write_err(text + "\n")
            return None
        return r if r.__class__ is tuple else (r,)

    def print_results(self, results):
        from .runtime.core import ops
        from .runtime.core.errors import LuaExit
        from .runtime.core.errors import lua_error_value
        from .runtime.core.values import tostring

        try:
            ops.call(ops.index(self.G, "print"), *results)
        except LuaExit:
            raise
        except Exception as e:
            v = lua_error_value(e)
            msg = tostring(v) if v.__class__ in (str, int, float) else "(null)"
            _write_err("error calling 'print' (%s)\n" % msg)


# ---------------------------------------------------------------- terminal


def terminal_input(prompt):
    """Read a line on the terminal with readline (main thread).  prompt and result are Lua
    strings (one character per byte); raises EOFError at end of input."""
    _readline_module()
    line = input(_to_text(prompt))
    return os.fsencode(line).decode("latin-1")


def _readline_module():
    try:
        import readline
    except ImportError:  # no line editing on this platform
        return None
    return readline


def _to_text(s):
    """A Lua string as terminal text (the bytes decoded as the terminal decodes them)."""
    return os.fsdecode(s.encode("latin-1"))


def _isatty(fd):
    try:
        return os.isatty(fd)
    except OSError:
        return False


def _find_stdin(G):
    io = dict.get(G, "io")
    f = dict.get(io, "stdin") if io is not None else None
    if f is None or not hasattr(f, "read_upto_newline"):
        from .runtime.stdlib import lio

        f = lio._std_in()
    return f


def _write_out(text):
    out = sys.stdout
    try:
        out.buffer.write(text.encode("latin-1"))
    except AttributeError:
        out.write(text)
    out.flush()


def _write_err(text):
    runner._write_err(text)


def _install_completer(readline, G):
    """Tab completes global names and the fields of tables reached through them (raw reads,
    no metamethods run)."""
    from .runtime.core.table import LuaTable

    def candidates(text):
        parts = text.split(".")
        t = G
        for p in parts[:-1]:
            t = dict.get(t, p) if t.__class__ is LuaTable else None
            if t is None:
                return []
        if t.__class__ is not LuaTable:
            return []
        prefix = ".".join(parts[:-1])
        last = parts[-1]
        names = sorted(k for k in dict.keys(t) if k.__class__ is str and k.startswith(last)
                       and k.isidentifier())
        return [(prefix + "." + k) if prefix else k for k in names]

    state = {}

    def complete(text, i):
        if i == 0:
            state["c"] = candidates(text)
        c = state.get("c", [])
        return c[i] if i < len(c) else None

    readline.set_completer(complete)
    readline.set_completer_delims(" \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?")
    readline.parse_and_bind("tab: complete")

"""debug.sethook / debug.gethook: call, return, line and count hooks on Python's tracing.

Nothing is installed while no hook is set, so code that sets none runs as before.  With
a hook, sys.settrace reports every Python frame; only frames of Lua chunks (their code's
co_filename is registered in CHUNKS) raise Lua events:
- call / return: entering and leaving a Lua function, and a library function (lua5.4's C
  functions: the code of a runtime module that is not transparent, entered from Lua code
  or from an operation of it; its own helpers and the library functions it calls raise
  none);
- line: the frame's Python line maps to a new Lua line, or the code jumped backwards (a
  loop's next iteration), as luaG_traceexec reports a new line or a backward jump;
- count: every `count` Python bytecodes of Lua frames (lua5.4 counts its own VM
  instructions: the hook fires regularly, not after the same instructions).
Like lua5.4 (allowhook), a hook does not fire while a hook runs: Python does not trace
its trace function.  This module is transparent (core.frames), so the hook's
debug.getinfo(2) is the function that raised the event.

Hooks belong to a thread, as in lua5.4: debug.sethook sets the hook of one coroutine (a
new coroutine has none: lua_newthread copies the C hook, but the debug library's hook
table has no function for the new thread).
"""
import sys
import weakref

from ..core.errors import CHUNKS, LINE_SITES
from ..core.frames import RUNTIME, TRANSPARENT, co_lines, frame_line, transparent_module
from ..core.state import current_globals
from ..core.state import running as _current
from ..core.table import LuaTable
from ..coroutine.lcoroutine import run_yield_hook

transparent_module(__file__)

# thread -> (hook function, mask string, count)
_OFF = (None, "", 0)
_OWN = weakref.WeakKeyDictionary()


def _lua_line(code, lineno):
    """The Lua line of a compiled line (a converted module maps its lines back)."""
    linemap = CHUNKS[code.co_filename][1]
    return lineno if linemap is None else linemap.get(lineno, lineno)


def _run(hook, event, line=None):
    hook(event, line)  # hookf: the line, or nil for other events


_DEF_LINE_SILENT = {}


_SPANS = []  # [ldebug.SPANS]: ldebug, which imports this module, puts it here


def _def_line_silent(code, pyline):
    """Whether Python's first line event, on the `def` line, is no Lua line: the def line
    holds the prologue and the parameters' guards; lua5.4 reports the line of a function's
    first instruction: the definition line when the first statement is written on it (the
    compiler registers each function's first statement line, ldebug.SPANS), else (no
    registration) only in a function written on one line."""
    silent = _DEF_LINE_SILENT.get(code)
    if silent is None:
        name = code.co_name
        if name.endswith("__gen"):
            name = name[:-5]
        span = _SPANS[0].get((code.co_filename, name, code.co_firstlineno))
        first = code.co_firstlineno
        if span is not None and span[1] is not None:
            silent = span[1] != _lua_line(code, pyline)
        else:
            silent = any(line is not None and line != first for _, _, line in co_lines(code))
        _DEF_LINE_SILENT[code] = silent
    return silent


def _position(frame):
    """Where a Lua frame is, to tell a jump back: its Python line, or in a chunk of the
    site-lines layout (codegen.unparse), whose expressions span lines and go back to a line
    after a site's, its instruction."""
    if frame.f_code.co_filename in LINE_SITES:
        return frame.f_lasti
    return frame_line(frame)


class _FrameTracer:
    """The local trace function of one Lua frame: its last Lua and Python lines."""

    __slots__ = ("last_line", "last_pyline", "owner", "ticks")

    def __init__(self, owner):
        self.last_line = None
        self.last_pyline = -1
        self.ticks = 0
        self.owner = owner

    def __call__(self, frame, event, arg):
        hook, mask, count = _OWN.get(self.owner, _OFF)
        if hook is None or self.owner is not _current[0]:
            return self
        if event == "line":
            if "l" in mask:
                pyline = frame_line(frame)
                line = _lua_line(frame.f_code, pyline)
                # (the def line's Lua line: a written module's prologue may take lines of its own)
                if self.last_line is None and line == _lua_line(frame.f_code, frame.f_code.co_firstlineno) \
                        and _def_line_silent(frame.f_code, pyline):
                    return self
                pos = _position(frame)
                if line != self.last_line or pos <= self.last_pyline:  # new line or jump back
                    self.last_line = line
                    self.last_pyline = pos
                    _run(hook, "line", line)
                else:
                    self.last_pyline = pos
        elif event == "opcode" and count > 0:
            self.ticks += 1
            if self.ticks >= count:
                self.ticks = 0
                _run(hook, "count")
        elif event == "return":
            if not _yielding(frame):
                if "r" in mask:
                    _run(hook, "return")
            elif "c" in mask and _direct_yield(frame):
                run_yield_hook(hook, "call")  # coroutine.yield, compiled inline, is called
        return self


_CO_GENERATOR = 0x20
# code of a chunk's module that is no Lua function: the module body (run again when a
# coroutine first needs generator versions), the chunk's maker (returning its
# main function) and the makers of generator versions
_NOT_LUA = ("__lua_chunk__", "L_genmaker_", "<module>")
# Python 3.11+ resumes a frame at a RESUME whose argument says how it got there; Python 3.9
# (PyPy) has none, and a frame suspended in a `yield from` sits at its YIELD_FROM.
# CPython 3.11's numbers are written out (importing `opcode` costs ~0.7 ms of every start-up;
# tests/test_libs.py checks them against opcode.opmap)
OPCODES_311 = {"YIELD_VALUE": 86, "RESUME": 151}
if sys.version_info[:2] == (3, 11) and sys.implementation.name == "cpython":
    _opmap = OPCODES_311
else:
    from opcode import opmap as _opmap
_YIELD_VALUE = _opmap["YIELD_VALUE"]
_RESUME = _opmap.get("RESUME")
_YIELD_FROM = _opmap.get("YIELD_FROM", -1)
# Python 3.11+ reports a generator's creation as a call of its frame (before its first
# instruction: f_lasti < 0), which runs no Lua code; 3.9 reports only its runs, the first
# with f_lasti -1
_CREATION_CALL = _RESUME is not None


def _yielding(frame):
    """A generator version's frame suspending at a yield (not a Lua return)."""
    if not frame.f_code.co_flags & _CO_GENERATOR:
        return False
    op = frame.f_code.co_code[frame.f_lasti]
    return op == _YIELD_VALUE or op == _YIELD_FROM


def _direct_yield(frame):
    """A Lua generator frame suspending at its own `yield` (coroutine.yield compiled
    inline), not at a `yield from` passing on a yield from below: the RESUME after
    the YIELD_VALUE says which (1: after yield, 2: after yield from)."""
    code, i = frame.f_code.co_code, frame.f_lasti
    if _RESUME is None:
        return code[i] == _YIELD_VALUE
    return code[i + 2] == _RESUME and code[i + 3] == 1


def _resumed(frame):
    """A generator version's frame continuing after a yield: its RESUME's argument is not 0."""
    if not frame.f_code.co_flags & _CO_GENERATOR:
        return False
    code, i = frame.f_code.co_code, frame.f_lasti
    if _RESUME is None:
        return i >= 0
    return i >= 0 and code[i + 1] != 0


def _resumed_after_own_yield(frame):
    """A resumed generator version's frame continuing after its own `yield` (not a `yield from`)."""
    code, i = frame.f_code.co_code, frame.f_lasti
    if _RESUME is None:
        return code[i] == _YIELD_VALUE
    return code[i + 1] == 1


class _CTracer:
    """The local trace function of a library function's frame: its return (no lines)."""

    __slots__ = ("owner",)

    def __init__(self, owner):
        self.owner = owner

    def __call__(self, frame, event, arg):
        if event == "return" and self.owner is _current[0]:
            hook, mask, count = _OWN.get(self.owner, _OFF)
            if hook is not None and "r" in mask and not _yielding(frame):
                _run(hook, "return")
        return self


_LIBRARY_CODES = {}  # globals table -> the code of the library functions it holds


def _library_codes():
    """The code of the functions in the libraries (package.loaded's tables), and of their
    generator versions: the C functions a hook sees called."""
    G = current_globals[0]
    codes = _LIBRARY_CODES.get(id(G))
    if codes is None:
        codes = set()
        pkg = dict.get(G, "package") if G is not None else None
        loaded = dict.get(pkg, "loaded") if pkg.__class__ is LuaTable else None
        mods = list(dict.values(loaded)) if loaded.__class__ is LuaTable else [G]
        for mod in mods:
            if mod.__class__ is not LuaTable:
                continue
            for v in list(dict.values(mod)):
                for f in (v, getattr(v, "lua_gen", None)):
                    code = getattr(f, "__code__", None)
                    if code is not None and code.co_filename in RUNTIME:
                        codes.add(code)
        _LIBRARY_CODES.clear()
        _LIBRARY_CODES[id(G)] = codes
    return codes


def _c_call(frame):
    """A library function entered: lua5.4 hooks the call of a C function (and its return)
    when Lua code called it (or an operation of Lua code did, as a metamethod)."""
    if frame.f_code not in _library_codes():
        return None
    back = frame.f_back
    if back is None:
        return None
    caller = back.f_code
    name = caller.co_filename
    if name in CHUNKS:
        if caller.co_name.startswith(_NOT_LUA):
            return None
    elif name not in TRANSPARENT:
        return None  # a library function's own work, or no Lua code at all
    co = _current[0]
    hook, mask, count = _OWN.get(co, _OFF)
    if hook is None or not ("c" in mask or "r" in mask):
        return None
    if _CREATION_CALL and frame.f_code.co_flags & _CO_GENERATOR and frame.f_lasti < 0:
        return None  # (a generator's creation: it runs when first resumed)
    if "c" in mask and not _resumed(frame):
        _run(hook, "call")
    frame.f_trace_lines = False
    return _CTracer(co)


def _trace_call(frame, event, arg):
    code = frame.f_code
    if event != "call":
        return None
    name = code.co_filename
    if name not in CHUNKS:
        if name in RUNTIME and name not in TRANSPARENT:
            return _c_call(frame)
        return None
    if code.co_name.startswith(_NOT_LUA):
        return None
    co = _current[0]
    hook, mask, count = _OWN.get(co, _OFF)
    if hook is None or (_CREATION_CALL and frame.f_code.co_flags & _CO_GENERATOR and frame.f_lasti < 0):
        return None  # (making a generator version's generator runs no Lua code)
    # a generator version resumed (coroutine.resume into a suspended function) is no call;
    # resumed after its own yield, the inline coroutine.yield returns
    if not _resumed(frame):
        if "c" in mask:
            _run(hook, "call")
        return _watch(frame, co, count)
    if "r" in mask and _resumed_after_own_yield(frame):
        run_yield_hook(hook, "return")
    tracer = _watch(frame, co, count)
    # resumed in the middle of a line (Python 3.9 reports it again): not a new line
    tracer.last_line = _lua_line(frame.f_code, frame_line(frame))
    tracer.last_pyline = _position(frame)
    return tracer


def _watch(frame, co, count):
    tracer = _FrameTracer(co)
    frame.f_trace_opcodes = count > 0
    frame.f_trace_lines = True
    return tracer


def sethook(hook, mask, count, co=None):
    """Set (hook not None) or remove the hook of thread `co` (default: the running one).
    Frames already running in the running thread get their local tracer too, so the
    function calling debug.sethook reports its next line."""
    setting = _OFF if hook is None or (not mask and count <= 0) else (hook, mask, count)
    current = _current[0]
    if co is None:
        co = current
    if setting[0] is None:
        _OWN.pop(co, None)
    else:
        _OWN[co] = setting
    sys.settrace(_trace_call if _OWN else None)
    if co is not current:
        return
    gen = current.gen
    base = gen.gi_frame if gen is not None else None  # where the running coroutine's stack ends
    f = sys._getframe(1)
    while f is not None:
        if f.f_code.co_filename in CHUNKS:
            if setting[0] is None:
                f.f_trace = None
            elif not isinstance(f.f_trace, _FrameTracer):
                tracer = _watch(f, co, count)
                # the caller's current line is not reported again
                tracer.last_line = _lua_line(f.f_code, frame_line(f))
                tracer.last_pyline = _position(f)
                f.f_trace = tracer
            else:
                f.f_trace_opcodes = count > 0
        if f is base:
            break
        f = f.f_back


def gethook(co=None):
    setting = _OWN.get(_current[0] if co is None else co)
    if setting is None:
        return None
    return setting

"""The debug library: traceback, getinfo, raw metatables, upvalues, locals, hooks (lhooks.py)."""
import gc
import itertools
import sys
import types
import weakref
from types import CodeType, FunctionType

from ..core import finalize
from ..core.args import arg_error, check_any, check_int, check_str, type_error
from ..core.errors import CHUNK_SOURCES, CHUNKS, LuaError, is_tail_call, site_of
from ..core.frames import RUNTIME, TRANSPARENT, co_lines, frame_line, locals_to_fast, runtime_module, tb_line
from ..core.libguard import watch_call
from ..core.state import current_globals, protected_calls, running, unwinding
from ..core.table import LuaTable
from ..coroutine import lcoroutine
from ..core.values import set_type_metatable, tostring, type_name
from ..core.values import getmetatable as raw_getmetatable
from . import lbase
from .lbase import HANDLER_TRACEBACKS
from .ldump import UPVALUES, _plain_code

runtime_module(__file__)

# co_name values the compiler may give a chunk's main function
MAIN_NAMES = ("main", "__lua_main__", "__lua_chunk_main__", "main_chunk", "<main>", "__main_chunk__")


def _line_of(code, lineno):
    info = CHUNKS.get(code.co_filename)
    if info is None:
        return None, None
    name, linemap = info
    if linemap is not None:
        lineno = linemap.get(lineno, lineno)
    return name, lineno


def lua_function_name(code):
    """The Lua name of a compiled function (from the compiler's Python name), or None."""
    cn = code.co_name.rpartition(".")[2]  # (Cython names its functions' code qualified)
    if cn.endswith("__gen"):  # a generator version: named after its plain function
        cn = cn[:-5]
    import re  # slow to import (enum): on first use only

    m = re.match(r"L_fn_(\w+?)_\d+$", cn) or re.match(r"f_(\w+)$", cn)
    if m:
        cn = m.group(1)
    if not cn or cn == "anon" or cn.startswith("<") or cn.startswith("_") or not cn.isidentifier():
        return None
    return cn


def describe_code(code):
    """'main chunk' or 'function <chunk:line>' for a Lua code object."""
    if code.co_name.rpartition(".")[2] in MAIN_NAMES:
        return "main chunk"
    name = lua_function_name(code)
    if name is not None:
        return "function '%s'" % name
    chunk, first = _line_of(code, code.co_firstlineno)
    return "function <%s:%s>" % (chunk, first)


def _tb_entries(tb):
    """(frame, line, lasti) of each level of a traceback object, outermost first.  A frame
    that re-raised the error (a generic for's or a block's closing handler re-raises it
    from a line of its own) is one Lua level, at the instruction that raised it first."""
    entries = []
    while tb is not None:
        if entries and entries[-1][0] is tb.tb_frame:
            entries.pop()
        entries.append((tb.tb_frame, tb_line(tb), tb.tb_lasti))
        tb = tb.tb_next
    return entries


def _frames_with_handler_stack(frame):
    """(frame, line) for each Python frame from `frame` outwards.  Inside an xpcall message
    handler the frames of the error being handled come where the handler was called: in
    Lua the handler runs on top of the erroring stack (Python has unwound those frames
    into the traceback object by then)."""
    tb = HANDLER_TRACEBACKS[-1] if HANDLER_TRACEBACKS else None
    splice_at = tb.tb_frame if tb is not None else None  # the xpcall frame that caught it
    f = frame
    while f is not None:
        if f is splice_at:
            splice_at = None
            entries = [(e_frame, e_line) for e_frame, e_line, _ in _tb_entries(tb)]
            yield from reversed(entries[1:])  # entries[0] is f itself
            yield None, None  # the erroring function and xpcall are separate levels
        yield f, frame_line(f)
        f = f.f_back


# runtime frames through which the VM itself calls a Lua function, and how luaL_traceback
# names a function called that way
_VM_CALLERS = {
    "__missing__": "metamethod 'index'", "index": "metamethod 'index'", "index_gen": "metamethod 'index'",
    "setindex": "metamethod 'newindex'", "setindex_gen": "metamethod 'newindex'",
    "_generic": "for iterator 'for iterator'", "for_next": "for iterator 'for iterator'",
    "close_var": "metamethod 'close'", "close_var_gen": "metamethod 'close'",
    "close_from": "metamethod 'close'",
}


def lua_stack(frame, inner=None):
    """The stack levels from `frame` outwards, as lua5.4 counts them (level 1 first):
    (frame, line, None, vm_call, tail) for a Lua function, vm_call naming how the VM
    called it (a metamethod, a for iterator) or None, tail true when it was tail-called
    (the frames that tail-called it are gone, as in lua5.4); (None, None, code, None,
    False) for a library (C) function, `code` being the outermost Python function of
    that run of runtime frames.  `inner`: the (frame, line) pairs of an error's traceback
    (innermost first) whose outermost frame's caller is `frame` (or None: no more).
    Levels are counted as errors.lua_where counts them;
    the main chunk is called from C, and a coroutine's stack ends at its body."""
    chunks = CHUNKS
    co = running[0]
    gen = co.gen if co is not None else None
    base = gen.gi_frame if gen is not None else None
    levels = []
    c_code = None  # the C function being gathered
    last_was_main = False
    callee_is_lua = False
    skipping = False  # from a frame an error is unwinding up to the protected call
    frames = _frames_with_handler_stack(frame) if frame is not None else ()
    if inner is not None:  # (frame, line) pairs inside `frame` first: an error's traceback
        frames = itertools.chain(inner, frames)
    for f, lineno in frames:
        if skipping and f is not None:
            if f.f_code not in protected_calls:
                if f is base:
                    break
                continue
            skipping = False
        if f is None:
            if c_code is not None:
                levels.append((None, None, c_code, None, False))
                c_code = None
            callee_is_lua = False
            continue
        code = f.f_code
        if code.co_filename in chunks:
            if unwinding and f in unwinding:
                skipping = True
                if f is base:
                    break
                continue
            if c_code is not None:
                levels.append((None, None, c_code, None, False))
                c_code = None
            if callee_is_lua and is_tail_call(f):
                # replaced by the Lua function it tail-called (the level above)
                levels[-1] = levels[-1][:4] + (True,)
            else:
                levels.append((f, lineno, None, None, False))
                last_was_main = code.co_name in MAIN_NAMES
            callee_is_lua = True
        elif code.co_filename in TRANSPARENT:
            if code.co_name == "call_event":  # an operator's metamethod (core.values)
                vm_call = "metamethod '%s'" % f.f_locals.get("ev", "__?")[2:]
            else:
                vm_call = _VM_CALLERS.get(code.co_name)
            if vm_call is not None and c_code is not None:
                # a library function the VM called as a metamethod (the string library's
                # __add): its C level is named by the event
                levels.append((None, None, c_code, vm_call, False))
                c_code = None
                continue
            if vm_call is not None and c_code is None and levels and levels[-1][0] is not None \
                    and levels[-1][3] is None:
                levels[-1] = levels[-1][:3] + (vm_call,) + levels[-1][4:]
        else:
            callee_is_lua = False
            if code.co_filename not in RUNTIME:
                break  # outside the runtime (runner, importer, user Python)
            c_code = code
        if f is base:
            break
    else:
        last_was_main = last_was_main and base is None
    if c_code is not None:
        levels.append((None, None, c_code, None, False))
    elif last_was_main:
        levels.append((None, None, None, None, False))  # the C code that called the main chunk
    return levels


def _global_function_name(code):
    """pushglobalfuncname: 'string.rep', 'print', 'Class.method' for the function with this code
    found in package.loaded two levels deep (lua5.4 drops a leading '_G.'), or None."""
    try:
        loaded = dict.get(dict.get(current_globals[0], "package"), "loaded")
    except Exception:
        return None
    if loaded.__class__ is not LuaTable:
        return None

    def find(t, depth):
        for k, v in list(dict.items(t)):
            if k.__class__ is not str:
                continue
            if getattr(v, "__code__", None) is code:
                return k
            if depth > 1 and v.__class__ is LuaTable:
                sub = find(v, depth - 1)
                if sub is not None:
                    return k + "." + sub
        return None

    name = find(loaded, 2)
    if name is not None and name.startswith("_G."):
        name = name[3:]
    return name


def _call_name(caller, lasti=None):
    """namewhat and name of the call a Lua frame is making ("local 'f'", "method 'm'"), or None.
    lasti: the call's instruction when the frame has gone on from it (an error's traceback)."""
    if caller is None:
        return None
    site = site_of(caller, lasti)
    desc = site[0] if site else None
    if desc and desc.partition(" ")[0] in ("global", "local", "upvalue", "field", "method"):
        return desc
    return None


def _describe(code, is_lua, caller, vm_call=None, caller_lasti=None):
    """luaL_traceback's pushfuncname for one level."""
    if code is not None:
        name = _global_function_name(code)
        if name is not None:
            return "function '%s'" % name
    called_as = vm_call or _call_name(caller, caller_lasti)
    if called_as is not None:
        return called_as
    if is_lua:
        chunk, first = _line_of(code, code.co_firstlineno)
        return "function <%s:%s>" % (chunk, first)
    return "?"


def traceback_lines(tb=None, frame=None, level=1):
    """'\\tchunk:line: in ...' lines: the Lua frames of a traceback object (innermost first),
    then those of the stack starting at `frame` (from its level-th Lua frame, 1 = frame's own)."""
    lines = []
    inner = None
    # the instruction each unwound frame was at (it may have gone on to a closing handler)
    tb_lasti = {}
    if HANDLER_TRACEBACKS:
        tb_lasti.update((f, i) for f, _, i in _tb_entries(HANDLER_TRACEBACKS[-1]))
    if tb is not None:
        entries = _tb_entries(tb)
        tb_lasti.update((f, i) for f, _, i in entries)
        if entries:
            # the error's stack: the frames it unwound (innermost first), then their callers
            inner = [(f, line) for f, line, _ in reversed(entries)]
            frame = entries[0][0].f_back
        if frame is not None and not lua_stack(frame):
            frame = None  # the error's stack ends at its C caller
    if frame is not None or inner is not None:
        levels = lua_stack(frame, inner)
        if inner is not None and (not levels or levels[-1][0] is not None or levels[-1][2] is not None):
            levels.append((None, None, None, None, False))  # the C code that ran it
        for i, (f, lineno, c_code, vm_call, tail) in enumerate(levels):
            if i + 1 < level:
                continue
            caller = levels[i + 1][0] if i + 1 < len(levels) and not tail else None
            if f is None:
                lines.append("\t[C]: in %s" % _describe(c_code, False, caller, vm_call, tb_lasti.get(caller)))
                continue
            name, line = _line_of(f.f_code, lineno)
            desc = ("main chunk" if f.f_code.co_name.rpartition(".")[2] in MAIN_NAMES
                    else _describe(f.f_code, True, caller, vm_call, tb_lasti.get(caller)))
            lines.append("\t%s:%s: in %s" % (name, line, desc))
            if tail:
                lines.append("\t(...tail calls...)")
        return lines
    lines.append("\t[C]: in ?")
    return lines


def _delegation_frames(co):
    """The frames of another coroutine, outermost first: its generator's and those of the
    generator versions it delegates to (`yield from`)."""
    frames = []
    g = co.gen
    while g is not None and getattr(g, "gi_frame", None) is not None:
        frames.append(g.gi_frame)
        g = getattr(g, "gi_yieldfrom", None)
    return frames


def _coroutine_lines(co):
    """The Lua frames of another coroutine, innermost first: a suspended one is the
    chain of generator versions its generator delegates to (`yield from`)."""
    if co is running[0]:
        return None  # the running coroutine: the ordinary stack
    frames = _delegation_frames(co)
    lines = []
    if frames and co.status == "suspended":
        lines.append("\t[C]: in function 'coroutine.yield'")
    for f in reversed(frames):
        if f.f_code.co_filename in CHUNKS:
            name, line = _line_of(f.f_code, frame_line(f))
            lines.append("\t%s:%s: in %s" % (name, line, describe_code(f.f_code)))
    return lines


def db_traceback(*args):
    a = list(args)
    co = None
    if a and type_name(a[0]) == "thread":
        co = a.pop(0)
    msg = a[0] if a else None
    if msg is not None and msg.__class__ is not str and msg.__class__ not in (int, float):
        return msg
    if msg.__class__ in (int, float):
        msg = tostring(msg)
    lines = _coroutine_lines(co) if co is not None else None
    if lines is not None:
        level = a[1] if len(a) > 1 else 0
        if level.__class__ is int and level > 0:
            lines = lines[level:]
        text = "\n".join(["stack traceback:"] + lines)
        return text if msg is None else msg + "\n" + text
    if lines is None:
        level = a[1] if len(a) > 1 else None
        level = 1 if level is None else check_int(level, 2, "traceback")
        lines = traceback_lines(None, sys._getframe(1), level)
    text = "stack traceback:" + "".join("\n" + line for line in lines)
    if msg is not None:
        return msg + "\n" + text
    return text


def _function_of(code, frame):
    """The function object running `code` in `frame` (Python frames do not hold it): the
    function with that code whose closure holds what the frame's free variables hold."""
    candidates = [r for r in gc.get_referrers(code)
                  if r.__class__ is types.FunctionType and r.__code__ is code]
    if len(candidates) > 1 and frame is not None and code.co_freevars:
        values = frame.f_locals
        for fn in candidates:
            try:
                if all(values.get(name) is cell.cell_contents
                       for name, cell in zip(code.co_freevars, fn.__closure__ or ())):
                    return fn
            except ValueError:  # an empty cell
                continue
    return candidates[0] if candidates else None


_ALL_OPTIONS = "flnSrtu"  # lua_getinfo's default (debug.getinfo with no option string)


def _thread_levels(co):
    """The stack of a coroutine that is not running, as debug.getinfo(co, level) counts it:
    level 0 the C function it stopped in (coroutine.yield in a suspended one, resume in
    a normal one), then its Lua frames innermost first (the generator versions its
    generator delegates to); () when it has no stack (not started, or ended).  None for
    the main thread seen from a coroutine (its frames are not told apart here)."""
    if co.fn is None:
        return None
    if co.status not in ("suspended", "normal") or co.gen is None:
        return ()
    frames = [f for f in _delegation_frames(co) if f.f_code.co_filename in CHUNKS]
    if not frames:
        return ()  # created, not yet resumed
    stopped_in = lcoroutine.lua_yield if co.status == "suspended" else lcoroutine.resume
    return [stopped_in] + frames[::-1]


def db_getinfo(*args):
    a = list(args)
    thread_levels = None
    stopped_in = False  # the C function another coroutine stopped in (named by its call site)
    base = 0  # with a thread first, every argument's number is one more
    if a and type_name(a[0]) == "thread":
        co = a.pop(0)
        base = 1
        if co is not running[0]:
            thread_levels = _thread_levels(co)
    target = a[0] if a else None
    # ldblib.c's order: the option string, its '>', the function or level, the level's
    # range, then the option letters
    what = _ALL_OPTIONS if len(a) < 2 or a[1] is None else check_str(a[1], 2 + base, "getinfo")
    if what.startswith(">"):
        arg_error(2 + base, "getinfo", "invalid option '>'")
    code = None
    frame = None
    func = None
    lineno = None
    caller = None
    vm_call = None
    c_code = None
    tail = False
    if type_name(target) == "function":
        func = target
        code = getattr(target, "__code__", None)
    else:
        level = check_int(target, 1 + base, "getinfo", len(a) < 1)
        if level < 0:
            return None
        if thread_levels is not None:
            if level >= len(thread_levels):
                return None
            entry = thread_levels[level]
            caller = thread_levels[level + 1] if level + 1 < len(thread_levels) else None
            if level == 0:
                func = entry
                stopped_in = True
            else:
                frame = entry
                code = frame.f_code
                lineno = frame_line(frame)
        elif level == 0:
            func = db_getinfo
            levels = lua_stack(sys._getframe(1))
            caller = levels[0][0] if levels else None  # named by the Lua call that made it
            stopped_in = True
        else:
            levels = lua_stack(sys._getframe(1))
            if level > len(levels):
                return None
            frame, lineno, c_code, vm_call, tail = levels[level - 1]  # frame None: a C function
            caller = levels[level][0] if level < len(levels) and not tail else None
            if frame is not None:
                code = frame.f_code
            elif c_code is not None:
                func = _function_of(c_code, None)
    if any(c not in "SlnrutfL" for c in what):
        arg_error(2 + base, "getinfo", "invalid option")
    is_lua = code is not None and code.co_filename in CHUNKS
    t = LuaTable()
    put = dict.__setitem__
    if "S" in what:
        if not is_lua:
            put(t, "what", "C")
            put(t, "source", "=[C]")
            put(t, "short_src", "[C]")
            put(t, "linedefined", -1)
            put(t, "lastlinedefined", -1)
        else:
            name, first = _line_of(code, code.co_firstlineno)
            is_main = describe_code(code) == "main chunk"
            put(t, "source", CHUNK_SOURCES.get(code.co_filename, "@" + name))
            put(t, "short_src", name)
            put(t, "what", "main" if is_main else "Lua")
            put(t, "linedefined", 0 if is_main else first)
            put(t, "lastlinedefined", 0 if is_main else _last_line(code, first))
    if "l" in what:
        put(t, "currentline", _line_of(code, lineno)[1] if is_lua and frame is not None else -1)
    if "u" in what:
        if is_lua:
            ups = UPVALUES.get(_code_key(_plain_code(code)))
            nparams = code.co_argcount
            put(t, "nups", len(ups) if ups is not None else 1 if describe_code(code) == "main chunk" else 0)
            put(t, "nparams", nparams)
            put(t, "isvararg", _is_vararg(code))
        else:
            put(t, "nups", 0)
            put(t, "nparams", 0)
            put(t, "isvararg", True)
    # tail-called: the frames that made tail calls are gone (lua_stack), or a call in
    # tail position the runtime made as a plain call
    tail = frame is not None and (tail or _is_tail_call(frame))
    if "n" in what:
        name, namewhat = None, ""
        if (frame is not None or c_code is not None or stopped_in) and not tail:
            # how the VM called it (a metamethod, a for iterator), else the caller's call site
            called_as = vm_call or _call_name(caller)
            if called_as is not None:
                namewhat, _, name = called_as.partition(" '")
                name = name[:-1]
        if name is not None:
            put(t, "name", name)
        put(t, "namewhat", namewhat)
    if "r" in what:
        put(t, "ftransfer", 0)
        put(t, "ntransfer", 0)
    if "t" in what:
        put(t, "istailcall", tail)
    if "L" in what and is_lua:
        lines = LuaTable()
        for line in _active_lines(code):
            dict.__setitem__(lines, line, True)
        put(t, "activelines", lines)
    if "f" in what:
        if func is None and frame is not None:
            func = _frame_function(frame)
        if func is not None:
            put(t, "func", func)
    return t


_CO_VARARGS = 0x04


def _code_lines(code):
    """The Lua lines a compiled function's instructions come from."""
    out = set()
    for _s, _e, line in co_lines(code):
        if line is not None:
            out.add(_line_of(code, line)[1])
    out.discard(None)
    return out


def _last_line(code, first):
    """lastlinedefined: the line of the function's `end`, as the compiler registered it."""
    span = SPANS.get(_code_key(_plain_code(code)))
    if span is not None:
        return span[0]
    return max(_code_lines(code), default=first)


def _active_lines(code):
    """activelines: the lines lua5.4 has instructions on.  The compiled code's lines
    from the function's first statement to its `end`, where lua5.4's final return is
    (lines before the first statement are the Python def's own: parameter boxes, a
    vararg function's setup, which lua5.4 does not count); a nested function's
    closure is made at its `end`, not at its first line."""
    lines = _code_lines(code)
    span = SPANS.get(_code_key(_plain_code(code)))
    if span is None:
        return sorted(lines)
    last, first = span
    out = {line for line in lines if first <= line <= last}
    for c in code.co_consts:
        if c.__class__ is CodeType:
            inner = SPANS.get(_code_key(c))
            if inner is not None:
                out.discard(_line_of(c, c.co_firstlineno)[1])
                out.add(inner[0])
    out.add(last)
    return sorted(out)


def _frame_function(frame):
    """The function object a Lua frame runs (for a generator version, its plain function)."""
    code = frame.f_code
    fn = _frame_func(frame)
    if fn is None:
        # not CPython 3.11+: found by its code and what its upvalues hold
        fn = _function_of(code, frame)
        if fn is None:
            return None
    return getattr(fn, "lua_plain", fn)


def _frame_func(frame):
    """The function a CPython frame runs, read from its _PyInterpreterFrame (3.11: f_func
    is its first word and f_code its fifth; 3.12+: f_executable first, f_funcobj third),
    once the code pointer found there confirms the layout; else None."""
    if sys.implementation.name != "cpython" or sys.version_info < (3, 11):
        return None
    import ctypes

    code = frame.f_code
    words = ctypes.cast(id(frame), ctypes.POINTER(ctypes.c_void_p))
    iframe = words[3]  # PyFrameObject: ob_refcnt, ob_type, f_back, f_frame
    if not iframe:
        return None
    data = ctypes.cast(iframe, ctypes.POINTER(ctypes.c_void_p))
    if sys.version_info < (3, 12):
        ptr = data[0] if data[4] == id(code) else None
    else:
        ptr = data[2] if data[0] == id(code) else None
    if not ptr:
        return None
    fn = ctypes.cast(ptr, ctypes.py_object).value
    return fn if fn.__class__ is FunctionType and fn.__code__ is code else None


def _is_tail_call(frame):
    """Is the Lua frame's call a tail call (`return f(...)`): the caller's next instruction
    after its call returns the result."""
    caller = frame.f_back
    if caller is None or caller.f_code.co_filename not in CHUNKS:
        return False
    lasti = caller.f_lasti  # inside the CALL (on its last inline cache entry)
    import dis  # slow to import: only for debug.getinfo's istailcall

    for ins in dis.get_instructions(caller.f_code):
        if ins.offset > lasti:
            return ins.opname == "RETURN_VALUE"
    return False


def db_getmetatable(*args):
    if not args:
        arg_error(1, "getmetatable", "value expected")
    mt = raw_getmetatable(args[0])
    if mt is not None and args[0].__class__ is not LuaTable:
        watch_call(mt)  # a string's (say): compiled calls must see a __call stored there
    return mt


def db_setmetatable(*args):
    v = args[0] if args else None
    mt = args[1] if len(args) > 1 else None
    if mt is not None and mt.__class__ is not LuaTable:
        type_error(2, "setmetatable", "nil or table", mt)
    if v.__class__ is LuaTable:
        v.meta = mt
        if mt is not None and dict.get(mt, "__gc") is not None:
            finalize.mark(v, mt)
    elif not set_type_metatable(v, mt):
        raise LuaError("debug.setmetatable: metatables of %s values are not supported by lua2py"
                       % type_name(v))
    return v


def db_sethook(*args):
    a = list(args)
    co = None
    if a and type_name(a[0]) == "thread":
        co = a.pop(0)
    hook = a[0] if a else None
    if hook is None:
        _hooks().sethook(None, "", 0, co)
        return ()
    mask = check_str(a[1] if len(a) > 1 else None, 2, "sethook", len(a) < 2)
    if type_name(hook) != "function":
        type_error(1, "sethook", "function", hook)
    count = a[2] if len(a) > 2 else None
    count = 0 if count is None else check_int(count, 3, "sethook")
    # unmakemask's order; letters other than c, r, l are ignored
    mask = "".join(c for c in "crl" if c in mask)
    _hooks().sethook(hook, mask, count, co)
    if "r" in mask and (co is None or co is running[0]):
        # debug.sethook is a C function, which lua5.4 hooks too: the hook it has just set
        # sees it return (library functions raise no other call or return events here)
        # (hooks are off while a hook runs)
        tracer = sys.gettrace()
        sys.settrace(None)
        try:
            hook("return", None)
        finally:
            sys.settrace(tracer)
    return ()


def db_gethook(*args):
    co = args[0] if args and type_name(args[0]) == "thread" else None
    return _hooks().gethook(co)


def _hooks():
    """lhooks, imported when a hook is first set or asked for (its import was 0.5 M
    instructions of every start-up), with SPANS handed to it."""
    from . import lhooks

    if not lhooks._SPANS:
        lhooks._SPANS.append(SPANS)  # the line hooks read it (they sit below this module)
    return lhooks


def _nil(*_):
    return None


def db_setuservalue(*args):
    """lua5.4's checks; lua2py's full userdata have no user values: fail (nil)."""
    nargs = len(args)
    if nargs > 2 and args[2] is not None:
        check_int(args[2], 3, "setuservalue")
    u = args[0] if args else None
    if type_name(u) != "userdata" or getattr(u.__class__, "lua_light", False):
        type_error(1, "setuservalue", "userdata", u, not args)
    check_any(nargs, 2, "setuservalue")
    return None


def _pairs(defs):
    """A registration's ((def name, line), value) pairs: a converted .py file's dict, or the
    tuple of pairs a compiled chunk passes (one constant, codegen.module)."""
    return defs.items() if defs.__class__ is dict else defs


def register_upvalues(filename, defs):
    for (name, line), ups in _pairs(defs):
        UPVALUES[(filename, name, line)] = ups


# (filename, def name, line) -> (last line, first code line): where a compiled function
# ends (its `end`) and where its first statement is (registered by converted modules)
SPANS = {}


def register_spans(filename, defs):
    for (name, line), span in _pairs(defs):
        SPANS[(filename, name, line)] = span


# (filename, def name, line) -> ((Lua name, Python name, boxed, first line, last line,
# hidden), ...): a compiled function's locals in declaration order (see codegen's local_entries)
LOCALS = {}


def register_locals(filename, defs):
    for (name, line), locs in _pairs(defs):
        LOCALS[(filename, name, line)] = locs


def _locals_of(code):
    name = code.co_name
    if name.endswith("__gen"):  # a generator version has its plain function's locals
        name = name[:-5]
    return LOCALS.get((code.co_filename, name, code.co_firstlineno), ())


def _active_locals(frame, lineno):
    """(Lua name, Python name or None, boxed) of the locals active in a Lua frame, in
    lua5.4's numbering: declared by the current line, their block not ended, assigned
    (a local is active after its declaration runs); a for loop's hidden state counts as
    "(for state)" locals, whose values lua2py does not keep (nil), but for a generic
    for's closing value."""
    line = _line_of(frame.f_code, lineno)[1]
    values = frame.f_locals
    active = []
    for name, pyname, boxed, first, last, hidden in _locals_of(frame.f_code):
        if first <= line <= last and pyname in values:
            if hidden == 4:
                # a generic for: its function, state and control value are not kept;
                # its closing value is (transpiler.codegen.control.CLOSING_PREFIX)
                active.extend([("(for state)", None, False)] * 3)
                active.append(("(for state)", "_fc_" + pyname, False))
            else:
                active.extend([("(for state)", None, False)] * hidden)
            active.append((name, pyname, boxed))
    return active


def _is_vararg(code):
    """Whether a compiled Lua function takes `...`: its `*varargs` parameter, named after
    the positional and the keyword-only ones (upvalues the compiler passes as defaults)."""
    return bool(code.co_flags & _CO_VARARGS) and \
        code.co_varnames[code.co_argcount + code.co_kwonlyargcount] == "varargs"


def _vararg_values(frame):
    code = frame.f_code
    if not _is_vararg(code):
        return ()
    return frame.f_locals.get("varargs", ())


def _local_slot(args, fname):
    """(frame, Lua name, Python name, boxed) for getlocal/setlocal's level and index, a
    vararg as Python name "varargs" with its index; None when there is no such local."""
    a = list(args)
    if a and type_name(a[0]) == "thread":
        a.pop(0)
    level = a[0] if a else None
    n = check_int(a[1] if len(a) > 1 else None, 2, fname, len(a) < 2)
    level = check_int(level, 1, fname, not a)
    levels = lua_stack(sys._getframe(2)) if level >= 1 else []
    if level < 0 or level > len(levels):
        arg_error(1, fname, "level out of range")
    if level == 0:
        return None
    frame, lineno = levels[level - 1][:2]
    if frame is None:
        return None
    if n < 0:
        varargs = _vararg_values(frame)
        if -n <= len(varargs):
            return frame, "(vararg)", ("varargs", -n - 1), False
        return None
    active = _active_locals(frame, lineno)
    if 1 <= n <= len(active):
        name, pyname, boxed = active[n - 1]
        return frame, name, pyname, boxed
    return None


def db_getlocal(*args):
    if len(args) > 0 and type_name(args[0]) == "function":
        # a function: the name of its n-th parameter (lua_getlocal with no frame)
        n = check_int(args[1] if len(args) > 1 else None, 2, "getlocal", len(args) < 2)
        code = getattr(args[0], "__code__", None)
        if code is None:
            return None
        params = _locals_of(code)[:code.co_argcount]  # the parameters come first
        return params[n - 1][0] if 1 <= n <= len(params) else None
    slot = _local_slot(args, "getlocal")
    if slot is None:
        return None
    frame, name, pyname, boxed = slot
    if pyname is None:
        return name, None
    if pyname.__class__ is tuple:
        return name, frame.f_locals[pyname[0]][pyname[1]]
    value = frame.f_locals.get(pyname)
    if boxed and value.__class__ is list:
        value = value[0]
    return name, value


def db_setlocal(*args):
    a = list(args)
    value = a[2] if len(a) > 2 and type_name(a[0]) != "thread" else (a[3] if len(a) > 3 else None)
    slot = _local_slot(args, "setlocal")
    if slot is None:
        return None
    frame, name, pyname, boxed = slot
    if pyname is None:
        return name
    values = frame.f_locals
    if pyname.__class__ is tuple:
        varargs = list(values[pyname[0]])
        varargs[pyname[1]] = value
        values[pyname[0]] = tuple(varargs)
    elif boxed and values.get(pyname).__class__ is list:
        values[pyname][0] = value
        return name
    else:
        values[pyname] = value
    # write the frame's locals dict back into its fast locals and cells
    locals_to_fast(frame)
    return name


def _upvalue(f, n, fname, argf=1):
    """(Lua name, Python name, holder, key) of f's upvalue n, where holder[key] is its
    value; None if f has no upvalue n.  A Python closure cell is held as (cell, None), a box (a local
    captured fresh per loop iteration, passed as a keyword default) as (box, 0)."""
    # lua5.4 checks the index first, then the function
    n = check_int(None if n is _ABSENT else n, argf + 1, fname, n is _ABSENT)
    if type_name(f) != "function":
        type_error(argf, fname, "function", None if f is _ABSENT else f, f is _ABSENT)
    code = getattr(f, "__code__", None)
    if code is None:
        return None
    ups = UPVALUES.get(_code_key(code))
    if ups is None:
        if code.co_filename not in CHUNKS and code.co_filename in RUNTIME:
            # a library closure (a C closure in lua5.4, such as gmatch's iterator): its
            # cells are its upvalues, which have no names
            cells = f.__closure__ or ()
            if 1 <= n <= len(cells):
                return "", None, cells[n - 1], None
        return None
    if not 1 <= n <= len(ups):
        return None
    name, pyname, boxed = ups[n - 1]
    if boxed:
        box = (f.__kwdefaults__ or {}).get(pyname)
        return name, pyname, (box if box is not None else [None]), 0
    try:
        cell = f.__closure__[code.co_freevars.index(pyname)]
    except (ValueError, TypeError):
        # compiled away (never read here): a fresh cell stands for it
        cell = _empty_cell()
    return name, pyname, cell, None


def _empty_cell():
    x = None
    return (lambda: x).__closure__[0]


_ABSENT = object()


def db_getupvalue(f=_ABSENT, n=_ABSENT, *_):
    u = _upvalue(f, n, "getupvalue")
    if u is None:
        return ()
    name, _, holder, key = u
    if key is None:
        try:
            return (name, holder.cell_contents)
        except ValueError:
            return (name, None)
    return (name, holder[key])


def db_setupvalue(f=_ABSENT, n=_ABSENT, *args):
    if not args:
        check_any(0, 3, "setupvalue")
    u = _upvalue(f, n, "setupvalue")
    if u is None:
        return ()
    name, _, holder, key = u
    if key is None:
        holder.cell_contents = args[0]
    else:
        holder[key] = args[0]
    return name


class UpvalueId:
    """A light userdata naming an upvalue: equal when the cells (or boxes) are the same
    object.  One per live cell, so that tostring shows one address for one upvalue."""
    __slots__ = ("ref", "__weakref__")
    lua_type = "userdata"
    lua_light = True  # argument errors say "light userdata"

    def __eq__(self, other):
        return other.__class__ is UpvalueId and other.ref is self.ref

    def __hash__(self):
        return id(self.ref)


_upvalue_ids = weakref.WeakValueDictionary()


def db_upvalueid(f=_ABSENT, n=_ABSENT, *_):
    u = _upvalue(f, n, "upvalueid")
    if u is None:
        return None
    ref = u[2]
    uid = _upvalue_ids.get(id(ref))
    if uid is None or uid.ref is not ref:
        uid = UpvalueId()
        uid.ref = ref
        _upvalue_ids[id(ref)] = uid
    return uid


def db_upvaluejoin(f1=_ABSENT, n1=_ABSENT, f2=_ABSENT, n2=_ABSENT, *_):
    """Make f1's upvalue n1 refer to f2's upvalue n2: f1 gets f2's cell (or box)."""
    u1 = _upvalue(f1, n1, "upvaluejoin")
    if u1 is None:
        arg_error(2, "upvaluejoin", "invalid upvalue index")
    u2 = _upvalue(f2, n2, "upvaluejoin", 3)
    if u2 is None:
        arg_error(4, "upvaluejoin", "invalid upvalue index")
    if u1[1] is None:  # a library closure
        arg_error(1, "upvaluejoin", "Lua function expected")
    if u2[1] is None:
        arg_error(3, "upvaluejoin", "Lua function expected")
    (_, pyname, _, key1), (_, _, holder2, key2) = u1, u2
    if key1 is None and key2 is None:
        freevars = f1.__code__.co_freevars
        if pyname in freevars:  # else f1 never reads it: nothing to rebind
            cells = list(f1.__closure__)
            cells[freevars.index(pyname)] = holder2
            _set_closure(f1, tuple(cells))
    elif key1 == 0 and key2 == 0:
        kw = dict(f1.__kwdefaults__)
        kw[pyname] = holder2
        f1.__kwdefaults__ = kw
    else:
        # a per-iteration box and a closure cell are different things in Python
        raise LuaError("debug.upvaluejoin: cannot join these upvalues in lua2py "
                       "(a loop variable's upvalue with another kind)")
    # its generator version was made with the old cells: made again on next use
    f1.__dict__.pop("lua_gen", None)
    return ()


def _code_key(code):
    return (code.co_filename, code.co_name, code.co_firstlineno)


def _set_closure(f, cells):
    """Replace a Python function's closure tuple (read-only from Python) in place: the
    function object's field holding the old tuple is found by its address."""
    import ctypes  # only for upvaluejoin: ctypes costs startup time every program would pay

    old = f.__closure__
    words = ctypes.cast(id(f), ctypes.POINTER(ctypes.c_void_p))
    hits = [i for i in range(2, 24) if words[i] == id(old)]
    if len(hits) != 1:
        raise LuaError("debug.upvaluejoin is not supported on this Python")
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(cells))
    words[hits[0]] = id(cells)
    ctypes.pythonapi.Py_DecRef(ctypes.py_object(old))


_registry = LuaTable()


def open_debug(G):
    lbase.ldebug_locals[0] = (_locals_of, _active_locals)
    d = LuaTable()
    for k, v in (
        ("traceback", db_traceback),
        ("getinfo", db_getinfo),
        ("getmetatable", db_getmetatable),
        ("setmetatable", db_setmetatable),
        ("sethook", db_sethook),
        ("gethook", db_gethook),
        ("getlocal", db_getlocal),
        ("setlocal", db_setlocal),
        ("getupvalue", db_getupvalue),
        ("setupvalue", db_setupvalue),
        ("upvalueid", db_upvalueid),
        ("upvaluejoin", db_upvaluejoin),
        ("getuservalue", _nil),
        ("setuservalue", db_setuservalue),
        ("getregistry", lambda *a: _registry),
        ("debug", lambda *a: ()),
        ("setcstacklimit", lambda *a: 0),
    ):
        dict.__setitem__(d, k, v)
    dict.__setitem__(G, "debug", d)
    return d

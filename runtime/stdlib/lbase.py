"""The Lua 5.4 base library (manual section 6.1) with lua5.4's behaviour and messages.

`open_base(G)` fills the globals table.  Functions that load code (load,
loadfile, dofile) are closures over the state's globals table G; they compile
through core.compilehook.  Python exceptions become Lua error values in
core.errors.lua_error_value, error levels are core.errors.lua_where.
"""
import gc
import sys
import weakref
from types import FunctionType

from ..core import compilehook, errors, finalize, ops, state
from ..core.compilehook import chunk_namespace
from ..core.args import (
    arg_error,
    check_int,
    check_str,
    check_table,
    library_codes,
    opt_str,
    type_error,
)
from ..core.errors import (
    CHUNKS,
    LuaError,
    chunk_display_name,
    lua_error_value,
    lua_where,
    rt_error,
)
from ..core.frames import frame_line, locals_to_fast, runtime_module
from ..core.libguard import WATCH_KEYS, stored, watch_call
from ..core.number import MAXINT, str2number
from ..core.state import C_CALLS, MAXCCALLS, current_globals, running
from ..core.table import FALSE_KEY, TRUE_KEY, LuaTable, delete, rawkey
from ..core.values import call, getmetamethod, tostring, type_name
from ..core.values import getmetatable as raw_getmetatable
from ..coroutine.lcoroutine import close_unclosed_gen
from ..support.cogen import call_gen, gen_of, register_lazy_gens
from . import ldump
from .ldump import SOURCES
from ..support.iterators import (  # the generic for has fast paths for these
    ipairs_iter,
    next_fn,
)

runtime_module(__file__)

VERSION = "Lua 5.4"

# ---------------------------------------------------------------- the functions


def lua_assert(*args):
    if not args:
        arg_error(1, "assert", "value expected")
    v = args[0]
    if v is not None and v is not False:
        return args[0] if len(args) == 1 else args
    # luaB_assert ends in luaB_error at level 1: string messages get a position
    msg = args[1] if len(args) >= 2 else "assertion failed!"
    if msg.__class__ is str:
        raise errors.located_error(1, sys._getframe(), msg)
    raise LuaError(msg)


# tables given a metatable with __mode: a full collection removes the entries whose weak
# key or value nothing else refers to
WEAK_TABLES = weakref.WeakSet()
_WEAK_TYPES = ("table", "function", "thread", "userdata")


def _weak_ref(x):
    """A weak reference to x when a weak table lets go of it (a collectable object that
    Python can refer to weakly: tables, Lua functions, coroutines, userdata), else None
    (strings, numbers, booleans and library functions, lua5.4's light C functions, stay)."""
    if x.__class__ is LuaTable or (x.__class__ is FunctionType and x.__code__.co_filename in CHUNKS):
        return weakref.ref(x)
    if x.__class__ is FunctionType:
        if x.__closure__ is None:  # a library function (a light C function in lua5.4)
            return None
    elif type_name(x) not in _WEAK_TYPES:
        return None
    try:
        return weakref.ref(x)
    except TypeError:
        return None


def _is_temporary(name):
    """A compiler temporary's name: _ and a lowercase letter, then digits (_t3, _r12)."""
    return (len(name) > 2 and name[0] == "_" and "a" <= name[1] <= "z"
            and name[2:].isdigit() and name[2:].isascii())


_NEXT_USE = {}  # code -> {offset: {temporary: True if its next use there is a read}}
_USES = ("LOAD_FAST", "STORE_FAST", "LOAD_DEREF", "STORE_DEREF", "LOAD_CLOSURE", "DELETE_FAST")


def _read_next(code, offset, name):
    """Whether the next use of `name` after `offset`, in the order of the code, is a read
    (then the value may still be needed; a write or no use: it is dead)."""
    instrs = _NEXT_USE.get(code)
    if instrs is None:
        import dis  # slow to import: only when an error's frames are cleaned

        instrs = _NEXT_USE[code] = [(i.offset, i.opname, i.argval) for i in dis.get_instructions(code)
                                    if i.opname in _USES]
    for off, op, arg in instrs:
        if off > offset and arg == name:
            return op.startswith("LOAD")
    return False


# the collector's allocation counts (CPython; PyPy has none: it always collects)
_GC_COUNT = getattr(gc, "get_count", None)


def _drop_dead_temporaries(frame):
    """Clear the compiler's temporaries (walrus targets such as _t3, _r4) that the Lua
    frames running now will not read again: lua5.4 reuses a register, so the value a
    finished expression left there is garbage, where a Python local would keep it."""
    locals_of, active_locals = ldebug_locals[0] or (None, None)
    while frame is not None:
        code = frame.f_code
        if code.co_filename in CHUNKS and locals_of is not None:
            names = {loc[1] for loc in locals_of(code)}
            # Lua locals whose block has ended are dead registers too (unless captured)
            active = {loc[1] for loc in active_locals(frame, frame_line(frame))}
            cells = code.co_cellvars
            values = frame.f_locals
            dead = [n for n, v in values.items()
                    if v is not None and n not in cells and n not in active
                    and (n in names or ((_is_temporary(n) or n.startswith("L_fn_"))
                                        and not _read_next(code, frame.f_lasti, n)))]
            if dead:
                for n in dead:
                    values[n] = None
                locals_to_fast(frame)
        frame = frame.f_back


# ldebug._locals_of once the debug library is loaded (it is opened after this one)
ldebug_locals = [None]


# the objects Python's collector tracks that may be made between two full collections
# before collectgarbage("collect") runs one again (Python's own first threshold)
_FULL_AFTER = 700


def collect_weak():
    """A full collection that clears weak tables as lua5.4's does (without ephemerons: a
    weak key that its own value refers to stays): each weak table's weakly held keys and
    values are held only weakly while Python's collector runs, then the entries whose
    objects survived go back in their order; an entry that lost its key or value is
    removed as `t[k] = nil` removes it."""
    held = []
    for t in list(WEAK_TABLES):
        mt = t.meta
        mode = dict.get(mt, "__mode") if mt is not None else None
        if mode.__class__ is not str:
            continue
        wk, wv = "k" in mode, "v" in mode
        if not (wk or wv):
            continue
        entries = []
        weak = False
        for k, v in dict.items(t):
            kr = _weak_ref(k) if wk else None
            vr = _weak_ref(v) if wv else None
            if kr is not None or vr is not None:
                weak = True
            entries.append((k if kr is None else kr, kr is not None, v if vr is None else vr, vr is not None))
        if weak:
            dict.clear(t)
            held.append((t, entries))
        k = v = entries = None
    if held or finalize.MARKED:
        # (finalizers run after the weak entries are back: lua5.4 calls them after the
        # collection, which has cleared only what it collected)
        _drop_dead_temporaries(sys._getframe(1))
        finalize.full_collect()
    elif _GC_COUNT is None or sum(_GC_COUNT()) >= _FULL_AFTER:
        gc.collect()
    # else: hardly a container was made since the last collection, so Python's collector
    # would find next to nothing new (only cycles dropped since, which no Lua program sees
    # without __gc; "count" is an estimate): a program calling collectgarbage() in a loop
    # (calls.lua, for every character a load reader gives) does not pay a full walk of
    # the heap each time
    for t, entries in held:
        gone = []
        for k, kweak, v, vweak in entries:
            if kweak:
                k = k()
                if k is None:  # (not an integer key: the layout model never saw it)
                    continue
            if vweak:
                v = v()
                if v is None:
                    gone.append(k)
                    v = True
            dict.__setitem__(t, k, v)
        for k in gone:
            delete(t, k)


_GC_OPTIONS = ("stop", "restart", "collect", "count", "step", "setpause", "setstepmul",
               "isrunning", "generational", "incremental")
_gc_state = {"mode": "generational", "pause": 200, "stepmul": 100}


def lua_collectgarbage(opt=None, arg=None, *_):
    if opt is None:
        opt = "collect"
    else:
        opt = check_str(opt, 1, "collectgarbage")
    if opt not in _GC_OPTIONS:
        arg_error(1, "collectgarbage", "invalid option '%s'" % opt)
    if opt == "collect":
        collect_weak()
        for fn in state.after_full_collect:
            fn()
        finalize.run_pending_or_exit()
        return 0
    if opt == "count":
        try:
            blocks = sys.getallocatedblocks()
        except AttributeError:
            blocks = 100000
        return blocks * 64 / 1024.0
    if opt == "step":
        gc.collect(0)
        return True
    if opt == "stop":
        gc.disable()
        return 0
    if opt == "restart":
        gc.enable()
        return 0
    if opt == "isrunning":
        return gc.isenabled()
    if opt in ("generational", "incremental"):
        prev = _gc_state["mode"]
        _gc_state["mode"] = opt
        return prev
    key = "pause" if opt == "setpause" else "stepmul"
    prev = _gc_state[key]
    if arg is not None:
        _gc_state[key] = check_int(arg, 2, "collectgarbage")
    return prev


def lua_error(*args):
    msg = args[0] if args else None
    level = check_int(args[1], 2, "error") if len(args) > 1 and args[1] is not None else 1
    if msg.__class__ is str and level > 0:
        raise errors.located_error(level, sys._getframe(), msg)
    raise LuaError(msg)


def lua_getmetatable(*args):
    if not args:
        arg_error(1, "getmetatable", "value expected")
    mt = raw_getmetatable(args[0])
    if mt is None:
        return None
    if args[0].__class__ is not LuaTable:
        watch_call(mt)  # a string's (say): compiled calls must see a __call stored there
    protected = dict.get(mt, "__metatable")
    if protected is not None:
        return protected
    return mt


def lua_ipairs(*args):
    if not args:
        arg_error(1, "ipairs", "value expected")
    return (ipairs_iter, args[0], 0)


def lua_pairs(*args):
    if not args:
        arg_error(1, "pairs", "value expected")
    t = args[0]
    h = getmetamethod(t, "__pairs")
    if h is not None:
        r = ops.multi(ops.call(h, t))
        r = r + (None,) * (3 - len(r)) if len(r) < 3 else r[:3]
        return r
    return (next_fn, t, None)


def lua_pairs_gen(*args):
    """pairs inside a coroutine: 5.4 calls __pairs with a continuation, so it may yield."""
    if not args:
        arg_error(1, "pairs", "value expected")
    t = args[0]
    h = getmetamethod(t, "__pairs")
    if h is not None:
        r = ops.multi((yield from call_gen(h, t)))
        r = r + (None,) * (3 - len(r)) if len(r) < 3 else r[:3]
        return r
    return (next_fn, t, None)


lua_pairs.lua_gen = lua_pairs_gen


def _protected_error_value(e, frame, f=None):
    """lua_error_value for an error caught by pcall/xpcall running in `frame`.

    A library function called directly by pcall has pcall (a C function) as its
    caller, so lua5.4 gives its errors no position; our rt_error found the Lua
    frame that called pcall instead.  When no Lua frame lies between pcall and
    the error, that prefix is removed."""
    v = lua_error_value(e)
    if v.__class__ is str and isinstance(e, LuaError):
        tb = e.__traceback__
        chunks = CHUNKS
        err_code = lua_error.__code__
        while tb is not None:
            code = tb.tb_frame.f_code
            if code.co_filename in chunks or code is err_code:
                return v
            tb = tb.tb_next
        pos = lua_where(1, frame)
        if pos and v.startswith(pos):
            v = v[len(pos):]
        if f is not None and v.startswith("bad argument #") and _raised_by(e, f):
            v = _qualify_argerror(v, f)
    return v


def _raised_by(e, f):
    """Did library function f raise e itself (not a library function it called)?"""
    code = getattr(f, "__code__", None)
    libs = library_codes()
    tb = e.__traceback__
    seen = False
    while tb is not None:
        c = tb.tb_frame.f_code
        if c is code:
            seen = True
        elif seen and c in libs:
            return False
        tb = tb.tb_next
    return True


def global_func_name(f):
    """lauxlib's pushglobalfuncname: 'math.max' for a function found in package.loaded."""
    G = current_globals[0]
    if G is None:
        return None
    pkg = dict.get(G, "package")
    loaded = dict.get(pkg, "loaded") if pkg.__class__ is LuaTable else None
    if loaded.__class__ is not LuaTable:
        return None
    for modname, mod in list(dict.items(loaded)):
        if mod.__class__ is not LuaTable or modname.__class__ is not str:
            continue
        for k, v in list(dict.items(mod)):
            if v is f and k.__class__ is str:
                return k if modname == "_G" else "%s.%s" % (modname, k)
    return None


def _qualify_argerror(v, f):
    """Called directly from pcall (a C function), lua5.4 names the function by its global name."""
    j = v.find(" to '")
    if j < 0:
        return v
    k = v.find("'", j + 5)
    if k < 0:
        return v
    name = global_func_name(f)
    if name is None:
        name = "?"
    return v[:j + 5] + name + v[k:]


def _cstack_overflow(n):
    """The error of a protected call made at lua5.4's C-call limit (luaE_checkcstack), raised
    inside the call's protection, so the call returns it; None when there is none (a little
    past the limit, where lua5.4 lets error handling run)."""
    if n + 1 == MAXCCALLS:
        return (False, "C stack overflow")
    if n + 1 >= MAXCCALLS // 10 * 11:
        return (False, "error in error handling")
    return None


_PCALL_LIMIT = MAXCCALLS - 1


def lua_pcall(*args):
    if not args:
        arg_error(1, "pcall", "value expected")
    f = args[0]
    cc = C_CALLS
    n = cc[0]
    if n >= _PCALL_LIMIT:
        r = _cstack_overflow(n)
        if r is not None:
            return r
    cc[0] = n + 1
    try:
        r = f(*args[1:])
    except Exception as e:
        cc[0] = n
        if e.__class__ is TypeError and not callable(f) and getmetamethod(f, "__call") is not None:
            return lua_pcall(_meta_caller(f), *args[1:])
        return (False, _protected_error_value(e, sys._getframe(), f))
    cc[0] = n  # (a BaseException, such as os.exit's, ends the program: no restore needed)
    if r.__class__ is tuple:
        return (True,) + r
    return (True, r)


def _meta_caller(f):
    """A value that is not a function but whose type's metatable has __call, as a callable.
    (Only made after calling it raised TypeError: calls of functions pay nothing.)"""

    def meta_call(*args):
        return ops.call(f, *args)

    return meta_call


# traceback objects of errors whose xpcall message handler is running (for debug.traceback)
HANDLER_TRACEBACKS = []

# the stack a message handler gets after a stack overflow (lua5.4's EXTRA_STACK and
# LUAI_MAXCCALLS / 10 of extra C levels for error handling)
HANDLER_EXTRA_FRAMES = 200


def _handler_limit(e):
    """The recursion limit a message handler runs under: lua5.4 calls it on top of the
    stack the error left, so after a stack overflow only the extra space for error
    handling remains (a handler that recurses overflows at once, and again, until
    "error in error handling").  None: the handler runs with the ordinary limit."""
    if not isinstance(e, RecursionError):
        return None
    depth = 0
    f = sys._getframe(1)
    while f is not None:
        depth += 1
        f = f.f_back
    return depth + HANDLER_EXTRA_FRAMES


def _run_handler(h, v, limit):
    if limit is None:
        return h(v)
    old = sys.getrecursionlimit()
    if limit >= old:
        return h(v)
    sys.setrecursionlimit(limit)
    try:
        return h(v)
    finally:
        sys.setrecursionlimit(old)


def lua_xpcall(*args):
    if len(args) < 2 or type_name(args[1]) != "function":
        type_error(2, "xpcall", "function", args[1] if len(args) > 1 else None, len(args) < 2)
    f, h = args[0], args[1]
    cc = C_CALLS
    n = cc[0]
    if n + 1 >= MAXCCALLS:
        r = _cstack_overflow(n)
        if r is not None:
            if r[1] == "C stack overflow":  # the handler gets it (lua5.4 lets it run past the limit)
                try:
                    r = (False, ops.first(h(r[1])))
                except Exception:
                    r = (False, "error in error handling")
            return r
    cc[0] = n + 1
    try:
        try:
            r = f(*args[2:])
        except TypeError:
            if callable(f) or getmetamethod(f, "__call") is None:
                raise
            r = ops.call(f, *args[2:])
    except Exception as e:
        cc[0] = n + 1  # (the message handler runs where the error was: not deeper here)
        v = _protected_error_value(e, sys._getframe(), f)
        tb = e.__traceback__
        limit = _handler_limit(e)
        # the handler runs for the error; an error in the handler is handled by the handler again,
        # until lua5.4's C stack limit gives "error in error handling"
        for _ in range(180):
            HANDLER_TRACEBACKS.append(tb)
            try:
                hv = h(v) if limit is None else _run_handler(h, v, limit)
            except Exception as e2:
                v = lua_error_value(e2)
                tb = e2.__traceback__
                limit = limit or _handler_limit(e2)
                continue
            finally:
                HANDLER_TRACEBACKS.pop()
            return (False, ops.first(hv))
        return (False, "error in error handling")
    finally:
        cc[0] = n
    if r.__class__ is tuple:
        return (True,) + r
    return (True, r)


def _uncount(cc, n):
    """The end of a protected call inside a coroutine that counted one C call: back to n,
    unless the coroutine yielded and was resumed at another depth meanwhile (lua5.4
    counts a resumed coroutine's C calls from its resumer's then)."""
    if cc[0] == n + 1:
        cc[0] = n


def pcall_gen(*args):
    """pcall inside a coroutine: lets a yield through, and closes the <close> values the error
    left in the coroutine (lua5.4 does not unwind a coroutine's stack on an error)."""
    if not args:
        arg_error(1, "pcall", "value expected")
    f = args[0]
    g = gen_of(f)
    co = running[0]
    mark = len(co.unclosed) if co.unclosed else 0
    cc = C_CALLS
    n = cc[0]
    if n + 1 >= MAXCCALLS:
        r = _cstack_overflow(n)
        if r is not None:
            return r
    cc[0] = n + 1
    try:
        if g is None:
            r = call(f, *args[1:])
        else:
            r = yield from g(*args[1:])
    except Exception as e:
        _uncount(cc, n)
        v = _protected_error_value(e, sys._getframe(), f)
        if co.unclosed and len(co.unclosed) > mark:
            v = yield from close_unclosed_gen(co, mark, v)
        return (False, v)
    _uncount(cc, n)
    if r.__class__ is tuple:
        return (True,) + r
    return (True, r)


def xpcall_gen(*args):
    if len(args) < 2 or type_name(args[1]) != "function":
        type_error(2, "xpcall", "function", args[1] if len(args) > 1 else None, len(args) < 2)
    f, h = args[0], args[1]
    g = gen_of(f)
    co = running[0]
    mark = len(co.unclosed) if co.unclosed else 0
    cc = C_CALLS
    n = cc[0]
    if n + 1 >= MAXCCALLS and _cstack_overflow(n) is not None:
        return lua_xpcall(f, h)  # (fails at once, as it does in plain code)
    cc[0] = n + 1
    try:
        if g is None:
            r = call(f, *args[2:])
        else:
            r = yield from g(*args[2:])
    except Exception as e:
        _uncount(cc, n)
        v = _protected_error_value(e, sys._getframe(), f)
        limit = _handler_limit(e)
        for _ in range(180):
            try:
                # the message handler runs plainly: lua5.4 calls it from C, so it cannot yield
                hv = _run_handler(lambda x: call(h, x), v, limit)
            except Exception as e2:
                v = lua_error_value(e2)
                limit = limit or _handler_limit(e2)
                continue
            if hv.__class__ is tuple:
                hv = hv[0] if hv else None
            break
        else:
            hv = "error in error handling"
        if co.unclosed and len(co.unclosed) > mark:
            hv = yield from close_unclosed_gen(co, mark, hv)
        return (False, hv)
    _uncount(cc, n)
    if r.__class__ is tuple:
        return (True,) + r
    return (True, r)


lua_pcall.lua_gen = pcall_gen
lua_xpcall.lua_gen = xpcall_gen
state.protected_calls.update(f.__code__ for f in (lua_pcall, lua_xpcall, pcall_gen, xpcall_gen))


def _to_bytes_out(s):
    try:
        return s.encode("latin-1")
    except UnicodeEncodeError:
        return s.encode("utf-8", "surrogateescape")


_stdout_tty = [None]


def lua_print(*args):
    parts = []
    for v in args:
        if v.__class__ is not str:
            v = tostring(v)
        parts.append(v)
    data = _to_bytes_out("\t".join(parts) + "\n")
    out = sys.stdout
    buf = getattr(out, "buffer", None)
    if buf is None:
        out.write(data.decode("latin-1"))
        return ()
    buf.write(data)
    tty = _stdout_tty[0]
    if tty is None:
        try:
            tty = _stdout_tty[0] = out.isatty()
        except Exception:
            tty = _stdout_tty[0] = False
    if tty:
        buf.flush()
    return ()


def lua_rawequal(*args):
    if len(args) < 2:
        arg_error(len(args) + 1, "rawequal", "value expected")
    a, b = args[0], args[1]
    ca, cb = a.__class__, b.__class__
    if (ca is int or ca is float) and (cb is int or cb is float):
        return a == b
    if ca is bool or cb is bool:
        return a is b
    if ca is str and cb is str:
        return a == b
    return a is b


def lua_rawlen(v=None, *_):
    if v.__class__ is LuaTable:
        return v.length()
    if v.__class__ is str:
        return len(v)
    type_error(1, "rawlen", "table or string", v)


def lua_rawget(*args):
    t = args[0] if args else None
    check_table(t, 1, "rawget")
    if len(args) < 2:
        arg_error(2, "rawget", "value expected")
    return dict.get(t, rawkey(args[1]))


def lua_rawset(*args):
    t = args[0] if args else None
    check_table(t, 1, "rawset")
    if len(args) < 2:
        arg_error(2, "rawset", "value expected")
    if len(args) < 3:
        arg_error(3, "rawset", "value expected")
    k, v = args[1], args[2]
    c = k.__class__
    if k is None:
        raise LuaError("table index is nil")
    if c is float:
        if k != k:
            raise LuaError("table index is NaN")
        if k.is_integer() and -9.2233720368547758e18 <= k < 9.2233720368547758e18:
            k = int(k)
    elif c is bool:
        k = TRUE_KEY if k else FALSE_KEY
    if v is None:
        delete(t, k)
    else:
        dict.__setitem__(t, k, v)
    if c is str and k in WATCH_KEYS:
        stored(t, k)
    return t


def lua_select(*args):
    if not args:
        type_error(1, "select", "number", None, True)
    n = args[0]
    if n.__class__ is str and n[:1] == "#":
        return len(args) - 1
    n = check_int(n, 1, "select")
    top = len(args)
    if n < 0:
        n = top + n
    elif n > top:
        n = top
    if n < 1:
        arg_error(1, "select", "index out of range")
    r = args[n:]
    if len(r) == 1:
        return r[0]
    return r


def lua_setmetatable(*args):
    t = args[0] if args else None
    if t.__class__ is not LuaTable:
        type_error(1, "setmetatable", "table", t, not args)
    if len(args) < 2 or (args[1] is not None and args[1].__class__ is not LuaTable):
        type_error(2, "setmetatable", "nil or table", args[1] if len(args) > 1 else None, len(args) < 2)
    mt = t.meta
    if mt is not None and dict.get(mt, "__metatable") is not None:
        rt_error("cannot change a protected metatable")
    t.meta = mt = args[1]
    if mt is not None:
        if dict.get(mt, "__mode") is not None:
            WEAK_TABLES.add(t)
        if dict.get(mt, "__gc") is not None:
            finalize.mark(t, mt)
    return t


_SPACES = " \f\n\r\t\v"
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _str2int_base(s, base):
    s = s.strip(_SPACES)
    neg = False
    if s[:1] == "-":
        neg = True
        s = s[1:]
    elif s[:1] == "+":
        s = s[1:]
    if not s:
        return None
    n = 0
    for ch in s.lower():
        d = _DIGITS.find(ch)
        if d < 0 or d >= base:
            return None
        n = (n * base + d) & 0xFFFFFFFFFFFFFFFF
    if neg:
        n = (-n) & 0xFFFFFFFFFFFFFFFF
    if n > MAXINT:
        n -= 1 << 64
    return n


def lua_tonumber(*args):
    if len(args) < 2 or args[1] is None:
        if not args:
            arg_error(1, "tonumber", "value expected")
        v = args[0]
        c = v.__class__
        if c is int or c is float:
            return v
        if c is str:
            return str2number(v)
        return None
    base = check_int(args[1], 2, "tonumber")
    v = args[0]
    if v.__class__ is not str:
        type_error(1, "tonumber", "string", v)
    if not (2 <= base <= 36):
        arg_error(2, "tonumber", "base out of range")
    return _str2int_base(v, base)


def lua_tostring(*args):
    if not args:
        arg_error(1, "tostring", "value expected")
    return tostring(args[0])


def lua_type(*args):
    if not args:
        arg_error(1, "type", "value expected")
    return type_name(args[0])


# ---------------------------------------------------------------- loading code

_LOAD_CACHE = {}
_LOAD_CACHE_MAX = 256


def compile_chunk(source, chunkname, path=None, use_cache=False):
    """Compile Lua source to a code object through the installed compiler (core.compilehook;
    raises its CompileError).  Chunks from strings are remembered (a program may load the
    same string again and again); files are left to the compiler's own cache."""
    code = _compile_chunk(source, chunkname, path, use_cache)
    errors.CHUNK_SOURCES[code.co_filename] = chunkname  # debug.getinfo's 'source'
    return code


def _compile_chunk(source, chunkname, path, use_cache):
    if use_cache:
        return compilehook.compile_chunk(source, chunkname, path, True)
    key = (source, chunkname)
    code = _LOAD_CACHE.get(key) if len(source) < 65536 else None
    if code is not None:
        return code
    code = compilehook.compile_chunk(source, chunkname)  # (lua2py's also caches it on disk)
    if len(source) < 65536:
        if len(_LOAD_CACHE) >= _LOAD_CACHE_MAX:
            _LOAD_CACHE.pop(next(iter(_LOAD_CACHE)))
        _LOAD_CACHE[key] = code
    return code


def make_function(code, env):
    """Run a compiled chunk's module code and bind the chunk to `env`: the Lua function."""
    return make_function_from_namespace(code, chunk_namespace(), env)


def make_function_from_namespace(code, ns, env):
    exec(code, ns)
    return ns["__lua_chunk__"](env)


def load_source(source, chunkname, env, mode="bt", path=None, use_cache=False):
    """Compile a chunk: (function, None) or (None, message)."""
    if source[:1] == "\x1b":
        if "b" not in mode:
            return None, "attempt to load a binary chunk (mode is '%s')" % mode
        try:
            return ldump.undump(source, chunkname, env, _compile_chunk_plain, _compiled)
        except compilehook.CompileError as e:
            return None, str(e)
    if "t" not in mode:
        return None, "attempt to load a text chunk (mode is '%s')" % mode
    try:
        code = compile_chunk(source, chunkname, path, use_cache)
    except compilehook.CompileError as e:
        return None, str(e)
    except Exception as e:
        if isinstance(e, RecursionError):
            return None, "%s: chunk has too many syntax levels" % chunk_display_name(chunkname)
        return None, "%s: %s: %s" % (chunk_display_name(chunkname), e.__class__.__name__, e)
    f = make_function(code, env)
    _compiled(code, source, chunkname)
    return f, None


def _compile_chunk_plain(source, chunkname):
    return compile_chunk(source, chunkname, None, False)


def _compiled(code, source, chunkname):
    """What is kept of a chunk compiled from source: string.dump's copy of the source and,
    compiled without generator versions (lua2py's compiler), their maker: cogen.gen_of
    has them registered when a coroutine first needs one of this chunk's functions."""
    SOURCES[code.co_filename] = (chunkname, source)
    register_lazy_gens(code.co_filename, (chunkname, source),
                       lambda: _register_generator_versions(source, chunkname))


def _register_generator_versions(source, chunkname):
    """Run the chunk's module compiled with generator versions: it registers them (and
    again the same names and sites, numbered as in the module without them)."""
    code = compilehook.compile_with_gens(source, chunkname)
    if code is not None:
        exec(code, chunk_namespace())


def register_converted_source(filename, chunkname, packed, site_lines=False):
    """A converted module built without generator versions (`lua2py convert`) registers its
    Lua source, compressed: the first gen_of of one of its functions makes them from it
    (written in the module's layout: site_lines, see codegen.unparse)."""
    SOURCES[filename] = (chunkname, packed, True)
    register_lazy_gens(filename, (filename, packed),
                       lambda: _register_converted_generator_versions(filename, chunkname, packed, site_lines))


def _register_converted_generator_versions(filename, chunkname, packed, site_lines=False):
    import base64  # slow to import (re, struct): only a converted module's generator versions
    import zlib

    source = zlib.decompress(base64.b85decode(packed)).decode("latin-1")
    code = compilehook.compile_with_gens(source, chunkname, filename, site_lines)
    if code is None:
        return
    before = CHUNKS.get(filename)
    exec(code, chunk_namespace("__lua_converted_module__", filename))
    if before is not None:  # the name its loader gave the chunk (lpackage.load_converted) stays
        CHUNKS[filename] = (before[0], CHUNKS[filename][1])


def os_path(name):
    """A Lua string naming a file as the path to open (its bytes; any other str as it is)."""
    try:
        return name.encode("latin-1")
    except UnicodeEncodeError:
        return name


def read_source_file(filename):
    """Read a Lua source file as lua5.4's luaL_loadfilex does (BOM and '#' first line skipped).
    filename is a Lua string (its bytes are the file's name) or None for standard input.

    Returns (source, None) or (None, "cannot open name: reason")."""
    try:
        if filename is None:
            data = sys.stdin.buffer.read()
        else:
            with open(os_path(filename), "rb") as fh:
                data = fh.read()
    except IsADirectoryError as e:
        return None, "cannot read %s: %s" % (filename, e.strerror or "Is a directory")
    except OSError as e:
        return None, "cannot open %s: %s" % (filename, e.strerror or str(e))
    if data[:3] == b"\xef\xbb\xbf":
        data = data[3:]
    if data[:1] == b"#":
        nl = data.find(b"\n")
        if nl < 0:
            data = b""
        elif data[nl + 1:nl + 2] == b"\x1b":  # a binary chunk: no line to keep
            data = data[nl + 1:]
        else:
            data = b"\n" + data[nl + 1:]
    return data.decode("latin-1"), None


def loadfile(filename, mode, env):
    src, err = read_source_file(filename)
    if err is not None:
        return None, err
    chunkname = "=stdin" if filename is None else "@" + filename
    return load_source(src, chunkname, env, mode, path=filename, use_cache=filename is not None)


def open_base(G):
    def lua_load(*args):
        chunk = args[0] if args else None
        c = chunk.__class__
        if c is int or c is float:
            chunk = tostring(chunk)
            c = str
        chunkname = opt_str(args[1] if len(args) > 1 else None, 2, "load", None)
        mode = opt_str(args[2] if len(args) > 2 else None, 3, "load", "bt")
        env = args[3] if len(args) > 3 else G
        if c is str:
            if chunkname is None:
                chunkname = chunk
            source = chunk
        else:
            if type_name(chunk) != "function":
                type_error(1, "load", "function", chunk, not args)
            if chunkname is None:
                chunkname = "=(load)"
            pieces = []
            try:
                while True:
                    piece = ops.first(chunk())
                    if piece is None or piece == "":
                        break
                    if piece.__class__ is not str:
                        # luaL_error in the reader: the position of load's caller
                        return None, lua_where(1, sys._getframe()) + "reader function must return a string"
                    pieces.append(piece)
            except Exception as e:
                v = lua_error_value(e)
                return None, v
            source = "".join(pieces)
        f, err = load_source(source, chunkname, env, mode)
        if f is None:
            return None, err
        return f

    def lua_loadfile(*args):
        filename = opt_str(args[0] if args else None, 1, "loadfile", None)
        mode = opt_str(args[1] if len(args) > 1 else None, 2, "loadfile", "bt")
        env = args[2] if len(args) > 2 else G
        f, err = loadfile(filename, mode, env)
        if f is None:
            return None, err
        return f

    def lua_dofile(filename=None, *_):
        filename = opt_str(filename, 1, "dofile", None)
        f, err = loadfile(filename, "bt", G)
        if f is None:
            raise LuaError(err)
        return f()

    def lua_dofile_gen(filename=None, *_):
        # dofile lets a yield through (lua5.4 continues it with a continuation)
        filename = opt_str(filename, 1, "dofile", None)
        f, err = loadfile(filename, "bt", G)
        if f is None:
            raise LuaError(err)
        return (yield from call_gen(f))

    lua_dofile.lua_gen = lua_dofile_gen

    fns = {
        "assert": lua_assert,
        "collectgarbage": lua_collectgarbage,
        "dofile": lua_dofile,
        "error": lua_error,
        "getmetatable": lua_getmetatable,
        "ipairs": lua_ipairs,
        "load": lua_load,
        "loadfile": lua_loadfile,
        "next": next_fn,
        "pairs": lua_pairs,
        "pcall": lua_pcall,
        "print": lua_print,
        "rawequal": lua_rawequal,
        "rawget": lua_rawget,
        "rawlen": lua_rawlen,
        "rawset": lua_rawset,
        "select": lua_select,
        "setmetatable": lua_setmetatable,
        "tonumber": lua_tonumber,
        "tostring": lua_tostring,
        "type": lua_type,
        "xpcall": lua_xpcall,
    }
    for k, v in fns.items():
        dict.__setitem__(G, k, v)
    dict.__setitem__(G, "_G", G)
    dict.__setitem__(G, "_VERSION", VERSION)
    dict.__setitem__(G, "warn", _make_warn())
    return G


def _make_warn():
    state = {"on": False, "cont": False}

    def lua_warn(*args):
        if not args:
            type_error(1, "warn", "string", None, True)
        parts = [check_str(a, i + 1, "warn") for i, a in enumerate(args)]
        msg = "".join(parts)
        if not state["cont"] and len(args) == 1 and msg[:1] == "@":
            if msg == "@on":
                state["on"] = True
            elif msg == "@off":
                state["on"] = False
            return ()
        if state["on"]:
            try:
                sys.stdout.flush()
            except Exception:
                pass
            sys.stderr.write("Lua warning: " + msg + "\n")
            sys.stderr.flush()
        return ()

    def warning(msg):  # lua_warning from the runtime (finalizers' errors)
        if state["on"]:
            lua_warn(msg)

    lua_warn.state = state
    finalize.WARN[0] = warning
    return lua_warn

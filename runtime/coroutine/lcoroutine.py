"""The coroutine library: Lua coroutines driven as Python generators.

A coroutine runs the generator version of its function (see cogen.py).
`coroutine.yield(...)` yields the tuple of its values up to `resume`, which
sends resume's arguments back down as yield's results.  Anything else that
comes up the chain is an aio.IORequest: a nested `resume` passes it on up to
its own driver; the outermost plain `resume` performs it, blocking.

This module is the reference implementation.  `_lcoroutine.pyx` is an optional
compiled accelerator of its hot paths (Coroutine, resume, resume_in, the
function wrap returns and the generic for over it), used when it was built
and LUA2PY_PURE is not set in the environment; see the end of this module.
"""
import sys

from ..core.accel import load_accelerator
from ..core.args import type_error
from ..core.errors import CHUNKS, HIDDEN_CHUNKS, DeferredLuaError, LuaError, lua_error_value, lua_where, where
from ..core.frames import runtime_module
from ..core.state import C_CALLS, MAXCCALLS, closing, running
from ..core.table import LuaTable
from ..core.values import call, getmetamethod, type_name
from ..support.cogen import call_gen, gen_of
from ..support.loops import StatefulIter
from .aio import IORequest

runtime_module(__file__)


_ACCEL_API = 2
_accel = load_accelerator("_lcoroutine", __package__, _ACCEL_API)
# "compiled" when the accelerator replaces the hot paths below, else "pure"
IMPLEMENTATION = "pure" if _accel is None else "compiled"
if _accel is not None:
    # the frames of compiled code (in tracebacks, which debug.traceback reads) are named
    # after the source setup.py gave Cython
    runtime_module("runtime/coroutine/_lcoroutine.pyx")

if _accel is None:
    _NO_ERROR = object()
    _ABSENT = object()  # no argument at all (type errors say "no value")
else:
    _NO_ERROR = _accel.NO_ERROR
    _ABSENT = _accel.ABSENT


class Coroutine:
    """`status` is "suspended", "running" or "dead"; a running coroutine that is not
    the current one (it resumed another) is "normal" (see status_of): resume does
    not touch its resumer."""

    lua_type = "thread"
    __slots__ = ("fn", "gen", "status", "error", "unclosed", "__weakref__")

    def __init__(self, fn):
        self.fn = fn
        self.gen = None
        self.status = "suspended"
        self.error = _NO_ERROR  # the error it died with, until coroutine.close reports it
        # to-be-closed values an error passed by, innermost first: lua5.4 does not
        # unwind a coroutine's stack on an error, so they wait for pcall or coroutine.close
        self.unclosed = None

    def __repr__(self):
        return "thread: 0x%x" % id(self)


if _accel is not None:
    Coroutine = _accel.Coroutine

MAIN = Coroutine(None)  # the main thread: the one coroutine without a function
MAIN.status = "running"
# the running coroutine (core.state.running, shared with the compiled accelerator)
_current = running
_current[0] = MAIN


_lua_error_value = lua_error_value  # (the name the accelerator's init takes)


def _check_co(co, n, fname, novalue=False):
    if co.__class__ is not Coroutine:
        type_error(n, fname, "thread", co, novalue)
    return co


def _bad_co(co, fname):
    if co is _ABSENT:
        type_error(1, fname, "thread", None, True)
    type_error(1, fname, "thread", co, False)


# lua_resume's error when the resumer is at the C-call limit (the coroutine stays suspended)
_CSTACK_ERROR = (False, "C stack overflow")


def _not_suspended(st):
    if st == "dead":
        return (False, "cannot resume dead coroutine")
    return (False, "cannot resume non-suspended coroutine")


def _start(co, args):
    """Begin a coroutine: returns the first thing it yields, or raises StopIteration."""
    gen = _new_gen(co, args)
    if gen is None:
        # a function that cannot yield (a library function, or Lua code without calls)
        raise StopIteration(call(co.fn, *args))
    return gen.send(None)


def _new_gen(co, args):
    """co.gen for a coroutine's first resume: its function's generator version called
    with args (not started), or None (no generator version: _start calls it plainly)."""
    g = gen_of(co.fn)
    if g is None:
        return None
    gen = co.gen = g(*args)
    return gen


def _blocking(gen, y):
    """Perform the I/O requests a coroutine driven from plain code sends up, until it yields."""
    while y.__class__ is not tuple:
        if isinstance(y, IORequest):
            y = gen.send(y.run_blocking())
        else:
            y = gen.send(None)
    return y


def _returned(co, r):
    """resume's results when co's function returned r (it is dead now)."""
    co.status = "dead"
    if r.__class__ is tuple:
        return (True,) + r
    return (True, r)


def _failed(co, e):
    """resume's results when co's function raised e (it is dead now)."""
    co.status = "dead"
    co.error = _lua_error_value(e)
    return (False, co.error)


def resume(co=_ABSENT, *args):
    """coroutine.resume from plain code: I/O requests coming up are performed here, blocking."""
    if co.__class__ is not Coroutine:
        _bad_co(co, "resume")
    if co.status != "suspended":
        return _not_suspended(co.status)
    cc = C_CALLS
    n = cc[0]
    if n + 1 >= MAXCCALLS:
        return _CSTACK_ERROR
    cc[0] = n + 1
    cur = _current
    prev = cur[0]
    co.status = "running"
    cur[0] = co
    try:
        gen = co.gen
        y = gen.send(args) if gen is not None else _start(co, args)
        if y.__class__ is not tuple:
            y = _blocking(co.gen, y)
        co.status = "suspended"
        return (True,) + y
    except StopIteration as e:
        return _returned(co, e.value)
    except Exception as e:
        return _failed(co, e)
    finally:
        cur[0] = prev
        cc[0] = n


def resume_in(co=_ABSENT, *args):
    """coroutine.resume inside a coroutine, as a plain call: the result tuple, or, when
    an I/O request comes up, a _PendingResume whose rest() (a generator) hands it up
    to our own driver and finishes the resume.  Compiled code calls this directly, so
    a resume that needs no I/O (nearly all) costs no generator."""
    if co.__class__ is not Coroutine:
        _bad_co(co, "resume")
    if co.status != "suspended":
        return _not_suspended(co.status)
    cc = C_CALLS
    n = cc[0]
    if n + 1 >= MAXCCALLS:
        return _CSTACK_ERROR
    cc[0] = n + 1
    cur = _current
    prev = cur[0]
    co.status = "running"
    cur[0] = co
    try:
        gen = co.gen
        y = gen.send(args) if gen is not None else _start(co, args)
        if y.__class__ is not tuple:
            # hand the request up; while it is out, the resumer is the running one
            return _PendingResume(co, prev, y)
        co.status = "suspended"
        return (True,) + y
    except StopIteration as e:
        return _returned(co, e.value)
    except Exception as e:
        return _failed(co, e)
    finally:
        cur[0] = prev
        cc[0] = n


class _PendingResume:
    """A resume inside a coroutine whose coroutine sent up an I/O request."""

    __slots__ = ("co", "prev", "y")

    def __init__(self, co, prev, y):
        self.co, self.prev, self.y = co, prev, y

    def rest(self):
        co, prev, y = self.co, self.prev, self.y
        cur = _current
        try:
            while True:
                try:
                    res = yield y
                finally:
                    cur[0] = co
                y = co.gen.send(res)
                if y.__class__ is tuple:
                    break
                cur[0] = prev
            co.status = "suspended"
            return (True,) + y
        except StopIteration as e:
            return _returned(co, e.value)
        except Exception as e:
            return _failed(co, e)
        finally:
            cur[0] = prev


def resume_gen(co=_ABSENT, *args):
    """coroutine.resume inside a coroutine: I/O requests travel on up to our own driver."""
    r = resume_in(co, *args)
    if r.__class__ is _PendingResume:
        r = yield from r.rest()
    return r


resume.lua_gen = resume_gen


def lua_yield(*args):
    # raised by the C function itself in lua5.4: no position
    if _current[0] is MAIN:
        raise LuaError("attempt to yield from outside a coroutine")
    raise LuaError("attempt to yield across a C-call boundary")


def yield_gen(*args):
    r = yield args
    if r.__class__ is tuple and len(r) == 1:
        return r[0]
    return r


lua_yield.lua_gen = yield_gen


def run_yield_hook(hook, event):
    """A hook's call or return event of coroutine.yield compiled inline in a generator
    version (stdlib.lhooks): run from this frame, which stands for the C function."""
    hook(event, None)


def create(*args):
    f = args[0] if args else None
    if type_name(f) != "function":
        type_error(1, "create", "function", f, not args)
    return Coroutine(f)


# Set by runtime/lcopas.py: returns the copas thread running now (or None).  Copas threads
# are driven by copas's loop, not by resume, so `_current` does not see them.
outer_thread = None


def status_of(co):
    st = co.status
    if st == "running" and co is not _current[0]:
        return "normal"
    return st


def status(*args):
    co = args[0] if args else None
    if co.__class__ is not Coroutine and hasattr(co, "coroutine_status"):
        return co.coroutine_status()  # a copas thread
    _check_co(co, 1, "status", not args)
    return status_of(co)


def running(*_):
    co = _current[0]
    if co is MAIN and outer_thread is not None:
        th = outer_thread()
        if th is not None:
            return (th, False)
    return (co, co is MAIN)


def isyieldable(*args):
    co = args[0] if args else _current[0]
    if args:
        _check_co(co, 1, "isyieldable")
        if co is not _current[0]:
            return co is not MAIN
    elif co is MAIN and outer_thread is not None:
        return outer_thread() is not None
    if co is MAIN:
        return False
    return _yieldable_here(sys._getframe(1))


_CO_GENERATOR = 0x20


def _yieldable_here(f):
    """Inside a coroutine, code can yield where it runs as a generator version.  Lua
    code running as a plain function there was called by a library function: a C-call
    boundary (a sort comparator, a gsub callback, __tostring under tostring)."""
    start = _start.__code__
    while f is not None:
        code = f.f_code
        if code.co_flags & _CO_GENERATOR or code is start:
            return True
        if code.co_filename in CHUNKS:
            return False
        f = f.f_back
    return False


def wrap(*args):
    f = args[0] if args else None
    if type_name(f) != "function":
        type_error(1, "wrap", "function", f, not args)
    co = Coroutine(f)
    wrapped = _make_wrapped(co)

    def wrapped_gen(*args):
        r = yield from resume_gen(co, *args)
        return _wrap_result(r)

    wrapped.lua_gen = wrapped_gen
    wrapped.py_iter = _WrapFor(co)
    return wrapped


def _make_wrapped(co):
    """The plain function coroutine.wrap returns for co."""

    def wrapped(*args):
        # resume(co, *args) followed by _wrap_result, inlined
        if co.status != "suspended":
            _wrap_raise(_not_suspended(co.status)[1])
        cc = C_CALLS
        n = cc[0]
        if n + 1 >= MAXCCALLS:
            _wrap_raise(_CSTACK_ERROR[1])
        cc[0] = n + 1
        cur = _current
        prev = cur[0]
        co.status = "running"
        cur[0] = co
        err = _NO_ERROR
        try:
            gen = co.gen
            y = gen.send(args) if gen is not None else _start(co, args)
            if y.__class__ is not tuple:
                y = _blocking(co.gen, y)
            co.status = "suspended"
        except StopIteration as e:
            co.status = "dead"
            y = e.value
            if y.__class__ is not tuple:
                return y
        except Exception as e:
            co.status = "dead"
            err = co.error = _lua_error_value(e)
        finally:
            cur[0] = prev
            cc[0] = n
        if err is not _NO_ERROR:
            if co.unclosed:  # auxwrap closes the dead coroutine's variables itself
                err = co.error = close_unclosed(co, 0, err)
            _wrap_raise(err)
        return y[0] if len(y) == 1 else y

    return wrapped


class _WrapFor(StatefulIter):
    """`for ... in coroutine.wrap(f)` in plain code: the loop drives the coroutine itself,
    exactly as calling the wrapped function f(s, c) for every step would."""

    __slots__ = ("co",)

    def __init__(self, co):
        self.co = co

    def for_values(self, s, c, n):
        return _wrap_for(self.co, s, c, n)


def _wrap_for(co, s, c, n):
    """_WrapFor's values: n-tuples (bare values when n == 1)."""
    pad = (None,) * n
    cur = _current
    cc = C_CALLS
    while True:
        if co.status != "suspended":
            _wrap_raise(_not_suspended(co.status)[1])
        depth = cc[0]
        if depth + 1 >= MAXCCALLS:
            _wrap_raise(_CSTACK_ERROR[1])
        cc[0] = depth + 1
        prev = cur[0]
        co.status = "running"
        cur[0] = co
        err = _NO_ERROR
        try:
            gen = co.gen
            y = gen.send((s, c)) if gen is not None else _start(co, (s, c))
            if y.__class__ is not tuple:
                y = _blocking(co.gen, y)
            co.status = "suspended"
        except StopIteration as e:
            co.status = "dead"
            y = e.value
            if y.__class__ is not tuple:
                y = (y,)
        except Exception as e:
            co.status = "dead"
            err = co.error = _lua_error_value(e)
        finally:
            cur[0] = prev
            cc[0] = depth
        if err is not _NO_ERROR:
            if co.unclosed:
                err = co.error = close_unclosed(co, 0, err)
            _wrap_raise(err)
        if not y:
            return
        c = y[0]
        if c is None:
            return
        if n == 1:
            yield c
        elif len(y) == n:
            yield y
        else:
            yield (y + pad)[:n]


def _wrap_result(r):
    if r[0] is True:
        r = r[1:]
        return r[0] if len(r) == 1 else r
    _wrap_raise(r[1])


def _wrap_raise(err):
    if err.__class__ is str:
        # auxwrap: add the position of the caller to string errors
        if HIDDEN_CHUNKS:  # the caller may be compiled (no frame): from the traceback
            raise DeferredLuaError(err, sys._getframe(), 1, False)
        err = where(1) + err
    raise LuaError(err)


def close(*args):
    co = args[0] if args else None
    _check_co(co, 1, "close", not args)
    st = status_of(co)
    if st == "suspended" or st == "dead":
        gen = co.gen
        # the variables are closed on the coroutine's own (now unyieldable) thread, which
        # runs meanwhile (lua_resetthread): closing it again from a __close is an error
        co.status = "running"
        prev = _current[0]
        _current[0] = co
        closing.append(co)
        try:
            if gen is not None and st == "suspended":
                try:
                    gen.close()
                except Exception as e:
                    return (False, _lua_error_value(e))
            err = co.error
            if err is not _NO_ERROR:
                co.error = _NO_ERROR
                if co.unclosed:
                    err = close_unclosed(co, 0, err)
                return (False, err)
            return True
        finally:
            closing.pop()
            co.status = "dead"
            _current[0] = prev
    # luaL_error: the caller's position, if a Lua function
    raise LuaError(lua_where(1, sys._getframe()) + "cannot close a %s coroutine" % st)


def close_unclosed(co, mark, err):
    """Close the to-be-closed values an error left in co (from index mark on), innermost
    first, each __close getting the error; an error in one replaces it.  Returns the error."""
    pend = co.unclosed[mark:]
    del co.unclosed[mark:]
    for v in pend:
        h = getmetamethod(v, "__close")
        if h is None:
            continue
        try:
            call(h, v, err)
        except Exception as e:
            err = _lua_error_value(e)
    return err


def close_unclosed_gen(co, mark, err):
    """close_unclosed for pcall inside a coroutine: __close may yield."""
    pend = co.unclosed[mark:]
    del co.unclosed[mark:]
    for v in pend:
        h = getmetamethod(v, "__close")
        if h is None:
            continue
        try:
            yield from call_gen(h, v, err)
        except Exception as e:
            err = _lua_error_value(e)
    return err


def open_coroutine(G):
    lib = LuaTable()
    for name, fn in (
        ("create", create), ("resume", resume), ("yield", lua_yield), ("status", status),
        ("running", running), ("isyieldable", isyieldable), ("wrap", wrap), ("close", close),
    ):
        lib[name] = fn
    G["coroutine"] = lib
    return lib


# ---------------------------------------------------------------- the compiled accelerator
#
# As heapq takes _heapq's functions: the same names, bound to the compiled versions.
# Converted code gets resume and resume_in through prelude.py, which imports them
# from here after this has run; MAIN is already a compiled Coroutine (see the top).

if _accel is not None:
    _accel.init(globals())
    resume = _accel.resume
    resume.lua_gen = resume_gen
    resume_in = _accel.resume_in
    _make_wrapped = _accel.Wrapped
    _wrap_for = _accel.WrapFor
    # functions that are not Python functions: interop.to_lua still passes them to Lua as functions
    COMPILED_FUNCTION_TYPES = (type(resume), _accel.Wrapped)
else:
    COMPILED_FUNCTION_TYPES = ()

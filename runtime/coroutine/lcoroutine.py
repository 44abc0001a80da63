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
import os
import sys

from .aio import IORequest
from ..core.args import arg_error, type_error
from ..support.cogen import gen_of
from ..core.errors import LuaError, rt_error, where
from ..core.table import LuaTable
from ..support.loops import StatefulIter
from ..core.values import type_name


def _load_accelerator():
    """The compiled _lcoroutine module, or None (LUA2PY_PURE set, not built, or built from
    another version of _lcoroutine.pyx: an in-place build not redone after an edit)."""
    if os.environ.get("LUA2PY_PURE", "") not in ("", "0"):
        return None
    try:
        from . import _lcoroutine
    except ImportError:
        return None
    if getattr(_lcoroutine, "API", None) != _ACCEL_API:
        return None
    return _lcoroutine


_ACCEL_API = 1
_accel = _load_accelerator()
# "compiled" when the accelerator replaces the hot paths below, else "pure"
IMPLEMENTATION = "pure" if _accel is None else "compiled"

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
        return "thread: 0x%014x" % id(self)


if _accel is not None:
    Coroutine = _accel.Coroutine  # noqa: F811 (its compiled twin)

MAIN = Coroutine(None)
MAIN.status = "running"
_current = [MAIN]


def current():
    return _current[0]


_lbase_error_value = None  # lbase.lua_error_value, once looked up (lbase imports this module)


def _lua_error_value(e):
    global _lbase_error_value
    f = _lbase_error_value
    if f is None:
        # an import statement per error would raise and clear AttributeErrors inside the
        # import system, each walking the stack of exception states: one entry per running
        # generator, thousands with deeply nested coroutines
        from ..stdlib.lbase import lua_error_value as f

        _lbase_error_value = f
    return f(e)


def _protected_value(e, f):
    """pcall's error value: a library function it called directly has no position."""
    from ..stdlib.lbase import _protected_error_value

    return _protected_error_value(e, sys._getframe(1), f)


def _check_co(co, n, fname, novalue=False):
    if co.__class__ is not Coroutine:
        type_error(n, fname, "thread", co, novalue)
    return co


def _bad_co(co, fname):
    if co is _ABSENT:
        type_error(1, fname, "thread", None, True)
    type_error(1, fname, "thread", co, False)


def _not_suspended(st):
    if st == "dead":
        return (False, "cannot resume dead coroutine")
    return (False, "cannot resume non-suspended coroutine")


def _start(co, args):
    """Begin a coroutine: returns the first thing it yields, or raises StopIteration."""
    gen = _new_gen(co, args)
    if gen is None:
        # a function that cannot yield (a library function, or Lua code without calls)
        from ..core.ops import call

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


def resume_in(co=_ABSENT, *args):
    """coroutine.resume inside a coroutine, as a plain call: the result tuple, or, when
    an I/O request comes up, a _PendingResume whose rest() (a generator) hands it up
    to our own driver and finishes the resume.  Compiled code calls this directly, so
    a resume that needs no I/O (nearly all) costs no generator."""
    if co.__class__ is not Coroutine:
        _bad_co(co, "resume")
    if co.status != "suspended":
        return _not_suspended(co.status)
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


def create(*args):
    f = args[0] if args else None
    if type_name(f) != "function":
        type_error(1, "create", "function", f, not args)
    return Coroutine(f)


# Set by runtime/lcopas.py: returns the copas thread running now (or None).  Copas threads
# are driven by the asyncio loop, not by resume, so `_current` does not see them.
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
    from ..core.errors import CHUNKS

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
    while True:
        if co.status != "suspended":
            _wrap_raise(_not_suspended(co.status)[1])
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
        err = where(1) + err
    raise LuaError(err)


# the coroutines coroutine.close is unwinding, innermost last (they run meanwhile)
CLOSING = []


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
        CLOSING.append(co)
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
            CLOSING.pop()
            co.status = "dead"
            _current[0] = prev
    from ..stdlib.lbase import lua_where  # luaL_error: the caller's position, if a Lua function

    raise LuaError(lua_where(1, sys._getframe()) + "cannot close a %s coroutine" % st)


def close_unclosed(co, mark, err):
    """Close the to-be-closed values an error left in co (from index mark on), innermost
    first, each __close getting the error; an error in one replaces it.  Returns the error."""
    from ..core.ops import call
    from ..core.values import getmetamethod

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
    from ..support.cogen import call_gen
    from ..core.values import getmetamethod

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
    _install_yieldable_builtins(G)
    return lib


def _install_yieldable_builtins(G):
    """pcall and xpcall let a yield through (they have generator versions)."""
    pcall = dict.get(G, "pcall")
    xpcall = dict.get(G, "xpcall")
    if pcall is not None:
        pcall.lua_gen = pcall_gen
    if xpcall is not None:
        xpcall.lua_gen = xpcall_gen


def pcall_gen(*args):
    if not args:
        arg_error(1, "pcall", "value expected")
    f = args[0]
    g = gen_of(f)
    co = _current[0]
    mark = len(co.unclosed) if co.unclosed else 0
    try:
        if g is None:
            from ..core.ops import call

            r = call(f, *args[1:])
        else:
            r = yield from g(*args[1:])
    except Exception as e:
        v = _protected_value(e, f)
        if co.unclosed and len(co.unclosed) > mark:
            v = yield from close_unclosed_gen(co, mark, v)
        return (False, v)
    if r.__class__ is tuple:
        return (True,) + r
    return (True, r)


def xpcall_gen(*args):
    if len(args) < 2 or type_name(args[1]) != "function":
        type_error(2, "xpcall", "function", args[1] if len(args) > 1 else None, len(args) < 2)
    f, h = args[0], args[1]
    g = gen_of(f)
    co = _current[0]
    mark = len(co.unclosed) if co.unclosed else 0
    try:
        if g is None:
            from ..core.ops import call

            r = call(f, *args[2:])
        else:
            r = yield from g(*args[2:])
    except Exception as e:
        v = _protected_value(e, f)
        from ..core.ops import call

        for _ in range(180):
            try:
                # the message handler runs plainly: lua5.4 calls it from C, so it cannot yield
                hv = call(h, v)
            except Exception as e2:
                v = _lua_error_value(e2)
                continue
            if hv.__class__ is tuple:
                hv = hv[0] if hv else None
            break
        else:
            hv = "error in error handling"
        if co.unclosed and len(co.unclosed) > mark:
            hv = yield from close_unclosed_gen(co, mark, hv)
        return (False, hv)
    if r.__class__ is tuple:
        return (True,) + r
    return (True, r)


# ---------------------------------------------------------------- the compiled accelerator
#
# As heapq takes _heapq's functions: the same names, bound to the compiled versions.
# Converted code gets resume and resume_in through prelude.py, which imports them
# from here after this has run; MAIN is already a compiled Coroutine (see the top).

if _accel is not None:
    _accel.init(globals())
    resume = _accel.resume  # noqa: F811
    resume.lua_gen = resume_gen
    resume_in = _accel.resume_in  # noqa: F811
    _make_wrapped = _accel.Wrapped  # noqa: F811
    _wrap_for = _accel.WrapFor  # noqa: F811
    # functions that are not Python functions: interop.to_lua still passes them to Lua as functions
    COMPILED_FUNCTION_TYPES = (type(resume), _accel.Wrapped)
else:
    COMPILED_FUNCTION_TYPES = ()

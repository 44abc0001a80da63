"""Runtime support for loops, table constructors, returns and to-be-closed variables.

Its frames are part of the Lua operation that runs them (frames.py): a generic for calls
its iterator, and a block end calls __close, from the Lua function itself.
"""
import math
import sys

from ..core.errors import CHUNKS, LuaError, LuaExit, lua_error_value, rt_error
from ..core.frames import transparent_module
from ..core.number import MAXINT, MININT, str2number
from ..core.state import closing, running, unwinding
from ..core.table import LuaTable, rawkey
from ..core.values import call, call_event, getmetamethod, objtypename
from .cogen import call_gen
from .iterators import ipairs_fast, ipairs_iter, next_fn, pairs_fast

transparent_module(__file__)


# ---------------------------------------------------------------- numeric for


def _fornum(v, what):
    c = v.__class__
    if c is int or c is float:
        return v
    if c is str:
        n = str2number(v)
        if n is not None:
            return n
    rt_error("bad 'for' %s (number expected, got %s)" % (what, objtypename(v)))


def _forlimit(lim, step):
    """lvm.c forlimit: the integer limit of an integer loop (None: the loop must not run)."""
    if lim.__class__ is not int:
        lim = _fornum(lim, "limit")
        if lim.__class__ is float:
            if lim != lim:
                # NaN: not "positive, too large" (0 < NaN is false), so forlimit takes it for
                # below the minimum integer: a descending loop runs towards MININT
                return None if step > 0 else MININT
            if step > 0:
                f = math.floor(lim) if not math.isinf(lim) else lim
                if f >= 9.2233720368547758e18:
                    return MAXINT
                if f < -9.2233720368547758e18:
                    return None
            else:
                f = math.ceil(lim) if not math.isinf(lim) else lim
                if f < -9.2233720368547758e18:
                    return MININT
                if f >= 9.2233720368547758e18:
                    return None
            return int(f)
    return lim


def forrange(a, b, c=1):
    """The values of `for v = a, b, c` as an iterable (a range for integer loops)."""
    if a.__class__ is int and c.__class__ is int:
        if c == 0:
            rt_error("'for' step is zero")
        lim = b if b.__class__ is int else _forlimit(b, c)
        if lim is None:
            return ()
        if c > 0:
            return range(a, lim + 1, c)
        return range(a, lim - 1, c)
    lim = _fornum(b, "limit")
    step = _fornum(c, "step")
    init = _fornum(a, "initial value")
    if step == 0:
        rt_error("'for' step is zero")
    return _float_loop(float(init), float(lim), float(step))


def _float_loop(i, lim, step):
    # forprep skips the loop only when `lim < i` (so a NaN limit runs the body once)
    if step > 0:
        if lim < i:
            return
        while True:
            yield i
            i += step
            if not i <= lim:
                return
    else:
        if i < lim:
            return
        while True:
            yield i
            i += step
            if not i >= lim:
                return


# ---------------------------------------------------------------- generic for


def _generic(f, s, c, n):
    pad = (None,) * n
    while True:
        r = f(s, c)
        if r.__class__ is tuple:
            if not r:
                return
            c = r[0]
            if c is None:
                return
            if n == 1:
                yield c
            else:
                yield (r + pad)[:n] if len(r) != n else r
        else:
            if r is None:
                return
            c = r
            if n == 1:
                yield r
            else:
                yield (r,) + pad[1:]


class StatefulIter:
    """A library iterator's `py_iter`: the values a generic for over it gives, made in one
    Python generator (the for over a coroutine.wrap function drives the coroutine itself,
    lcoroutine._WrapFor; the one over gmatch walks the subject, lstring._GmatchFor)."""

    __slots__ = ()

    def for_values(self, s, c, n):
        raise NotImplementedError


def forin(n, f=None, s=None, c=None, closing=None, *_):
    """Prepare `for v1..vn in f, s, c, closing`: returns (iterator of n-tuples (bare values when n == 1), closing)."""
    if closing is not None and closing is not False:
        check_close(closing, "(for state)")
    else:
        closing = None
    if f is next_fn and s.__class__ is LuaTable and c is None:
        return pairs_fast(s, n), closing
    if f is ipairs_iter and s.__class__ is LuaTable and c == 0:
        return ipairs_fast(s, n), closing
    py_iter = getattr(f, "py_iter", None)
    if py_iter is not None:
        return py_iter.for_values(s, c, n), closing
    if not callable(f) or f.__class__ is str or f.__class__ is LuaTable:  # a LuaTable is callable in Python
        if getmetamethod(f, "__call") is None:
            rt_error("attempt to call a %s value (for iterator 'for iterator')" % objtypename(f))
        if f.__class__ is not LuaTable:
            # a string, number ... whose type's metatable has __call
            return _generic(lambda s, c, f=f: call(f, s, c), s, c, n), closing
    return _generic(f, s, c, n), closing


# ---------------------------------------------------------------- generic for inside a coroutine


class GenIter:
    """The state of a generic for whose iterator function may yield."""

    __slots__ = ("f", "s", "c", "n")

    def __init__(self, f, s, c, n):
        self.f, self.s, self.c, self.n = f, s, c, n


END = object()


def for_next(it):
    """Next values of a generic for inside a coroutine: a tuple (or bare value when n == 1), or END."""
    if it.__class__ is not GenIter:
        return next(it, END)
    r = yield from call_gen(it.f, it.s, it.c)
    n = it.n
    if r.__class__ is tuple:
        if not r or r[0] is None:
            return END
        it.c = r[0]
        if n == 1:
            return r[0]
        if len(r) == n:
            return r
        return (r + (None,) * n)[:n]
    if r is None:
        return END
    it.c = r
    if n == 1:
        return r
    return (r,) + (None,) * (n - 1)


def forin_gen(n, f=None, s=None, c=None, closing=None, *_):
    """`for` inside a coroutine: the iterator may yield (a Lua function's generator version)."""
    if (f is next_fn and s.__class__ is LuaTable and c is None) or (f is ipairs_iter and s.__class__ is LuaTable):
        return forin(n, f, s, c, closing)
    it, cl = forin(n, f, s, c, closing)  # for its checks of f and the closing value
    return GenIter(f, s, c, n), cl


# ---------------------------------------------------------------- tables and returns


POS = object()  # marks a positional item in mktable_mixed


def mktable_mixed(items, rest=()):
    """A constructor mixing positional and keyed items, evaluated in source order:
    items is a flat tuple (key or POS, value, ...); rest holds the expanded trailing values.

    Stores happen in lua5.4's order: keyed items at once, positional items in batches of
    50 (LFIELDS_PER_FLUSH) when the field after the 50th begins, and the rest at the end."""
    t = LuaTable()
    pending = []
    na = 0
    nh = 0
    for j in range(0, len(items), 2):
        if len(pending) == 50:
            na = _setlist(t, na, pending)
            pending = []
        k = items[j]
        if k is POS:
            pending.append(items[j + 1])
        else:
            nh += 1
            _ctor_store(t, k, items[j + 1])
    if rest:
        pending.extend(rest)
    na = _setlist(t, na, pending)
    t.lay = na | (nh << 32)  # OP_NEWTABLE's sizes (a multiple-result tail grows the array to fit)
    return t


def _setlist(t, na, values):
    """OP_SETLIST: values go to t[na + 1], t[na + 2], ..."""
    i = na
    for v in values:
        i += 1
        if v is not None:
            dict.__setitem__(t, i, v)
        else:
            dict.pop(t, i, None)
    return i


def _ctor_store(t, k, v):
    """A keyed item of a constructor: Lua's key errors and normalisation."""
    if k is None:
        rt_error("table index is nil")
    if k.__class__ is float:
        if k != k:
            rt_error("table index is NaN")
        if k.is_integer() and -9.2233720368547758e18 <= k < 9.2233720368547758e18:
            k = int(k)
    elif k.__class__ is bool:
        k = rawkey(k)
    if v is None:
        dict.pop(t, k, None)
    else:
        dict.__setitem__(t, k, v)


def mktable(arr, kv=()):
    """Table constructor: kv is a flat tuple (k1, v1, k2, v2, ...) of keyed items, arr the
    positional values (the compiler sends constructors mixing both to mktable_mixed)."""
    t = LuaTable()
    for j in range(0, len(kv), 2):
        _ctor_store(t, kv[j], kv[j + 1])
    na = _setlist(t, 0, arr)
    t.lay = na | ((len(kv) >> 1) << 32)  # OP_NEWTABLE's sizes
    return t


def mktable_kv(d):
    """{name = value, ...} with string keys known at compile time: drop the nils."""
    t = LuaTable(d)
    if None in d.values():
        for k, v in d.items():
            if v is None:
                dict.__delitem__(t, k)
    return t


def adjust(vals, n):
    """Call results (a bare value or a tuple) adjusted to exactly n values."""
    if vals.__class__ is not tuple:
        vals = (vals,)
    k = len(vals)
    if k >= n:
        return vals[:n]
    return vals + (None,) * (n - k)


def ret_multi(vals):
    """`return ...` of a tuple: one value goes back bare."""
    if len(vals) == 1:
        return vals[0]
    return vals


# ---------------------------------------------------------------- to-be-closed variables


def check_close(v, name):
    if v is None or v is False:
        return
    if getmetamethod(v, "__close") is None:
        rt_error("variable '%s' got a non-closable value" % name)


def close_var(v):
    """Close a to-be-closed value on a normal exit."""
    if v is None or v is False:
        return
    h = getmetamethod(v, "__close")
    if h is None:
        rt_error("attempt to call a nil value (metamethod 'close')")
    call_event(h, "__close", v, None)


def close_from(lst, seg):
    """A goto dispatcher's <close> variables: close (innermost first) and drop those
    declared at or after segment seg (a goto back to its label left their scope)."""
    while lst and lst[-1][0] >= seg:
        close_var(lst.pop()[1])


def close_list_error(lst, exc):
    """A goto dispatcher left by an error: close its variables; the exception to raise."""
    while lst:
        exc = close_var_error(lst.pop()[1], exc)
    return exc


def close_var_gen(v):
    """close_var inside a coroutine: __close may yield (5.4)."""
    if v is None or v is False:
        return
    h = getmetamethod(v, "__close")
    if h is None:
        rt_error("attempt to call a nil value (metamethod 'close')")
    yield from call_gen(h, v, None)


def close_var_error_gen(v, exc):
    """close_var_error inside a coroutine: the value is left for pcall or
    coroutine.close to close (lua5.4 does not unwind a coroutine's stack on an
    error); while coroutine.close unwinds a suspended coroutine, closed at once."""
    co = running[0]
    # (the main thread, where copas threads run, is the coroutine without a function)
    if exc.__class__ is LuaExit:
        # os.exit: a coroutine's pending variables are never closed (lua_close closes the main thread's)
        return close_var_error(v, exc) if co.fn is None else exc
    if isinstance(exc, GeneratorExit):
        if closing and closing[-1] is co:
            # coroutine.close unwinding the coroutine: closed at once, plainly
            return close_var_error(v, exc)
        # the collector finalizing a suspended coroutine's generator: lua5.4 never closes
        # the pending variables of a coroutine it collects
        return exc
    if v is None or v is False or co.fn is None or co.status != "running" \
            or (closing and closing[-1] is co):
        # coroutine.close unwinding the coroutine: closed at once, plainly
        return close_var_error(v, exc)
    # an error does not unwind a coroutine: pcall or coroutine.close closes it later
    if co.unclosed is None:
        co.unclosed = []
    co.unclosed.append(v)
    return exc
    yield  # a generator, like the other closing helpers


def _close_at_exit(h, v, exc):
    """os.exit(code, true) closes the main thread's pending variables (lua_close); plain
    os.exit(code) closes nothing.  An error in a __close goes to the next one."""
    if not exc.close or running[0].fn is not None:
        return exc
    try:
        call(h, v, exc.close_error)
    except Exception as e2:
        exc.close_error = lua_error_value(e2)
    return exc


def close_var_error(v, exc):
    """Close a to-be-closed value while an error unwinds; returns the exception to raise
    (a new one when __close itself raises)."""
    if v is None or v is False:
        return exc
    h = getmetamethod(v, "__close")
    if h is None:
        return exc
    if exc.__class__ is LuaExit:
        return _close_at_exit(h, v, exc)
    if isinstance(exc, GeneratorExit):
        err = None  # coroutine.close: pending variables are closed without an error
    else:
        try:
            err = lua_error_value(exc)
        except BaseException:
            return exc
    # the Lua frame being unwound (see state.unwinding)
    f = sys._getframe(1)
    while f is not None and f.f_code.co_filename not in CHUNKS:
        f = f.f_back
    if not (h.__class__ is not LuaTable and callable(h)) and getmetamethod(h, "__call") is None:
        # called by the protected call the error unwound to (C): no position, no name
        return LuaError("attempt to call a %s value" % objtypename(h))
    unwinding.append(f)
    try:
        call(h, v, err)  # (called by the protected call: no name, see above)
    except LuaError as e2:
        return e2
    finally:
        unwinding.pop()
    return exc

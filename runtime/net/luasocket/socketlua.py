"""socket.lua's additions to the socket table: skip, newtry/try, protect, choose, sink and source."""
from ...core import ops
from ...core.args import check_number
from ...core.errors import LuaError
from ...core.frames import runtime_module
from ...core.table import LuaTable
from ...core.values import tostring
from ...support.cogen import gen_of
from .errors import CLOSED

runtime_module(__file__)


def sock_skip(d=None, *rets):
    n = int(check_number(d, 1, "skip"))
    r = rets[n:]
    if len(r) == 1:
        return r[0]
    return tuple(r)


def _try_error(err):
    t = LuaTable()
    dict.__setitem__(t, 1, err)
    raise LuaError(t)


def sock_newtry(finalizer=None, *_):
    def lua_try(*args):
        if not args or args[0] is None or args[0] is False:
            if finalizer is not None:
                ops.call(finalizer)
            _try_error(args[1] if len(args) > 1 else None)
        return args[0] if len(args) == 1 else tuple(args)

    return lua_try


sock_try = sock_newtry()


def _unwrap(e):
    v = e.value
    if v.__class__ is LuaTable:
        return (None, v[1])
    raise e


def sock_protect(f=None, *_):
    def protected(*args):
        try:
            return ops.call(f, *args)
        except LuaError as e:
            return _unwrap(e)

    g = gen_of(f)
    if g is not None:
        def protected_gen(*args):
            try:
                r = yield from g(*args)
                return r
            except LuaError as e:
                return _unwrap(e)

        protected.lua_gen = protected_gen
    return protected


def sock_choose(tbl=None, *_):
    def chooser(name=None, opt1=None, opt2=None, *_):
        if name.__class__ is not str:
            name, opt1, opt2 = "default", name, opt1
        f = tbl[name or "nil"]
        if f is None:
            raise LuaError("unknown key (%s)" % tostring(name))
        return ops.call(f, opt1, opt2)

    return chooser


def _callable_table(fn, getfd, dirty):
    t = LuaTable()
    dict.__setitem__(t, "getfd", lambda *_: getfd())
    dict.__setitem__(t, "dirty", lambda *_: dirty())
    mt = LuaTable()
    dict.__setitem__(mt, "__call", lambda self, *a: fn(*a))
    t.meta = mt
    return t


def _lsend(sock, data):
    return ops.call(ops.index(sock, "send"), sock, data)


def _lrecv(sock, *a):
    return ops.call(ops.index(sock, "receive"), sock, *a)


def _sink_close_when_done(sock=None, *_):
    def fn(chunk=None, err=None, *_):
        if chunk is None:
            ops.call(ops.index(sock, "close"), sock)
            return 1
        return _lsend(sock, chunk)
    return _callable_table(fn, lambda: ops.call(ops.index(sock, "getfd"), sock),
                           lambda: ops.call(ops.index(sock, "dirty"), sock))


def _sink_keep_open(sock=None, *_):
    def fn(chunk=None, err=None, *_):
        if chunk is not None:
            return _lsend(sock, chunk)
        return 1
    return _callable_table(fn, lambda: ops.call(ops.index(sock, "getfd"), sock),
                           lambda: ops.call(ops.index(sock, "dirty"), sock))


def _source_by_length(sock=None, length=None, *_):
    left = [int(length)]

    def fn(*_):
        if left[0] <= 0:
            return None
        size = min(BLOCKSIZE, left[0])
        r = ops.multi(_lrecv(sock, size))
        chunk = r[0] if r else None
        if chunk is None:
            return (None, r[1] if len(r) > 1 else None)
        left[0] -= len(chunk)
        return chunk
    return _callable_table(fn, lambda: ops.call(ops.index(sock, "getfd"), sock),
                           lambda: ops.call(ops.index(sock, "dirty"), sock))


def _source_until_closed(sock=None, *_):
    done = [False]

    def fn(*_):
        if done[0]:
            return None
        r = ops.multi(_lrecv(sock, BLOCKSIZE))
        chunk = r[0] if r else None
        err = r[1] if len(r) > 1 else None
        partial = r[2] if len(r) > 2 else None
        if err is None:
            return chunk
        if err == CLOSED:
            ops.call(ops.index(sock, "close"), sock)
            done[0] = True
            return partial
        return (None, err)
    return _callable_table(fn, lambda: ops.call(ops.index(sock, "getfd"), sock),
                           lambda: ops.call(ops.index(sock, "dirty"), sock))


BLOCKSIZE = 2048

"""How a socket operation runs: its op generator driven blocking (poll) or on the asyncio loop,
and the IORequest types that carry it up through coroutines (see __init__.py)."""
import select as _select
from . import pysocket as _socket
import time
from weakref import ref as _weakref

from ...core.frames import runtime_module
from ...coroutine.aio import IORequest

runtime_module(__file__)

WAIT_READ = "r"
WAIT_WRITE = "w"
RESOLVE = "resolve"

# ---------------------------------------------------------------- drivers

GENERATOR = type((lambda: (yield))())


def _get_running_loop():
    # asyncio (slow to import) only once a loop runs: blocking sockets never need it
    global _get_running_loop
    from asyncio import get_running_loop as f

    _get_running_loop = f
    return f()


def _wait_blocking(kind, fd, timeout):
    if kind == RESOLVE:
        return resolve_now(fd, timeout)
    p = _select.poll()
    p.register(fd, _select.POLLIN if kind == WAIT_READ else _select.POLLOUT)
    if timeout is None:
        ms = -1
    else:
        ms = max(0, int(timeout * 1000 + 0.999))
    while True:
        try:
            return bool(p.poll(ms))
        except InterruptedError:
            continue


def _ready(fut):
    if not fut.done():
        fut.set_result(True)


def _expired(fut):
    if not fut.done():
        fut.set_result(False)


# Readers stay registered with the loop between waits (one per socket): a socket read
# again and again (a line protocol) then costs no epoll_ctl and no asyncio bookkeeping per
# wait.  The callback unregisters itself when it fires with nobody waiting (epoll is level
# triggered), and closing a socket unregisters it (see unwatch).
_WATCHED = {}  # fd -> [loop, weakref to the socket, waiting future or None]
# (weak: a socket the program drops without closing is still collected, closing its fd;
# the entry is then stale and replaced when the fd number comes back)


def _on_readable(fd, w):
    fut = w[2]
    if fut is None:
        del _WATCHED[fd]
        w[0].remove_reader(fd)
        return
    w[2] = None
    if not fut.done():
        fut.set_result(True)


def _drop_stale(fd):
    w = _WATCHED.pop(fd, None)
    if w is not None and not w[0].is_closed():
        w[0].remove_reader(fd)


_WRITERS = {}  # fd -> (loop, socket, future) of a wait for writability

# copas's own loop (net/evloop.py) when it has been loaded: its registrations are dropped too
_evloop_unwatch = None


def unwatch(sock):
    """Drop the loop's reader for sock (before it is closed).  A thread waiting on it is woken
    as if the socket were ready: its operation then fails on the closed socket (Copas hands
    closed sockets to their waiting threads)."""
    try:
        fd = sock.fileno()
    except OSError:
        return
    if _evloop_unwatch is not None:
        _evloop_unwatch(sock, fd)
    w = _WATCHED.get(fd)
    if w is not None and w[1]() is sock:
        del _WATCHED[fd]
        if not w[0].is_closed():
            w[0].remove_reader(fd)
        fut = w[2]
        if fut is not None and not fut.done():
            fut.set_result(True)
    w = _WRITERS.get(fd)
    if w is not None and w[1] is sock:
        del _WRITERS[fd]
        if not w[0].is_closed():
            w[0].remove_writer(fd)
        if not w[2].done():
            w[2].set_result(True)


async def wait_async(kind, sock, timeout):
    """One wait on the running loop: a future set by the socket's reader/writer callback or by
    a call_later timer (cheaper than asyncio.wait_for, which makes a task per wait)."""
    loop = _get_running_loop()
    if kind == RESOLVE:
        try:
            return await loop.getaddrinfo(sock, timeout, type=_socket.SOCK_STREAM)
        except (_socket.gaierror, UnicodeError) as e:
            return e
    fut = loop.create_future()
    if kind == WAIT_READ:
        fd = sock.fileno()
        w = _WATCHED.get(fd)
        if w is None or w[0] is not loop or w[1]() is not sock:
            if w is not None and not w[0].is_closed():
                w[0].remove_reader(fd)  # a stale entry: that fd was closed and reused
            w = _WATCHED[fd] = [loop, _weakref(sock), None]
            loop.add_reader(fd, _on_readable, fd, w)
        w[2] = fut
    else:
        fd = sock.fileno()  # (an int: asyncio formats its key misses with repr())
        w = _WATCHED.get(fd)
        if w is not None and w[1]() is not sock:  # a stale reader on a reused fd
            _drop_stale(fd)
        w = None
        loop.add_writer(fd, _ready, fut)
        _WRITERS[fd] = (loop, sock, fut)
    timer = loop.call_later(timeout, _expired, fut) if timeout is not None else None
    try:
        return await fut
    finally:
        if w is not None:
            if w[2] is fut:
                w[2] = None
        elif _WRITERS.get(fd) is not None and _WRITERS[fd][2] is fut:
            del _WRITERS[fd]
            loop.remove_writer(fd)
        if timer is not None:
            timer.cancel()


def resolve_now(host, port):
    try:
        return _socket.getaddrinfo(host, port, type=_socket.SOCK_STREAM)
    except (_socket.gaierror, UnicodeError) as e:
        return e


def drive_blocking(gen):
    """Run an op generator to its result, answering its waits by blocking."""
    try:
        w = next(gen)
        while True:
            w = gen.send(_wait_blocking(*w))
    except StopIteration as e:
        return e.value


async def drive_async(gen):
    try:
        w = next(gen)
        while True:
            w = gen.send(await wait_async(*w))
    except StopIteration as e:
        return e.value


class IOWait(IORequest):
    """An op generator that has started and must wait: `wait` is what it asked for."""
    __slots__ = ("op", "wait")

    def __init__(self, op, wait):
        self.op = op
        self.wait = wait

    def run_blocking(self):
        op, w = self.op, self.wait
        try:
            while True:
                w = op.send(_wait_blocking(*w))
        except StopIteration as e:
            return e.value

    async def run_async(self):
        op, w = self.op, self.wait
        try:
            while True:
                w = op.send(await wait_async(*w))
        except StopIteration as e:
            return e.value


def op_gen(op):
    """`yield from op_gen(op)`: run an op generator inside a coroutine; only when it has to
    wait does a request go up to the driver."""
    try:
        w = op.send(None)
    except StopIteration as e:
        return e.value
    r = yield IOWait(op, w)
    return r


class OpRequest(IORequest):
    """An IORequest made of an op generator function and its arguments."""
    __slots__ = ("fn", "args")

    def __init__(self, fn, *args):
        self.fn = fn
        self.args = args

    def run_blocking(self):
        return drive_blocking(self.fn(*self.args))

    async def run_async(self):
        return await drive_async(self.fn(*self.args))

    def __repr__(self):
        return "<OpRequest %s>" % self.fn.__name__


def op_function(maker, name):
    """A Lua function from `maker`, which checks the arguments and either finishes at once
    (returning the Lua result) or returns an op generator.  The plain version drives the op
    blocking; the generator version (`lua_gen`) runs it until it has to wait and only then
    yields an IOWait up to the driver, so calls that need no waiting never leave the
    coroutine."""
    def plain(*args):
        r = maker(*args)
        if r.__class__ is GENERATOR:
            return drive_blocking(r)
        return r

    def gen(*args):
        r = maker(*args)
        if r.__class__ is not GENERATOR:
            return r
        try:
            w = r.send(None)
        except StopIteration as e:
            return e.value
        res = yield IOWait(r, w)
        return res

    plain.lua_gen = gen
    plain.__name__ = name
    gen.__name__ = name + "_gen"
    return plain


class SleepRequest(IORequest):
    __slots__ = ("seconds",)

    def __init__(self, seconds):
        self.seconds = seconds

    def run_blocking(self):
        if self.seconds > 0:
            time.sleep(self.seconds)
        return ()

    async def run_async(self):
        import asyncio  # loaded already: a loop is running (asyncio is slow to import)

        await asyncio.sleep(max(self.seconds, 0))
        return ()


def run_gen_blocking(gen):
    """Drive a generator that yields IORequests (e.g. an http request) to its result, blocking."""
    try:
        req = next(gen)
        while True:
            req = gen.send(req.run_blocking())
    except StopIteration as e:
        return e.value


def io_function(request_maker, name=None):
    """A Lua function whose plain version performs request_maker(*args) blocking and whose
    `lua_gen` yields it."""
    def plain(*args):
        return request_maker(*args).run_blocking()

    def gen(*args):
        result = yield request_maker(*args)
        return result

    plain.lua_gen = gen
    plain.__name__ = name or request_maker.__name__
    gen.__name__ = plain.__name__ + "_gen"
    return plain


def gen_function(genfn, name=None):
    """A Lua function from a generator function that yields IORequests: the plain version
    drives it blocking, `lua_gen` is the generator function itself."""
    def plain(*args):
        return run_gen_blocking(genfn(*args))

    plain.lua_gen = genfn
    plain.__name__ = name or genfn.__name__
    return plain

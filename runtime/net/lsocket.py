"""LuaSocket's `socket` module (socket.core plus the Lua part of socket.lua), on Python sockets.

Every blocking operation is an `aio.IORequest` (see runtime/aio.py):

  - the operation itself is written once, as a generator ("op") that does the
    non-blocking system calls and, whenever a call would block, yields a *wait*
    `(WAIT_READ|WAIT_WRITE, fd, seconds_or_None)` (or `(RESOLVE, host, port)`)
    and receives True (ready) / False (timed out) / the addresses back;
  - `run_blocking()` answers the waits with poll(), `run_async()` with the
    asyncio loop (add_reader/add_writer, getaddrinfo), so both give exactly the
    same Lua results, computed by the same code.

Each Lua-visible method has a plain version (runs its request blocking) and a
generator version as its `lua_gen` attribute (`result = yield request`).

The Python sockets are always non-blocking; LuaSocket's timeouts (block / total
modes) are computed here like its timeout.c does.  Values follow
docs/conventions.md: strings are latin-1 str, several results are tuples, and
numbers are floats where LuaSocket uses lua_pushnumber (send counts, 1 from
connect/close/...).
"""
import errno
import os
import select as _select
import socket as _socket
import time
from weakref import ref as _weakref

from ..coroutine.aio import IORequest
from ..support.cogen import gen_of
from ..core.args import arg_error, check_str, check_table, type_error
from ..core.errors import LuaError
from ..core.table import LuaTable
from ..core import ops

VERSION = "LuaSocket 3.0.0"
BUF_SIZE = 8192
STEP_SIZE = 8192

WAIT_READ = "r"
WAIT_WRITE = "w"
RESOLVE = "resolve"

# ---------------------------------------------------------------- drivers

_GENERATOR = type((lambda: (yield))())


def _get_running_loop():
    # asyncio is imported only once a loop runs (every Lua program imports this module)
    global _get_running_loop
    from asyncio import get_running_loop as f

    _get_running_loop = f
    return f()


class _NeverRaised(Exception):
    pass


# TLS exceptions, set by _ssl_module() when TLS is first used (ssl is imported only then)
_WANT_READ = _WANT_WRITE = _TLS_EOF = _NeverRaised
_ssl = None


def _ssl_module():
    global _ssl, _WANT_READ, _WANT_WRITE, _TLS_EOF
    if _ssl is None:
        import ssl

        _WANT_READ, _WANT_WRITE = ssl.SSLWantReadError, ssl.SSLWantWriteError
        _TLS_EOF = (ssl.SSLZeroReturnError, ssl.SSLEOFError)
        _ssl = ssl
    return _ssl


def _wait_blocking(kind, fd, timeout):
    if kind == RESOLVE:
        return _resolve_now(fd, timeout)
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


def unwatch(sock):
    """Drop the loop's reader for sock (before it is closed)."""
    try:
        fd = sock.fileno()
    except OSError:
        return
    w = _WATCHED.get(fd)
    if w is not None and w[1]() is sock:
        del _WATCHED[fd]
        if not w[0].is_closed():
            w[0].remove_reader(fd)


async def _wait_async(kind, sock, timeout):
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
    timer = loop.call_later(timeout, _expired, fut) if timeout is not None else None
    try:
        return await fut
    finally:
        if w is not None:
            if w[2] is fut:
                w[2] = None
        else:
            loop.remove_writer(fd)
        if timer is not None:
            timer.cancel()


def _resolve_now(host, port):
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
            w = gen.send(await _wait_async(*w))
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
                w = op.send(await _wait_async(*w))
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
        if r.__class__ is _GENERATOR:
            return drive_blocking(r)
        return r

    def gen(*args):
        r = maker(*args)
        if r.__class__ is not _GENERATOR:
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
        import asyncio

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
    `lua_gen` yields it.  request_maker may instead return a finished result wrapped in Done."""
    def plain(*args):
        r = request_maker(*args)
        if r.__class__ is Done:
            return r.value
        return r.run_blocking()

    def gen(*args):
        r = request_maker(*args)
        if r.__class__ is Done:
            return r.value
        result = yield r
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


class Done:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


# ---------------------------------------------------------------- errors (LuaSocket's pierror strings)

_ERRNO_MSG = {
    errno.EADDRINUSE: "address already in use",
    errno.EISCONN: "already connected",
    errno.EACCES: "permission denied",
    errno.ECONNREFUSED: "connection refused",
    errno.ECONNABORTED: "closed",
    errno.ECONNRESET: "closed",
    errno.EPIPE: "closed",
    errno.ETIMEDOUT: "timeout",
}

_GAI_MSG = {
    getattr(_socket, "EAI_AGAIN", None): "temporary failure in name resolution",
    getattr(_socket, "EAI_BADFLAGS", None): "invalid value for ai_flags",
    getattr(_socket, "EAI_FAIL", None): "non-recoverable failure in name resolution",
    getattr(_socket, "EAI_FAMILY", None): "ai_family not supported",
    getattr(_socket, "EAI_MEMORY", None): "memory allocation failure",
    getattr(_socket, "EAI_NONAME", None): "host or service not provided, or not known",
    getattr(_socket, "EAI_OVERFLOW", None): "argument buffer overflow",
    getattr(_socket, "EAI_SERVICE", None): "service not supported for socket type",
    getattr(_socket, "EAI_SOCKTYPE", None): "ai_socktype not supported",
    getattr(_socket, "EAI_NODATA", None): "host or service not provided, or not known",
}


def strerror(err):
    if isinstance(err, _socket.gaierror):
        return _GAI_MSG.get(err.errno, err.strerror or str(err))
    if isinstance(err, UnicodeError):
        return "host or service not provided, or not known"
    if isinstance(err, OSError):
        code = err.errno
    else:
        code = err
    m = _ERRNO_MSG.get(code)
    if m is not None:
        return m
    return os.strerror(code) if isinstance(code, int) else str(err)


# ---------------------------------------------------------------- timeouts (timeout.c)

class Timeout:
    __slots__ = ("block", "total", "start")

    def __init__(self):
        self.block = -1.0
        self.total = -1.0
        self.start = 0.0

    def markstart(self):
        self.start = time.monotonic()

    def retry(self):
        """Seconds left to wait, None for no limit."""
        b, t = self.block, self.total
        if b < 0 and t < 0:
            return None
        el = time.monotonic() - self.start
        if b < 0:
            return max(t - el, 0.0)
        if t < 0:
            return max(b - el, 0.0)
        return min(b, max(t - el, 0.0))


# ---------------------------------------------------------------- tcp objects

CLOSED = "closed"
TIMEOUT = "timeout"


class TCP:
    """A LuaSocket tcp object; its class ("tcp{master}", "tcp{client}", "tcp{server}") is its metatable."""
    lua_type = "userdata"
    copas_tm = None  # Copas's own timeouts for this socket (copas.settimeout), see lcopas

    def __init__(self, family=None, sock=None, meta=None):
        self.family = family  # None = not created yet (AF_UNSPEC)
        self.sock = sock
        self.closed = False
        self.lua_meta = meta or MASTER_META
        self.tm = Timeout()
        self.buf = b""
        self.received = 0
        self.sent = 0
        self.birthday = time.monotonic()
        self.tls = None  # (SSLContext, server_hostname): connect then shakes hands (https)
        if sock is not None:
            sock.setblocking(False)

    @property
    def cls(self):
        return dict.get(self.lua_meta, "__name")

    def fileno(self):
        if self.sock is None or self.closed:
            return -1
        return self.sock.fileno()

    def ensure(self, family):
        if self.sock is None:
            s = _socket.socket(family, _socket.SOCK_STREAM)
            s.setblocking(False)
            self.sock = s
            self.family = family
        return self.sock

    def __repr__(self):
        return "%s: %#x" % (self.cls, id(self))


def _tcp_tostring(o, *_):
    return "%s: %#x" % (o.cls, id(o))


def _check(o, n, fname, group):
    """auxiliar_checkclass/checkgroup: group is a class name or "tcp{any}"."""
    if o.__class__ is TCP:
        if group == "tcp{any}" or o.cls == group:
            return o
    arg_error(n, fname, "%s expected" % group)


# --- op generators ---------------------------------------------------------------
#
# Each op does the non-blocking system calls itself and yields a wait only when one
# would block; the makers below first try the call at once (most sends, and receives
# whose data is already buffered or has arrived, finish without any wait).

def _numeric_addr(host, port):
    """getaddrinfo for an IP literal (no lookup, so no trip to the loop's resolver thread);
    None for a name."""
    try:
        return _socket.getaddrinfo(host, port, type=_socket.SOCK_STREAM, flags=_socket.AI_NUMERICHOST)
    except (_socket.gaierror, UnicodeError, TypeError):
        return None


def _op_connect(o, host, port, tls=None):
    o.tm.markstart()
    infos = _numeric_addr(host, port)
    if infos is None:
        infos = yield (RESOLVE, host, port)
    if isinstance(infos, Exception):
        return (None, strerror(infos))
    err = "no info on address"
    for fam, _t, _p, _c, addr in infos:
        if o.family is not None and fam != o.family:
            continue
        s = o.ensure(fam)
        e = s.connect_ex(addr)
        if e in (errno.EINPROGRESS, errno.EALREADY, errno.EWOULDBLOCK):
            t = o.tm.retry()
            if t == 0:
                return (None, TIMEOUT)
            ok = yield (WAIT_WRITE, s, t)
            if not ok:
                return (None, TIMEOUT)
            e = s.getsockopt(_socket.SOL_SOCKET, _socket.SO_ERROR)
        if e == 0 or e == errno.EISCONN:
            o.lua_meta = CLIENT_META
            if tls is not None:
                err = yield from _op_handshake(o, tls)
                if err is not None:
                    return (None, err)
            return 1.0
        err = strerror(e)
    return (None, err)


def _op_handshake(o, tls):
    """Wrap a connected socket in TLS (tls = (SSLContext, server_hostname)) and shake hands;
    returns None or LuaSec-style error text."""
    ssl = _ssl_module()
    ctx, hostname = tls
    try:
        o.sock = ctx.wrap_socket(o.sock, server_hostname=hostname, do_handshake_on_connect=False)
    except (ssl.SSLError, ValueError) as e:
        return _tls_error(e)
    s = o.sock
    while True:
        try:
            s.do_handshake()
            return None
        except ssl.SSLWantReadError:
            kind = WAIT_READ
        except ssl.SSLWantWriteError:
            kind = WAIT_WRITE
        except ssl.SSLCertVerificationError as e:
            return e.verify_message or "certificate verify failed"
        except (ssl.SSLError, OSError) as e:
            return _tls_error(e)
        t = o.tm.retry()
        if t == 0:
            return TIMEOUT
        ok = yield (kind, s, t)
        if not ok:
            return TIMEOUT


def _tls_error(e):
    if isinstance(e, OSError) and not getattr(e, "reason", None) and e.errno:
        return strerror(e)
    return getattr(e, "reason", None) and e.reason.lower().replace("_", " ") or str(e)


def _recv_some(o):
    """buffer_get as an op: (data, err) where data is the buffered bytes (maybe after one recv)."""
    if o.buf:
        return o.buf, None
    if o.closed or o.sock is None:
        return b"", CLOSED
    s = o.sock
    while True:
        try:
            data = s.recv(BUF_SIZE)
        except (BlockingIOError, InterruptedError, _WANT_READ):
            kind = WAIT_READ
        except _WANT_WRITE:
            kind = WAIT_WRITE
        except _TLS_EOF:
            return b"", CLOSED
        except OSError as e:
            return b"", strerror(e)
        else:
            if not data:
                return b"", CLOSED
            o.received += len(data)
            o.buf = data
            return data, None
        t = o.tm.retry()
        if t == 0:
            return b"", TIMEOUT
        ok = yield (kind, s, t)
        if not ok:
            return b"", TIMEOUT


def _fill(o):
    """One non-blocking read into the buffer: None, or the error text ("closed", ...);
    "wait" when nothing is there yet."""
    if o.closed or o.sock is None:
        return CLOSED
    try:
        data = o.sock.recv(BUF_SIZE)
    except (BlockingIOError, InterruptedError, _WANT_READ, _WANT_WRITE):
        return "wait"
    except _TLS_EOF:
        return CLOSED
    except OSError as e:
        return strerror(e)
    if not data:
        return CLOSED
    o.received += len(data)
    o.buf = o.buf + data if o.buf else data
    return None


def _wait_for_data(o):
    """Wait (within the socket's timeout) until a read would not block: None or "timeout"."""
    t = o.tm.retry()
    if t == 0:
        return TIMEOUT
    kind = WAIT_READ
    ok = yield (kind, o.sock, t)
    return None if ok else TIMEOUT


def _line(o, prefix):
    """Try to take a line from the buffer alone: the result, or None."""
    buf = o.buf
    pos = buf.find(b"\n")
    if pos < 0:
        return None
    line = buf[:pos]
    o.buf = buf[pos + 1:]
    if b"\r" in line:
        line = line.replace(b"\r", b"")
    return (prefix + line.decode("latin-1"), None, None)


def _op_receive(o, kind, wanted, prefix, wait_first=False):
    """buffer_meth_receive: kind "l", "a" or "n" (wanted bytes, prefix not counted).  Works on
    o.buf and fills it with non-blocking reads; waits only when a read would block
    (wait_first: the caller has just seen it would)."""
    o.tm.markstart()
    if wait_first:
        err = yield from _wait_for_data(o)
        if err is not None:
            buf = o.buf
            o.buf = b""
            return (None, err, prefix + buf.replace(b"\r", b"").decode("latin-1"))
    while True:
        buf = o.buf
        if kind == "l":
            pos = buf.find(b"\n")
            if pos >= 0:
                line = buf[:pos]
                o.buf = buf[pos + 1:]
                return (prefix + line.replace(b"\r", b"").decode("latin-1"), None, None)
        elif kind == "n" and buf and len(buf) >= wanted:  # (recvraw reads before it counts)
            o.buf = buf[wanted:]
            return (prefix + buf[:wanted].decode("latin-1"), None, None)
        err = _fill(o)
        if err == "wait":
            err = yield from _wait_for_data(o)
            if err is None:
                continue
        if err is not None:
            break
    # an error: LuaSocket hands over what it has read as the partial result
    buf = o.buf
    o.buf = b""
    if kind == "l":
        buf = buf.replace(b"\r", b"")
    elif kind == "a" and err == CLOSED:
        # recvall: "closed" is success when anything at all was read
        if buf:
            return (prefix + buf.decode("latin-1"), None, None)
    return (None, err, prefix + buf.decode("latin-1"))


def _op_send(o, data, start, sent):
    """buffer_meth_send, continued after `sent` bytes went out at once."""
    o.tm.markstart()
    s = o.sock
    n = len(data)
    err = None
    while sent < n:
        try:
            k = s.send(data[sent:])
        except (BlockingIOError, InterruptedError, _WANT_WRITE):
            kind = WAIT_WRITE
        except _WANT_READ:
            kind = WAIT_READ
        except OSError as e:
            err = strerror(e)
            break
        else:
            sent += k
            o.sent += k
            continue
        t = o.tm.retry()
        if t == 0:
            err = TIMEOUT
            break
        ok = yield (kind, s, t)
        if not ok:
            err = TIMEOUT
            break
    if err is not None:
        return (None, err, float(sent + start - 1))
    return (float(sent + start - 1), None, None)


def _op_accept(o):
    o.tm.markstart()
    s = o.sock
    if s is None or o.closed:
        return (None, CLOSED)
    while True:
        try:
            c, _addr = s.accept()
        except (BlockingIOError, InterruptedError):
            t = o.tm.retry()
            if t == 0:
                return (None, TIMEOUT)
            ok = yield (WAIT_READ, s, t)
            if not ok:
                return (None, TIMEOUT)
            continue
        except OSError as e:
            return (None, strerror(e))
        return TCP(o.family, c, CLIENT_META)


# --- methods --------------------------------------------------------------------

def _mk_connect(o=None, address=None, port=None, *_):
    _check(o, 1, "connect", "tcp{master}")
    address = check_str(address, 2, "connect")
    port = _port_arg(port, 3, "connect")
    return _op_connect(o, address, port, o.tls)


def _port_arg(port, n, fname):
    if port.__class__ is int:
        return port
    if port.__class__ is float and port.is_integer():
        return int(port)
    if port.__class__ is str:
        return port
    if port is None:
        arg_error(n, fname, "string expected, got nil")
    return str(port)


def _mk_receive(o=None, pattern=None, prefix=None, *_):
    if o.__class__ is not TCP or o.lua_meta is not CLIENT_META:
        _check(o, 1, "receive", "tcp{client}")
    if prefix is None:
        prefix = ""
    elif prefix.__class__ is not str:
        if prefix.__class__ in (int, float):
            prefix = ops.tostring(prefix)
        else:
            check_str(prefix, 3, "receive")
    if pattern is None or pattern == "*l":
        # the common case at once: a line already buffered, or arriving with one read
        kind, n = "l", 0
        r = _line(o, prefix) if o.buf else None
        if r is not None:
            return r
        err = _fill(o)
        if err is None:
            r = _line(o, prefix)
            if r is not None:
                return r
        elif err == "wait":
            return _op_receive(o, kind, n, prefix, True)
        else:
            return _op_receive(o, kind, n, prefix)
    else:
        kind, n = _receive_pattern(pattern)
        if kind == "n" and prefix:
            # the prefix counts towards the size; a prefix that long reads nothing
            if n <= len(prefix):
                return (prefix, None, None)
            n -= len(prefix)
    return _op_receive(o, kind, n, prefix)


def _receive_pattern(pattern):
    n = None
    if pattern.__class__ in (int, float):
        n = pattern
    elif pattern.__class__ is str:
        from ..core.number import str2number

        n = str2number(pattern)
    if n is None:
        p = pattern
        if p.__class__ is not str:
            check_str(p, 2, "receive")
        if p.startswith("*"):
            p = p[1:]
        if p[:1] == "l":
            return "l", 0
        if p[:1] == "a":
            return "a", 0
        arg_error(2, "receive", "invalid receive pattern")
    if n < 0:
        arg_error(2, "receive", "invalid receive pattern")
    return "n", int(n)


def _mk_send(o=None, data=None, i=None, j=None, *_):
    if o.__class__ is not TCP or o.lua_meta is not CLIENT_META:
        _check(o, 1, "send", "tcp{client}")
    if data.__class__ is not str:
        if data.__class__ in (int, float):
            data = ops.tostring(data)
        data = check_str(data, 2, "send")
    start = 1
    if i is None and j is None:
        payload = data.encode("latin-1")
    else:
        size = len(data)
        start = 1 if i is None else int(_num(i, 3, "send"))
        end = -1 if j is None else int(_num(j, 4, "send"))
        if start < 0:
            start = size + start + 1
        if end < 0:
            end = size + end + 1
        if start < 1:
            start = 1
        if end > size:
            end = size
        payload = data[start - 1:end].encode("latin-1") if start <= end else b""
    if o.closed or o.sock is None:
        return (None, CLOSED, float(start - 1))
    # the first attempt right here: usually everything goes out at once
    try:
        k = o.sock.send(payload) if payload else 0
    except (BlockingIOError, InterruptedError, _WANT_WRITE, _WANT_READ):
        k = 0
    except OSError as e:
        return (None, strerror(e), float(start - 1))
    o.sent += k
    if k == len(payload):
        return (float(k + start - 1), None, None)
    return _op_send(o, payload, start, k)


def _num(v, n, fname):
    if v.__class__ is int or v.__class__ is float:
        return v
    from ..core.number import str2number

    if v.__class__ is str:
        x = str2number(v)
        if x is not None:
            return x
    from ..core.args import type_error

    type_error(n, fname, "number", v)


def _mk_accept(o=None, *_):
    _check(o, 1, "accept", "tcp{server}")
    return _op_accept(o)


tcp_connect = op_function(_mk_connect, "connect")
tcp_receive = op_function(_mk_receive, "receive")
tcp_send = op_function(_mk_send, "send")
tcp_accept = op_function(_mk_accept, "accept")


def tcp_bind(o=None, address=None, port=None, *_):
    _check(o, 1, "bind", "tcp{master}")
    address = check_str(address, 2, "bind")
    port = _port_arg(port, 3, "bind")
    if address == "*":
        address = "0.0.0.0"
    infos = _resolve_now(address, port)
    if isinstance(infos, Exception):
        return (None, strerror(infos))
    err = "no info on address"
    for fam, _t, _p, _c, addr in infos:
        if o.family is not None and fam != o.family:
            continue
        s = o.ensure(fam)
        try:
            s.bind(addr)
            return 1.0
        except OSError as e:
            err = strerror(e)
    return (None, err)


def tcp_listen(o=None, backlog=None, *_):
    _check(o, 1, "listen", "tcp{master}")
    backlog = 32 if backlog is None else int(_num(backlog, 2, "listen"))
    s = o.ensure(_socket.AF_INET)
    try:
        s.listen(backlog)
    except OSError as e:
        return (None, strerror(e))
    o.lua_meta = SERVER_META
    return 1.0


def tcp_close(o=None, *_):
    _check(o, 1, "close", "tcp{any}")
    if o.sock is not None and not o.closed:
        unwatch(o.sock)
        try:
            o.sock.close()
        except OSError:
            pass
    o.closed = True
    # LuaSocket keeps the buffer: a receive after close still returns what was buffered
    return 1.0


def tcp_shutdown(o=None, how=None, *_):
    _check(o, 1, "shutdown", "tcp{client}")
    how = "both" if how is None else check_str(how, 2, "shutdown")
    modes = {"receive": _socket.SHUT_RD, "send": _socket.SHUT_WR, "both": _socket.SHUT_RDWR}
    if how not in modes:
        arg_error(2, "shutdown", "invalid option '%s'" % how)
    if o.sock is not None and not o.closed:
        try:
            o.sock.shutdown(modes[how])
        except OSError:
            pass
    return 1.0


def tcp_settimeout(o=None, value=None, mode=None, *_):
    _check(o, 1, "settimeout", "tcp{any}")
    t = -1.0 if value is None else float(_num(value, 2, "settimeout"))
    mode = "b" if mode is None else check_str(mode, 3, "settimeout")
    if mode[:1] == "b":
        o.tm.block = t
    elif mode[:1] in ("t", "r"):
        o.tm.total = t
    else:
        arg_error(3, "settimeout", "invalid timeout mode")
    return 1.0


def tcp_gettimeout(o=None, *_):
    _check(o, 1, "gettimeout", "tcp{any}")
    return (o.tm.block, o.tm.total)


def tcp_dirty(o=None, *_):
    _check(o, 1, "dirty", "tcp{any}")
    return bool(o.buf)


def tcp_getfd(o=None, *_):
    _check(o, 1, "getfd", "tcp{any}")
    return float(o.fileno())


def tcp_setfd(o=None, fd=None, *_):
    _check(o, 1, "setfd", "tcp{any}")
    return ()


def tcp_getfamily(o=None, *_):
    _check(o, 1, "getfamily", "tcp{any}")
    # tcp.c: anything but inet6 is reported as "inet4" (getsockname says "inet")
    return "inet6" if o.family == _socket.AF_INET6 else "inet4"


def _bad_fd():
    return (None, os.strerror(errno.EBADF))


def _sockname(o):
    """getsockname of a TCP or UDP object: LuaSocket gives the port as a string."""
    if o.sock is None or o.closed:
        return _bad_fd()
    try:
        a = o.sock.getsockname()
    except OSError as e:
        return (None, strerror(e))
    return (a[0], str(a[1]), "inet6" if o.family == _socket.AF_INET6 else "inet")


def _peername(o):
    """getpeername of a TCP or UDP object: the port is a number here."""
    if o.sock is None or o.closed:
        return _bad_fd()
    try:
        a = o.sock.getpeername()
    except OSError as e:
        return (None, os.strerror(e.errno) if e.errno else str(e))
    return (a[0], int(a[1]), "inet6" if o.family == _socket.AF_INET6 else "inet")


def tcp_getsockname(o=None, *_):
    _check(o, 1, "getsockname", "tcp{any}")
    return _sockname(o)


def tcp_getpeername(o=None, *_):
    _check(o, 1, "getpeername", "tcp{any}")
    return _peername(o)


def tcp_getstats(o=None, *_):
    _check(o, 1, "getstats", "tcp{any}")
    # LuaSocket counts the bytes handed to the program, not those still buffered
    return (float(o.received - len(o.buf)), float(o.sent), time.monotonic() - o.birthday)


def tcp_setstats(o=None, received=None, sent=None, age=None, *_):
    _check(o, 1, "setstats", "tcp{any}")
    if received is not None:
        o.received = int(_num(received, 2, "setstats")) + len(o.buf)
    if sent is not None:
        o.sent = int(_num(sent, 3, "setstats"))
    if age is not None:
        o.birthday = time.monotonic() - float(_num(age, 4, "setstats"))
    return 1.0


_BOOL_OPTS = {
    "keepalive": (_socket.SOL_SOCKET, _socket.SO_KEEPALIVE),
    "reuseaddr": (_socket.SOL_SOCKET, _socket.SO_REUSEADDR),
    "reuseport": (_socket.SOL_SOCKET, getattr(_socket, "SO_REUSEPORT", _socket.SO_REUSEADDR)),
    "tcp-nodelay": (_socket.IPPROTO_TCP, _socket.TCP_NODELAY),
    "ipv6-v6only": (_socket.IPPROTO_IPV6, getattr(_socket, "IPV6_V6ONLY", 26)),
}
_INT_OPTS = {
    "tcp-keepidle": (_socket.IPPROTO_TCP, getattr(_socket, "TCP_KEEPIDLE", 4)),
    "tcp-keepcnt": (_socket.IPPROTO_TCP, getattr(_socket, "TCP_KEEPCNT", 6)),
    "tcp-keepintvl": (_socket.IPPROTO_TCP, getattr(_socket, "TCP_KEEPINTVL", 5)),
    "recv-buffer-size": (_socket.SOL_SOCKET, _socket.SO_RCVBUF),
    "send-buffer-size": (_socket.SOL_SOCKET, _socket.SO_SNDBUF),
}


def _apply_option(s, name, val):
    if name in _BOOL_OPTS:
        lvl, opt = _BOOL_OPTS[name]
        s.setsockopt(lvl, opt, 1 if val else 0)
    elif name in _INT_OPTS:
        lvl, opt = _INT_OPTS[name]
        s.setsockopt(lvl, opt, int(val))
    elif name == "linger":
        import struct

        on = bool(val[0]) if isinstance(val, tuple) else False
        secs = int(val[1]) if isinstance(val, tuple) else 0
        s.setsockopt(_socket.SOL_SOCKET, _socket.SO_LINGER, struct.pack("ii", on, secs))


def tcp_setoption(o=None, name=None, *rest):
    _check(o, 1, "setoption", "tcp{any}")
    name = check_str(name, 2, "setoption", not rest and name is None)
    val = rest[0] if rest else None
    # options.c: the option's argument type is checked before the descriptor is used
    if name == "linger":
        if val.__class__ is not LuaTable:
            type_error(3, "setoption", "table", val, not rest)
        on = val["on"]
        if on.__class__ is not bool:
            arg_error(3, "setoption", "boolean 'on' field expected")
        val = (on, int(_num(val["timeout"], 3, "setoption")))
    elif name in _INT_OPTS:
        val = _num(val, 3, "setoption")
    elif name in _BOOL_OPTS:
        if val.__class__ is not bool:
            type_error(3, "setoption", "boolean", val, not rest)
    else:
        arg_error(2, "setoption", "unsupported option `%s'" % name)
    if o.sock is None or o.closed:
        return (None, "setsockopt failed")
    try:
        _apply_option(o.sock, name, val)
    except OSError:
        return (None, "setsockopt failed")
    return 1.0


def tcp_getoption(o=None, name=None, *rest):
    _check(o, 1, "getoption", "tcp{any}")
    name = check_str(name, 2, "getoption", not rest and name is None)
    if name not in _BOOL_OPTS and name not in _INT_OPTS and name != "linger":
        arg_error(2, "getoption", "unsupported option `%s'" % name)
    if o.sock is None or o.closed:
        return (None, "getsockopt failed")
    try:
        if name in _BOOL_OPTS:
            lvl, opt = _BOOL_OPTS[name]
            return o.sock.getsockopt(lvl, opt) != 0
        if name in _INT_OPTS:
            lvl, opt = _INT_OPTS[name]
            return o.sock.getsockopt(lvl, opt)
        import struct

        on, secs = struct.unpack("ii", o.sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_LINGER, 8))
        t = LuaTable()
        dict.__setitem__(t, "on", bool(on))
        dict.__setitem__(t, "timeout", secs)
        return t
    except OSError:
        return (None, "getsockopt failed")


_METHODS = {
    "accept": tcp_accept, "bind": tcp_bind, "close": tcp_close, "connect": tcp_connect,
    "dirty": tcp_dirty, "getfamily": tcp_getfamily, "getfd": tcp_getfd, "getoption": tcp_getoption,
    "getpeername": tcp_getpeername, "getsockname": tcp_getsockname, "getstats": tcp_getstats,
    "gettimeout": tcp_gettimeout, "listen": tcp_listen, "receive": tcp_receive, "send": tcp_send,
    "setfd": tcp_setfd, "setoption": tcp_setoption, "setpeername": tcp_connect,
    "setsockname": tcp_bind, "setstats": tcp_setstats, "settimeout": tcp_settimeout,
    "shutdown": tcp_shutdown,
}


def _make_meta(cls):
    idx = LuaTable()
    for k, v in _METHODS.items():
        dict.__setitem__(idx, k, v)
    dict.__setitem__(idx, "class", cls)
    mt = LuaTable()
    dict.__setitem__(mt, "__index", idx)
    dict.__setitem__(mt, "__name", cls)
    dict.__setitem__(mt, "__tostring", _tcp_tostring)
    return mt


MASTER_META = _make_meta("tcp{master}")
CLIENT_META = _make_meta("tcp{client}")
SERVER_META = _make_meta("tcp{server}")


# ---------------------------------------------------------------- module functions

def sock_tcp(*_):
    return TCP()


def sock_tcp4(*_):
    t = TCP()
    t.ensure(_socket.AF_INET)
    return t


def sock_tcp6(*_):
    t = TCP()
    t.ensure(_socket.AF_INET6)
    return t


def _op_global_connect(address, port, locaddr, locport, family):
    o = TCP(family)
    if locaddr is not None:
        r = tcp_bind(o, locaddr, locport if locport is not None else 0)
        if r.__class__ is tuple:
            tcp_close(o)
            return r
    r = yield from _op_connect(o, address, port)
    if r.__class__ is tuple:
        tcp_close(o)
        return r
    return o


def _mk_global_connect(address=None, port=None, locaddr=None, locport=None, family=None, *_):
    address = check_str(address, 1, "connect")
    port = _port_arg(port, 2, "connect")
    fam = None
    if family == "inet":
        fam = _socket.AF_INET
    elif family == "inet6":
        fam = _socket.AF_INET6
    return _op_global_connect(address, port, locaddr, locport, fam)


def _mk_connect4(address=None, port=None, locaddr=None, locport=None, *_):
    return _mk_global_connect(address, port, locaddr, locport, "inet")


def _mk_connect6(address=None, port=None, locaddr=None, locport=None, *_):
    return _mk_global_connect(address, port, locaddr, locport, "inet6")


sock_connect = op_function(_mk_global_connect, "connect")
sock_connect4 = op_function(_mk_connect4, "connect4")
sock_connect6 = op_function(_mk_connect6, "connect6")


def sock_bind(host=None, port=None, backlog=None, *_):
    host = check_str(host, 1, "bind")
    if host == "*":
        host = "0.0.0.0"
    infos = _resolve_now(host, _port_arg(port, 2, "bind"))
    if isinstance(infos, Exception):
        return (None, "host not found")
    err = "no info on address"
    for fam, _t, _p, _c, addr in infos:
        o = TCP()
        o.ensure(fam)
        tcp_setoption(o, "reuseaddr", True)
        r = tcp_bind(o, addr[0], port)
        if r.__class__ is tuple:
            tcp_close(o)
            err = r[1]
            continue
        r = tcp_listen(o, backlog)
        if r.__class__ is tuple:
            tcp_close(o)
            err = r[1]
            continue
        return o
    return (None, err)


def sock_gettime(*_):
    return time.time()


def _mk_sleep(n=None, *_):
    n = float(_num(n, 1, "sleep"))
    return SleepRequest(n)


sock_sleep = io_function(_mk_sleep, "sleep")


# --- udp ------------------------------------------------------------------------

UDP_DATAGRAMSIZE = 8192


class UDP:
    """A LuaSocket udp object ("udp{unconnected}" / "udp{connected}"); like tcp objects the
    descriptor is made on first use (sendto, setsockname, setpeername)."""
    lua_type = "userdata"

    def __init__(self, family=None):
        self.family = family
        self.sock = None
        self.closed = False
        self.lua_meta = UDP_UNCONNECTED
        self.tm = Timeout()
        if family is not None:
            self.ensure(family)

    @property
    def cls(self):
        return dict.get(self.lua_meta, "__name")

    def fileno(self):
        if self.sock is None or self.closed:
            return -1
        return self.sock.fileno()

    def ensure(self, family):
        if self.sock is None:
            s = _socket.socket(family, _socket.SOCK_DGRAM)
            s.setblocking(False)
            self.sock = s
            self.family = family
        return self.sock


def _check_udp(o, n, fname, group):
    if o.__class__ is UDP and (group == "udp{any}" or o.cls == group):
        return o
    arg_error(n, fname, "%s expected" % group)


def _udp_addr(host, port, numeric):
    try:
        return _socket.getaddrinfo(host, port, type=_socket.SOCK_DGRAM,
                                   flags=_socket.AI_NUMERICHOST if numeric else 0)
    except (_socket.gaierror, UnicodeError) as e:
        return e


def _op_udp_wait(o, kind):
    """Wait for the socket within its timeout: None or "timeout"."""
    o.tm.markstart()
    t = o.tm.retry()
    if t == 0:
        return TIMEOUT
    ok = yield (kind, o.sock, t)
    return None if ok else TIMEOUT


def _op_udp_send(o, data, addr):
    while True:
        try:
            n = o.sock.sendto(data, addr) if addr is not None else o.sock.send(data)
            return float(n)
        except (BlockingIOError, InterruptedError):
            err = yield from _op_udp_wait(o, WAIT_WRITE)
            if err is not None:
                return (None, err)
        except OSError as e:
            return (None, strerror(e))


def _op_udp_recv(o, size, want_from):
    if o.closed or o.sock is None:
        return (None, CLOSED) if o.closed else (None, "refused")
    while True:
        try:
            data, addr = o.sock.recvfrom(size)
        except (BlockingIOError, InterruptedError):
            err = yield from _op_udp_wait(o, WAIT_READ)
            if err is not None:
                return (None, err)
            continue
        except OSError as e:
            return (None, strerror(e))
        d = data.decode("latin-1")
        if want_from:
            return (d, addr[0], addr[1])
        return d


def _udp_data(data, fname):
    if data.__class__ in (int, float):
        data = ops.tostring(data)
    return check_str(data, 2, fname).encode("latin-1")


def _mk_udp_sendto(o=None, data=None, ip=None, port=None, *_):
    _check_udp(o, 1, "sendto", "udp{unconnected}")
    data = _udp_data(data, "sendto")
    ip = check_str(ip, 3, "sendto")
    port = _port_arg(port, 4, "sendto")
    infos = _udp_addr(ip, port, True)
    if isinstance(infos, Exception):
        return (None, strerror(infos))
    fam, _t, _p, _c, addr = infos[0]
    if o.closed:
        return (None, CLOSED)
    o.ensure(fam)
    return _op_udp_send(o, data, addr)


def _mk_udp_send(o=None, data=None, *_):
    _check_udp(o, 1, "send", "udp{connected}")
    data = _udp_data(data, "send")
    if o.closed or o.sock is None:
        return (None, CLOSED)
    return _op_udp_send(o, data, None)


def _udp_size(size, fname):
    if size is None:
        return UDP_DATAGRAMSIZE
    n = int(_num(size, 2, fname))
    return n if n > 0 else UDP_DATAGRAMSIZE


def _mk_udp_receive(o=None, size=None, *_):
    _check_udp(o, 1, "receive", "udp{any}")
    return _op_udp_recv(o, _udp_size(size, "receive"), False)


def _mk_udp_receivefrom(o=None, size=None, *_):
    _check_udp(o, 1, "receivefrom", "udp{unconnected}")
    return _op_udp_recv(o, _udp_size(size, "receivefrom"), True)


udp_sendto = op_function(_mk_udp_sendto, "sendto")
udp_send = op_function(_mk_udp_send, "send")
udp_receive = op_function(_mk_udp_receive, "receive")
udp_receivefrom = op_function(_mk_udp_receivefrom, "receivefrom")


def udp_setpeername(o=None, address=None, port=None, *_):
    _check_udp(o, 1, "setpeername", "udp{any}")
    address = check_str(address, 2, "setpeername")
    if address == "*":
        # disconnect (connect to AF_UNSPEC)
        if o.sock is not None and not o.closed:
            import ctypes
            import struct

            libc = ctypes.CDLL(None, use_errno=True)
            sa = struct.pack("H14s", _socket.AF_UNSPEC, b"")
            libc.connect(o.sock.fileno(), sa, len(sa))
        o.lua_meta = UDP_UNCONNECTED
        return 1.0
    port = _port_arg(port, 3, "setpeername")
    infos = _udp_addr(address, port, False)
    if isinstance(infos, Exception):
        return (None, strerror(infos))
    err = "no info on address"
    for fam, _t, _p, _c, addr in infos:
        if o.family is not None and fam != o.family:
            continue
        s = o.ensure(fam)
        try:
            s.connect(addr)
        except OSError as e:
            err = strerror(e)
            continue
        o.lua_meta = UDP_CONNECTED
        return 1.0
    return (None, err)


def udp_setsockname(o=None, address=None, port=None, *_):
    _check_udp(o, 1, "setsockname", "udp{unconnected}")
    address = check_str(address, 2, "setsockname")
    port = _port_arg(port, 3, "setsockname")
    if address == "*":
        address = "0.0.0.0"
    infos = _udp_addr(address, port, False)
    if isinstance(infos, Exception):
        return (None, strerror(infos))
    err = "no info on address"
    for fam, _t, _p, _c, addr in infos:
        if o.family is not None and fam != o.family:
            continue
        s = o.ensure(fam)
        try:
            s.bind(addr)
            return 1.0
        except OSError as e:
            err = strerror(e)
    return (None, err)


def udp_getsockname(o=None, *_):
    _check_udp(o, 1, "getsockname", "udp{any}")
    return _sockname(o)


def udp_getpeername(o=None, *_):
    _check_udp(o, 1, "getpeername", "udp{connected}")
    return _peername(o)


def udp_settimeout(o=None, value=None, mode=None, *_):
    _check_udp(o, 1, "settimeout", "udp{any}")
    t = -1.0 if value is None else float(_num(value, 2, "settimeout"))
    mode = "b" if mode is None else check_str(mode, 3, "settimeout")
    if mode[:1] == "b":
        o.tm.block = t
    elif mode[:1] in ("t", "r"):
        o.tm.total = t
    else:
        arg_error(3, "settimeout", "invalid timeout mode")
    return 1.0


def udp_gettimeout(o=None, *_):
    _check_udp(o, 1, "gettimeout", "udp{any}")
    return (o.tm.block, o.tm.total)


def udp_close(o=None, *_):
    _check_udp(o, 1, "close", "udp{any}")
    if o.sock is not None and not o.closed:
        unwatch(o.sock)
        try:
            o.sock.close()
        except OSError:
            pass
    o.closed = True
    return 1.0


def udp_getfd(o=None, *_):
    _check_udp(o, 1, "getfd", "udp{any}")
    return float(o.fileno())


def udp_dirty(o=None, *_):
    _check_udp(o, 1, "dirty", "udp{any}")
    return False


def udp_getfamily(o=None, *_):
    _check_udp(o, 1, "getfamily", "udp{any}")
    return "inet6" if o.family == _socket.AF_INET6 else "inet4"


_UDP_BOOL_OPTS = {
    "broadcast": (_socket.SOL_SOCKET, _socket.SO_BROADCAST),
    "dontroute": (_socket.SOL_SOCKET, _socket.SO_DONTROUTE),
    "reuseaddr": (_socket.SOL_SOCKET, _socket.SO_REUSEADDR),
    "reuseport": (_socket.SOL_SOCKET, getattr(_socket, "SO_REUSEPORT", _socket.SO_REUSEADDR)),
    "ip-multicast-loop": (_socket.IPPROTO_IP, _socket.IP_MULTICAST_LOOP),
}
_UDP_INT_OPTS = {
    "ip-multicast-ttl": (_socket.IPPROTO_IP, _socket.IP_MULTICAST_TTL),
    "recv-buffer-size": (_socket.SOL_SOCKET, _socket.SO_RCVBUF),
    "send-buffer-size": (_socket.SOL_SOCKET, _socket.SO_SNDBUF),
}


def udp_setoption(o=None, name=None, *rest):
    _check_udp(o, 1, "setoption", "udp{any}")
    name = check_str(name, 2, "setoption", not rest and name is None)
    val = rest[0] if rest else None
    if name in _UDP_BOOL_OPTS:
        if val.__class__ is not bool:
            type_error(3, "setoption", "boolean", val, not rest)
        lvl, opt = _UDP_BOOL_OPTS[name]
        val = 1 if val else 0
    elif name in _UDP_INT_OPTS:
        lvl, opt = _UDP_INT_OPTS[name]
        val = int(_num(val, 3, "setoption"))
    else:
        arg_error(2, "setoption", "unsupported option `%s'" % name)
    if o.sock is None or o.closed:
        return (None, "setsockopt failed")
    try:
        o.sock.setsockopt(lvl, opt, val)
    except OSError:
        return (None, "setsockopt failed")
    return 1.0


def udp_getoption(o=None, name=None, *rest):
    _check_udp(o, 1, "getoption", "udp{any}")
    name = check_str(name, 2, "getoption", not rest and name is None)
    if name not in _UDP_BOOL_OPTS and name not in _UDP_INT_OPTS:
        arg_error(2, "getoption", "unsupported option `%s'" % name)
    if o.sock is None or o.closed:
        return (None, "getsockopt failed")
    try:
        if name in _UDP_BOOL_OPTS:
            lvl, opt = _UDP_BOOL_OPTS[name]
            return o.sock.getsockopt(lvl, opt) != 0
        lvl, opt = _UDP_INT_OPTS[name]
        return o.sock.getsockopt(lvl, opt)
    except OSError:
        return (None, "getsockopt failed")


def _udp_tostring(o, *_):
    return "%s: %#x" % (o.cls, id(o))


_UDP_METHODS = {
    "close": udp_close, "dirty": udp_dirty, "getfamily": udp_getfamily, "getfd": udp_getfd,
    "getoption": udp_getoption, "getpeername": udp_getpeername, "getsockname": udp_getsockname,
    "gettimeout": udp_gettimeout, "receive": udp_receive, "receivefrom": udp_receivefrom,
    "send": udp_send, "sendto": udp_sendto, "setfd": tcp_setfd, "setoption": udp_setoption,
    "setpeername": udp_setpeername, "setsockname": udp_setsockname, "settimeout": udp_settimeout,
}


def _make_udp_meta(cls):
    idx = LuaTable()
    for k, v in _UDP_METHODS.items():
        dict.__setitem__(idx, k, v)
    dict.__setitem__(idx, "class", cls)
    mt = LuaTable()
    dict.__setitem__(mt, "__index", idx)
    dict.__setitem__(mt, "__name", cls)
    dict.__setitem__(mt, "__tostring", _udp_tostring)
    return mt


UDP_UNCONNECTED = _make_udp_meta("udp{unconnected}")
UDP_CONNECTED = _make_udp_meta("udp{connected}")


def sock_udp(*_):
    return UDP()


def sock_udp4(*_):
    return UDP(_socket.AF_INET)


def sock_udp6(*_):
    return UDP(_socket.AF_INET6)


# --- select ---------------------------------------------------------------------

def _getfd(s):
    if s.__class__ is TCP:
        return s.fileno(), bool(s.buf)
    if s.__class__ is UDP:
        return s.fileno(), False
    if s.__class__ is LuaTable or hasattr(s, "lua_meta"):
        f = ops.index(s, "getfd")
        if f is None:
            return -1, False
        fd = ops.first(ops.call(f, s))
        d = ops.index(s, "dirty")
        dirty = bool(ops.first(ops.call(d, s))) if d is not None else False
        if fd.__class__ in (int, float):
            return int(fd), dirty
    return -1, False


def _collect(t):
    out = []
    if t is None:
        return out
    check_table(t, 1, "select")
    i = 1
    while True:
        s = dict.get(t, i)
        if s is None:
            break
        fd, dirty = _getfd(s)
        if fd >= 0:
            out.append((s, fd, dirty))
        i += 1
    return out


def _op_select(rs, ws, timeout):
    dirty = [s for s, _fd, d in rs if d]
    start = time.monotonic()
    rready, wready = [], []
    while True:
        t = 0.0 if dirty else (None if timeout is None else max(timeout - (time.monotonic() - start), 0.0))
        res = yield ("select", [fd for _s, fd, _d in rs], [fd for _s, fd, _d in ws], t)
        rfds, wfds = res
        rready = [s for s, fd, d in rs if fd in rfds or d]
        wready = [s for s, fd, d in ws if fd in wfds]
        break
    r = LuaTable()
    w = LuaTable()
    for t, lst in ((r, rready), (w, wready)):
        for i, s in enumerate(lst):
            dict.__setitem__(t, i + 1, s)
            dict.__setitem__(t, s, float(i + 1))
    if not rready and not wready:
        return (r, w, TIMEOUT)
    return (r, w)


class SelectRequest(OpRequest):
    __slots__ = ()

    def run_blocking(self):
        g = self.fn(*self.args)
        try:
            w = next(g)
            while True:
                _k, rfds, wfds, t = w
                while True:
                    try:
                        r, wr, _x = _select.select(rfds, wfds, [], t)
                        break
                    except InterruptedError:
                        continue
                w = g.send((set(r), set(wr)))
        except StopIteration as e:
            return e.value

    async def run_async(self):
        import asyncio

        g = self.fn(*self.args)
        loop = asyncio.get_running_loop()
        try:
            w = next(g)
            while True:
                _k, rfds, wfds, t = w
                r, wr = set(), set()
                fut = loop.create_future()

                def mark(s, fd):
                    s.add(fd)
                    if not fut.done():
                        fut.set_result(None)

                for fd in rfds:
                    loop.add_reader(fd, mark, r, fd)
                for fd in wfds:
                    loop.add_writer(fd, mark, wr, fd)
                try:
                    if t is None:
                        await fut
                    else:
                        try:
                            await asyncio.wait_for(fut, t)
                        except asyncio.TimeoutError:
                            pass
                finally:
                    for fd in rfds:
                        loop.remove_reader(fd)
                    for fd in wfds:
                        loop.remove_writer(fd)
                w = g.send((r, wr))
        except StopIteration as e:
            return e.value


def _mk_select(recvt=None, sendt=None, timeout=None, *_):
    rs = _collect(recvt)
    ws = _collect(sendt)
    t = None
    if timeout is not None:
        t = float(_num(timeout, 3, "select"))
        if t < 0:
            t = None
    return SelectRequest(_op_select, rs, ws, t)


sock_select = io_function(_mk_select, "select")


# --- dns ------------------------------------------------------------------------

def _resolved(name, addrs, aliases=()):
    t = LuaTable()
    dict.__setitem__(t, "name", name)
    dict.__setitem__(t, "alias", LuaTable.from_list(list(aliases)))
    dict.__setitem__(t, "ip", LuaTable.from_list(list(addrs)))
    return t


def dns_toip(address=None, *_):
    address = check_str(address, 1, "toip")
    try:
        if _is_ip(address):
            name, aliases, addrs = _socket.gethostbyaddr(address)
        else:
            name, aliases, addrs = _socket.gethostbyname_ex(address)
    except (OSError, UnicodeError):
        return (None, "host not found")
    return (addrs[0], _resolved(name, addrs, aliases))


def _is_ip(a):
    try:
        _socket.inet_aton(a)
        return True
    except OSError:
        return False


def dns_tohostname(address=None, *_):
    address = check_str(address, 1, "tohostname")
    try:
        name, aliases, addrs = _socket.gethostbyaddr(address)
    except (OSError, UnicodeError):
        try:
            name, aliases, addrs = _socket.gethostbyname_ex(address)
        except (OSError, UnicodeError):
            return (None, "host not found")
    return (name, _resolved(name, addrs, aliases))


def dns_gethostname(*_):
    return _socket.gethostname()


def dns_getaddrinfo(host=None, *_):
    host = check_str(host, 1, "getaddrinfo")
    try:
        infos = _socket.getaddrinfo(host, None, type=_socket.SOCK_STREAM)
    except (OSError, UnicodeError) as e:
        return (None, strerror(e) if isinstance(e, _socket.gaierror) else "host not found")
    out = []
    for fam, _t, _p, _c, addr in infos:
        e = LuaTable()
        dict.__setitem__(e, "family", "inet6" if fam == _socket.AF_INET6 else "inet")
        dict.__setitem__(e, "addr", addr[0])
        out.append(e)
    return LuaTable.from_list(out)


def dns_getnameinfo(host=None, port=None, *_):
    try:
        if host is not None:
            name = _socket.gethostbyaddr(host)[0]
        else:
            name = None
        serv = _socket.getservbyport(int(port)) if port is not None else None
    except (OSError, ValueError):
        return (None, "host not found")
    t = LuaTable.from_list([name]) if name else LuaTable()
    return (t, serv)


# --- socket.lua: try / protect / skip / choose / sinks / sources --------------------

def sock_skip(d=None, *rets):
    n = int(_num(d, 1, "skip"))
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
            raise LuaError("unknown key (%s)" % ops.tostring(name))
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


def open_socket_core():
    """The socket table (socket.core + socket.lua additions), without registering it anywhere."""
    S = LuaTable()
    funcs = {
        "tcp": sock_tcp, "tcp4": sock_tcp4, "tcp6": sock_tcp6,
        "udp": sock_udp, "udp4": sock_udp4, "udp6": sock_udp6,
        "connect": sock_connect, "connect4": sock_connect4, "connect6": sock_connect6,
        "bind": sock_bind, "gettime": sock_gettime, "sleep": sock_sleep, "select": sock_select,
        "skip": sock_skip, "newtry": sock_newtry, "try": sock_try, "protect": sock_protect,
        "choose": sock_choose,
    }
    for k, v in funcs.items():
        dict.__setitem__(S, k, v)
    dns = LuaTable()
    for k, v in (("toip", dns_toip), ("tohostname", dns_tohostname), ("gethostname", dns_gethostname),
                 ("getaddrinfo", dns_getaddrinfo), ("getnameinfo", dns_getnameinfo)):
        dict.__setitem__(dns, k, v)
    dict.__setitem__(S, "dns", dns)
    dict.__setitem__(S, "_VERSION", VERSION)
    dict.__setitem__(S, "_SETSIZE", 1024)
    dict.__setitem__(S, "_SOCKETINVALID", -1)
    dict.__setitem__(S, "_DATAGRAMSIZE", 8192)
    dict.__setitem__(S, "BLOCKSIZE", BLOCKSIZE)

    sinkt = LuaTable()
    dict.__setitem__(sinkt, "close-when-done", _sink_close_when_done)
    dict.__setitem__(sinkt, "keep-open", _sink_keep_open)
    dict.__setitem__(sinkt, "default", _sink_keep_open)
    sourcet = LuaTable()
    dict.__setitem__(sourcet, "by-length", _source_by_length)
    dict.__setitem__(sourcet, "until-closed", _source_until_closed)
    dict.__setitem__(sourcet, "default", _source_until_closed)
    dict.__setitem__(S, "sinkt", sinkt)
    dict.__setitem__(S, "sourcet", sourcet)
    dict.__setitem__(S, "sink", sock_choose(sinkt))
    dict.__setitem__(S, "source", sock_choose(sourcet))
    return S


# ---------------------------------------------------------------- registration

# module name -> (python module, opener) for the LuaSocket family of modules
PRELOADS = [
    ("socket.core", "lsocket", "open_socket_core_mod"),
    ("socket", "lsocket", "open_socket_mod"),
    ("socket.url", "lurl", "open_url_mod"),
    ("ltn12", "lltn12", "open_ltn12_mod"),
    ("socket.http", "lhttp", "open_http_mod"),
    ("copas", "lcopas", "open_copas_mod"),
    ("copas.http", "lcopas", "open_copas_http_mod"),
    ("copas.lock", "lcopas", "open_copas_lock_mod"),
    ("copas.semaphore", "lcopas", "open_copas_semaphore_mod"),
    ("copas.queue", "lcopas", "open_copas_queue_mod"),
    ("copas.timer", "lcopas", "open_copas_timer_mod"),
]

_CORE = {}


def open_socket_core_mod(G):
    # one socket.core table per state
    key = id(G)
    t = _CORE.get(key)
    if t is None or t[0] is not G:
        t = (G, open_socket_core())
        _CORE[key] = t
    return t[1]


def open_socket_mod(G):
    S = open_socket_core_mod(G)
    return S


def _loaded(G):
    package = dict.get(G, "package")
    return dict.get(package, "loaded") if package is not None else None


def require_in(G, name):
    """The module `name` of state G, loading it as require would."""
    loaded = _loaded(G)
    if loaded is not None:
        v = dict.get(loaded, name)
        if v is not None:
            return v
    req = dict.get(G, "require")
    if req is not None:
        return ops.first(ops.call(req, name))
    return _load(G, name)


def _load(G, name):
    import importlib

    for mname, pymod, opener in PRELOADS:
        if mname == name:
            mod = importlib.import_module(__package__ + "." + pymod)
            return getattr(mod, opener)(G)
    raise LuaError("module '%s' not found" % name)


def open_socket_preload(G):
    """Register every LuaSocket/Copas module in package.preload of state G (so that
    `require "socket"` etc. work).  Returns None (it creates no global)."""
    package = dict.get(G, "package")
    if package is None:
        return None
    preload = dict.get(package, "preload")
    for name, _pymod, _opener in PRELOADS:
        def loader(*_a, _name=name):
            return _load(G, _name)
        dict.__setitem__(preload, name, loader)
    return None

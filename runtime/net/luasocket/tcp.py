"""tcp.c (with buffer.c, and options.c's tcp options): LuaSocket's tcp objects, socket.tcp,
socket.connect and socket.bind."""
import errno
from . import pysocket as _socket
import time

from ...core.args import arg_error, check_number, check_str, type_error
from ...core.frames import runtime_module
from ...core.number import str2number
from ...core.table import LuaTable
from ...core.values import tostring
from .drivers import RESOLVE, WAIT_READ, WAIT_WRITE, op_function, resolve_now, unwatch
from .errors import CLOSED, TIMEOUT, strerror
from .inet import InetSocket, peername, port_arg, sock_tostring, sockname
from .timeout import Timeout, gettimeout, settimeout

runtime_module(__file__)

BUF_SIZE = 8192

class _NeverRaised(Exception):
    pass


# TLS exceptions, set by ssl_module() when TLS is first used (ssl is imported only then)
_WANT_READ = _WANT_WRITE = _TLS_EOF = _NeverRaised
_ssl = None


def ssl_module():
    global _ssl, _WANT_READ, _WANT_WRITE, _TLS_EOF
    if _ssl is None:
        import ssl

        _WANT_READ, _WANT_WRITE = ssl.SSLWantReadError, ssl.SSLWantWriteError
        _TLS_EOF = (ssl.SSLZeroReturnError, ssl.SSLEOFError)
        _ssl = ssl
    return _ssl

class TCP(InetSocket):
    """A LuaSocket tcp object; its class ("tcp{master}", "tcp{client}", "tcp{server}") is its metatable."""
    SOCK_TYPE = _socket.SOCK_STREAM
    tls_done = False  # copas.dohandshake has made it a TLS socket
    sni_name = None  # the name a wrapped socket's sni() set for its handshake

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

_LITERALS = {}  # (host, port) -> the answer for an IPv4 literal (a client connects to few)


def _numeric_addr(host, port):
    """getaddrinfo for an IP literal (no lookup, so no trip to the loop's resolver thread);
    None for a name."""
    key = None
    if host.__class__ is str and (port.__class__ is int or port.__class__ is str):
        key = (host, port)  # (as given: a URL's port is a string)
        infos = _LITERALS.get(key)
        if infos is not None:
            return infos
    if port.__class__ is str and port.isdigit() and port.isascii():
        port = int(port)  # (a service given by its number)
    if port.__class__ is int and 0 <= port <= 65535 and host.__class__ is str:
        # a dotted-quad IPv4 address (inet_pton accepts exactly those): getaddrinfo's one answer,
        # without its system call
        try:
            _socket.inet_pton(_socket.AF_INET, host)
        except OSError:
            pass
        else:
            infos = ((_socket.AF_INET, _socket.SOCK_STREAM, _socket.IPPROTO_TCP, "", (host, port)),)
            if len(_LITERALS) < 64 and key is not None:
                _LITERALS[key] = infos
            return infos
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
            if o.closed:  # closed by another thread meanwhile
                return (None, CLOSED)
            if not ok:
                return (None, TIMEOUT)
            e = s.getsockopt(_socket.SOL_SOCKET, _socket.SO_ERROR)
        if e == 0 or e == errno.EISCONN:
            o.lua_meta = CLIENT_META
            if tls is not None:
                err = yield from op_handshake(o, tls)
                if err is not None:
                    return (None, err)
            return 1.0
        err = strerror(e)
    return (None, err)


def op_handshake(o, tls, server=False):
    """Wrap a connected socket in TLS (tls = (SSLContext, server_hostname)) and shake hands
    (as the server when `server`); returns None or LuaSec-style error text."""
    ssl = ssl_module()
    ctx, hostname = tls
    try:
        o.sock = ctx.wrap_socket(o.sock, server_side=server, server_hostname=None if server else hostname,
                                 do_handshake_on_connect=False)
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


def op_recv_some(o):
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
        if o.closed:
            return b"", CLOSED
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
    if o.closed:
        return CLOSED
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
        if o.closed:
            err = CLOSED
            break
        if not ok:
            err = TIMEOUT
            break
    if err is not None:
        return (None, err, float(sent + start - 1))
    return (float(sent + start - 1), None, None)


def op_accept(o):
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
            if o.closed:
                return (None, CLOSED)
            if not ok:
                return (None, TIMEOUT)
            continue
        except OSError as e:
            return (None, strerror(e))
        return TCP(o.family, c, CLIENT_META)


# --- methods --------------------------------------------------------------------

def mk_connect(o=None, address=None, port=None, *_):
    _check(o, 1, "connect", "tcp{master}")
    address = check_str(address, 2, "connect")
    port = port_arg(port, 3, "connect")
    return _op_connect(o, address, port, o.tls)


def mk_receive(o=None, pattern=None, prefix=None, *_):
    if o.__class__ is not TCP or o.lua_meta is not CLIENT_META:
        _check(o, 1, "receive", "tcp{client}")
    if prefix is None:
        prefix = ""
    elif prefix.__class__ is not str:
        if prefix.__class__ in (int, float):
            prefix = tostring(prefix)
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
        n = str2number(pattern)
    if n is None:
        p = pattern
        if p.__class__ is not str:
            check_str(p, 2, "receive")
        # buffer.c (LuaSocket 3.1): "*l" and "*a" (only their first two characters count);
        # "l" and "a" without the star are invalid there
        if p[:2] == "*l":
            return "l", 0
        if p[:2] == "*a":
            return "a", 0
        arg_error(2, "receive", "invalid receive pattern")
    if n < 0:
        arg_error(2, "receive", "invalid receive pattern")
    return "n", int(n)


def mk_send(o=None, data=None, i=None, j=None, *_):
    if o.__class__ is not TCP or o.lua_meta is not CLIENT_META:
        _check(o, 1, "send", "tcp{client}")
    if data.__class__ is not str:
        if data.__class__ in (int, float):
            data = tostring(data)
        data = check_str(data, 2, "send")
    start = 1
    if i is None and j is None:
        payload = data.encode("latin-1")
    else:
        size = len(data)
        start = 1 if i is None else int(check_number(i, 3, "send"))
        end = -1 if j is None else int(check_number(j, 4, "send"))
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


def _mk_accept(o=None, *_):
    _check(o, 1, "accept", "tcp{server}")
    return op_accept(o)


tcp_connect = op_function(mk_connect, "connect")
tcp_receive = op_function(mk_receive, "receive")
tcp_send = op_function(mk_send, "send")
tcp_accept = op_function(_mk_accept, "accept")


def tcp_bind(o=None, address=None, port=None, *_):
    _check(o, 1, "bind", "tcp{master}")
    address = check_str(address, 2, "bind")
    port = port_arg(port, 3, "bind")
    if address == "*":
        address = "0.0.0.0"
    infos = resolve_now(address, port)
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
    backlog = 32 if backlog is None else int(check_number(backlog, 2, "listen"))
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
    return settimeout(o, value, mode)


def tcp_gettimeout(o=None, *_):
    _check(o, 1, "gettimeout", "tcp{any}")
    return gettimeout(o)


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


def tcp_getsockname(o=None, *_):
    _check(o, 1, "getsockname", "tcp{any}")
    return sockname(o)


def tcp_getpeername(o=None, *_):
    _check(o, 1, "getpeername", "tcp{any}")
    return peername(o)


def tcp_getstats(o=None, *_):
    _check(o, 1, "getstats", "tcp{any}")
    # LuaSocket counts the bytes handed to the program, not those still buffered
    return (float(o.received - len(o.buf)), float(o.sent), time.monotonic() - o.birthday)


def tcp_setstats(o=None, received=None, sent=None, age=None, *_):
    _check(o, 1, "setstats", "tcp{any}")
    if received is not None:
        o.received = int(check_number(received, 2, "setstats")) + len(o.buf)
    if sent is not None:
        o.sent = int(check_number(sent, 3, "setstats"))
    if age is not None:
        o.birthday = time.monotonic() - float(check_number(age, 4, "setstats"))
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
        on = bool(val[0]) if isinstance(val, tuple) else False
        secs = int(val[1]) if isinstance(val, tuple) else 0
        import struct  # (only for linger: 1 M instructions of start-up otherwise)

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
        val = (on, int(check_number(val["timeout"], 3, "setoption")))
    elif name in _INT_OPTS:
        val = check_number(val, 3, "setoption")
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
    dict.__setitem__(mt, "__tostring", sock_tostring)
    return mt


MASTER_META = _make_meta("tcp{master}")
CLIENT_META = _make_meta("tcp{client}")
SERVER_META = _make_meta("tcp{server}")


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
    port = port_arg(port, 2, "connect")
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
    infos = resolve_now(host, port_arg(port, 2, "bind"))
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

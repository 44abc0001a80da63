"""udp.c: LuaSocket's udp objects and socket.udp."""
from . import pysocket as _socket

from ...core.args import arg_error, check_number, check_str, type_error
from ...core.frames import runtime_module
from ...core.table import LuaTable
from ...core.values import tostring
from .drivers import WAIT_READ, WAIT_WRITE, op_function, unwatch
from .errors import TIMEOUT, strerror
from .inet import InetSocket, peername, port_arg, sock_tostring, sockname
from .tcp import tcp_setfd
from .timeout import Timeout, gettimeout, settimeout

runtime_module(__file__)

UDP_DATAGRAMSIZE = 8192


class UDP(InetSocket):
    """A LuaSocket udp object ("udp{unconnected}" / "udp{connected}"); like tcp objects the
    descriptor is made on first use (sendto, setsockname, setpeername)."""
    SOCK_TYPE = _socket.SOCK_DGRAM

    def __init__(self, family=None):
        self.family = family
        self.sock = None
        self.closed = False
        self.lua_meta = UDP_UNCONNECTED
        self.tm = Timeout()
        if family is not None:
            self.ensure(family)


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


def _closed_recv(want_from):
    """udp.c on a closed socket: recv's "closed" counts as an empty datagram; recvfrom then
    fails to name the (unset) sender address."""
    return (None, "ai_family not supported") if want_from else ""


def _op_udp_recv(o, size, want_from):
    if o.closed:
        return _closed_recv(want_from)
    if o.sock is None:
        return (None, "refused")
    while True:
        if o.closed:  # closed by another thread while this one waited
            return _closed_recv(want_from)
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
        data = tostring(data)
    return check_str(data, 2, fname).encode("latin-1")


def mk_udp_sendto(o=None, data=None, ip=None, port=None, *_):
    _check_udp(o, 1, "sendto", "udp{unconnected}")
    data = _udp_data(data, "sendto")
    ip = check_str(ip, 3, "sendto")
    port = port_arg(port, 4, "sendto")
    infos = _udp_addr(ip, port, True)
    if isinstance(infos, Exception):
        return (None, strerror(infos))
    fam, _t, _p, _c, addr = infos[0]
    if o.closed:
        return (None, "refused")  # (udp.c's name for a "closed" error)
    o.ensure(fam)
    return _op_udp_send(o, data, addr)


def mk_udp_send(o=None, data=None, *_):
    _check_udp(o, 1, "send", "udp{connected}")
    data = _udp_data(data, "send")
    if o.closed or o.sock is None:
        return (None, "refused")
    return _op_udp_send(o, data, None)


def _udp_size(size, fname):
    if size is None:
        return UDP_DATAGRAMSIZE
    n = int(check_number(size, 2, fname))
    return n if n > 0 else UDP_DATAGRAMSIZE


def mk_udp_receive(o=None, size=None, *_):
    _check_udp(o, 1, "receive", "udp{any}")
    return _op_udp_recv(o, _udp_size(size, "receive"), False)


def mk_udp_receivefrom(o=None, size=None, *_):
    _check_udp(o, 1, "receivefrom", "udp{unconnected}")
    return _op_udp_recv(o, _udp_size(size, "receivefrom"), True)


udp_sendto = op_function(mk_udp_sendto, "sendto")
udp_send = op_function(mk_udp_send, "send")
udp_receive = op_function(mk_udp_receive, "receive")
udp_receivefrom = op_function(mk_udp_receivefrom, "receivefrom")


def udp_setpeername(o=None, address=None, port=None, *_):
    _check_udp(o, 1, "setpeername", "udp{any}")
    address = check_str(address, 2, "setpeername")
    if address == "*":
        # disconnect (connect to AF_UNSPEC)
        if o.sock is not None and not o.closed:
            import ctypes  # only here (slow to import): Python's socket cannot connect to AF_UNSPEC
            import struct

            libc = ctypes.CDLL(None, use_errno=True)
            sa = struct.pack("H14s", _socket.AF_UNSPEC, b"")
            libc.connect(o.sock.fileno(), sa, len(sa))
        o.lua_meta = UDP_UNCONNECTED
        return 1.0
    port = port_arg(port, 3, "setpeername")
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
    port = port_arg(port, 3, "setsockname")
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
    return sockname(o)


def udp_getpeername(o=None, *_):
    _check_udp(o, 1, "getpeername", "udp{connected}")
    return peername(o)


def udp_settimeout(o=None, value=None, mode=None, *_):
    _check_udp(o, 1, "settimeout", "udp{any}")
    return settimeout(o, value, mode)


def udp_gettimeout(o=None, *_):
    _check_udp(o, 1, "gettimeout", "udp{any}")
    return gettimeout(o)


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
        val = int(check_number(val, 3, "setoption"))
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
    dict.__setitem__(mt, "__tostring", sock_tostring)
    return mt


UDP_UNCONNECTED = _make_udp_meta("udp{unconnected}")
UDP_CONNECTED = _make_udp_meta("udp{connected}")


def sock_udp(*_):
    return UDP()


def sock_udp4(*_):
    return UDP(_socket.AF_INET)


def sock_udp6(*_):
    return UDP(_socket.AF_INET6)

"""inet.c: socket.dns, port arguments, and the getsockname / getpeername of tcp and udp objects."""
import errno
import os
from . import pysocket as _socket

from ...core.args import arg_error, check_str
from ...core.frames import runtime_module
from ...core.table import LuaTable
from .errors import strerror

runtime_module(__file__)

_NONBLOCK = getattr(_socket, "SOCK_NONBLOCK", 0)


class InetSocket:
    """What LuaSocket's tcp and udp objects share: the descriptor, made non-blocking on first
    use with the family the address asks for (SOCK_TYPE: stream or datagram); the class name
    ("tcp{client}", "udp{unconnected}" ...) is the metatable's __name."""
    lua_type = "userdata"
    SOCK_TYPE = None
    copas_tm = None  # Copas's own timeouts for this socket (copas.settimeout), see lcopas

    @property
    def cls(self):
        return dict.get(self.lua_meta, "__name")

    def fileno(self):
        if self.sock is None or self.closed:
            return -1
        return self.sock.fileno()

    def ensure(self, family):
        if self.sock is None:
            if _NONBLOCK:  # (made non-blocking by socket() itself: no ioctl)
                s = _socket.socket(family, self.SOCK_TYPE | _NONBLOCK)
            else:
                s = _socket.socket(family, self.SOCK_TYPE)
                s.setblocking(False)
            self.sock = s
            self.family = family
        return self.sock

    def __repr__(self):
        return "%s: %#x" % (self.cls, id(self))


def sock_tostring(o, *_):
    """__tostring of tcp and udp objects."""
    return "%s: %#x" % (o.cls, id(o))


def port_arg(port, n, fname):
    if port.__class__ is int:
        return port
    if port.__class__ is float and port.is_integer():
        return int(port)
    if port.__class__ is str:
        return port
    if port is None:
        arg_error(n, fname, "string expected, got nil")
    return str(port)

def bad_fd():
    return (None, os.strerror(errno.EBADF))


def sockname(o):
    """getsockname of a TCP or UDP object: LuaSocket gives the port as a string."""
    if o.sock is None or o.closed:
        return bad_fd()
    try:
        a = o.sock.getsockname()
    except OSError as e:
        return (None, strerror(e))
    return (a[0], str(a[1]), "inet6" if o.family == _socket.AF_INET6 else "inet")


def peername(o):
    """getpeername of a TCP or UDP object: the port is a number here."""
    if o.sock is None or o.closed:
        return bad_fd()
    try:
        a = o.sock.getpeername()
    except OSError as e:
        return (None, os.strerror(e.errno) if e.errno else str(e))
    return (a[0], int(a[1]), "inet6" if o.family == _socket.AF_INET6 else "inet")

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

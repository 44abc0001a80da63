"""luasocket.c: the socket table (socket.core plus socket.lua's additions), one per state."""
from ...core.frames import runtime_module
from ...core.table import LuaTable
from .inet import (
    dns_getaddrinfo,
    dns_gethostname,
    dns_getnameinfo,
    dns_tohostname,
    dns_toip,
)
from .select import sock_select
from .socketlua import (
    BLOCKSIZE,
    _sink_close_when_done,
    _sink_keep_open,
    _source_by_length,
    _source_until_closed,
    sock_choose,
    sock_newtry,
    sock_protect,
    sock_skip,
    sock_try,
)
from .tcp import (
    sock_bind,
    sock_connect,
    sock_connect4,
    sock_connect6,
    sock_tcp,
    sock_tcp4,
    sock_tcp6,
)
from .timeout import sock_gettime, sock_sleep
from .udp import sock_udp, sock_udp4, sock_udp6

runtime_module(__file__)

VERSION = "LuaSocket 3.0.0"


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

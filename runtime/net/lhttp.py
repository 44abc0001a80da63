"""socket.http (LuaSocket's HTTP client), following LuaSocket's http.lua: its defaults,
header rules, redirect rules and return conventions, the request as sendrequestline /
sendheaders / sendbody write it, and the response as receivestatusline / receiveheaders /
receivebody read it (through LuaSocket's body sources and ltn12.pump.all).

The whole request is one generator (`request_gen`) that yields IORequests for
every socket operation: the plain `request` drives it blocking, and its
`lua_gen` attribute is the generator itself, so inside a coroutine driven by
the copas/asyncio scheduler the same code runs without blocking other threads.
"""
from ..core import ops
from ..core.errors import LuaError
from ..core.table import LuaTable, iter_pairs
from ..core.values import tostring, truthy, type_name
from ..support.cogen import gen_of
from ..support.loops import adjust
from . import lurl
from .luasocket.drivers import op_gen, run_gen_blocking
from .luasocket.errors import CLOSED
from .luasocket.luasocket import VERSION, open_socket_core_mod
from .luasocket.socketlua import BLOCKSIZE
from .luasocket.tcp import TCP, op_recv_some, ssl_module, tcp_settimeout

from ..core.frames import runtime_module

runtime_module(__file__)

SCHEMES = {"http": 80, "https": 443}
_FUNCTION = (lambda: None).__class__  # a Python function's type
# socket.headers' canonic names (sent so by sendheaders; other names go out as given)
_CANONIC = {n.lower(): n for n in (
    "Accept Accept-Charset Accept-Encoding Accept-Language Accept-Ranges Action Age Allow "
    "Alternate-Recipient Arrival-Date Authorization Bcc Cache-Control Cc Comments Connection "
    "Content-Description Content-Disposition Content-Encoding Content-ID Content-Language "
    "Content-Length Content-Location Content-MD5 Content-Range Content-Transfer-Encoding "
    "Content-Type Cookie DSN-Gateway Date Diagnostic-Code ETag Expect Expires Final-Log-ID "
    "Final-Recipient From Host If-Match If-Modified-Since If-None-Match If-Range "
    "If-Unmodified-Since In-Reply-To Keywords Last-Attempt-Date Last-Modified Location "
    "MIME-Version Max-Forwards Message-ID Original-Envelope-ID Original-Recipient Pragma "
    "Proxy-Authenticate Proxy-Authorization Range Received Received-From-MTA References "
    "Referer Remote-MTA Reply-To Reporting-MTA Resent-Bcc Resent-Cc Resent-Date Resent-From "
    "Resent-Message-ID Resent-Reply-To Resent-Sender Resent-To Retry-After Return-Path "
    "SMTP-Remote-Recipient Sender Server Status Subject TE To Trailer Transfer-Encoding "
    "Upgrade User-Agent Vary Via WWW-Authenticate Warning Will-Retry-Until X-Mailer").split()}
RECV_SIZE = 8192


class _Try(Exception):
    """socket.try's failure: the request ends with nil, msg."""

    def __init__(self, msg):
        self.msg = msg


def _method(obj, name):
    """obj[name] for a method call: one of our sockets' methods straight from its class's
    method table (where ops.index would find it), anything else through ops.index."""
    if obj.__class__ is TCP:
        h = dict.get(obj.lua_meta, "__index")
        if h.__class__ is LuaTable and h.meta is None:
            f = dict.get(h, name)
            if f is not None:
                return f
    return ops.index(obj, name)


def _call_method(obj, name, *args):
    """obj:name(...) as a generator: uses the method's lua_gen when it has one."""
    f = _method(obj, name)
    g = gen_of(f)
    if g is not None:
        r = yield from g(obj, *args)
    else:
        r = ops.call(f, obj, *args)
    return r


def _call_gen(f, *args):
    g = gen_of(f)
    if g is not None:
        r = yield from g(*args)
    else:
        r = ops.call(f, *args)
    return r


def _recv_some(sock):
    """Whatever bytes are available on one of our sockets (b"" at end of stream)."""
    data, err = yield from op_gen(_op_recv_some(sock))
    if err is not None and err != CLOSED:
        raise _Try(err)
    return data


class _BufReader:
    """LuaSocket's receive on one of our own sockets, over the bytes it has given so far:
    receive(pattern) -> (data, err, partial) with "*l" (a line, CRs dropped) or a count."""

    def __init__(self, sock):
        self.sock = sock
        self.buf = b""
        self.eof = None  # the error that ended the stream

    def _fill(self):
        if self.eof is not None:
            return False
        data, err = yield from op_gen(_op_recv_some(self.sock))
        if err is not None:
            self.eof = err
            return False
        self.buf += data
        return True

    def _fail(self, data):
        err = self.eof
        if err != CLOSED:
            self.eof = None  # (a timeout: the stream may go on)
        return (None, err, data.decode("latin-1"))

    def receive(self, pattern):
        if pattern == "*l":
            while True:
                i = self.buf.find(b"\n")
                if i >= 0:
                    line, self.buf = self.buf[:i], self.buf[i + 1:]
                    return (line.replace(b"\r", b"").decode("latin-1"), None, None)
                if not (yield from self._fill()):
                    line, self.buf = self.buf, b""
                    return self._fail(line.replace(b"\r", b""))
        n = int(pattern)
        while len(self.buf) < n:
            if not (yield from self._fill()):
                data, self.buf = self.buf, b""
                return self._fail(data)
        data, self.buf = self.buf[:n], self.buf[n:]
        return (data.decode("latin-1"), None, None)

    def line_now(self):
        """receive("*l") when the line is already buffered (no generator), else None."""
        i = self.buf.find(b"\n")
        if i < 0:
            return None
        line, self.buf = self.buf[:i], self.buf[i + 1:]
        return line.replace(b"\r", b"").decode("latin-1")

    def header_lines(self):
        """The header lines up to the empty line that ends them, taken from the buffer when
        it holds them all in the usual form, else None (nothing taken).  The usual form:
        at least one line, and the first empty line is the "\r\n" right after a "\r\n"
        (no line before it starts with CR or LF, nor is the one ending there empty, so none
        is empty once its CRs go, as receive("*l") drops them)."""
        buf = self.buf
        e = buf.find(b"\r\n\r\n")
        if e <= 0 or buf[0] == 13 or buf[0] == 10:
            return None
        head = buf[:e]
        if b"\n\r" in head or b"\n\n" in head or buf[e - 1] == 10:
            return None
        self.buf = buf[e + 4:]
        return head.replace(b"\r", b"").decode("latin-1").split("\n")

    def close(self):
        _close(self.sock)


class _SockReader:
    """receive on a socket made by a user `create` function: its own receive method."""

    def __init__(self, sock):
        self.sock = sock

    def receive(self, pattern):
        return adjust((yield from _call_method(self.sock, "receive", pattern)), 3)

    def close(self):
        _close(self.sock)


def _status_line(rd, first):
    """receivestatusline after its first 5 bytes ("HTTP/"): (code, status line)."""
    status = rd.line_now() if rd.__class__ is _BufReader else None
    if status is None:
        status, err, _ = yield from rd.receive("*l")
        if status is None:
            raise _Try(err)
    status = first + status
    code = status_code(status)
    if code is None:
        raise _Try(status)
    return code, status


_DIGITS = frozenset("0123456789")
_HTTP_1X = ("HTTP/1.1 ", "HTTP/1.0 ")
_SPACE = " \t\n\r\f\v"


def status_code(status):
    """http.lua's string.match(status, "HTTP/%d*%.%d* (%d%d%d)") as a number, or None (by
    hand: tests/test_socket.py checks it against the pattern as a regex)."""
    if status[:9] in _HTTP_1X:  # (the usual line: the pattern matches at its start)
        code = status[9:12]
        if len(code) == 3 and code.isdigit() and code.isascii():
            return int(code)
    i = status.find("HTTP/")
    n = len(status)
    while i >= 0:
        j = i + 5
        while j < n and status[j] in _DIGITS:
            j += 1
        if j < n and status[j] == ".":
            j += 1
            while j < n and status[j] in _DIGITS:
                j += 1
            code = status[j + 1:j + 4]
            if status[j:j + 1] == " " and len(code) == 3 and all(c in _DIGITS for c in code):
                return int(code)
        i = status.find("HTTP/", i + 1)
    return None


def _no_line():
    return None


def _lower(s):
    """string.lower (C locale: ASCII letters only)."""
    return s.lower() if s.isascii() else s.encode("latin-1").lower().decode("latin-1")


def _receive_headers(rd, headers, copas):
    """receiveheaders: "name: value" lines (names lower-cased, folded lines joined, a
    repeated name's values joined with ", ") up to an empty line, into `headers`."""
    lines = rd.header_lines() if rd.__class__ is _BufReader else None
    if lines is not None:  # all of them at hand: the same rules without a receive per line
        n = len(lines)
        k = 0
        while k < n:
            line = lines[k]
            k += 1
            i = line.find(":")
            if i < 0:
                raise _Try("malformed reponse headers")
            name, value = _lower(line[:i]), line[i + 1:].lstrip(_SPACE)
            while k < n and lines[k][0] in _SPACE:
                value += lines[k]
                k += 1
            old = dict.get(headers, name)
            dict.__setitem__(headers, name, value if old is None else old + ", " + value)
        return headers
    now = rd.line_now if rd.__class__ is _BufReader else _no_line
    line = now()
    if line is None:
        line, err, _ = yield from rd.receive("*l")
        if line is None:
            raise _Try(err)
    while line != "":
        i = line.find(":")
        if i < 0:
            raise _Try("malformed reponse headers")
        name, value = _lower(line[:i]), line[i + 1:].lstrip(_SPACE)
        line = now()
        if line is None:
            line, err, _ = yield from rd.receive("*l")
            if line is None:
                raise _Try(err)
        while line[:1] != "" and line[:1] in _SPACE:
            value += line
            line, err, _ = yield from rd.receive("*l")
            if line is None:  # (http.lua does not look at the error here: string.find(nil))
                raise LuaError("%s:%d: bad argument #1 to 'find' (string expected, got nil)"
                               % (COPAS_HTTP_LUA if copas else HTTP_LUA, 62 if copas else 63))
        old = dict.get(headers, name)
        dict.__setitem__(headers, name, value if old is None else old + ", " + value)
    return headers


# LuaSocket's sources for a response body (socket.lua's sourcet), as generator functions
# returning (chunk, err) per call; ltn12.pump.all moves them to the sink (_pump)

def _by_length(rd, length):
    left = [int(length)]

    def src():
        if left[0] <= 0:
            return (None, None)
        chunk, err, _ = yield from rd.receive(min(BLOCKSIZE, left[0]))
        if err is not None:
            return (None, err)
        left[0] -= len(chunk)
        return (chunk, None)
    return src


def _until_closed(rd):
    done = []

    def src():
        if done:
            return (None, None)
        chunk, err, partial = yield from rd.receive(BLOCKSIZE)
        if err is None:
            return (chunk, None)
        if err == CLOSED:
            rd.close()
            done.append(1)
            return (partial, None)
        return (None, err)
    return src


def _rewind(first, src):
    pending = [first]

    def rsrc():
        if pending:
            return (pending.pop(), None)
        return (yield from src())
    return rsrc


def _chunked(rd, headers, copas):
    def src():
        line, err, _ = yield from rd.receive("*l")
        if err is not None:
            return (None, err)
        size = _hex_number(line.split(";", 1)[0])
        if size is None:
            return (None, "invalid chunk size")
        if size > 0:
            chunk, err, _ = yield from rd.receive(size)
            if chunk is not None:
                yield from rd.receive("*l")
            return (chunk, err)
        # the last chunk: its trailer goes into the response headers
        yield from _receive_headers(rd, headers, copas)
        return (None, None)
    return src


def _hex_number(s):
    """tonumber(s, 16)."""
    s = s.strip(_SPACE)
    neg = s[:1] == "-"
    if neg:
        s = s[1:]
    if not s or any(c not in "0123456789abcdefABCDEF" for c in s):
        return None
    n = int(s, 16)
    return -n if neg else n


def _pump(src, sink):
    """ltn12.pump.all(src, sink): the sink gets each chunk, then (nil, err) or nil; a
    source's or sink's error ends the request with it."""
    parts = sink.__dict__.get("parts") if sink.__class__ is _FUNCTION else None
    if parts is not None:  # the string request's own sink (request_gen): what it does, in place
        while True:
            chunk, serr = yield from src()
            if chunk is not None:
                if chunk is not False:
                    parts.append(chunk)
                continue
            if serr is not None and serr is not False:
                raise _Try(serr)
            return
    while True:
        chunk, serr = yield from src()
        if truthy(sink):
            ret, kerr, _ = adjust((yield from _call_gen(sink, chunk, serr)), 3)
        else:
            ret, kerr = 1, None
        if chunk is not None and truthy(ret):
            continue
        err = serr if truthy(serr) else kerr
        if truthy(err):
            raise _Try(err)
        return


def _op_recv_some(o):
    o.tm.markstart()
    data, err = yield from op_recv_some(o)
    o.buf = b""
    return data, err


def _send(sock, data):
    if data:
        yield from _send_text(sock, data.decode("latin-1"))


def _send_text(sock, text):
    """sock:send(text) (a Lua string), its failure ending the request."""
    r, err, _ = adjust((yield from _call_method(sock, "send", text)), 3)
    if r is None:
        raise _Try(err)


def _lua_str(v):
    if v.__class__ is str:
        return v
    return tostring(v)


def _table_to_dict(t):
    d = {}
    for k, v in iter_pairs(t):
        if k.__class__ is str:
            d[k] = v
    return d


def _headers_table(pairs):
    h = LuaTable()
    for name, value in pairs:
        name = name.decode("latin-1").lower()
        value = value.decode("latin-1")
        old = dict.get(h, name)
        dict.__setitem__(h, name, value if old is None else old + ", " + value)
    return h


def _basic(cred):
    """An Authorization header's value for user:password (base64 is imported only then)."""
    import base64

    return "Basic " + base64.b64encode(cred.encode("latin-1")).decode("latin-1")


def _check_host(nreqt):
    host = nreqt.get("host")
    if not (truthy(host) and host != ""):
        raise _Try("invalid host '%s'" % tostring(host))


def _request_uri(reqt, nreqt, proxy):
    """The request target (adjustrequest in both http.lua's): the caller's uri, else the
    URL's path part, or the whole URL for a proxy."""
    if truthy(reqt.get("uri")):
        nreqt["uri"] = reqt["uri"]
    elif not truthy(proxy):
        path = nreqt.get("path")
        if not truthy(path):
            raise _Try("invalid path 'nil'")
        if nreqt.get("params") is None and nreqt.get("query") is None and nreqt.get("fragment") is None:
            nreqt["uri"] = lurl.build_path_only(path)  # (what build gives for a path alone)
        else:
            nreqt["uri"] = lurl.build({k: nreqt[k] for k in ("path", "params", "query", "fragment")
                                       if nreqt.get(k) is not None})
    else:
        nreqt["uri"] = lurl.build(nreqt)


def _adjust_request_copas(M, reqt):
    """copas/http.lua's adjustrequest (from LuaSocket 2's http.lua): no scheme table (any
    scheme is plain HTTP, port 80 unless given; https gets 443 and TLS), no method default
    (the request line says GET), the host header is the URL's authority, no automatic
    transfer-encoding."""
    nreqt = {}
    u = reqt.get("url")
    if truthy(u):
        p = lurl.parse(_lua_str(u), {"host": "", "port": M["PORT"], "path": "/", "scheme": "http"})
        if p is not None:
            nreqt.update(p)
    nreqt.update(reqt)
    if nreqt.get("port") == "":
        nreqt["port"] = 80
    _check_host(nreqt)
    if nreqt.get("scheme") == "https" and not (truthy(u) and (lurl.parse(_lua_str(u)) or {}).get("port")):
        nreqt["port"] = M["SSLPORT"]  # (getcreatefunc: an https URL without a port)
    proxy = nreqt.get("proxy") or M["PROXY"]
    _request_uri(reqt, nreqt, proxy)
    if truthy(proxy):
        pp = lurl.parse(_lua_str(proxy)) or {}
        nreqt["host"], nreqt["port"] = pp.get("host"), pp.get("port") or 3128
    authority = nreqt.get("authority")
    if authority.__class__ is not str:
        raise LuaError("bad argument #1 to 'gsub' (string expected, got %s)"
                       % ("no value" if authority is None else "table"))
    lower = {"user-agent": M["USERAGENT"], "host": authority.split("@", 1)[-1],
             "connection": "close, TE", "te": "trailers"}
    if truthy(nreqt.get("user")) and truthy(nreqt.get("password")):
        cred = _lua_str(nreqt["user"]) + ":" + _lua_str(nreqt["password"])
        lower["authorization"] = _basic(cred)
    uh = reqt.get("headers")
    if uh.__class__ is LuaTable:
        for k, v in iter_pairs(uh):
            lower[_lua_str(k).lower()] = v
    nreqt["headers"] = lower
    if not truthy(nreqt.get("method")):
        nreqt["method"] = None
    return nreqt


def _adjust_request(M, reqt):
    nreqt = {}
    u = reqt.get("url")
    if truthy(u):
        p = lurl.parse(_lua_str(u), {"path": "/", "scheme": "http"})
        if p is not None:
            nreqt.update(p)
    nreqt.update(reqt)
    scheme = nreqt.get("scheme")
    known = scheme.__class__ is str and scheme in SCHEMES
    # http.lua indexes SCHEMES[scheme] without a check: an unknown scheme is a Lua error,
    # raised at http.lua's lines (create, then port, then in adjustheaders)
    if not known and not truthy(nreqt.get("create")):
        _http_lua_error(276, "attempt to index a nil value (local 'schemedefs')")
    port = nreqt.get("port")
    if not (truthy(port) and port != ""):
        if not known:
            _http_lua_error(277, "attempt to index a nil value (local 'schemedefs')")
        nreqt["port"] = SCHEMES[scheme]
    method = nreqt.get("method")
    if not (truthy(method) and method != ""):
        nreqt["method"] = "GET"
    _check_host(nreqt)
    proxy = nreqt.get("proxy") or M["PROXY"]
    _request_uri(reqt, nreqt, proxy)
    # headers
    if not known:
        _http_lua_error(232, "attempt to index a nil value (field '?')")
    hhost = _lua_str(nreqt["host"])
    if tostring(nreqt["port"]) != tostring(SCHEMES[scheme]):
        hhost = hhost + ":" + tostring(nreqt["port"])
    lower = {"user-agent": M["USERAGENT"], "host": hhost, "connection": "close, TE", "te": "trailers"}
    if truthy(nreqt.get("user")) and truthy(nreqt.get("password")):
        cred = (_lua_str(nreqt["user"]) + ":" + lurl.unescape(_lua_str(nreqt["password"])))
        lower["authorization"] = _basic(cred)
    if truthy(proxy):
        pp = lurl.parse(_lua_str(proxy)) or {}
        if truthy(pp.get("user")) and truthy(pp.get("password")):
            cred = pp["user"] + ":" + pp["password"]
            lower["proxy-authorization"] = _basic(cred)
    uh = reqt.get("headers")
    if uh.__class__ is LuaTable:
        for k, v in iter_pairs(uh):
            lower[_lua_str(k).lower()] = v
    nreqt["headers"] = lower
    if truthy(nreqt.get("source")) and "content-length" not in lower and "transfer-encoding" not in lower:
        lower["transfer-encoding"] = "chunked"
    if truthy(proxy):
        pp = lurl.parse(_lua_str(proxy)) or {}
        nreqt["host"], nreqt["port"] = pp.get("host"), pp.get("port") or 3128
    return nreqt


# where lua-socket's http.lua is installed (Debian): its runtime errors carry this position
HTTP_LUA = "/usr/share/lua/5.4/socket/http.lua"
COPAS_HTTP_LUA = "copas/http.lua"


def _http_lua_error(line, msg):
    raise LuaError("%s:%d: %s" % (HTTP_LUA, line, msg))


def _should_redirect_copas(nreqt, code, headers):
    location = dict.get(headers, "location")
    return (location is not None and "".join(location.split()) != ""
            and nreqt.get("redirect") is not False
            and code in (301, 302, 303, 307)
            and (not truthy(nreqt.get("method")) or nreqt.get("method") in ("GET", "HEAD"))
            and (nreqt.get("nredirects") or 0) < 5)


def _should_redirect(nreqt, code, headers):
    location = dict.get(headers, "location")
    if location is None:
        return False
    location = "".join(location.split())
    if location == "":
        return False
    p = lurl.parse(location) or {}
    scheme = p.get("scheme")
    if scheme is not None and scheme not in SCHEMES:
        return False
    if nreqt.get("scheme") == "https" and scheme != "https":
        return False
    maxr = nreqt.get("maxredirects")
    return (nreqt.get("redirect") is not False
            and code in (301, 302, 303, 307)
            and (not truthy(nreqt.get("method")) or nreqt.get("method") in ("GET", "HEAD"))
            and (maxr is False or (nreqt.get("nredirects") or 0) < (maxr if maxr is not None else 5)))


def _trequest(M, reqt, copas=False):
    nreqt = _adjust_request_copas(M, reqt) if copas else _adjust_request(M, reqt)
    create = nreqt.get("create")
    if copas:
        if nreqt.get("scheme") != "https" and reqt.get("washttps") and reqt.get("redirect_param") != "all":
            raise _Try("Unallowed insecure redirect https to http")
        if nreqt.get("verify") is None:
            nreqt["verify"] = M["SSLVERIFY"]
    if truthy(create):
        # copas.http calls reqt:create() (the request table as argument), socket.http create()
        args = (_dict_to_table(nreqt),) if copas else ()
        sock, cerr, _ = adjust((yield from _call_gen(create, *args)), 3)
        if not truthy(sock):
            sock = None
            raise _Try(cerr)
    else:
        sock = _new_socket(nreqt)
    try:
        timeout = M["TIMEOUT"]
        if copas and nreqt.get("timeout") is not None:
            timeout = nreqt["timeout"]
        phases = None
        if timeout.__class__ is LuaTable:  # copas.http: {connect=, send=, receive=}
            t = [_or(dict.get(timeout, k), M["TIMEOUT"]) for k in ("connect", "send", "receive")]
            if sock.__class__ is TCP:
                phases = t  # copas's per-operation timeouts, set as each phase starts
                tcp_settimeout(sock, t[0])
            else:
                r, err, _ = adjust((yield from _call_method(sock, "settimeouts", *t)), 3)
                if r is None:
                    raise _Try(err)
        else:
            f = _method(sock, "settimeout")
            g = gen_of(f)
            if g is None:  # (ours: a plain function, called without a generator)
                ops.call(f, sock, timeout)
            else:
                yield from g(sock, timeout)
        r, err, _ = adjust((yield from _call_method(sock, "connect", _lua_str(nreqt["host"]),
                                                 nreqt["port"])), 3)
        if r is None:
            raise _Try(err)
        # sendrequestline, sendheaders (canonic names, as socket.headers spells them), and
        # sendbody: the source pumped to a "keep-open" sink with a content-length, else to
        # an "http-chunked" one (whose empty chunk is the last-chunk marker, as LuaSocket's)
        if phases is not None:
            tcp_settimeout(sock, phases[1])
        method = _lua_str(nreqt["method"]) if nreqt.get("method") is not None else "GET"
        canonic = _CANONIC.get
        head = "".join([canonic(k, k) + ": " + (v if v.__class__ is str else tostring(v)) + "\r\n"
                        for k, v in nreqt["headers"].items()])
        yield from _send_text(sock, "%s %s HTTP/1.1\r\n%s\r\n" % (method, _lua_str(nreqt["uri"]), head))
        source = nreqt.get("source")
        if truthy(source):
            chunked = "content-length" not in nreqt["headers"]
            while True:
                chunk, serr, _ = adjust((yield from _call_gen(source)), 3)
                if chunk is None or chunk is False:
                    if chunked:
                        yield from _send(sock, b"0\r\n\r\n")
                    if truthy(serr):
                        raise _Try(serr)
                    break
                data = _lua_str(chunk).encode("latin-1")
                if chunked:
                    yield from _send(sock, b"%X\r\n%s\r\n" % (len(data), data))
                else:
                    yield from _send(sock, data)
        # the response, read as http.lua reads it (receivestatusline, receiveheaders,
        # receivebody through LuaSocket's sources and ltn12.pump.all)
        if phases is not None:
            tcp_settimeout(sock, phases[2])
        sink = nreqt.get("sink")
        rd = _BufReader(sock) if sock.__class__ is TCP else _SockReader(sock)
        status, err, _ = yield from rd.receive(5)
        if status is None:
            raise _Try(err)
        if status != "HTTP/":
            # an HTTP/0.9 answer: no status line nor headers, the body runs until closed
            yield from _pump(_rewind(status, _until_closed(rd)), sink)
            return (1, 200)
        code, status = yield from _status_line(rd, status)
        while code == 100:  # 100-continue answers are skipped
            yield from _receive_headers(rd, LuaTable(), copas)
            first, err, _ = yield from rd.receive(5)
            if first is None:
                raise _Try(err)
            code, status = yield from _status_line(rd, first)
        headers = yield from _receive_headers(rd, LuaTable(), copas)
        should = _should_redirect_copas if copas else _should_redirect
        if should(nreqt, code, headers) and not truthy(source):
            _close(sock)
            sock = None
            return (yield from _tredirect(M, reqt, dict.get(headers, "location"), copas,
                                          nreqt.get("scheme") == "https"))
        if nreqt.get("method") != "HEAD" and code != 204 and code != 304 and not 100 <= code < 200:
            te = dict.get(headers, "transfer-encoding")
            length = ops.tonum(dict.get(headers, "content-length"))
            if te is not None and te is not False and te != "identity":
                src = _chunked(rd, headers, copas)
            elif length is not None:
                src = _by_length(rd, length)
            else:
                src = _until_closed(rd)
            yield from _pump(src, sink)
        return (1, code, headers, status)
    finally:
        if sock is not None:
            _close(sock)


def _close(sock):
    try:
        ops.call(_method(sock, "close"), sock)
    except LuaError:
        pass


def _tredirect(M, reqt, location, copas=False, washttps=False):
    base_url = reqt.get("url")
    newurl = lurl.absolute(_lua_str(base_url) if truthy(base_url) else None, location)
    new = {"url": newurl}
    keep = ("source", "sink", "headers", "proxy", "create", "timeout") if copas else \
        ("source", "sink", "headers", "proxy", "maxredirects", "create")
    for k in keep:
        if reqt.get(k) is not None:
            new[k] = reqt[k]
    new["nredirects"] = (reqt.get("nredirects") or 0) + 1
    if copas:
        # copas.http keeps its create function, which refuses an https -> http redirect
        new["washttps"] = washttps or reqt.get("washttps")
        new["redirect_param"] = reqt.get("redirect_param", reqt.get("redirect"))
    elif (lurl.parse(newurl) or {}).get("scheme") != reqt.get("scheme"):
        # http.lua compares with the caller's own `scheme` field (usually absent), so a
        # redirect normally drops a user `create`
        new.pop("create", None)
    result, code, headers, status = yield from _trequest(M, new, copas)
    if headers is None:
        headers = LuaTable()
    if dict.get(headers, "location") is None:
        dict.__setitem__(headers, "location", location)
    return (result, code, headers, status)


def _dict_to_table(d):
    t = LuaTable()
    for k, v in d.items():
        if v is not None:
            if v.__class__ is dict:
                v = _dict_to_table(v)
            dict.__setitem__(t, k, v)
    return t


def _or(v, default):
    return default if v is None or v is False else v


def request_gen(M, reqt=None, body=None, copas=False):
    """socket.http.request as a generator yielding IORequests; returns the Lua results."""
    try:
        if reqt.__class__ is str:
            parts = []

            def sink(chunk=None, err=None, *_):
                if truthy(chunk):
                    parts.append(chunk)
                return 1
            sink.lua_gen = None  # (called plainly: gen_of need not look for a version)
            sink.parts = parts  # (_pump appends to it without calling sink)

            r = {"url": reqt, "sink": sink}
            if body is not None:
                body = _lua_str(body)
                pos = [0]

                def source(*_):
                    c = body[pos[0]:pos[0] + 2048]
                    pos[0] += 2048
                    return c if c else None

                source.lua_gen = None
                r["source"] = source
                h = LuaTable()
                dict.__setitem__(h, "content-length", len(body))
                dict.__setitem__(h, "content-type", "application/x-www-form-urlencoded")
                r["headers"] = h
                r["method"] = "POST"
            res = yield from _trequest(M, r, copas)
            code, headers, status = (res + (None, None))[1:4]
            return ("".join(parts), code, headers, status)
        if reqt.__class__ is not LuaTable:
            if copas:
                raise LuaError("attempt to index a %s value (local 'reqt')" % type_name(reqt))
            _http_lua_error(270, "attempt to index a %s value (local 'reqt')" % type_name(reqt))
        if copas:
            to = dict.get(reqt, "timeout")
            if to.__class__ is LuaTable:
                for k in iter_pairs(to):
                    if k[0] not in ("connect", "send", "receive"):
                        raise LuaError("'%s' is not a valid timeout option. Valid: 'connect', 'send', "
                                       "'receive'" % tostring(k[0]))
        return (yield from _trequest(M, _table_to_dict(reqt), copas))
    except _Try as e:
        return (None, e.msg)
    except LuaError as e:
        v = e.value
        if v.__class__ is LuaTable:  # an error thrown by socket.try inside a user function
            return (None, v[1])
        raise


def open_http_table(copas=False):
    M = LuaTable()

    def request(reqt=None, body=None, *_):
        return run_gen_blocking(request_gen(M, reqt, body, copas))

    def request_g(reqt=None, body=None, *_):
        r = yield from request_gen(M, reqt, body, copas)
        return r

    request.lua_gen = request_g
    dict.__setitem__(M, "request", request)
    dict.__setitem__(M, "TIMEOUT", 60)
    dict.__setitem__(M, "USERAGENT", VERSION)
    if copas:
        # copas/http.lua's fields; SSLVERIFY says what lua2py does (Copas's own default is "none")
        for k, v in (("PORT", 80), ("SSLPORT", 443), ("SSLPROTOCOL", "tlsv1_2"), ("SSLOPTIONS", "all"),
                     ("SSLVERIFY", "peer"), ("SSLSNISTRICT", False)):
            dict.__setitem__(M, k, v)
    else:
        dict.__setitem__(M, "schemes", _schemes_table())
    return M


def _tls_context(params):
    """An SSLContext from LuaSec-style request fields: verify ("none" or "peer"), cafile,
    capath, certificate, key.  Unlike LuaSec's ssl.https, whose default is verify = "none",
    peers are verified against the system's CAs unless the request says otherwise."""
    ssl = ssl_module()

    def field(name):
        v = params.get(name)
        return _lua_str(v) if truthy(v) else None

    verify = params.get("verify")
    if verify.__class__ is LuaTable:
        verify = dict.get(verify, 1)
    ctx = ssl.create_default_context(cafile=field("cafile"), capath=field("capath"))
    if verify == "none":
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    if field("certificate"):
        ctx.load_cert_chain(field("certificate"), field("key"))
    return ctx


def _new_socket(nreqt):
    """The socket for a request without a user `create`: plain, or TLS for https."""
    sock = TCP()
    if nreqt.get("scheme") == "https":
        try:
            ctx = _tls_context(nreqt)
        except (OSError, ValueError) as e:
            raise _Try(str(e))
        sock.tls = (ctx, _lua_str(nreqt["host"]))
    return sock


def _schemes_table():
    t = LuaTable()
    for k, v in SCHEMES.items():
        e = LuaTable()
        dict.__setitem__(e, "port", v)

        def create(reqt=None, *_, _scheme=k):
            # http.lua's scheme create: returns the function that makes the socket
            params = _table_to_dict(reqt) if reqt.__class__ is LuaTable else {}
            params["scheme"] = _scheme
            params.setdefault("host", "")

            def make(*_):
                try:
                    return _new_socket(params)
                except _Try as err:
                    return (None, err.msg)
            return make
        dict.__setitem__(e, "create", create)
        dict.__setitem__(t, k, e)
    return t


_TABLES = {}


def open_http_mod(G):
    t = _TABLES.get(id(G))
    if t is None or t[0] is not G:
        t = (G, open_http_table())
        _TABLES[id(G)] = t
        dict.__setitem__(open_socket_core_mod(G), "http", t[1])
    return t[1]

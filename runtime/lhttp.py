"""socket.http (LuaSocket's HTTP client), with h11 as the HTTP/1.1 protocol engine.

The request logic follows LuaSocket's http.lua (its defaults, header rules,
redirect rules and return conventions); h11 formats the request and parses the
response (status line, headers, body framing: content-length, chunked, until
close, no body for HEAD/1xx/204/304).

The whole request is one generator (`request_gen`) that yields IORequests for
every socket operation: the plain `request` drives it blocking, and its
`lua_gen` attribute is the generator itself, so inside a coroutine driven by
the copas/asyncio scheduler the same code runs without blocking other threads.
"""
from .cogen import gen_of
from .errors import LuaError
from .table import LuaTable, iter_pairs
from . import ops
from . import lsocket
from . import lurl

try:
    import h11
except ImportError:  # pragma: no cover - reported at request time
    h11 = None

SCHEMES = {"http": 80}
RECV_SIZE = 8192


class _Try(Exception):
    """socket.try's failure: the request ends with nil, msg."""

    def __init__(self, msg):
        self.msg = msg


def _truthy(v):
    return v is not None and v is not False


def _m(r):
    r = ops.multi(r)
    return (r[0] if r else None, r[1] if len(r) > 1 else None, r[2] if len(r) > 2 else None)


def _call_method(obj, name, *args):
    """obj:name(...) as a generator: uses the method's lua_gen when it has one."""
    f = ops.index(obj, name)
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
    """Whatever bytes are available (b"" at end of stream)."""
    if sock.__class__ is lsocket.TCP:
        sock.tm.markstart()
        data, err = yield lsocket.OpRequest(_op_recv_some, sock)
        if err is not None and err != lsocket.CLOSED:
            raise _Try(err)
        return data
    # a socket made by a user `create` function: LuaSocket's receive with a size
    chunk, err, partial = _m((yield from _call_method(sock, "receive", RECV_SIZE)))
    if chunk is not None:
        return chunk.encode("latin-1")
    if err == lsocket.CLOSED:
        return (partial or "").encode("latin-1")
    raise _Try(err)


def _op_recv_some(o):
    data, err = yield from lsocket._recv_some(o)
    o.buf = b""
    return data, err


def _send(sock, data):
    if not data:
        return
    r, err, _ = _m((yield from _call_method(sock, "send", data.decode("latin-1"))))
    if r is None:
        raise _Try(err)


def _lua_str(v):
    if v.__class__ is str:
        return v
    return ops.tostring(v)


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


def _adjust_request(M, reqt):
    nreqt = {}
    u = reqt.get("url")
    if _truthy(u):
        p = lurl.parse(_lua_str(u), {"path": "/", "scheme": "http"})
        if p is not None:
            nreqt.update(p)
    nreqt.update(reqt)
    scheme = nreqt.get("scheme")
    if scheme not in SCHEMES:
        if scheme == "https":
            raise _Try("https is not supported")
        raise LuaError("attempt to index a nil value (local 'schemedefs')")
    port = nreqt.get("port")
    if not (_truthy(port) and port != ""):
        nreqt["port"] = SCHEMES[scheme]
    method = nreqt.get("method")
    if not (_truthy(method) and method != ""):
        nreqt["method"] = "GET"
    host = nreqt.get("host")
    if not (_truthy(host) and host != ""):
        raise _Try("invalid host '%s'" % ops.tostring(host))
    proxy = nreqt.get("proxy") or M["PROXY"]
    if _truthy(reqt.get("uri")):
        nreqt["uri"] = reqt["uri"]
    elif not _truthy(proxy):
        path = nreqt.get("path")
        if not _truthy(path):
            raise _Try("invalid path 'nil'")
        nreqt["uri"] = lurl.build({k: nreqt[k] for k in ("path", "params", "query", "fragment")
                                   if nreqt.get(k) is not None})
    else:
        nreqt["uri"] = lurl.build(nreqt)
    # headers
    hhost = _lua_str(nreqt["host"])
    if ops.tostring(nreqt["port"]) != ops.tostring(SCHEMES[scheme]):
        hhost = hhost + ":" + ops.tostring(nreqt["port"])
    lower = {"user-agent": M["USERAGENT"], "host": hhost, "connection": "close, TE", "te": "trailers"}
    if _truthy(nreqt.get("user")) and _truthy(nreqt.get("password")):
        import base64

        cred = (_lua_str(nreqt["user"]) + ":" + lurl.unescape(_lua_str(nreqt["password"])))
        lower["authorization"] = "Basic " + base64.b64encode(cred.encode("latin-1")).decode("latin-1")
    uh = reqt.get("headers")
    if uh.__class__ is LuaTable:
        for k, v in iter_pairs(uh):
            lower[_lua_str(k).lower()] = v
    nreqt["headers"] = lower
    if _truthy(nreqt.get("source")) and "content-length" not in lower and "transfer-encoding" not in lower:
        lower["transfer-encoding"] = "chunked"
    if _truthy(proxy):
        pp = lurl.parse(_lua_str(proxy)) or {}
        nreqt["host"], nreqt["port"] = pp.get("host"), pp.get("port") or 3128
    return nreqt


def _should_redirect(nreqt, code, headers):
    location = dict.get(headers, "location")
    if location is None:
        return False
    location = "".join(location.split())
    if location == "":
        return False
    p = lurl.parse(location) or {}
    scheme = p.get("scheme")
    if scheme is not None and scheme not in SCHEMES and scheme != "https":
        return False
    if nreqt.get("scheme") == "https" and scheme != "https":
        return False
    maxr = nreqt.get("maxredirects")
    return (nreqt.get("redirect") is not False
            and code in (301, 302, 303, 307)
            and (not _truthy(nreqt.get("method")) or nreqt.get("method") in ("GET", "HEAD"))
            and (maxr is False or (nreqt.get("nredirects") or 0) < (maxr if maxr is not None else 5)))


def _trequest(M, reqt):
    nreqt = _adjust_request(M, reqt)
    create = nreqt.get("create")
    if _truthy(create):
        sock = yield from _call_gen(create, nreqt)
        sock = ops.first(sock)
        if not _truthy(sock):
            raise _Try(_m(ops.multi(sock))[1])
    else:
        sock = lsocket.TCP()
    try:
        timeout = M["TIMEOUT"]
        yield from _call_method(sock, "settimeout", timeout)
        r, err, _ = _m((yield from _call_method(sock, "connect", _lua_str(nreqt["host"]),
                                                 nreqt["port"])))
        if r is None:
            raise _Try(err)
        conn = h11.Connection(h11.CLIENT)
        hdrs = []
        for k, v in nreqt["headers"].items():
            hdrs.append((k.encode("latin-1"), _lua_str(v).encode("latin-1")))
        method = _lua_str(nreqt["method"])
        try:
            data = conn.send(h11.Request(method=method.encode("latin-1"),
                                         target=_lua_str(nreqt["uri"]).encode("latin-1"),
                                         headers=hdrs))
        except h11.LocalProtocolError as e:
            raise _Try(str(e))
        yield from _send(sock, data)
        source = nreqt.get("source")
        try:
            if _truthy(source):
                step = nreqt.get("step")
                while True:
                    chunk, serr, _ = _m((yield from _call_gen(source)))
                    if chunk is None or chunk is False:
                        if _truthy(serr):
                            raise _Try(serr)
                        break
                    if chunk == "":
                        continue
                    yield from _send(sock, conn.send(h11.Data(data=_lua_str(chunk).encode("latin-1"))))
            yield from _send(sock, conn.send(h11.EndOfMessage()))
        except h11.LocalProtocolError as e:
            raise _Try(str(e))
        # the response
        code = status = headers = None
        sink = nreqt.get("sink")
        # LuaSocket reads 5 bytes first: anything but "HTTP/" is an HTTP/0.9 answer, whose
        # body runs until the connection closes (code 200, no headers, no status line)
        head = b""
        while len(head) < 5:
            more = yield from _recv_some(sock)
            if not more:
                raise _Try(lsocket.CLOSED)
            head += more
        if head[:5] != b"HTTP/":
            data = head
            while data:
                if _truthy(sink):
                    ret, serr, _ = _m((yield from _call_gen(sink, data.decode("latin-1"))))
                    if not _truthy(ret):
                        raise _Try(serr)
                data = yield from _recv_some(sock)
            if _truthy(sink):
                yield from _call_gen(sink, None)
            return (1, 200)
        conn.receive_data(head)
        while True:
            try:
                ev = conn.next_event()
            except h11.RemoteProtocolError as e:
                raise _Try(str(e))
            if ev is h11.NEED_DATA:
                conn.receive_data((yield from _recv_some(sock)))
                continue
            if isinstance(ev, h11.InformationalResponse):
                continue
            if isinstance(ev, h11.Response):
                code = ev.status_code
                status = "HTTP/%s %d %s" % (ev.http_version.decode("latin-1"), code,
                                           ev.reason.decode("latin-1"))
                headers = _headers_table(ev.headers.raw_items())
                if _should_redirect(nreqt, code, headers) and not _truthy(source):
                    _close(sock)
                    sock = None
                    return (yield from _tredirect(M, reqt, dict.get(headers, "location")))
                continue
            if isinstance(ev, h11.Data):
                if _truthy(sink):
                    ret, serr, _ = _m((yield from _call_gen(sink, bytes(ev.data).decode("latin-1"))))
                    if not _truthy(ret):
                        raise _Try(serr)
                continue
            if isinstance(ev, (h11.EndOfMessage, h11.ConnectionClosed)):
                break
        if _truthy(sink):
            yield from _call_gen(sink, None)
        return (1, code, headers, status)
    finally:
        if sock is not None:
            _close(sock)


def _close(sock):
    try:
        ops.call(ops.index(sock, "close"), sock)
    except LuaError:
        pass


def _tredirect(M, reqt, location):
    base_url = reqt.get("url")
    newurl = lurl.absolute(_lua_str(base_url) if _truthy(base_url) else None, location)
    new = {"url": newurl}
    for k in ("source", "sink", "headers", "proxy", "maxredirects", "create"):
        if reqt.get(k) is not None:
            new[k] = reqt[k]
    new["nredirects"] = (reqt.get("nredirects") or 0) + 1
    if (lurl.parse(newurl) or {}).get("scheme") != (lurl.parse(_lua_str(base_url)) or {}).get("scheme"):
        new.pop("create", None)
    result, code, headers, status = yield from _trequest(M, new)
    if headers is None:
        headers = LuaTable()
    if dict.get(headers, "location") is None:
        dict.__setitem__(headers, "location", location)
    return (result, code, headers, status)


def request_gen(M, reqt=None, body=None):
    """socket.http.request as a generator yielding IORequests; returns the Lua results."""
    if h11 is None:
        return (None, "socket.http needs the Python package h11")
    try:
        if reqt.__class__ is str:
            parts = []

            def sink(chunk=None, err=None, *_):
                if _truthy(chunk):
                    parts.append(chunk)
                return 1

            r = {"url": reqt, "sink": sink}
            if body is not None:
                body = _lua_str(body)
                pos = [0]

                def source(*_):
                    c = body[pos[0]:pos[0] + 2048]
                    pos[0] += 2048
                    return c if c else None

                r["source"] = source
                h = LuaTable()
                dict.__setitem__(h, "content-length", len(body))
                dict.__setitem__(h, "content-type", "application/x-www-form-urlencoded")
                r["headers"] = h
                r["method"] = "POST"
            res = yield from _trequest(M, r)
            code, headers, status = (res + (None, None))[1:4]
            return ("".join(parts), code, headers, status)
        if reqt.__class__ is not LuaTable:
            from .args import type_error

            type_error(1, "request", "table", reqt)
        return (yield from _trequest(M, _table_to_dict(reqt)))
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
        return lsocket.run_gen_blocking(request_gen(M, reqt, body))

    def request_g(reqt=None, body=None, *_):
        r = yield from request_gen(M, reqt, body)
        return r

    request.lua_gen = request_g
    dict.__setitem__(M, "request", request)
    dict.__setitem__(M, "TIMEOUT", 60 if not copas else 30)
    dict.__setitem__(M, "USERAGENT", lsocket.VERSION)
    dict.__setitem__(M, "schemes", _schemes_table())
    return M


def _schemes_table():
    t = LuaTable()
    for k, v in SCHEMES.items():
        e = LuaTable()
        dict.__setitem__(e, "port", v)
        dict.__setitem__(t, k, e)
    return t


_TABLES = {}


def open_http_mod(G):
    t = _TABLES.get(id(G))
    if t is None or t[0] is not G:
        t = (G, open_http_table())
        _TABLES[id(G)] = t
        dict.__setitem__(lsocket.open_socket_core_mod(G), "http", t[1])
    return t[1]

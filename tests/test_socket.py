"""LuaSocket (socket, socket.http, socket.url, ltn12) and the IORequest drivers.

Against the loopback servers of tests/servers.py:
  - the net goldens (tests/golden/net/NAME.lua, outputs recorded by
    tests/golden/record_net with lua5.4 + lua-socket in NAME.netout) run through lua2py;
  - the Python functions are called directly, blocking and through an asyncio
    driver that steps generators the way the copas scheduler does.
"""
import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import servers

from lua2py.runtime.net import lhttp, lurl, lltn12
from lua2py.runtime.net.luasocket import drivers, tcp, timeout
from lua2py.runtime.net.luasocket import select as lselect
from lua2py.runtime.coroutine.aio import IORequest
from lua2py.runtime.core.errors import LuaError
from lua2py.runtime.core.table import LuaTable

ROOT = Path(__file__).resolve().parent.parent
NET = Path(__file__).resolve().parent / "golden" / "net"

RUNNER = (
    "import sys\n"
    "from lua2py.cli import main\n"
    "sys.exit(main(['run'] + sys.argv[1:]))\n"
)


@pytest.fixture(scope="module")
def net():
    srv, env = servers.start_all()
    yield {k: int(v) for k, v in env.items() if v.isdigit()}, env
    servers.stop_all(srv)


def _ports(net):
    return net[0]


# ---------------------------------------------------------------- goldens

GOLDENS = sorted(p for p in NET.glob("*.lua") if p.with_suffix(".netout").exists())


@pytest.mark.parametrize("prog", GOLDENS, ids=[p.stem for p in GOLDENS])
def test_net_golden(prog, net):
    env = dict(os.environ, **net[1])
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    p = subprocess.run([sys.executable, "-c", RUNNER, prog.name], cwd=prog.parent, env=env,
                       capture_output=True, timeout=120)
    expected = prog.with_suffix(".netout").read_bytes()
    rc = prog.with_suffix(".rc")
    want_rc = int(rc.read_text()) if rc.exists() else 0
    assert p.stdout.decode("latin-1") == expected.decode("latin-1"), p.stderr.decode(errors="replace")
    assert p.returncode == want_rc, p.stderr.decode(errors="replace")


# ---------------------------------------------------------------- drivers for the tests

def run_async_gen(gen):
    """Step a generator yielding IORequests on asyncio (what the copas driver does)."""
    async def drive():
        try:
            req = next(gen)
            while True:
                assert isinstance(req, IORequest)
                req = gen.send(await req.run_async())
        except StopIteration as e:
            return e.value
    return drive()


def call_gen(f, *args):
    """The generator version of a Lua-callable f (asserting it has one)."""
    assert hasattr(f, "lua_gen"), f
    return f.lua_gen(*args)


def connect(port):
    t = tcp.sock_tcp()
    assert tcp.tcp_connect(t, "127.0.0.1", port) == 1.0
    return t


# ---------------------------------------------------------------- blocking

def test_connect_send_receive(net):
    t = connect(_ports(net)["ECHO_PORT"])
    assert tcp.tcp_send(t, "one\r\ntwo\nthree") == (14.0, None, None)
    assert tcp.tcp_receive(t) == ("one", None, None)
    assert tcp.tcp_receive(t, "*l") == ("two", None, None)
    assert tcp.tcp_receive(t, 3) == ("thr", None, None)
    tcp.tcp_settimeout(t, 0.1)
    assert tcp.tcp_receive(t, "*l", "x") == (None, "timeout", "xee")
    assert tcp.tcp_close(t) == 1.0
    assert tcp.tcp_send(t, "x") == (None, "closed", 0.0)


def test_patterns_need_their_star(net):
    """LuaSocket 3.1's buffer.c reads "*l"/"*a" by their first two characters; "l" and "a"
    are invalid patterns (lua5.4 + lua-socket 3.1.0: bad argument ... invalid receive pattern)."""
    t = connect(_ports(net)["CLOSER_PORT"])
    for bad in ("l", "a", "*x", "line"):
        with pytest.raises(LuaError, match="invalid receive pattern"):
            tcp.tcp_receive(t, bad)
    assert tcp.tcp_receive(t, "*line") == ("line one", None, None)
    assert tcp.tcp_receive(t, "*all") == ("line two\r\nthird\n\nlast partial", None, None)
    assert tcp.tcp_receive(t, "*a") == (None, "closed", "")
    tcp.tcp_close(t)


def test_refused_and_host_not_found(net):
    t = tcp.sock_tcp()
    assert tcp.tcp_connect(t, "127.0.0.1", _ports(net)["CLOSED_PORT"]) == (None, "connection refused")
    assert tcp.sock_connect("no.such.host.invalid", 80)[0] is None


def test_timeout_modes(net):
    t = connect(_ports(net)["STALL_PORT"])
    tcp.tcp_settimeout(t, 0.2)
    t0 = time.monotonic()
    assert tcp.tcp_receive(t) == (None, "timeout", "")
    assert 0.15 < time.monotonic() - t0 < 1
    tcp.tcp_settimeout(t, None)
    tcp.tcp_settimeout(t, 0.1, "t")
    assert tcp.tcp_receive(t, 10) == (None, "timeout", "")
    tcp.tcp_settimeout(t, 0)
    assert tcp.tcp_receive(t, 10) == (None, "timeout", "")
    tcp.tcp_close(t)


def test_server_accept_select():
    srv = tcp.sock_bind("127.0.0.1", 0)
    port = int(tcp.tcp_getsockname(srv)[1])
    tcp.tcp_settimeout(srv, 0.05)
    assert tcp.tcp_accept(srv) == (None, "timeout")
    c = connect(port)
    a = tcp.tcp_accept(srv)
    from lua2py.runtime.core.values import tostring
    assert tostring(a).startswith("tcp{client}: 0x")
    tcp.tcp_send(a, "ping\n")
    rt = LuaTable.from_list([c])
    r, w = lselect.sock_select(rt, None, 1)
    assert dict.get(r, 1) is c and dict.get(r, c) == 1.0
    assert tcp.tcp_receive(c) == ("ping", None, None)
    r, w, e = lselect.sock_select(rt, None, 0.05)
    assert e == "timeout"
    for o in (a, c, srv):
        tcp.tcp_close(o)


def test_tostring_classes(net):
    from lua2py.runtime.core.values import tostring

    t = tcp.sock_tcp()
    assert tostring(t).startswith("tcp{master}: 0x")
    tcp.tcp_connect(t, "127.0.0.1", _ports(net)["ECHO_PORT"])
    assert tostring(t).startswith("tcp{client}: 0x")
    tcp.tcp_close(t)


# ---------------------------------------------------------------- asyncio driver

def test_async_echo(net):
    port = _ports(net)["ECHO_PORT"]

    def prog():
        t = tcp.sock_tcp()
        r = yield from call_gen(tcp.tcp_connect, t, "127.0.0.1", port)
        assert r == 1.0
        r = yield from call_gen(tcp.tcp_send, t, "async\n")
        assert r == (6.0, None, None)
        line = yield from call_gen(tcp.tcp_receive, t)
        tcp.tcp_close(t)
        return line

    assert asyncio.run(run_async_gen(prog())) == ("async", None, None)


def test_async_concurrency(net):
    """Two threads waiting 0.3 s each on a stalling server finish together, while a third echoes."""
    ports = _ports(net)

    def staller():
        t = tcp.sock_tcp()
        tcp.tcp_settimeout(t, 0.3)
        yield from call_gen(tcp.tcp_connect, t, "127.0.0.1", ports["STALL_PORT"])
        r = yield from call_gen(tcp.tcp_receive, t)
        tcp.tcp_close(t)
        return r

    def echoer():
        t = tcp.sock_tcp()
        yield from call_gen(tcp.tcp_connect, t, "127.0.0.1", ports["ECHO_PORT"])
        out = []
        for i in range(5):
            yield from call_gen(tcp.tcp_send, t, "m%d\n" % i)
            out.append((yield from call_gen(tcp.tcp_receive, t))[0])
            yield from call_gen(timeout.sock_sleep, 0.01)
        tcp.tcp_close(t)
        return out

    async def main():
        t0 = time.monotonic()
        res = await asyncio.gather(run_async_gen(staller()), run_async_gen(staller()),
                                   run_async_gen(echoer()))
        return res, time.monotonic() - t0

    (a, b, c), dt = asyncio.run(main())
    assert a == b == (None, "timeout", "")
    assert c == ["m0", "m1", "m2", "m3", "m4"]
    assert dt < 0.55


def test_async_server_and_select():
    srv = tcp.sock_bind("127.0.0.1", 0)
    port = int(tcp.tcp_getsockname(srv)[1])

    def server():
        a = yield from call_gen(tcp.tcp_accept, srv)
        line = yield from call_gen(tcp.tcp_receive, a)
        yield from call_gen(tcp.tcp_send, a, line[0].upper() + "\n")
        tcp.tcp_close(a)

    def client():
        yield from call_gen(timeout.sock_sleep, 0.05)
        c = yield from call_gen(tcp.sock_connect, "127.0.0.1", port)
        yield from call_gen(tcp.tcp_send, c, "hi\n")
        r = yield from call_gen(lselect.sock_select, LuaTable.from_list([c]), None, 2)
        assert dict.get(r[0], 1) is c
        got = yield from call_gen(tcp.tcp_receive, c)
        tcp.tcp_close(c)
        return got

    async def main():
        return await asyncio.gather(run_async_gen(server()), run_async_gen(client()))

    assert asyncio.run(main())[1] == ("HI", None, None)
    tcp.tcp_close(srv)


# ---------------------------------------------------------------- http

def _http():
    return lhttp.open_http_table()


def test_http_simple_blocking(net):
    M = _http()
    url = "http://127.0.0.1:%d/text" % _ports(net)["HTTP_PORT"]
    body, code, headers, status = M["request"](url)
    assert body == servers.TEXT.decode()
    assert code == 200 and status == "HTTP/1.1 200 OK"
    assert headers["content-length"] == str(len(servers.TEXT))


def test_http_async_parallel(net):
    M = _http()
    base = "http://127.0.0.1:%d" % _ports(net)["HTTP_PORT"]
    M["TIMEOUT"] = 0.5

    async def main():
        t0 = time.monotonic()
        res = await asyncio.gather(
            run_async_gen(call_gen(M["request"], base + "/stall")),
            run_async_gen(call_gen(M["request"], base + "/chunked")),
            run_async_gen(call_gen(M["request"], base + "/redirect/3")),
            run_async_gen(call_gen(M["request"], base + "/echo", "k=v")))
        return res, time.monotonic() - t0

    (stall, chunked, redir, echo), dt = asyncio.run(main())
    assert stall == (None, "timeout")
    assert chunked[1] == 200 and chunked[0].startswith("first chunk\nsecond\n")
    assert redir[0] == "redirected GET\n" and redir[2]["location"].endswith("/redirect/0/302")
    assert echo[0].startswith("POST\n/echo\n") and echo[0].endswith("\n\nk=v")
    assert dt < 2


def test_http_errors(net):
    M = _http()
    assert M["request"]("http://127.0.0.1:%d/" % _ports(net)["CLOSED_PORT"]) == (None, "connection refused")
    assert M["request"]("nourl") == (None, "invalid host 'nil'")


# ---------------------------------------------------------------- url / ltn12 (pure)

def test_url_absolute_rfc():
    base = "http://a/b/c/d;p?q"
    cases = {"g": "http://a/b/c/g", "../g": "http://a/b/g", "?y": "http://a/b/c/d;p?y",
             "g;x": "http://a/b/c/g;x", "../../../g": "http://a/g", "//g": "http://g"}
    for rel, want in cases.items():
        assert lurl.absolute(base, rel) == want, rel


def test_url_parse_build():
    p = lurl.parse("http://u:pw@h:8080/p;x?q#f")
    assert p == {"scheme": "http", "authority": "u:pw@h:8080", "path": "/p", "params": "x",
                 "query": "q", "fragment": "f", "userinfo": "u:pw", "port": "8080", "host": "h",
                 "user": "u", "password": "pw"}
    assert lurl.build(p) == "http://u:pw@h:8080/p;x?q#f"


def test_ltn12_pump():
    M = lltn12.open_ltn12_table()
    snk, t = M["sink"]["table"]()
    assert M["pump"]["all"](M["source"]["string"]("x" * 5000), snk) == 1
    assert [len(t[i]) for i in (1, 2, 3)] == [2048, 2048, 904]


# ---------------------------------------------------------------- copas (threads as Python generators)

def _lua_fn(genfn):
    """A Lua function value with a generator version, as the compiler makes them."""
    def plain(*a):
        return drivers.run_gen_blocking(genfn(*a))
    plain.lua_gen = genfn
    return plain


def _copas():
    from lua2py.runtime.net import lcopas
    from lua2py.runtime.stdlib.linit import new_state

    G = new_state(make_current=False)
    return G, lcopas.open_copas_mod(G), lcopas


def test_copas_threads_sleep_order():
    G, C, _ = _copas()
    log = []

    def worker(name, delay):
        for i in range(3):
            yield from call_gen(C["sleep"], delay)
            log.append((name, i))

    # wakeups at a: .1 .2 .3 and b: .25 .5 .75 s, at least 50 ms apart (a loaded machine
    # delays each by some milliseconds: the order holds)
    C["addthread"](_lua_fn(worker), "a", 0.1)
    C["addthread"](_lua_fn(worker), "b", 0.25)
    C["loop"]()
    assert C["finished"]() is True
    assert log == [("a", 0), ("a", 1), ("b", 0), ("a", 2), ("b", 1), ("b", 2)]


def test_copas_server_and_clients(net):
    G, C, _ = _copas()
    srv = tcp.sock_bind("127.0.0.1", 0)
    port = int(tcp.tcp_getsockname(srv)[1])
    got = []

    def handler(c):
        line = yield from call_gen(tcp.tcp_receive, c)
        yield from call_gen(tcp.tcp_send, c, "echo:" + line[0] + "\n")
        tcp.tcp_close(c)

    def client(i):
        c = yield from call_gen(tcp.sock_connect, "127.0.0.1", port)
        yield from call_gen(tcp.tcp_send, c, "c%d\n" % i)
        got.append((yield from call_gen(tcp.tcp_receive, c))[0])
        tcp.tcp_close(c)

    def stopper():
        while len(got) < 3:
            yield from call_gen(C["sleep"], 0.01)
        C["removeserver"](srv)

    C["addserver"](srv, _lua_fn(handler))
    for i in range(3):
        C["addthread"](_lua_fn(client), i)
    C["addthread"](_lua_fn(stopper))
    C["loop"]()
    assert sorted(got) == ["echo:c0", "echo:c1", "echo:c2"]


def test_copas_wakeup_lock_queue(net):
    G, C, lcopas = _copas()
    from lua2py.runtime.net import lcopas_sync

    Q = lcopas_sync.open_copas_queue_mod(G)
    L = lcopas_sync.open_copas_lock_mod(G)
    q = Q["new"]()
    lk = L["new"]()
    log = []
    sleeper = []

    sched = lcopas._SCHEDULERS[id(C)]

    def sleeper_fn():
        sleeper.append(sched.current_thread())
        yield from call_gen(C["sleep"], -1)
        log.append("woken")

    def producer():
        for i in range(3):
            q.meta["push"](q, i)
            yield from call_gen(C["sleep"], 0.01)
        C["wakeup"](sleeper[0])

    def consumer():
        for _ in range(3):
            v = yield from call_gen(q.meta["pop"], q, 1)
            log.append(("got", v))

    def locker(name):
        get = lk.meta["get"]
        r = yield from call_gen(get, lk)
        log.append((name, r))
        yield from call_gen(C["sleep"], 0.02)
        lk.meta["release"](lk)

    C["addthread"](_lua_fn(sleeper_fn))
    C["addthread"](_lua_fn(consumer))
    C["addthread"](_lua_fn(producer))
    C["addthread"](_lua_fn(locker), "L1")
    C["addthread"](_lua_fn(locker), "L2")
    C["loop"]()
    assert [x for x in log if x[0] == "got"] == [("got", 0), ("got", 1), ("got", 2)]
    # lock:get returns the seconds waited: 0 for the first, about 0.02 for the second
    assert ("L1", 0) in log
    l2 = [x for x in log if x[0] == "L2"]
    assert len(l2) == 1 and 0.01 < l2[0][1] < 0.5
    assert log.index(("L1", 0)) < log.index(l2[0])
    assert "woken" in log


def test_copas_http_async(net):
    G, C, lcopas = _copas()
    H = lcopas.open_copas_http_mod(G)
    base = "http://127.0.0.1:%d" % _ports(net)["HTTP_PORT"]
    H["TIMEOUT"] = 0.4
    res = {}

    def fetch(name, path):
        res[name] = yield from call_gen(H["request"], base + path)

    for name, path in (("stall1", "/stall"), ("stall2", "/stall"), ("text", "/text")):
        C["addthread"](_lua_fn(fetch), name, path)
    t0 = time.monotonic()
    C["loop"]()
    assert time.monotonic() - t0 < 0.8
    assert res["stall1"] == res["stall2"] == (None, "timeout")
    assert res["text"][1] == 200


# ---------------------------------------------------------------- samples that need a server
#
# samples/NAME/NAME.netout holds lua5.4 + lua-socket's output (recorded with the sample's own
# server running); the sample's server.py is started here on a free port and passed to the
# program in SAMPLE_PORT.

SAMPLES = ROOT / "samples"


def _sample_server(name):
    import importlib.util

    spec = importlib.util.spec_from_file_location("sample_server_" + name, SAMPLES / name / "server.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run_server_sample(name):
    srv = _sample_server(name).start()
    try:
        env = dict(os.environ, SAMPLE_PORT=str(srv.server_port))
        env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        p = subprocess.run([sys.executable, "-m", "lua2py", "run", name + ".lua"], cwd=SAMPLES / name,
                           env=env, capture_output=True, timeout=120)
    finally:
        srv.shutdown()
        srv.server_close()
    assert p.returncode == 0, p.stderr.decode(errors="replace")
    expected = (SAMPLES / name / (name + ".netout")).read_bytes()
    assert p.stdout.decode("latin-1") == expected.decode("latin-1"), p.stderr.decode(errors="replace")
    return srv


def test_sample_async_request():
    run_server_sample("async_request")


def test_sample_copas_fetch():
    # 100 requests the server answers after 50 ms each: the copas threads must have them in
    # flight together (the server counts overlapping requests; one after the other is 1).
    # Not a timing: a loaded machine stretches the wall time, not the overlap.
    srv = run_server_sample("copas_fetch")
    assert srv.max_in_flight >= 10, srv.max_in_flight


# ---------------------------------------------------------------- net programs with our own expectations
#
# NAME.ownout: where lua2py deliberately differs from lua5.4 + Copas (I/O inside a user's
# nested coroutine.resume stays asynchronous in lua2py), the expected output is written
# for lua2py and checked by hand, not recorded; each program says why in its header.

OWN = sorted(p for p in NET.glob("*.lua") if p.with_suffix(".ownout").exists())


@pytest.mark.parametrize("prog", OWN, ids=[p.stem for p in OWN])
def test_net_own_expectations(prog, net):
    if prog.name.startswith("https") and "HTTPS_PORT" not in net[1]:
        pytest.fail("the https test server needs the cryptography package (pip install \".[test]\")")
    env = dict(os.environ, **net[1])
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    p = subprocess.run([sys.executable, "-c", RUNNER, prog.name], cwd=prog.parent, env=env,
                       capture_output=True, timeout=120)
    assert p.returncode == 0, p.stderr.decode(errors="replace")
    assert p.stdout == prog.with_suffix(".ownout").read_bytes(), p.stderr.decode(errors="replace")


# ---------------------------------------------------------------- loop readers and fd reuse

def test_reader_registration_survives_fd_reuse(net):
    """A socket's reader stays registered with the loop between waits; closing it (or dropping
    it unclosed) and getting the same fd number for a new socket must not confuse the loop."""
    import gc

    port = _ports(net)["ECHO_PORT"]

    def echo_once(msg, close=True):
        t = tcp.sock_tcp()
        r = yield from call_gen(tcp.tcp_connect, t, "127.0.0.1", port)
        assert r == 1.0
        fd = t.fileno()
        yield from call_gen(tcp.tcp_send, t, msg + "\n")
        got = yield from call_gen(tcp.tcp_receive, t)
        if close:
            tcp.tcp_close(t)
        return fd, got[0]

    def prog():
        fds, out = [], []
        for i in range(4):
            # every other socket is dropped without close: collected, its fd closed by Python
            fd, line = yield from echo_once("m%d" % i, close=(i % 2 == 0))
            gc.collect()
            fds.append(fd)
            out.append(line)
        return fds, out

    fds, out = asyncio.run(run_async_gen(prog()))
    assert out == ["m0", "m1", "m2", "m3"]
    assert len(set(fds)) < len(fds)  # fd numbers were reused, so the stale entries were exercised


def test_copas_loop_imports_neither_asyncio_nor_socket(tmp_path):
    """copas.loop runs on its own loop (runtime/net/evloop.py) and LuaSocket on _socket:
    a program that requires copas and runs a loop with a timer and a socket imports neither
    asyncio nor Python's socket module (each slower to import than the net modules)."""
    prog = tmp_path / "p.lua"
    prog.write_text(
        'local copas = require "copas"\n'
        'local socket = require "socket"\n'
        'copas.addthread(function()\n'
        '  copas.sleep(0.01)\n'
        '  local s = socket.tcp()\n'
        '  print(s:connect("127.0.0.1", 1))\n'
        'end)\n'
        'copas.loop()\n')
    code = ("import sys\nfrom lua2py.cli import main\nrc = main(['run', sys.argv[1]])\n"
            "print('asyncio' in sys.modules, 'socket' in sys.modules, 'selectors' in sys.modules)\n")
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    p = subprocess.run([sys.executable, "-c", code, str(prog)], env=env, capture_output=True, timeout=60)
    assert p.stdout.decode() == "nil\tconnection refused\nFalse False False\n", p.stderr.decode()


# url.lua's and http.lua's patterns as regexes: lurl.parse and lhttp.status_code are written
# by hand (so that `require "copas"` does not import re); they must agree with these
_URL_RE = {
    "scheme": r"([A-Za-z0-9][A-Za-z0-9+\-.]*):", "authority": r"//([^/]*)", "userinfo": r"([^@]*)@",
    "port": r":([^:\]]*)\Z", "ipv6": r"\[(.+)\]\Z", "password": r":([^:]*)\Z",
}


def _parse_by_regex(url, default=None):
    import re

    rx = {k: re.compile(v, re.S) for k, v in _URL_RE.items()}
    parsed = dict(default or {})
    if not url:
        return None
    m = rx["scheme"].match(url)
    if m:
        parsed["scheme"] = m.group(1)
        url = url[m.end():]
    m = rx["authority"].match(url)
    if m:
        parsed["authority"] = m.group(1)
        url = url[m.end():]
    for key, ch in (("fragment", "#"), ("query", "?"), ("params", ";")):
        i = url.find(ch)
        if i >= 0:
            parsed[key] = url[i + 1:]
            url = url[:i]
    if url != "":
        parsed["path"] = url
    authority = parsed.get("authority")
    if authority is None:
        return parsed
    m = rx["userinfo"].match(authority)
    if m:
        parsed["userinfo"] = m.group(1)
        authority = authority[m.end():]
    m = rx["port"].search(authority)
    if m:
        parsed["port"] = m.group(1)
        authority = authority[:m.start()]
    if authority != "":
        m = rx["ipv6"].match(authority)
        parsed["host"] = m.group(1) if m else authority
    userinfo = parsed.get("userinfo")
    if userinfo is None:
        return parsed
    m = rx["password"].search(userinfo)
    if m:
        parsed["password"] = m.group(1)
        userinfo = userinfo[:m.start()]
    parsed["user"] = userinfo
    return parsed


def test_url_parse_matches_its_patterns():
    import random

    rnd = random.Random(14)
    alphabet = "ab1:/@[]?#;.+-%\n\xe9 "
    samples = ["http://user:pw@[::1]:8080/a/b;p?q=1#f", "https://h", "//x", "x:", "1a:b",
               "http://[::1]", "http://[]", "http://[a]:", "a@b@c:d:e", "+a:b", "http://h:80]/"]
    for _ in range(20000):
        samples.append("".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14))))
    for url in samples:
        assert lurl.parse(url) == _parse_by_regex(url), url
        d = {"host": "", "port": 80}
        assert lurl.parse(url, d) == _parse_by_regex(url, d), url


def test_status_code_matches_its_pattern():
    import random
    import re

    rx = re.compile(r"HTTP/[0-9]*\.[0-9]* ([0-9][0-9][0-9])")
    rnd = random.Random(15)
    samples = ["HTTP/1.1 200 OK", "HTTP/. 404", "HTTP/1.1 20", "xHTTP/1 HTTP/2.0 301 y",
               "HTTP/1.1  200", "HTTP/1.1 2000", "HTTP/\u0661.1 200", "HTTP/1.1 \u0662\u0660\u0660"]
    for _ in range(20000):
        samples.append("".join(rnd.choice(["HTTP/", "1", ".", " ", "2", "0", "x", "H"])
                               for _ in range(rnd.randint(0, 10))))
    for s in samples:
        m = rx.search(s)
        assert lhttp.status_code(s) == (int(m.group(1)) if m else None), s


def _headers_by(block, by_lines):
    """lhttp._receive_headers over a buffer holding `block`: (headers or error, what is left)."""
    rd = lhttp._BufReader(None)
    rd.buf = block
    if by_lines:
        rd.header_lines = lambda: None  # the line-at-a-time path
    g = lhttp._receive_headers(rd, LuaTable(), True)
    try:
        next(g)
    except StopIteration as e:
        return dict(e.value), rd.buf
    except lhttp._Try as e:
        return e.msg, None
    raise AssertionError("waited for more input: %r" % block)


def test_header_block_matches_line_at_a_time():
    """The whole-block header parse (header_lines) gives what receiving line by line gives:
    the first empty line ends the headers (CRs dropped as receive("*l") drops them), folded
    lines, repeated names, names lower-cased as string.lower does (ASCII letters only)."""
    import random

    rnd = random.Random(16)
    parts = ["Content-Type", "X", ":", ": ", " ", "\t", "\r", "a", "\xc0B", "=", "v"]
    blocks = [b"A: 1\r\nB: 2\r\n\r\nbody\n", b"\r\nbody\r\n\r\n", b"A: 1\r\n\r\r\nB: 2\r\n\r\n",
              b"A: 1\n\nB: 2\r\n\r\n", b"A: 1\r\n  folded\r\n\tmore\r\nA: 2\r\n\r\nx", b"\xc0\xc1: y\r\n\r\n",
              b"no colon\r\n\r\n", b"\rA: 1\r\nB: 2\r\n\r\n"]
    for _ in range(5000):
        lines = ["".join(rnd.choice(parts) for _ in range(rnd.randint(0, 5))) for _ in range(rnd.randint(1, 5))]
        sep = rnd.choice(["\r\n", "\r\n", "\n"])
        blocks.append((sep.join(lines) + "\r\n\r\nbody\r\n").encode("latin-1"))
    fast = 0
    for b in blocks:
        rd = lhttp._BufReader(None)
        rd.buf = b
        fast += rd.header_lines() is not None
        assert _headers_by(b, False) == _headers_by(b, True), b
    assert fast > 1000
    assert _headers_by(b"\xc0\xc1-Q: y\r\n\r\n", False) == ({"\xc0\xc1-q": "y"}, b"")

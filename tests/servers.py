"""Loopback test servers for the socket / socket.http / copas tests and the net goldens.

Everything listens on 127.0.0.1 only, runs in daemon threads and stops with `stop()`.

  EchoServer      raw TCP: echoes every byte back; closes when the client does
  ScriptServer    raw TCP: on connect sends a fixed script, then either stalls
                  (keeps the connection open, reading nothing) or closes
  StallServer     raw TCP: accepts and never sends anything (ScriptServer with b"")
  UDPEchoServer   UDP: sends every datagram back to its sender, upper-cased
  HTTPTestServer  HTTP/1.1 (http.server) with the routes listed in `_Handler`
  HTTPSTestServer the same over TLS, with a self-signed certificate made at start
                  (needs the `cryptography` package; HTTPS_CA names the PEM to trust)
  FTPServer       a small FTP server (USER, PASS, TYPE, EPSV, RETR, STOR, DELE, CWD, NOOP,
                  QUIT; passive data connections only) over an in-memory file table
  SMTPServer      a small SMTP server (EHLO, AUTH PLAIN/LOGIN, MAIL, RCPT, DATA, QUIT) that
                  keeps the messages it got; XDUMP answers the last one, dot-stuffed, ending "."

Run as a script (`python tests/servers.py`) it starts one of each, prints
`NAME=PORT` lines (the env variables the net goldens read) and serves until
killed or stdin closes.
"""
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOST = "127.0.0.1"
SCRIPT = b"line one\nline two\r\nthird\n\nlast partial"


class _TCPServer:
    def __init__(self, port=0):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((HOST, port))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self._stop = threading.Event()
        self._conns = []
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)
        self._thread.start()

    def _accept_loop(self):
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                c, _ = self.sock.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            c.settimeout(None)
            self._conns.append(c)
            threading.Thread(target=self._serve_guard, args=(c,), daemon=True).start()

    def _serve_guard(self, c):
        try:
            self.serve(c)
        except OSError:
            pass
        finally:
            try:
                c.close()
            except OSError:
                pass

    def serve(self, c):
        raise NotImplementedError

    def stop(self):
        self._stop.set()
        try:
            self.sock.close()
        except OSError:
            pass
        for c in self._conns:
            try:
                c.close()
            except OSError:
                pass


class EchoServer(_TCPServer):
    def serve(self, c):
        while not self._stop.is_set():
            data = c.recv(65536)
            if not data:
                return
            c.sendall(data)


class ScriptServer(_TCPServer):
    """Sends `script` on connect; then closes (close=True) or holds the connection open."""

    def __init__(self, script=SCRIPT, close=False, port=0):
        self.script = script
        self.close = close
        super().__init__(port)

    def serve(self, c):
        if self.script:
            c.sendall(self.script)
        if self.close:
            c.shutdown(socket.SHUT_WR)
            # wait for the client to close so that it sees FIN, not RST
            c.settimeout(5)
            try:
                while c.recv(65536):
                    pass
            except OSError:
                pass
            return
        # stall: read and drop whatever comes until the client goes away or we are stopped
        c.settimeout(0.1)
        while not self._stop.is_set():
            try:
                if not c.recv(65536):
                    return
            except socket.timeout:
                continue


class StallServer(ScriptServer):
    def __init__(self, port=0):
        super().__init__(b"", close=False, port=port)


class UDPEchoServer:
    def __init__(self, port=0):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((HOST, port))
        self.port = self.sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self):
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                data, addr = self.sock.recvfrom(65536)
            except socket.timeout:
                continue
            except OSError:
                return
            try:
                self.sock.sendto(data.upper(), addr)
            except OSError:
                pass

    def stop(self):
        self._stop.set()
        self.sock.close()


# ---------------------------------------------------------------- HTTP

TEXT = b"hello from the test server\nsecond line\n"


class _Handler(BaseHTTPRequestHandler):
    """Routes:
      GET  /text                  200 text/plain TEXT
      GET  /headers               repeated X-Multi and Set-Cookie headers
      GET  /redirect/N[/CODE]     CODE (302) to /redirect/N-1/CODE ... /redirect/0 -> /text
      GET  /relredirect           302 with a relative Location ("text")
      GET  /chunked               chunked body (3 chunks)
      GET  /status/N              status N with body "status N" (none for 204/304)
      GET  /slow                  headers, part of the body, then stalls 3 s
      GET  /stall                 stalls 3 s before anything
      GET  /close                 body delimited by closing the connection (no length)
      *    /echo                  text: method, path, sorted request headers, then the body
      *    http://...             (absolute-form target, as sent to a proxy) the same as /echo
      HEAD any                    the GET headers, no body
    """

    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    # no Server / Date headers: outputs stay deterministic
    def send_response(self, code, message=None):
        self.send_response_only(code, message)

    def send_error(self, code, message=None, explain=None):
        # After an error answer, read what the client still sends before closing.  A
        # "request" this server cannot parse is usually the tail of a body it was not
        # told about: copas.http frames a source without content-length in chunks
        # without a Transfer-Encoding header, as Copas does; closing on a client still
        # sending made the outcome depend on the machine's load.
        super().send_error(code, message, explain)
        self.close_connection = True
        try:
            self.connection.settimeout(1.0)
            while self.rfile.read1(65536):
                pass
        except Exception:
            pass

    def _body(self):
        te = self.headers.get("Transfer-Encoding", "")
        if "chunked" in te.lower():
            out = b""
            while True:
                line = self.rfile.readline()
                n = int(line.split(b";")[0].strip() or b"0", 16)
                if n == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return out
                out += self.rfile.read(n)
                self.rfile.readline()
        n = int(self.headers.get("Content-Length", "0") or 0)
        return self.rfile.read(n) if n else b""

    def _send(self, code, body=b"", headers=(), ctype="text/plain"):
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        if code not in (204, 304):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and code not in (204, 304):
            self.wfile.write(body)

    def _route(self):
        path = self.path
        if path == "/text":
            return self._send(200, TEXT)
        if path == "/headers":
            return self._send(200, b"h", [("X-Multi", "one"), ("X-Multi", "two"),
                                          ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2"),
                                          ("X-Single", "Mixed Case Value")])
        if path.startswith("/redirect/"):
            parts = path.split("/")
            n = int(parts[2])
            code = int(parts[3]) if len(parts) > 3 else 302
            if n <= 0:
                return self._send(200, b"redirected " + self.command.encode() + b"\n")
            loc = "http://%s:%d/redirect/%d/%d" % (HOST, self.server.server_port, n - 1, code)
            return self._send(code, b"moved", [("Location", loc)])
        if path == "/relredirect":
            return self._send(302, b"moved", [("Location", "text")])
        if path == "/chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            if self.command != "HEAD":
                for part in (b"first chunk\n", b"second\n", b"x" * 300 + b"\n"):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
                self.wfile.write(b"0\r\n\r\n")
            return
        if path.startswith("/status/"):
            code = int(path.split("/")[2])
            return self._send(code, b"status %d" % code)
        if path == "/slow":
            self.send_response(200)
            self.send_header("Content-Length", "100")
            self.end_headers()
            self.wfile.write(b"partial body")
            self.wfile.flush()
            time.sleep(3)
            self.close_connection = True
            return
        if path == "/stall":
            time.sleep(3)
            self.close_connection = True
            return
        if path == "/big":  # 5000 bytes by length: LuaSocket's sink sees 2048, 2048, 904
            return self._send(200, bytes(65 + i % 26 for i in range(5000)))
        if path == "/bigclose":  # 5000 bytes until the connection closes
            self.send_response(200)
            self.end_headers()
            self.wfile.write(bytes(97 + i % 26 for i in range(5000)))
            self.close_connection = True
            return
        if path == "/truncated":  # a body cut short: LuaSocket answers "closed"
            self.send_response(200)
            self.send_header("Content-Length", "100")
            self.end_headers()
            self.wfile.write(b"0123456789")
            self.close_connection = True
            return
        if path == "/truncated_chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.wfile.write(b"5\r\nfirst\r\n20\r\nonly part")
            self.close_connection = True
            return
        if path == "/close":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"until close\n")
            self.close_connection = True
            return
        if path.startswith("/echo") or path.startswith("http://"):
            body = self._body()
            lines = [self.command.encode(), path.encode()]
            for k in sorted(set(k.lower() for k in self.headers.keys())):
                for v in self.headers.get_all(k):
                    lines.append(("%s: %s" % (k, v)).encode("latin-1"))
            out = b"\n".join(lines) + b"\n\n" + body
            return self._send(200, out)
        return self._send(404, b"not found")

    def do_GET(self):
        self._route()

    do_HEAD = do_POST = do_PUT = do_DELETE = do_GET


class _QuietHTTPServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # clients that close early (redirects, timeouts) are expected


class HTTPTestServer:
    def __init__(self, port=0):
        self.httpd = _QuietHTTPServer((HOST, port), _Handler)
        self.httpd.daemon_threads = True
        self.wrap(self.httpd)
        self.port = self.httpd.server_port
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()

    def wrap(self, httpd):
        pass

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def make_self_signed(folder):
    """A self-signed certificate for 127.0.0.1 / localhost: returns (cert.pem, key.pem)."""
    import datetime
    import ipaddress
    import os

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "lua2py test")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=7))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                         x509.IPAddress(ipaddress.ip_address(HOST))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cpath, kpath = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    with open(cpath, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    with open(kpath, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    return cpath, kpath


class HTTPSTestServer(HTTPTestServer):
    def __init__(self, port=0):
        import ssl
        import tempfile

        self.tmp = tempfile.TemporaryDirectory()
        self.cafile, keyfile = make_self_signed(self.tmp.name)
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(self.cafile, keyfile)
        super().__init__(port)

    def wrap(self, httpd):
        httpd.socket = self.ctx.wrap_socket(httpd.socket, server_side=True)

    def stop(self):
        super().stop()
        self.tmp.cleanup()


class _ReservedPort:
    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind((HOST, 0))
        self.port = self.sock.getsockname()[1]

    def stop(self):
        self.sock.close()


def free_port():
    s = socket.socket()
    s.bind((HOST, 0))
    p = s.getsockname()[1]
    s.close()
    return p


class _LineServer(_TCPServer):
    """A line-oriented protocol server: `greeting`, then `command(c, f, verb, arg, state)` per
    line (f reads the connection, state is the connection's own dict; False: not a command it
    knows); QUIT answers `bye` and ends the connection."""
    greeting = b""
    bye = b""

    def serve(self, c):
        f = c.makefile("rb")
        c.sendall(self.greeting)
        state = {}
        for raw in f:
            line = raw.decode("latin-1").rstrip("\r\n")
            verb, _, arg = line.partition(" ")
            verb = verb.upper()
            if verb == "QUIT":
                c.sendall(self.bye)
                return
            if not self.command(c, f, verb, arg, state):
                c.sendall(b"502 command not implemented\r\n")


class FTPServer(_LineServer):
    greeting = b"220 lua2py test FTP server ready\r\n"
    bye = b"221 goodbye\r\n"

    def __init__(self, port=0):
        self.files = {"hello.txt": b"hello from the ftp server\nsecond line\n",
                      "big.bin": bytes(range(256)) * 40}
        super().__init__(port)

    def _data(self, c, state):
        ls = state.pop("pasv", None)
        if ls is None:
            c.sendall(b"425 use EPSV first\r\n")
            return None
        ls.settimeout(10)
        try:
            d, _ = ls.accept()
        finally:
            ls.close()
        return d

    def command(self, c, f, verb, arg, state):
        if verb == "USER":
            c.sendall(b"331 password please\r\n" if arg != "nopass" else b"230 welcome\r\n")
        elif verb == "PASS":
            c.sendall(b"530 login incorrect\r\n" if arg == "wrong" else b"230 logged in\r\n")
        elif verb == "TYPE":
            c.sendall(b"200 type set to " + arg.encode() + b"\r\n")
        elif verb == "EPSV":
            ls = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            ls.bind((HOST, 0))
            ls.listen(1)
            state["pasv"] = ls
            c.sendall(b"229 Entering Extended Passive Mode (|||%d|)\r\n" % ls.getsockname()[1])
        elif verb == "RETR":
            if arg not in self.files:
                state.pop("pasv", None)
                c.sendall(b"550 " + arg.encode("latin-1") + b": no such file\r\n")
                return True
            c.sendall(b"150 opening data connection\r\n")
            d = self._data(c, state)
            if d is not None:
                d.sendall(self.files[arg])
                d.close()
                c.sendall(b"226 transfer complete\r\n")
        elif verb == "STOR":
            c.sendall(b"150 ok to send data\r\n")
            d = self._data(c, state)
            if d is not None:
                chunks = []
                while True:
                    b = d.recv(65536)
                    if not b:
                        break
                    chunks.append(b)
                d.close()
                self.files[arg] = b"".join(chunks)
                c.sendall(b"226 stored %d bytes\r\n" % len(self.files[arg]))
        elif verb == "DELE":
            if self.files.pop(arg, None) is None:
                c.sendall(b"550 no such file\r\n")
            else:
                c.sendall(b"250 deleted\r\n")
        elif verb == "CWD":
            c.sendall(b"250 directory changed\r\n")
        elif verb == "NOOP":
            c.sendall(b"200 noop ok\r\n")
        else:
            return False
        return True


class SMTPServer(_LineServer):
    greeting = b"220 test.local ESMTP lua2py test server\r\n"
    bye = b"221 bye\r\n"

    def __init__(self, port=0):
        self.messages = []
        super().__init__(port)

    def command(self, c, f, verb, arg, state):
        if verb in ("EHLO", "HELO"):
            c.sendall(b"250-test.local greets " + arg.encode("latin-1") + b"\r\n250-SIZE 100000\r\n"
                      b"250 AUTH PLAIN\r\n")
        elif verb == "AUTH":
            import base64

            kind, _, token = arg.partition(" ")
            parts = base64.b64decode(token).split(b"\0") if kind == "PLAIN" else []
            ok = parts[1:] == [b"user", b"secret"]
            c.sendall(b"235 authenticated\r\n" if ok else b"535 authentication failed\r\n")
        elif verb == "MAIL":
            state["mail"] = {"from": arg, "rcpt": []}
            c.sendall(b"250 sender ok\r\n")
        elif verb == "RCPT":
            if "nobody@" in arg:
                c.sendall(b"550 no such user here\r\n")
            else:
                state["mail"]["rcpt"].append(arg)
                c.sendall(b"250 recipient ok\r\n")
        elif verb == "DATA":
            c.sendall(b"354 end data with <CR><LF>.<CR><LF>\r\n")
            lines = []
            for raw in f:
                if raw in (b".\r\n", b".\n"):
                    break
                lines.append(raw)
            state["mail"]["data"] = b"".join(lines)
            self.messages.append(state["mail"])
            c.sendall(b"250 queued as %d\r\n" % len(self.messages))
        elif verb == "XDUMP":
            m = self.messages[-1] if self.messages else {"from": "", "rcpt": [], "data": b""}
            c.sendall(("MAIL " + m["from"] + "\r\n" + "".join("RCPT " + r + "\r\n" for r in m["rcpt"]))
                      .encode("latin-1") + m["data"] + b".\r\n")
        elif verb == "RSET" or verb == "NOOP":
            c.sendall(b"250 ok\r\n")
        else:
            return False
        return True


def start_all():
    """Start one of each server; returns (servers, env) with env = {VAR: "port"}."""
    servers = {
        "ECHO_PORT": EchoServer(),
        "SCRIPT_PORT": ScriptServer(),
        "CLOSER_PORT": ScriptServer(close=True),
        "STALL_PORT": StallServer(),
        "HTTP_PORT": HTTPTestServer(),
        "UDP_PORT": UDPEchoServer(),
        "FTP_PORT": FTPServer(),
        "SMTP_PORT": SMTPServer(),
    }
    try:
        servers["HTTPS_PORT"] = HTTPSTestServer()
    except ImportError:  # no `cryptography`: the https programs are skipped
        pass
    # a port nobody listens on, for "connection refused": bound (so that no other server,
    # say of a parallel test worker, can take it) but not listening
    servers["CLOSED_PORT"] = _ReservedPort()
    env = {k: str(s.port) for k, s in servers.items()}
    if "HTTPS_PORT" in servers:
        env["HTTPS_CA"] = servers["HTTPS_PORT"].cafile
    return servers, env


def stop_all(servers):
    for s in servers.values():
        s.stop()


if __name__ == "__main__":
    servers, env = start_all()
    for k, v in sorted(env.items()):
        print("%s=%s" % (k, v), flush=True)
    try:
        sys.stdin.read()
    except KeyboardInterrupt:
        pass
    stop_all(servers)

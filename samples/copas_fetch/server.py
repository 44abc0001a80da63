"""A local HTTP server for the copas_fetch sample (127.0.0.1 only) that answers slowly.

  GET /item/N   waits DELAY seconds (0.05), then 200 with N lines "item N line K\n"
                (K = 1..N % 10 + 1) -- or 404 "no item N\n" when N is a multiple of 7
  anything else 404

`python server.py [PORT]` serves until Ctrl-C (default port 8080).  From Python,
`start(port=0)` serves in a daemon thread and returns the server (`.server_port`,
`.shutdown()`).  Each request is handled in its own thread, so slow answers overlap;
`max_in_flight` is the largest number of requests the server was answering at once
(1 for a client that sends one request after the other).
"""
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DELAY = 0.05
_lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def send_response(self, code, message=None):  # no Date/Server headers: deterministic
        self.send_response_only(code, message)

    def do_GET(self):
        parts = self.path.split("/")
        code, body = 404, b"not found\n"
        if len(parts) == 3 and parts[1] == "item" and parts[2].isdigit():
            n = int(parts[2])
            self.server.enter()
            try:
                time.sleep(DELAY)
            finally:
                self.server.leave()
            if n % 7 == 0:
                code, body = 404, b"no item %d\n" % n
            else:
                code = 200
                body = b"".join(b"item %d line %d\n" % (n, k) for k in range(1, n % 10 + 2))
        self.send_response(code)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # 100 clients connect at once
    in_flight = max_in_flight = 0

    def enter(self):
        with _lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def leave(self):
        with _lock:
            self.in_flight -= 1


def start(port=0):
    srv = Server(("127.0.0.1", port), Handler)
    threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return srv


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8080
    srv = Server(("127.0.0.1", port), Handler)
    print("listening on 127.0.0.1:%d" % srv.server_port, flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass

"""A tiny local HTTP server for the async_request sample (127.0.0.1 only).

  GET /hello      200, "Hello from the local server!\n"
  GET /data.txt   200, three lines of text
  anything else   404, "no such page: PATH\n"

`python server.py [PORT]` serves until Ctrl-C (default port 8080) and prints
`listening on 127.0.0.1:PORT`.  From Python, `start(port=0)` serves in a
daemon thread and returns the server (its `.server_port`, `.shutdown()`).
"""
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGES = {
    "/hello": b"Hello from the local server!\n",
    "/data.txt": b"line 1: lua\nline 2: coroutines\nline 3: sockets\n",
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def send_response(self, code, message=None):  # no Date/Server headers: deterministic
        self.send_response_only(code, message)

    def do_GET(self):
        body = PAGES.get(self.path)
        code = 200 if body is not None else 404
        if body is None:
            body = b"no such page: " + self.path.encode() + b"\n"
        self.send_response(code)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def start(port=0):
    srv = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return srv


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8080
    srv = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    print("listening on 127.0.0.1:%d" % srv.server_port, flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass

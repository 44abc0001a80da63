"""Loopback servers for benchmarks/net: a fast asyncio HTTP/1.1 server and a TCP line echo server.

  python server.py   -> prints "HTTP_PORT=N" and "ECHO_PORT=N", serves until stdin closes.

The HTTP server answers every request with a fixed 200 (Content-Length body) and honours
"Connection: close" (LuaSocket's socket.http always sends it), so each request is a fresh
connection for every client form.
"""
import asyncio
import sys

BODY = b"x" * 1024 + b"\n"
RESP = (b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n"
        b"Connection: close\r\n\r\n" % len(BODY)) + BODY


async def http_conn(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            n = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    n = int(line[15:])
            if n:
                await reader.readexactly(n)
            writer.write(RESP)
            await writer.drain()
            break  # Connection: close
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def echo_conn(reader, writer):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            writer.write(data)
            await writer.drain()
    except ConnectionError:
        pass
    finally:
        writer.close()


async def main():
    h = await asyncio.start_server(http_conn, "127.0.0.1", 0, backlog=512)
    e = await asyncio.start_server(echo_conn, "127.0.0.1", 0, backlog=512)
    print("HTTP_PORT=%d" % h.sockets[0].getsockname()[1], flush=True)
    print("ECHO_PORT=%d" % e.sockets[0].getsockname()[1], flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)


if __name__ == "__main__":
    asyncio.run(main())

"""The hand-written baseline for http_copas.lua: 1,000 GETs, 100 in flight, h11 over asyncio
streams (h11, a standard HTTP/1.1 engine), one connection per request
(Connection: close, as LuaSocket sends)."""
import asyncio
import os
import sys

import h11


async def get(port, path):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    conn = h11.Connection(h11.CLIENT)
    writer.write(conn.send(h11.Request(method="GET", target=path, headers=[
        ("Host", "127.0.0.1:%d" % port), ("Connection", "close, TE"), ("TE", "trailers"),
        ("User-Agent", "LuaSocket 3.0.0")])))
    writer.write(conn.send(h11.EndOfMessage()))
    await writer.drain()
    code, body = None, []
    while True:
        ev = conn.next_event()
        if ev is h11.NEED_DATA:
            conn.receive_data(await reader.read(8192))
            continue
        if isinstance(ev, h11.Response):
            code = ev.status_code
        elif isinstance(ev, h11.Data):
            body.append(bytes(ev.data))
        elif isinstance(ev, (h11.EndOfMessage, h11.ConnectionClosed)):
            break
    writer.close()
    return code, b"".join(body)


async def main(n, c):
    port = int(os.environ["HTTP_PORT"])
    ok = failed = nbytes = 0

    async def worker(t):
        nonlocal ok, failed, nbytes
        for i in range(t, n + 1, c):
            code, body = await get(port, "/item/%d" % i)
            if code == 200:
                ok += 1
                nbytes += len(body)
            else:
                failed += 1

    await asyncio.gather(*(worker(t) for t in range(1, c + 1)))
    print("ok\t%d\tfailed\t%d\tbytes\t%d" % (ok, failed, nbytes))


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000,
                     int(sys.argv[2]) if len(sys.argv) > 2 else 100))

"""The hand-written baseline for echo_copas.lua: 20 asyncio clients, 2,000 lines each,
one line sent and read back at a time."""
import asyncio
import os
import sys


async def main(c, n):
    port = int(os.environ["ECHO_PORT"])
    lines = nbytes = 0

    async def client(t):
        nonlocal lines, nbytes
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        msg = ("client %d line " % t) + "." * 40
        for i in range(1, n + 1):
            writer.write(("%s%d\n" % (msg, i)).encode())
            back = await reader.readline()
            lines += 1
            nbytes += len(back) - 1
        writer.close()

    await asyncio.gather(*(client(t) for t in range(1, c + 1)))
    print("lines\t%d\tbytes\t%d" % (lines, nbytes))


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20,
                     int(sys.argv[2]) if len(sys.argv) > 2 else 2000))

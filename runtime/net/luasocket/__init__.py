"""LuaSocket's `socket` module (socket.core plus the Lua part of socket.lua), on Python sockets.

Split as LuaSocket's C files are:

  drivers.py    how an operation runs: blocking (poll) or on the asyncio loop; the request types
  errors.py     LuaSocket's error strings ("closed", "timeout", strerror)
  timeout.py    timeout.c: block / total timeouts, socket.gettime, socket.sleep
  inet.py       inet.c: socket.dns, addresses and ports, getsockname / getpeername
  tcp.py        tcp.c (with buffer.c and options.c's tcp options): tcp objects, connect, bind
  udp.py        udp.c: udp objects
  select.py     select.c: socket.select
  socketlua.py  socket.lua: try, protect, skip, choose, sinks and sources
  luasocket.py  luasocket.c: the socket table with all of the above

Every blocking operation is an `aio.IORequest` (see runtime/coroutine/aio.py):

  - the operation itself is written once, as a generator ("op") that does the
    non-blocking system calls and, whenever a call would block, yields a *wait*
    `(WAIT_READ|WAIT_WRITE, fd, seconds_or_None)` (or `(RESOLVE, host, port)`)
    and receives True (ready) / False (timed out) / the addresses back;
  - `run_blocking()` answers the waits with poll(), `run_async()` with the
    asyncio loop (add_reader/add_writer, getaddrinfo), so both give exactly the
    same Lua results, computed by the same code.

Each Lua-visible method has a plain version (runs its request blocking) and a
generator version as its `lua_gen` attribute (`result = yield request`).

The Python sockets are always non-blocking; LuaSocket's timeouts (block / total
modes) are computed like its timeout.c does.  Values follow
docs/conventions.md: strings are latin-1 str, several results are tuples, and
numbers are floats where LuaSocket uses lua_pushnumber (send counts, 1 from
connect/close/...).
"""

"""LuaSocket's `socket` module (socket.core plus the Lua part of socket.lua), on the system's sockets.

Split as LuaSocket's C files are:

  pysocket.py   the system's socket objects (_socket's), without Python's socket module
  drivers.py    how an operation runs: blocking (poll) or, for tests and Python asyncio code, on
                an asyncio loop (copas's loop is ../evloop.py); the request types
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
  - `run_blocking()` answers the waits with poll(); copas's scheduler (../lcopas.py)
    parks the thread in its own loop (../evloop.py) until the socket is ready;
    `run_async()` answers them on a running asyncio loop (add_reader/add_writer),
    for Python code that drives Lua coroutines from asyncio.  All give exactly the
    same Lua results, computed by the same code.

Each Lua-visible method has a plain version (runs its request blocking) and a
generator version as its `lua_gen` attribute (`result = yield request`).

The Python sockets are always non-blocking; LuaSocket's timeouts (block / total
modes) are computed like its timeout.c does.  Values follow
docs/conventions.md: strings are latin-1 str, several results are tuples, and
numbers are floats where LuaSocket uses lua_pushnumber (send counts, 1 from
connect/close/...).
"""

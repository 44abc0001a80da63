"""The bridge between Lua coroutines and I/O: requests that travel up to whoever drives the coroutine.

Inside a coroutine, compiled Lua code runs as Python generators joined with
`yield from` (see docs/architecture.md).  A library function that does I/O has a
generator version (its `lua_gen` attribute) that yields an IORequest instead of
blocking.  The request travels up through every generator frame and through
any `coroutine.resume` the program itself is running, to the driver at the top:

  - the copas scheduler (runtime/net/lcopas.py, on its own loop net/evloop.py)
    parks the thread until the request is done and sends the result back down,
    so other Lua threads run meanwhile (Python asyncio code can instead await
    `request.run_async()`);
  - with no scheduler (plain `coroutine.resume` from the main chunk), the
    driver calls `request.run_blocking()`, which is what real LuaSocket does.

Outside any coroutine the plain (non-generator) version of the function is
called and simply blocks.
"""

from ..core.frames import runtime_module

runtime_module(__file__)


class IORequest:
    """One I/O operation, done blocking or under a loop; all give the same Lua result."""

    __slots__ = ()

    def run_blocking(self):
        raise NotImplementedError

    async def run_async(self):
        return self.run_blocking()

"""select.c: socket.select, over tcp and udp objects and tables with getfd/dirty methods."""
import select as _select
import time

from ...core import ops
from ...core.args import check_number, check_table
from ...core.frames import runtime_module
from ...core.table import LuaTable
from .drivers import OpRequest, io_function
from .errors import TIMEOUT
from .tcp import TCP
from .udp import UDP

runtime_module(__file__)


def _getfd(s):
    if s.__class__ is TCP:
        return s.fileno(), bool(s.buf)
    if s.__class__ is UDP:
        return s.fileno(), False
    if s.__class__ is LuaTable or hasattr(s, "lua_meta"):
        f = ops.index(s, "getfd")
        if f is None:
            return -1, False
        fd = ops.first(ops.call(f, s))
        d = ops.index(s, "dirty")
        dirty = bool(ops.first(ops.call(d, s))) if d is not None else False
        if fd.__class__ in (int, float):
            return int(fd), dirty
    return -1, False


def _collect(t):
    out = []
    if t is None:
        return out
    check_table(t, 1, "select")
    i = 1
    while True:
        s = dict.get(t, i)
        if s is None:
            break
        fd, dirty = _getfd(s)
        if fd >= 0:
            out.append((s, fd, dirty))
        i += 1
    return out


def _op_select(rs, ws, timeout):
    dirty = [s for s, _fd, d in rs if d]
    start = time.monotonic()
    rready, wready = [], []
    while True:
        t = 0.0 if dirty else (None if timeout is None else max(timeout - (time.monotonic() - start), 0.0))
        res = yield ("select", [fd for _s, fd, _d in rs], [fd for _s, fd, _d in ws], t)
        rfds, wfds = res
        rready = [s for s, fd, d in rs if fd in rfds or d]
        wready = [s for s, fd, d in ws if fd in wfds]
        break
    r = LuaTable()
    w = LuaTable()
    for t, lst in ((r, rready), (w, wready)):
        for i, s in enumerate(lst):
            dict.__setitem__(t, i + 1, s)
            dict.__setitem__(t, s, float(i + 1))
    if not rready and not wready:
        return (r, w, TIMEOUT)
    return (r, w)


class SelectRequest(OpRequest):
    __slots__ = ()

    def run_blocking(self):
        g = self.fn(*self.args)
        try:
            w = next(g)
            while True:
                _k, rfds, wfds, t = w
                while True:
                    try:
                        r, wr, _x = _select.select(rfds, wfds, [], t)
                        break
                    except InterruptedError:
                        continue
                w = g.send((set(r), set(wr)))
        except StopIteration as e:
            return e.value

    async def run_async(self):
        import asyncio  # loaded already: a loop is running (asyncio is slow to import)

        g = self.fn(*self.args)
        loop = asyncio.get_running_loop()
        try:
            w = next(g)
            while True:
                _k, rfds, wfds, t = w
                r, wr = set(), set()
                fut = loop.create_future()

                def mark(s, fd, fut=fut):
                    s.add(fd)
                    if not fut.done():
                        fut.set_result(None)

                for fd in rfds:
                    loop.add_reader(fd, mark, r, fd)
                for fd in wfds:
                    loop.add_writer(fd, mark, wr, fd)
                try:
                    if t is None:
                        await fut
                    else:
                        try:
                            await asyncio.wait_for(fut, t)
                        except asyncio.TimeoutError:
                            pass
                finally:
                    for fd in rfds:
                        loop.remove_reader(fd)
                    for fd in wfds:
                        loop.remove_writer(fd)
                w = g.send((r, wr))
        except StopIteration as e:
            return e.value


def _mk_select(recvt=None, sendt=None, timeout=None, *_):
    rs = _collect(recvt)
    ws = _collect(sendt)
    t = None
    if timeout is not None:
        t = float(check_number(timeout, 3, "select"))
        if t < 0:
            t = None
    return SelectRequest(_op_select, rs, ws, t)


sock_select = io_function(_mk_select, "select")

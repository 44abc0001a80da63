"""timeout.c: LuaSocket's block and total timeouts, the shared settimeout/gettimeout methods,
socket.gettime and socket.sleep."""
import time

from ...core.args import arg_error, check_number, check_str
from ...core.frames import runtime_module
from .drivers import SleepRequest, io_function

runtime_module(__file__)

class Timeout:
    __slots__ = ("block", "total", "start")

    def __init__(self):
        self.block = -1.0
        self.total = -1.0
        self.start = 0.0

    def markstart(self):
        self.start = time.monotonic()

    def retry(self):
        """Seconds left to wait, None for no limit."""
        b, t = self.block, self.total
        if b < 0 and t < 0:
            return None
        el = time.monotonic() - self.start
        if b < 0:
            return max(t - el, 0.0)
        if t < 0:
            return max(b - el, 0.0)
        return min(b, max(t - el, 0.0))


def settimeout(o, value, mode):
    """timeout_meth_settimeout of a tcp or udp object (the caller checked its class)."""
    t = -1.0 if value is None else float(check_number(value, 2, "settimeout"))
    mode = "b" if mode is None else check_str(mode, 3, "settimeout")
    if mode[:1] == "b":
        o.tm.block = t
    elif mode[:1] in ("t", "r"):
        o.tm.total = t
    else:
        arg_error(3, "settimeout", "invalid timeout mode")
    return 1.0


def gettimeout(o):
    return (o.tm.block, o.tm.total)


def sock_gettime(*_):
    return time.time()


def _mk_sleep(n=None, *_):
    n = float(check_number(n, 1, "sleep"))
    return SleepRequest(n)


sock_sleep = io_function(_mk_sleep, "sleep")

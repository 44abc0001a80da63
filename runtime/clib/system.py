"""lua-system 0.2.1's C module `system.core`: gettime, monotime, sleep (src/time.c)."""
import math
import time

from ..core.args import check_number
from ..core.table import LuaTable
from ..core.frames import runtime_module

runtime_module(__file__)

INT_MAX = 2147483647


def gettime(*_):
    """Seconds since the epoch, a float with microseconds (gettimeofday)."""
    return time.time_ns() // 1000 * 1.0e-6


def monotime(*_):
    """CLOCK_MONOTONIC in seconds, a float."""
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC) * 1.0e-9


def sleep(*args):
    n = check_number(args[0] if args else None, 1, "sleep", not args)
    n = float(n)
    if math.isnan(n) or n < 0.0:  # (int)NaN is 0 on this target: no sleep
        n = 0.0
    if n > INT_MAX:
        n = float(INT_MAX)
    secs = int(n)
    nsec = min(int((n - secs) * 1000000000), 999999999)
    time.sleep(secs + nsec * 1e-9)
    return ()


def luaopen(G):
    t = LuaTable()
    dict.__setitem__(t, "_VERSION", "LuaSystem 0.2.1")
    for name, fn in (("gettime", gettime), ("monotime", monotime), ("sleep", sleep)):
        dict.__setitem__(t, name, fn)
    return t

"""The base library's iterators, which the generic for recognises and runs on fast paths:
`next`, the iterator `ipairs` returns, and the loops the generic for runs in their place.

These are C functions in lua5.4 (lbaselib.c's next and ipairsaux), so their frames are a
level of their own (frames.py): an __index function that ipairs' iterator calls is called
by a C function.
"""
from ..core.args import check_int, type_error
from ..core.errors import LuaError
from ..core.frames import runtime_module
from ..core.ops import index
from ..core.table import LuaTable, iter_pairs, lua_next
from ..core.values import getmetamethod, objtypename

runtime_module(__file__)


def next_fn(*args):
    """Lua's `next`."""
    t = args[0] if args else None
    if t.__class__ is not LuaTable:
        type_error(1, "next", "table", t, not args)
    return lua_next(t, args[1] if len(args) > 1 else None)


def ipairs_iter(t=None, i=None, *_):
    """The iterator ipairs returns (it honours __index, as lua5.4's does)."""
    if i.__class__ is not int:
        i = check_int(i, 2, "ipairs_iter")
    # luaL_intop: wraps around at the 64-bit limits
    i = i + 1 if i != 0x7FFFFFFFFFFFFFFF else -0x8000000000000000
    if t.__class__ is LuaTable and t.meta is None:
        v = dict.get(t, i)
    else:
        if t.__class__ is not LuaTable and getmetamethod(t, "__index") is None:
            # lua_geti inside a C function: the error has no position
            raise LuaError("attempt to index a %s value" % objtypename(t))
        v = index(t, i)
    if v is None:
        return None
    return (i, v)


def ipairs_fast(t, n):
    """`for` over ipairs(t) of a table: ipairs' iterator as one generator of n-tuples."""
    i = 1
    get = dict.get
    while True:
        if t.meta is None:
            v = get(t, i)
        else:
            v = index(t, i)
        if v is None:
            return
        if n == 1:
            yield i
        elif n == 2:
            yield (i, v)
        else:
            yield (i, v) + (None,) * (n - 2)
        i += 1


def pairs_fast(t, n):
    """`for` over next, t (pairs of a table without __pairs): n-tuples in next() order."""
    if n == 2:
        return iter_pairs(t)
    if n == 1:
        return (k for k, v in iter_pairs(t))
    pad = (None,) * (n - 2)
    return ((k, v) + pad for k, v in iter_pairs(t))

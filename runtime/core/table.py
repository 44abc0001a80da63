"""The Lua table: a dict subclass, so reads and writes of plain tables run at C speed.

- Keys are normalised on the generic paths (rawkey): floats with integral values
  become ints (Lua's t[1.0] is t[1]), and booleans become BoolKey sentinels,
  because Python's True == 1 would otherwise make t[true] the same key as t[1].
- Storing nil deletes the key.
- `meta` holds the metatable (a LuaTable or None).  A missing key calls
  __missing__, which follows __index; so `t[k]` on a LuaTable is the whole
  Lua read with metamethods, and compiled code can use it directly.
- Identity equality and hashing: a table is a key by identity, never by contents.
"""
from .errors import rt_error
from .frames import transparent_module
from .libguard import WATCH_KEYS, stored

transparent_module(__file__)


class BoolKey:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return "BoolKey(%r)" % self.value


TRUE_KEY = BoolKey(True)
FALSE_KEY = BoolKey(False)


class LuaTable(dict):
    __slots__ = ("meta", "__weakref__")
    lua_type = "table"

    # Tables are equal only when they are the same table (__eq is handled by the operators);
    # object's C-level comparisons keep that identity rule at C speed.
    __hash__ = object.__hash__
    __eq__ = object.__eq__
    __ne__ = object.__ne__

    def __bool__(self):
        return True

    def __init__(self, *args):
        dict.__init__(self, *args)
        self.meta = None

    def __missing__(self, key):
        # follow __index tables in a loop (one Python call however deep the chain)
        t = self
        while True:
            mt = t.meta
            if mt is None:
                return None
            h = mt.get("__index")
            if h is None:
                return None
            if h.__class__ is LuaTable:
                v = h.get(key)
                if v is not None:
                    return v
                t = h
                continue
            if key.__class__ is BoolKey:
                key = key.value
            if callable(h):  # a function: its first result
                r = h(t, key)
                if r.__class__ is tuple:
                    return r[0] if r else None
                return r
            return _index_other(h, key)

    def __call__(self, *args):
        mt = self.meta
        h = None if mt is None else dict.get(mt, "__call")
        if h is None:
            raise TypeError("'table' object is not callable")
        if h.__class__ is LuaTable:
            # a chain of __call tables: lua5.4 retries the call with each handler in one frame
            # (luaD_tryfuncTM in a loop), so a long chain must not take a Python level each
            args = (self,) + args
            while h.__class__ is LuaTable:
                mt = h.meta
                nh = None if mt is None else dict.get(mt, "__call")
                if nh is None:
                    break
                args = (h,) + args
                h = nh
            return h(*args)
        return h(self, *args)

    def __repr__(self):
        return "table: 0x%014x" % id(self)

    # Lua-level helpers --------------------------------------------------------

    def length(self):
        """The raw border (#t without __len): n with t[n] ~= nil and t[n+1] == nil."""
        n = dict.__len__(self)
        if n == 0:
            return 0
        get = dict.get
        if get(self, n) is not None:
            if get(self, n + 1) is None:
                return n
            # unbounded search upwards, then binary search, like luaH_getn's hash part
            i, j = n, n * 2
            while get(self, j) is not None:
                i, j = j, j * 2
                if j > (1 << 62):
                    # pathological: linear search
                    k = 1
                    while get(self, k) is not None:
                        k += 1
                    return k - 1
        else:
            if get(self, 1) is None:
                return 0
            i, j = 1, n
        while j - i > 1:
            m = (i + j) // 2
            if get(self, m) is None:
                j = m
            else:
                i = m
        return i

    @classmethod
    def from_list(cls, items):
        """A sequence table {items[0], items[1], ...} (nils leave holes)."""
        t = cls()
        i = 1
        for v in items:
            if v is not None:
                dict.__setitem__(t, i, v)
            i += 1
        return t


# ops.index, for an __index that is neither a table nor a function (a string, a value with
# its own metatable): the operators sit above this module, and ops hands it over when imported
_index_other = None


def set_index_other(fn):
    global _index_other
    _index_other = fn


def rawkey(k):
    """Normalise a key for storage or lookup (floats with integer values -> int; bools -> sentinels)."""
    c = k.__class__
    if c is float:
        if k.is_integer():
            return int(k)
        return k
    if c is bool:
        return TRUE_KEY if k else FALSE_KEY
    return k


def luakey(k):
    """A stored key back to its Lua value."""
    if k.__class__ is BoolKey:
        return k.value
    return k


def rawset(t, k, v):
    c = k.__class__
    if c is float:
        if k != k:
            rt_error("table index is NaN")
        if k.is_integer():
            k = int(k)
    elif c is bool:
        k = TRUE_KEY if k else FALSE_KEY
    elif k is None:
        rt_error("table index is nil")
    if v is None:
        dict.pop(t, k, None)
    else:
        dict.__setitem__(t, k, v)
    if c is str and k in WATCH_KEYS:
        stored(t, k)


def lua_next(t, k=None):
    """next(t, k): the key after k, as (key, value), or None at the end.

    Traversal follows dict order.  Continuing from the key returned last is O(1)
    through a cached iterator over a snapshot of the keys, so assigning to
    existing fields (including nil) during traversal is allowed, as in Lua.
    """
    state = _NEXT_CACHE.get(id(t))
    if k is None:
        keys = list(dict.keys(t))
        pos = 0
    else:
        rk = rawkey(k)
        if state is not None and state[0] is t and state[2] > 0 and state[1][state[2] - 1] == rk and (
            state[1][state[2] - 1].__class__ is rk.__class__
        ):
            keys, pos = state[1], state[2]
        else:
            keys = list(dict.keys(t))
            try:
                pos = keys.index(rk) + 1
            except ValueError:
                if not dict.__contains__(t, rk):
                    rt_error("invalid key to 'next'")
                pos = len(keys)
    get = dict.get
    n = len(keys)
    while pos < n:
        key = keys[pos]
        pos += 1
        v = get(t, key)
        if v is not None:
            _NEXT_CACHE[id(t)] = (t, keys, pos)
            if len(_NEXT_CACHE) > 64:
                _NEXT_CACHE.pop(next(iter(_NEXT_CACHE)))
            return (luakey(key), v)
    _NEXT_CACHE.pop(id(t), None)
    return None


_NEXT_CACHE = {}


def iter_pairs(t):
    """Python iterator over (key, value) of a table, in next() order, tolerant of assignment during traversal."""
    get = dict.get
    for key in list(dict.keys(t)):
        v = get(t, key)
        if v is not None:
            if key.__class__ is BoolKey:
                key = key.value
            yield key, v

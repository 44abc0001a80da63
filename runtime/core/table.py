"""The Lua table: a dict subclass, so reads and writes of plain tables run at C speed.

- Keys are normalised on the generic paths (rawkey): floats with integral values
  in the 64-bit range become ints (Lua's t[1.0] is t[1]; t[2^63] keeps a float
  key, as no integer equals it), and booleans become BoolKey sentinels,
  because Python's True == 1 would otherwise make t[true] the same key as t[1].
- Storing nil deletes the key.
- `meta` holds the metatable (a LuaTable or None).  A missing key calls
  __missing__, which follows __index; so `t[k]` on a LuaTable is the whole
  Lua read with metamethods, and compiled code can use it directly.
- Identity equality and hashing: a table is a key by identity, never by contents.
"""

from .errors import LuaError, rt_error
from .accel import load_accelerator
from .frames import transparent_module
from .libguard import WATCH_KEYS, stored
from .tablelayout import Layout, border, in_order, rebuild, up_to_date

transparent_module(__file__)


class BoolKey:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return "BoolKey(%r)" % self.value


TRUE_KEY = BoolKey(True)
FALSE_KEY = BoolKey(False)


def _missing_via(t, h, key):
    """__missing__ meeting an __index that is not a table: a function is called (its
    first result), anything else indexed in turn (ops decides)."""
    if key.__class__ is BoolKey:
        key = key.value
    return _index_via(t, h, key)


def _missing_chain(t, key, depth):
    """__missing__'s walk on from t, an __index table without the key, `depth` levels in."""
    if depth >= 6:
        return t._missing_loop(key, depth)
    mt = t.meta
    if mt is None:
        return None
    h = mt.get("__index")
    if h.__class__ is not LuaTable:
        return None if h is None else _missing_via(t, h, key)
    v = h.get(key)
    if v is not None:
        return v
    return _missing_chain(h, key, depth + 1)


class NotCallable(TypeError):
    """Calling a table without __call: the TypeError Python gives for other values, with the
    table itself, so the message can name its __name (luaT_objtypename)."""

    def __init__(self, value):
        TypeError.__init__(self, "'table' object is not callable")
        self.lua_value = value


# a record constructor's sizes (no array, n keys to hash): shared int objects, as n << 32
# is not one of Python's cached small ints
_RECORD_LAY = tuple(n << 32 for n in range(64))


class LuaTable(dict):
    # meta: the metatable or None.  seq, cap and lay decide #t (tablelayout.py):
    # - seq == len(t) says the keys are exactly 1..seq and lua5.4's #t is seq, changing
    #   nothing in its table, so compiled code may answer #t without asking (-1: no claim);
    # - cap > seq says that storing key seq + 1 keeps that true for seq + 1 (the table is
    #   appended to inside lua5.4's array part), so compiled `t[#t + 1] = v` may store and
    #   set seq to seq + 1 itself (0: no claim);
    # - seq == POPPED (-2): delete removed the last key of a sequence, the model saw it and
    #   #t has not run since (length() then finishes luaH_getn quickly);
    # - lay is the constructor's sizes (an int: array size + (hash size << 32)) until a
    #   layout model (tablelayout.Layout) is needed.
    # fin: set only on a table marked for finalization (finalize.py), unset otherwise.
    __slots__ = ("meta", "seq", "cap", "lay", "fin", "__weakref__")
    lua_type = "table"

    # Tables are equal only when they are the same table (__eq is handled by the operators);
    # object's C-level comparisons keep that identity rule at C speed.
    __hash__ = object.__hash__
    __eq__ = object.__eq__
    __ne__ = object.__ne__

    def __bool__(self):
        return True

    def __init__(self, d=None):
        # d: the dict of a constructor, {1: a, 2: b, ...} for {a, b, ...} with no nil, or
        # keys that are not positive integers ({name = v, ...})
        self.meta = None
        self.cap = 0
        if d is None:
            self.seq = self.lay = 0
            return
        dict.update(self, d)
        n = len(d)
        if n in d:
            self.seq = self.lay = n
        else:
            self.seq = 0
            self.lay = _RECORD_LAY[n] if n < 64 else n << 32

    def __missing__(self, key):
        # follow __index tables: the first levels by _missing_chain, a call per level, which
        # PyPy's JIT inlines into the caller's trace (a loop would be a trace of its own,
        # entered and left on every read); deeper chains in a loop (one Python call however
        # deep the chain).  CPython normally runs _ltable's compiled __missing__ instead.
        return _missing_chain(self, key, 0)

    def _missing_loop(self, key, depth):
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
                depth += 1
                if depth >= 2000:  # lvm.c's MAXTAGLOOP
                    rt_error("'__index' chain too long; possible loop")
                continue
            if key.__class__ is BoolKey:
                key = key.value
            # a function is called (its first result), anything else indexed in turn:
            # ops decides (lua5.4's ttisfunction; a table with __call is indexed)
            return _index_via(t, h, key)

    def __call__(self, *args):
        mt = self.meta
        h = None if mt is None else dict.get(mt, "__call")
        if h is None:
            raise NotCallable(self)
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
            return _call_value(h, *args)
        return _call_value(h, self, *args)

    def __repr__(self):
        return "table: 0x%x" % id(self)

    # Lua-level helpers --------------------------------------------------------

    def length(self):
        """The raw border (#t without __len), the one lua5.4 would find.

        Keys exactly 1..n have one border, n: when `seq` is n the last call (or the
        constructor) saw that, and lua5.4's #t changes nothing in such a table.  Other
        tables ask the layout model (tablelayout), made on first need."""
        n = dict.__len__(self)
        s = self.seq
        if n == s:
            return n
        if n == s + 1:
            if n <= self.cap:
                # the common append (tablelayout.border does the same, and everything else)
                lay = self.lay
                if lay.__class__ is int:
                    # no model, lua5.4's hint at seq (tablelayout.in_order): the store of
                    # n moved it to n, and #t finds n there
                    if dict.__contains__(self, n):
                        self.seq = n
                        return n
                elif lay.synced == s and dict.__contains__(self, n):
                    lay.alimit = lay.synced = lay.dense = self.seq = n
                    return n
        elif s == POPPED:
            # delete popped the last key of a sequence: if nothing was stored since, the
            # keys are exactly 1..n and the model is up to date; luaH_getn's steps follow
            lay = self.lay
            if lay.synced == n == lay.dense:
                if lay.alimit == n + 1 and not lay.real:
                    # the usual state: the hint was the old last key
                    self.seq = n
                    if n & (n - 1):
                        lay.alimit = n
                        self.cap = 1 << n.bit_length()
                    return n
                lay.getn_seq(n)
                self.seq = n
                self.cap = lay.realasize() if lay.alimit == n and not lay.limitequalsasize() else 0
                return n
        lay = self.lay
        if lay.__class__ is int and n > 0 and in_order(self, n, lay):
            return n
        return border(self, n)

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


# ops' __index dispatch for an __index that is not a table (a function is called, any
# other value indexed in turn): the operators sit above this module, and ops hands it
# over when imported
_index_via = None
# values.call, for a table's __call (values sits above this module and hands it over)
_call_value = None


def set_call_value(fn):
    global _call_value
    _call_value = fn


def set_index_via(fn):
    global _index_via
    _index_via = fn


def rawkey(k):
    """Normalise a key for storage or lookup (floats with integer values -> int; bools -> sentinels)."""
    c = k.__class__
    if c is float:
        if k.is_integer() and -9.2233720368547758e18 <= k < 9.2233720368547758e18:
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


def delete(t, k):
    """t[k] = nil (k normalised), past any __newindex: the layout model sees the
    removal, so that #t keeps choosing lua5.4's border."""
    lay = t.lay
    if lay.__class__ is int and lay < 0:
        lay = rebuild(t)  # tablelayout.in_order's state: the model from it
    s = t.seq
    if k == s and k and lay.__class__ is Layout and k == dict.__len__(t) and k.__class__ is int:
        # the last key of a sequence 1..k (a pop): luaH_getint's update, and the model
        # stays synced (keys 1..k-1 remain); #t finishes the work (LuaTable.length)
        if s > lay.synced and t.cap:
            lay.alimit = lay.synced = lay.dense = s  # catch_up
        if lay.synced == s:
            if k > lay.alimit:
                lay.getint(k)
            dict.__delitem__(t, k)
            n = lay.synced = lay.dense = k - 1
            # would the next #t (Layout.getn_seq(n)) move alimit?  Inline for the two
            # states a pop loop goes through: alimit following the last key, or left
            # above it (not real either way)
            a = lay.alimit
            if lay.real or a < k:
                moves = lay.getn_seq_moves(n)
            elif a == k:
                moves = n & (n - 1)
            else:
                moves = n > (a if not a & (a - 1) else 1 << a.bit_length()) >> 1
            if moves:
                # LuaTable.length makes the move when #t comes
                t.seq = POPPED
                t.cap = 0
            else:
                # the next #t changes nothing: keys 1..n are certified as they stand
                t.seq = n
                t.cap = lay.realasize() if a == n and not lay.limitequalsasize() else 0
            return
    if lay.__class__ is not Layout and k.__class__ is not int:
        # no model yet and not an integer key: the removal cannot change a border
        # (the node it frees is not modelled)
        dict.pop(t, k, None)
        return
    lay = up_to_date(t)
    lay.removed(t, k)
    if dict.pop(t, k, _ABSENT) is not _ABSENT:
        lay.synced -= 1
    t.seq = -1
    t.cap = 0


_ABSENT = object()
# LuaTable.seq after delete popped the last key of a sequence (see length)
POPPED = -2


def rawset(t, k, v):
    c = k.__class__
    if c is float:
        if k != k:
            rt_error("table index is NaN")
        if k.is_integer() and -9.2233720368547758e18 <= k < 9.2233720368547758e18:
            k = int(k)
    elif c is bool:
        k = TRUE_KEY if k else FALSE_KEY
    elif k is None:
        rt_error("table index is nil")
    if v is None:
        delete(t, k)
    else:
        dict.__setitem__(t, k, v)
    if c is str and k in WATCH_KEYS:
        stored(t, k)


# key classes whose place in lua5.4's traversal is fixed by the table's history alone
# (numbers and booleans hash by value; strings by a per-run random seed, tables and
# functions by address)
_PLACED_KEYS = frozenset((int, float, BoolKey))


def _unplaced(keys):
    """No number or boolean among the keys?  (All strings, the usual record, is found by
    joining them at C speed, several times faster than testing each key's class.)"""
    try:
        "".join(keys)
        return True
    except TypeError:
        return _PLACED_KEYS.isdisjoint(map(type, keys))


def traversal_keys(t):
    """The keys of t in the order lua5.4's `next` visits them (luaH_next): the array
    part, 1..its size ascending, then the hash part's nodes in turn.

    Tables without number or boolean keys keep the dict's (insertion) order: lua5.4's
    order of string, table and function keys changes from run to run, so every order
    is one it shows.  Keys exactly 1..n stored in that order are all in the array part
    unless a constructor gave the table a hash part (then the model decides, as
    tablelayout.rebuild does).  Otherwise the layout model (tablelayout) gives the array
    size and, when the hash part holds only number and boolean keys, their nodes' order;
    string and other keys there follow the dict's order.  The model keeps the order it
    gave with the dict's keys it was made from: the same keys, the same order."""
    keys = list(dict.keys(t))
    n = len(keys)
    if n < 2:
        return keys
    lay = t.lay
    if lay.__class__ is int:
        if keys[0] == 1 and keys[-1] == n and (lay < 0 or not lay >> 32) and keys == list(range(1, n + 1)):
            return keys
    else:
        known = lay.order
        if known is not None and known[0] == keys:
            return known[1]
    if _unplaced(keys):
        return keys
    lay = up_to_date(t)
    asize = lay.realasize()
    has = dict.__contains__
    if asize <= n:
        array = [i for i in range(1, asize + 1) if has(t, i)]
    else:
        array = sorted(k for k in keys if k.__class__ is int and 0 < k <= asize)
    if len(array) == n:
        order = array
    else:
        in_array = set(array)
        rest = [k for k in keys if k.__class__ is not int or k not in in_array]
        if all(k.__class__ in _PLACED_KEYS for k in rest):
            nodes = [k for k in lay.nkey if k is not None and has(t, k)]
            if len(nodes) == len(rest):
                rest = nodes
        order = array + rest
    lay.order = (keys, order)
    return order


def lua_next(t, k=None):
    """next(t, k): the key after k, as (key, value), or None at the end.

    Traversal follows traversal_keys' order.  Continuing from the key returned last is O(1)
    through a cached iterator over a snapshot of the keys, so assigning to
    existing fields (including nil) during traversal is allowed, as in Lua.
    """
    state = _NEXT_CACHE.get(id(t))
    if k is None:
        keys = traversal_keys(t)
        pos = 0
    else:
        rk = rawkey(k)
        if state is not None and state[0] is t and state[2] > 0 and state[1][state[2] - 1] == rk and (
            state[1][state[2] - 1].__class__ is rk.__class__
        ):
            keys, pos = state[1], state[2]
        else:
            keys = traversal_keys(t)
            try:
                pos = keys.index(rk) + 1
            except ValueError:
                if not dict.__contains__(t, rk):
                    # luaG_runerror inside the C function next: no position
                    raise LuaError("invalid key to 'next'")
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
    for key in traversal_keys(t):
        v = get(t, key)
        if v is not None:
            if key.__class__ is BoolKey:
                key = key.value
            yield key, v


# The metatable shared by all strings (its __index is the string library), set by the
# library loader (values.py, which reads it, sits above this module).
STRING_META = [None]

# The result of `method` when the walk meets something other than a chain of plain
# tables: the compiled lookup then subscripts (LuaTable.__missing__, ops.index).
UNDECIDED = object()


def method(t, name):
    """t.name for a compiled `t:name(...)` (L_method): a table's own field, else its
    metatable's __index table's, and so on along a chain of LuaTables (raw reads, no
    effect); for a string, the same walk from the string metatable's __index table.
    nil when a table of the chain has no metatable or its metatable no __index;
    UNDECIDED for anything else (another type, a string without that metatable, an
    __index that is not a LuaTable, a chain longer than 100): the caller's subscript
    (__missing__) or ops.index then does the whole Lua read, with its errors.
    _ltable.method is the same walk in C."""
    c = t.__class__
    if c is LuaTable:
        v = t.get(name)
        if v is not None:
            return v
    elif c is str:
        mt = STRING_META[0]
        if mt is None:
            return UNDECIDED
        t = mt.get("__index")
        if t.__class__ is not LuaTable:
            return UNDECIDED
        v = t.get(name)
        if v is not None:
            return v
    else:
        return UNDECIDED
    return _method_chain(t, name, 0)


def _method_chain(t, name, depth):
    """method's walk on from t, without the field, `depth` levels in: a call per level for
    the first levels, which PyPy's JIT inlines into the caller's trace, then a loop."""
    if depth < 6:
        mt = t.meta
        if mt is None:
            return None
        h = mt.get("__index")
        if h.__class__ is not LuaTable:
            return None if h is None else UNDECIDED
        v = h.get(name)
        if v is not None:
            return v
        return _method_chain(h, name, depth + 1)
    while True:
        mt = t.meta
        if mt is None:
            return None
        h = mt.get("__index")
        if h.__class__ is not LuaTable:
            return None if h is None else UNDECIDED
        v = h.get(name)
        if v is not None:
            return v
        t = h
        depth += 1
        if depth >= 100:
            return UNDECIDED


def method_call(t, name):
    """method(t, name) when Python can call what it found (callable(v): a function, or a
    LuaTable, whose __call__ runs __call), else UNDECIDED (nil, a number, a string, ...,
    and everything method leaves undecided).  A compiled `t:name(...)` (L_mcall) calls
    such a value directly: values.callee would return it unchanged whatever
    libguard.CALL_META says, so the call site's CALL_META test is only made on the
    general path.  _ltable.method_call is the same in C."""
    v = method(t, name)
    if v is not UNDECIDED and callable(v):
        return v
    return UNDECIDED


_ACCEL_API = 7
_accel = load_accelerator("_ltable", __package__, _ACCEL_API)
# "compiled" when the accelerator replaces method and LuaTable.__missing__, else "pure"
IMPLEMENTATION = "pure" if _accel is None else "compiled"
if _accel is not None:
    # the compiled walk hands __index functions and loops to the Python __missing__
    # (the frames of compiled code are named after the source setup.py gave Cython)
    transparent_module("runtime/core/_ltable.pyx")
    _accel.init(LuaTable, UNDECIDED, LuaTable.__missing__, STRING_META, LuaTable.__init__, _RECORD_LAY)
    LuaTable.__missing__ = _accel.missing
    LuaTable.__init__ = _accel.table_init
    method = _accel.method
    method_call = _accel.method_call

"""Which border `#t` picks: a lazy model of lua5.4's table layout (ltable.c).

A table with holes has several borders, and lua5.4's `#t` returns the one its
layout leads to: the size of the array part, the hint `alimit` that `#t` and
integer accesses move, and the hash part, whose fill decides when a new key
rehashes the table and gives it a new array size.  lua2py's tables are dicts
that converted code stores into at C speed, so nothing is tracked while a
program fills a table.  Instead a `Layout` is built the first time a table's
border is not plain (the table is not exactly {1..n}), by replaying the keys
in the dict's order, which is the order they were first stored in; later calls
replay only the keys stored since.  The replay runs ltable.c's algorithms
(luaH_newkey with main positions, colliding nodes and `lastfree`, rehash /
computesizes / luaH_resize, luaH_getint's `alimit` updates) and `#t` runs
luaH_getn on the result.

What the model does not see:
- reads and overwrites of existing integer keys (luaH_getint moves `alimit`
  when it reads past it inside the array part);
- the positions of string, table and function keys in the hash part, which
  depend on lua5.4's per-run string seed and on addresses.  They matter only
  when a new key lands on a node whose key was removed (lua5.4 reuses that
  node instead of rehashing); the model uses a fixed string hash, so its
  choice is one that lua5.4 makes in some runs;
- keys removed by the garbage collector from weak tables, and dead keys.

Tables whose keys are exactly 1..n have a single border, n: their `seq` slot
says so (see LuaTable.length), and they need no model until a key is removed
or a non-sequence key is stored.
"""
import math

from .frames import transparent_module

transparent_module(__file__)

# MAXABITS / MAXASIZE of ltable.c on a 64-bit machine with a 32-bit int
MAXABITS = 31
MAXASIZE = 1 << MAXABITS
_U64 = 0xFFFFFFFFFFFFFFFF


def ceillog2(x):
    """luaO_ceillog2: ceil(log2(x)) for x >= 1."""
    return (x - 1).bit_length()


def ispow2(x):
    return (x & (x - 1)) == 0


def _hashfloat(n):
    """l_hashfloat."""
    try:
        m, e = math.frexp(n)
    except (OverflowError, ValueError):
        return 0
    if math.isnan(m) or math.isinf(m):
        return 0
    m = m * 2147483648.0  # -(double)INT_MIN
    if not (-9.2233720368547758e18 <= m < 9.2233720368547758e18):
        return 0
    ni = int(m)  # C's conversion truncates
    u = (e + ni) & 0xFFFFFFFF
    return u if u <= 0x7FFFFFFF else (~u) & 0xFFFFFFFF


def _crc32(data):
    """zlib.crc32 (a string key's main position), zlib imported on the first call (its import
    was 0.7 M instructions of every start-up); the call makes this global zlib's function."""
    global _crc32
    from zlib import crc32 as _crc32

    return _crc32(data)


class Layout:
    """One table's layout as lua5.4 would have it (see the module docstring)."""

    __slots__ = ("alimit", "asize", "dense", "lastfree", "nindex", "nkey", "nnext", "order", "pend", "real", "synced")

    def __init__(self, asize=0, nhsize=0):
        self.asize = asize
        self.alimit = asize
        self.real = True  # isrealasize: alimit is the array's size
        self.pend = None  # keys being replayed and not yet reached (present later)
        self.synced = 0  # how many keys of the dict's order the model has seen
        self.dense = 0  # keys 1..dense are known to be present (removals lower it)
        self.order = None  # (the dict's keys, the traversal order they gave: table.traversal_keys)
        self._nodes(nhsize)

    def _nodes(self, size):
        """setnodevector: a free hash part for `size` keys (0: the dummy node)."""
        if size:
            size = 1 << ceillog2(size)
            self.nkey = [None] * size
            self.nnext = [0] * size
        else:
            self.nkey = []
            self.nnext = []
        self.nindex = {}
        self.lastfree = len(self.nkey)

    # ------------------------------------------------------------ sizes and limits

    def limitequalsasize(self):
        return self.real or ispow2(self.alimit)

    def realasize(self):
        if self.real or ispow2(self.alimit):
            return self.alimit
        return 1 << self.alimit.bit_length()  # the smallest power of 2 not below alimit

    def setlimittosize(self):
        self.alimit = self.realasize()
        self.real = True
        return self.alimit

    # ------------------------------------------------------------ presence

    def present(self, t, k):
        """Is key k in table t at the point the replay has reached?"""
        if k is None or not dict.__contains__(t, k):
            return False
        pend = self.pend
        return pend is None or k not in pend

    # ------------------------------------------------------------ the hash part

    def mainposition(self, k):
        size = len(self.nkey)
        c = k.__class__
        if c is int:
            return (k & _U64) % ((size - 1) | 1)
        if c is str:
            return _crc32(k.encode("latin-1", "replace")) & (size - 1)
        if c is float:
            return _hashfloat(k) % ((size - 1) | 1)
        if c.__name__ == "BoolKey":
            return (1 if k.value else 0) & (size - 1)
        return (id(k) & 0xFFFFFFFF) % ((size - 1) | 1)

    def getfreepos(self):
        nkey = self.nkey
        while self.lastfree > 0:
            self.lastfree -= 1
            if nkey[self.lastfree] is None:
                return self.lastfree
        return None

    def newkey(self, t, k):
        """luaH_newkey for a key with a value (not in the array part, not in a node)."""
        nkey, nnext = self.nkey, self.nnext
        if not nkey:
            self.rehash(t, k)
            self.store(t, k, False)
            return
        mp = self.mainposition(k)
        if self.present(t, nkey[mp]):  # main position is taken
            f = self.getfreepos()
            if f is None:
                self.rehash(t, k)
                self.store(t, k, False)
                return
            othern = self.mainposition(nkey[mp])
            if othern != mp:
                # the colliding node is out of its main position: move it to the free node
                while othern + nnext[othern] != mp:
                    othern += nnext[othern]
                nnext[othern] = f - othern
                moved = nkey[mp]
                nkey[f] = moved
                self.nindex[moved] = f
                nnext[f] = nnext[mp]
                if nnext[mp] != 0:
                    nnext[f] += mp - f
                    nnext[mp] = 0
                nkey[mp] = None
            else:
                # the colliding node is in its main position: the new key goes to the free node
                if nnext[mp] != 0:
                    nnext[f] = mp + nnext[mp] - f
                nnext[mp] = f - mp
                mp = f
        old = nkey[mp]
        if old is not None and self.nindex.get(old) == mp:
            del self.nindex[old]  # the node of a removed key is taken over
        nkey[mp] = k
        self.nindex[k] = mp

    # ------------------------------------------------------------ rehash

    def rehash(self, t, extra):
        """ltable.c's rehash for the new key `extra`."""
        nums = [0] * (MAXABITS + 1)
        self.setlimittosize()
        asize = self.asize = self.alimit
        na = 0
        if asize and self.pend is None and self.dense_to(t, asize):
            # keys 1..asize all present (a sequence that grew): count each slice at once
            nums[0] = 1
            for lg in range(1, ceillog2(asize) + 1):
                nums[lg] = min(1 << lg, asize) - (1 << (lg - 1))
            na = asize
        elif asize:
            present = self.present
            if asize <= dict.__len__(t):
                keys = [i for i in range(1, asize + 1) if present(t, i)]
            else:
                keys = [k for k in dict.keys(t) if k.__class__ is int and 0 < k <= asize and present(t, k)]
            for k in keys:
                nums[ceillog2(k)] += 1
            na = len(keys)
        totaluse = na
        for k in self.nkey:
            if k is not None and self.present(t, k):
                if k.__class__ is int and 0 < k <= MAXASIZE:
                    nums[ceillog2(k)] += 1
                    na += 1
                totaluse += 1
        if extra.__class__ is int and 0 < extra <= MAXASIZE:
            nums[ceillog2(extra)] += 1
            na += 1
        totaluse += 1
        # computesizes
        a = 0
        nares = 0
        optimal = 0
        twotoi = 1
        i = 0
        while twotoi > 0 and na > twotoi // 2 and i <= MAXABITS:
            a += nums[i]
            if a > twotoi // 2:
                optimal = twotoi
                nares = a
            i += 1
            twotoi *= 2
        self.resize(t, optimal, totaluse - nares)

    def resize(self, t, newasize, nhsize):
        """luaH_resize: new array size and hash part; re-insert what must move."""
        oldasize = self.setlimittosize()
        oldkeys = self.nkey
        self._nodes(nhsize)
        if newasize < oldasize:
            # the vanishing slice of the array goes to the new hash part
            self.alimit = newasize
            self.asize = newasize
            for i in range(newasize + 1, oldasize + 1):
                if self.present(t, i):
                    self.newkey(t, i)
        self.asize = self.alimit = newasize
        self.real = True
        for k in oldkeys:
            if k is not None and self.present(t, k):
                if k.__class__ is int and 0 < k <= newasize:
                    continue
                self.newkey(t, k)

    # ------------------------------------------------------------ stores

    def store(self, t, k, touch=True):
        """A store of a key that was absent (luaV_finishset -> luaH_newkey), with
        luaH_getint's update of alimit first when `touch`."""
        if k.__class__ is int:
            if touch:
                self.getint(k)
            if 0 < k <= self.realasize():
                return
        if k in self.nindex:
            return  # the node of the removed key is used again
        self.newkey(t, k)

    def getint(self, k):
        """luaH_getint's side effect: reaching into the array part past alimit moves it."""
        alimit = self.alimit
        if 0 < k <= alimit:
            return
        if not (self.real or ispow2(alimit)) and k > 0 and (k == alimit + 1 or k <= self.realasize()):
            self.alimit = k

    def sync(self, t):
        """Replay the keys stored since the last sync (the tail of the dict's order)."""
        n = dict.__len__(t)
        m = n - self.synced
        if m == 0:
            return
        if m < 0:  # keys went away without the model seeing it: start again
            rebuild(t)
            return
        if m == 1:
            k = next(reversed(dict.keys(t)))
            if k.__class__ is int and 0 < k <= self.alimit:
                self.synced = n
                return
            self.store(t, k)
            self.synced = n
            return
        it = reversed(dict.keys(t))
        new = [next(it) for _ in range(m)]
        new.reverse()
        self.pend = pend = set(new)
        try:
            for k in new:
                pend.discard(k)
                self.store(t, k)
        finally:
            self.pend = None
        self.synced = n

    def dense_to(self, t, b):
        """Are keys 1..b all present?  (Extends `dense`: each key is checked once.)"""
        d = self.dense
        has = dict.__contains__
        while d < b and has(t, d + 1):
            d += 1
        self.dense = d
        return d >= b

    def catch_up(self, t):
        """Account for appends compiled code made on its own (t.cap > t.seq allowed them):
        each was a #t that changed nothing and a store of the next key in the array part,
        which moves alimit to that key.  Returns t.seq."""
        s = t.seq
        if s > self.synced and t.cap:
            self.alimit = self.synced = self.dense = s
        return s

    def removed(self, t, k):
        """t[k] = nil is about to remove key k (present or not): luaH_getint's update."""
        if k.__class__ is int:
            self.getint(k)
            if k <= self.dense:
                self.dense = k - 1

    # ------------------------------------------------------------ the border

    def getn(self, t):
        """luaH_getn."""
        has = dict.__contains__
        limit = self.alimit
        if limit > 0 and not has(t, limit):
            # there must be a border before limit
            if limit >= 2 and has(t, limit - 1):
                if (not self.real or ispow2(limit)) and not ispow2(limit - 1):
                    self.alimit = limit - 1
                    self.real = False
                return limit - 1
            border = self._search(t, 0, limit)
            if (not self.real or ispow2(limit)) and border > self.realasize() // 2:
                self.alimit = border
                self.real = False
            return border
        if not (self.real or ispow2(limit)):
            # limit is present and the array goes on after it
            if not has(t, limit + 1):
                return limit
            limit = self.realasize()
            if not has(t, limit):
                border = self._search(t, self.alimit, limit)
                self.alimit = border
                return border
        # limit is 0 or the array's last element, present
        if not self.nkey or not has(t, limit + 1):
            return limit
        return _hash_search(t, limit)

    def getn_seq(self, n):
        """getn for a table whose keys are exactly 1..n (dense == n, synced): the same
        steps and alimit updates, each presence test answered by `key <= n`."""
        limit = self.alimit
        if limit > n:
            # limit > 0 and absent: the border is n, before it
            if limit == n + 1 and n:
                if (not self.real or ispow2(limit)) and not ispow2(n):
                    self.alimit = n
                    self.real = False
                return n
            if (not self.real or ispow2(limit)) and n > self.realasize() // 2:
                self.alimit = n
                self.real = False
            return n
        if not (self.real or ispow2(limit)) and limit != n:
            # limit present, limit + 1 too: try the array's last element
            if self.realasize() > n:
                self.alimit = n
        return n

    def getn_seq_moves(self, n):
        """Would getn_seq(n) change the layout (alimit, real)?"""
        limit = self.alimit
        if limit > n:
            if limit == n + 1 and n:
                return (not self.real or ispow2(limit)) and not ispow2(n)
            return (not self.real or ispow2(limit)) and n > self.realasize() // 2
        return not (self.real or ispow2(limit)) and limit != n and self.realasize() > n

    def _search(self, t, i, j):
        """The border binsearch finds between i (0 or present) and j (absent): when the
        keys are exactly 1..dense (a sequence popped from its end, say) that is dense
        itself, the only border, found without the search."""
        d = self.dense
        if i <= d < j and d == dict.__len__(t):
            return d
        return _binsearch(t, i, j)


def _binsearch(t, i, j):
    has = dict.__contains__
    while j - i > 1:
        m = (i + j) // 2
        if has(t, m):
            i = m
        else:
            j = m
    return i


def _hash_search(t, j):
    has = dict.__contains__
    if j == 0:
        j = 1
    while True:
        i = j
        if j <= 0x3FFFFFFFFFFFFFFF:
            j *= 2
        else:
            j = 0x7FFFFFFFFFFFFFFF
            if not has(t, j):
                break
            return j
        if not has(t, j):
            break
    while j - i > 1:
        m = (i + j) // 2
        if has(t, m):
            i = m
        else:
            j = m
    return i


def border(t, n):
    """#t for table t with n keys, when its `seq` does not answer (LuaTable.length)."""
    lay = t.lay
    if lay.__class__ is not Layout:
        lay = rebuild(t)
    else:
        s = lay.catch_up(t)
        if n == s + 1 and t.cap > n - 1 and lay.synced == s and dict.__contains__(t, n):
            # one more key, n, appended inside the array part: lua5.4's luaH_getint
            # moves alimit to n and #t finds n there, changing nothing
            lay.alimit = lay.synced = lay.dense = t.seq = n
            return n
        lay.sync(t)
    if lay.dense == n:
        # keys exactly 1..n (a sequence popped from its end, say)
        b = lay.getn_seq(n)
        t.seq = n
        t.cap = lay.realasize() if lay.alimit == n and not lay.limitequalsasize() else 0
        return n
    b = lay.getn(t)
    if b == n and lay.dense_to(t, b):
        # keys 1..b and nothing else
        t.seq = b
        t.cap = lay.realasize() if lay.alimit == b and not lay.limitequalsasize() else 0
    else:
        t.seq = -1
        t.cap = 0
    return b


# keys 1..n for n < 33, to compare a small table's keys with at C speed
_RANGES = tuple(tuple(range(1, n + 1)) for n in range(33))


def in_order(t, n, lay):
    """#t without a model: when the keys of t are exactly 1..n, stored in that order, the
    layout lua5.4 has is known without replaying it, and so is what its #t does.  True when
    that is so (t.seq is then n: #t is n), False to ask border().

    `lay` is t.lay, an int: the constructor's sizes (na, no hash part: each key past na
    grew the array to the smallest power of 2 holding it, as rebuild's in-order case), or
    -a for the state this function leaves: array size a (a power of 2), hint alimit at
    t.seq, and keys 1..t.seq first in the dict's order (rebuild makes the model from it).
    luaH_getn on keys 1..n with alimit a (real) returns n and lowers alimit to n when n < a
    (Layout.getn_seq); alimit at seq < n <= a was moved to n by the stores (luaH_getint),
    so #t changes nothing; past a, the store of a + 1 rehashed to a real array of the
    smallest power of 2 holding it, and so on."""
    if lay >= 0 and (lay > n or lay >> 32):
        return False
    if n < 33:
        if tuple(dict.keys(t)) != _RANGES[n]:
            return False
    elif list(dict.keys(t)) != list(range(1, n + 1)):
        return False
    if lay < 0:
        a = -lay
        if n > a:
            a = 1 << (n - 1).bit_length()
    elif n == lay:
        t.seq = n  # the constructor's array, full: #t finds its end there
        return True
    else:
        a = 1 << (n - 1).bit_length()
        if a == n:
            t.seq = n  # a full array of a power of 2: #t changes nothing
            return True
    t.lay = -a
    t.seq = n
    # appends to n + 1 <= a land in the array and move alimit to them (the append
    # certificate, LuaTable.cap)
    t.cap = a if n < a else 0
    return True


def initial(lay):
    """A new Layout from a table's `lay` slot while it still holds its constructor's
    sizes (an int: array size + (hash size << 32))."""
    return Layout(lay & 0xFFFFFFFF, lay >> 32)


def rebuild(t):
    """Give t a model: its constructor's layout, then every key in the dict's order."""
    lay = t.lay
    if lay.__class__ is int and lay < 0:
        # in_order's state: array of -lay, alimit at seq, keys 1..seq first in the dict
        a = -lay
        s = t.seq
        model = Layout(a, 0)
        if s < a:
            model.alimit = s
            model.real = False
        model.synced = model.dense = s
        t.lay = model
        model.sync(t)
        return model
    if lay.__class__ is int and not lay >> 32:
        # a constructor's array part (or none) and then keys na+1..n stored in order, each
        # in turn (rows[i] = v in a loop): the replay would rehash at each power of 2 and
        # never use the hash part, so the array ends at the smallest power of 2 holding n
        na = lay
        n = dict.__len__(t)
        if n >= na and list(dict.keys(t)) == list(range(1, n + 1)):
            model = Layout(na if n == na else 1 << ceillog2(n), 0)
            model.synced = model.dense = n
            t.lay = model
            return model
    model = initial(lay) if lay.__class__ is int else Layout()
    t.lay = model
    model.synced = 0
    model.sync(t)
    return model


def up_to_date(t):
    """t's model: made now (rebuild), or brought up to date with what compiled code and
    the dict did since it last ran (catch_up, then sync)."""
    lay = t.lay
    if lay.__class__ is not Layout:
        return rebuild(t)
    lay.catch_up(t)
    lay.sync(t)
    return lay

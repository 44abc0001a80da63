"""The table library (lua5.4's ltablib.c): insert, remove, concat, pack, unpack, move, sort.

Element access follows lua_geti/lua_seti: raw dict access for tables without a
metatable, and the full Lua index/assignment (with __index/__newindex) otherwise.
Lengths follow luaL_len (honouring __len).
"""
import time

from ..core.args import arg_error, check_int, check_str, typename_for_error
from ..core.errors import LuaError, rt_error
from ..core.frames import runtime_module
from ..core.number import MAXINT, fmt_float, tointeger
from ..core.ops import call_meta1
from ..core.ops import eq as _ops_eq
from ..core.ops import index as _ops_index
from ..core.ops import setindex as _ops_setindex
from ..core.state import C_CALLS, MAXCCALLS
from ..core.table import LuaTable, delete
from ..core.values import getmetamethod, getmetatable, type_name

runtime_module(__file__)

_MASK = (1 << 64) - 1
_INT_MAX = 2147483647

TAB_R = 1
TAB_W = 2
TAB_L = 4


# ---------------------------------------------------------------- helpers


def _checktab(args, n, fname, what):
    """ltablib's checktab: a table, or a value whose metatable has the needed metamethods."""
    v = args[n - 1] if len(args) >= n else None
    if v.__class__ is LuaTable:
        return v
    mt = getmetatable(v) if len(args) >= n else None
    if mt is not None and (
        (not (what & TAB_R) or dict.get(mt, "__index") is not None)
        and (not (what & TAB_W) or dict.get(mt, "__newindex") is not None)
        and (not (what & TAB_L) or dict.get(mt, "__len") is not None)
    ):
        return v
    _type_error(args, n, fname, "table")


def _type_error(args, n, fname, expected):
    if len(args) < n:
        got = "no value"
    else:
        got = typename_for_error(args[n - 1])
    arg_error(n, fname, "%s expected, got %s" % (expected, got))


def lua_len(t):
    """luaL_len: #t with __len; the result must be an integer."""
    if t.__class__ is LuaTable:
        mt = t.meta
        if mt is None:
            return t.length()
        h = dict.get(mt, "__len")
        if h is None:
            return t.length()
        r = call_meta1(h, t, t)
    elif t.__class__ is str:
        return len(t)
    else:
        h = getmetamethod(t, "__len")
        if h is None:
            raise LuaError("attempt to get length of a %s value" % type_name(t))
        r = call_meta1(h, t, t)
    if r.__class__ is int:
        return r
    n = tointeger(r) if (r.__class__ is float or r.__class__ is str) else None
    if n is None:
        rt_error("object length is not an integer")
    return n


def _getn(args, n, fname, what):
    t = _checktab(args, n, fname, what | TAB_L)
    return t, lua_len(t)


def geti(t, i):
    """lua_geti(t, i)."""
    if t.__class__ is LuaTable:
        if t.meta is None:
            return dict.get(t, i)
        return t[i]
    if getmetamethod(t, "__index") is None:
        if t.__class__ is str:  # strings index the string library (not loaded here)
            return None
        raise LuaError("attempt to index a %s value" % type_name(t))
    return _ops_index(t, i)


def seti(t, i, v):
    """lua_seti(t, i, v)."""
    if t.__class__ is LuaTable and t.meta is None:
        if v is None:
            delete(t, i)
        else:
            dict.__setitem__(t, i, v)
        return
    if t.__class__ is not LuaTable and getmetamethod(t, "__newindex") is None:
        raise LuaError("attempt to index a %s value" % type_name(t))
    _ops_setindex(t, i, v)


# ---------------------------------------------------------------- insert / remove


def tinsert(*args):
    if len(args) == 2:
        t = args[0]
        if t.__class__ is LuaTable and t.meta is None:
            # fast path: append to a plain table
            v = args[1]
            e = t.length() + 1
            if v is not None:
                if e > MAXINT:
                    e -= 1 << 64
                dict.__setitem__(t, e, v)
            return ()
    t, e = _getn(args, 1, "insert", TAB_R | TAB_W)
    e = e + 1
    if e > MAXINT:
        e -= 1 << 64
    nargs = len(args)
    if nargs == 2:
        pos = e
        v = args[1]
    elif nargs == 3:
        pos = check_int(args[1], 2, "insert")
        if not (((pos - 1) & _MASK) < (e & _MASK)):
            arg_error(2, "insert", "position out of bounds")
        v = args[2]
        if t.__class__ is LuaTable and t.meta is None:
            get = dict.get
            setitem = dict.__setitem__
            for i in range(e, pos, -1):
                x = get(t, i - 1)
                if x is None:
                    delete(t, i)
                else:
                    setitem(t, i, x)
        else:
            for i in range(e, pos, -1):
                seti(t, i, geti(t, i - 1))
    else:
        rt_error("wrong number of arguments to 'insert'")
    seti(t, pos, v)
    return ()


def tremove(*args):
    if len(args) == 1:
        t = args[0]
        if t.__class__ is LuaTable and t.meta is None:
            # fast path: pop the last element of a plain table
            size = t.length()
            v = dict.get(t, size)
            delete(t, size)
            return v
    t, size = _getn(args, 1, "remove", TAB_R | TAB_W)
    pos = args[1] if len(args) >= 2 else None
    pos = size if pos is None else check_int(pos, 2, "remove")
    if pos != size:
        if not (((pos - 1) & _MASK) <= (size & _MASK)):
            arg_error(1, "remove", "position out of bounds")
    result = geti(t, pos)
    if t.__class__ is LuaTable and t.meta is None:
        get = dict.get
        setitem = dict.__setitem__
        while pos < size:
            x = get(t, pos + 1)
            if x is None:
                delete(t, pos)
            else:
                setitem(t, pos, x)
            pos += 1
        delete(t, pos)
    else:
        while pos < size:
            seti(t, pos, geti(t, pos + 1))
            pos += 1
        seti(t, pos, None)
    return result


# ---------------------------------------------------------------- move


def tmove(*args):
    a = args + (None,) * (5 - len(args)) if len(args) < 5 else args
    f = check_int(a[1], 2, "move", len(args) < 2)
    e = check_int(a[2], 3, "move", len(args) < 3)
    t = check_int(a[3], 4, "move", len(args) < 4)
    tt_idx = 5 if a[4] is not None else 1
    src = _checktab(args, 1, "move", TAB_R)
    dst = _checktab(args, tt_idx, "move", TAB_W)
    if e >= f:
        if not (f > 0 or e < MAXINT + f):
            arg_error(3, "move", "too many elements to move")
        n = e - f + 1
        if not (t <= MAXINT - n + 1):
            arg_error(4, "move", "destination wrap around")
        if t > e or t <= f or (tt_idx != 1 and not _ops_eq(src, dst)):
            rng = range(n)
        else:
            rng = range(n - 1, -1, -1)
        if src.__class__ is LuaTable and src.meta is None and dst.__class__ is LuaTable and dst.meta is None:
            get = dict.get
            setitem = dict.__setitem__
            for i in rng:
                v = get(src, f + i)
                if v is None:
                    delete(dst, t + i)
                else:
                    setitem(dst, t + i, v)
        else:
            for i in rng:
                seti(dst, t + i, geti(src, f + i))
    return dst


# ---------------------------------------------------------------- concat


def _concat_piece(t, v, i):
    c = v.__class__
    if c is str:
        return v
    if c is int:
        return "%d" % v
    if c is float:
        return fmt_float(v)
    rt_error("invalid value (%s) at index %d in table for 'concat'" % (type_name(v), i))


def tconcat(*args):
    t, last = _getn(args, 1, "concat", TAB_R)
    sep = args[1] if len(args) >= 2 else None
    sep = "" if sep is None else check_str(sep, 2, "concat")
    i = args[2] if len(args) >= 3 else None
    i = 1 if i is None else check_int(i, 3, "concat")
    j = args[3] if len(args) >= 4 else None
    last = last if j is None else check_int(j, 4, "concat")
    if i > last:
        return ""
    plain = t.__class__ is LuaTable and t.meta is None
    if plain:
        # all strings (the usual case): fetched and joined at C speed
        try:
            return sep.join(map(t.get, range(i, last + 1)))
        except TypeError:
            pass  # numbers or holes: the careful loop below
    parts = []
    append = parts.append
    get = dict.get
    for k in range(i, last + 1):
        v = get(t, k) if plain else geti(t, k)
        if v.__class__ is str:
            append(v)
        else:
            append(_concat_piece(t, v, k))
    return sep.join(parts)


# ---------------------------------------------------------------- pack / unpack


def tpack(*args):
    t = LuaTable()
    t.lay = len(args) | (1 << 32)  # lua_createtable(L, n, 1)
    setitem = dict.__setitem__
    i = 1
    for v in args:
        if v is not None:
            setitem(t, i, v)
        i += 1
    setitem(t, "n", len(args))
    return t


def tunpack(*args):
    t = args[0] if args else None
    i = args[1] if len(args) >= 2 else None
    i = 1 if i is None else check_int(i, 2, "unpack")
    e = args[2] if len(args) >= 3 else None
    if e is None:
        e = lua_len(t)
    else:
        e = check_int(e, 3, "unpack")
    if i > e:
        return ()
    n = (e - i) & _MASK
    if n >= 999980:
        rt_error("too many results to unpack")
    if t.__class__ is LuaTable and t.meta is None:
        get = dict.get
        if n == 0:
            return get(t, i)
        return tuple([get(t, k) for k in range(i, e + 1)])
    if n == 0:
        return geti(t, i)
    return tuple([geti(t, k) for k in range(i, e + 1)])


# ---------------------------------------------------------------- sort

RANLIMIT = 100


def _order_error(a, b):
    t1 = type_name(a)
    t2 = type_name(b)
    if t1 == t2:
        raise LuaError("attempt to compare two %s values" % t1)
    raise LuaError("attempt to compare %s with %s" % (t1, t2))


def lua_lessthan(a, b):
    """lua_compare(a, b, LUA_OPLT) from C: errors carry no position."""
    ca = a.__class__
    cb = b.__class__
    if (ca is int or ca is float) and (cb is int or cb is float):
        return a < b
    if ca is str and cb is str:
        return a < b
    h = getmetamethod(a, "__lt")
    if h is None:
        h = getmetamethod(b, "__lt")
    if h is None:
        _order_error(a, b)
    r = call_meta1(h, a, b)
    return r is not None and r is not False


def _randomize_pivot():
    c = int(time.process_time() * 1000000)
    t = int(time.time())
    return ((c & 0xFFFFFFFF) + (c >> 32 & 0xFFFFFFFF) + (t & 0xFFFFFFFF) + (t >> 32 & 0xFFFFFFFF)) & 0xFFFFFFFF


def _auxsort(get, put, lt, lo, up, rnd):
    while lo < up:
        a_lo = get(lo)
        a_up = get(up)
        if lt(a_up, a_lo):
            put(lo, a_up)
            put(up, a_lo)
        if up - lo == 1:
            return
        if up - lo < RANLIMIT or rnd == 0:
            p = (lo + up) // 2
        else:
            r4 = (up - lo) // 4
            p = rnd % (r4 * 2) + (lo + r4)
        a_p = get(p)
        a_lo = get(lo)
        if lt(a_p, a_lo):
            put(p, a_lo)
            put(lo, a_p)
        else:
            a_up = get(up)
            if lt(a_up, a_p):
                put(p, a_up)
                put(up, a_p)
        if up - lo == 2:
            return
        P = get(p)
        a_up1 = get(up - 1)
        put(p, a_up1)
        put(up - 1, P)
        # partition
        i = lo
        j = up - 1
        while True:
            i += 1
            a_i = get(i)
            while lt(a_i, P):
                if i == up - 1:
                    rt_error("invalid order function for sorting")
                i += 1
                a_i = get(i)
            j -= 1
            a_j = get(j)
            while lt(P, a_j):
                if j < i:
                    rt_error("invalid order function for sorting")
                j -= 1
                a_j = get(j)
            if j < i:
                put(up - 1, a_i)
                put(i, P)
                break
            put(i, a_j)
            put(j, a_i)
        p = i
        if p - lo < up - p:
            _auxsort(get, put, lt, lo, p - 1, rnd)
            n = p - lo
            lo = p + 1
        else:
            _auxsort(get, put, lt, p + 1, up, rnd)
            n = up - p
            up = p - 1
        if (up - lo) // 128 > n:
            rnd = _randomize_pivot()


def _auxsort_list(arr, lt, lo, up, rnd):
    """_auxsort on a Python list holding t[1..n] at arr[1..n] (all accesses stay inside [lo, up])."""
    while lo < up:
        a_lo = arr[lo]
        a_up = arr[up]
        if lt(a_up, a_lo):
            arr[lo] = a_up
            arr[up] = a_lo
        if up - lo == 1:
            return
        if up - lo < RANLIMIT or rnd == 0:
            p = (lo + up) // 2
        else:
            r4 = (up - lo) // 4
            p = rnd % (r4 * 2) + (lo + r4)
        a_p = arr[p]
        a_lo = arr[lo]
        if lt(a_p, a_lo):
            arr[p] = a_lo
            arr[lo] = a_p
        else:
            a_up = arr[up]
            if lt(a_up, a_p):
                arr[p] = a_up
                arr[up] = a_p
        if up - lo == 2:
            return
        P = arr[p]
        a_up1 = arr[up - 1]
        arr[p] = a_up1
        arr[up - 1] = P
        # partition
        i = lo
        j = up - 1
        while True:
            i += 1
            a_i = arr[i]
            while lt(a_i, P):
                if i == up - 1:
                    rt_error("invalid order function for sorting")
                i += 1
                a_i = arr[i]
            j -= 1
            a_j = arr[j]
            while lt(P, a_j):
                if j < i:
                    rt_error("invalid order function for sorting")
                j -= 1
                a_j = arr[j]
            if j < i:
                arr[up - 1] = a_i
                arr[i] = P
                break
            arr[i] = a_j
            arr[j] = a_i
        p = i
        if p - lo < up - p:
            _auxsort_list(arr, lt, lo, p - 1, rnd)
            n = p - lo
            lo = p + 1
        else:
            _auxsort_list(arr, lt, p + 1, up, rnd)
            n = up - p
            up = p - 1
        if (up - lo) // 128 > n:
            rnd = _randomize_pivot()


def _fast_sortable(vals):
    """True when Python's sort gives exactly lua5.4's result (no distinguishable ties)."""
    c0 = vals[0].__class__
    if c0 is str:
        for v in vals:
            if v.__class__ is not str:
                return False
        return True
    if c0 is int or c0 is float:
        allint = True
        for v in vals:
            c = v.__class__
            if c is int:
                continue
            if c is not float or v != v:
                return False
            allint = False
        if allint:
            return True
        return len(set(vals)) == len(vals) and 0.0 not in vals
    return False


def tsort(*args):
    t, n = _getn(args, 1, "sort", TAB_R | TAB_W)
    if n <= 1:
        return ()
    if not (n < _INT_MAX):
        arg_error(1, "sort", "array too big")
    comp = args[1] if len(args) >= 2 else None
    if comp is not None and type_name(comp) != "function":
        _type_error(args, 2, "sort", "function")
    if comp is None:
        return _sort(t, n, None, lua_lessthan)

    def lt(a, b):
        r = comp(a, b)
        if r.__class__ is tuple:
            r = r[0] if r else None
        return r is not None and r is not False

    # the comparator is called as lua_call calls: one C call deeper (core.state.C_CALLS)
    cc = C_CALLS
    depth = cc[0]
    if depth + 1 == MAXCCALLS:
        raise LuaError("C stack overflow")
    cc[0] = depth + 1
    try:
        return _sort(t, n, comp, lt)
    finally:
        cc[0] = depth


def _sort(t, n, comp, lt):
    if t.__class__ is LuaTable and t.meta is None:
        get = dict.get
        vals = [get(t, i) for i in range(1, n + 1)]
        if comp is None and None not in vals and _fast_sortable(vals):
            vals.sort()
            setitem = dict.__setitem__
            for i, v in enumerate(vals, 1):
                setitem(t, i, v)
            return ()
        # sort a copy of t[1..n] with lua5.4's algorithm
        arr = [None] + vals
        try:
            _auxsort_list(arr, lt, 1, n, 0)
        finally:  # write back even when the comparison raised (lua sorts in place)
            setitem = dict.__setitem__
            pop = dict.pop
            for i in range(1, n + 1):
                v = arr[i]
                if v is None:
                    pop(t, i, None)
                else:
                    setitem(t, i, v)
        return ()
    _auxsort(lambda i: geti(t, i), lambda i, v: seti(t, i, v), lt, 1, n, 0)
    return ()


def open_table(G):
    lib = LuaTable()
    for name, fn in (
        ("concat", tconcat),
        ("insert", tinsert),
        ("pack", tpack),
        ("unpack", tunpack),
        ("remove", tremove),
        ("move", tmove),
        ("sort", tsort),
    ):
        dict.__setitem__(lib, name, fn)
    dict.__setitem__(G, "table", lib)
    return lib

"""Lua operators on values of unknown type: the slow paths behind the compiler's inline fast paths.

Each helper does the whole Lua operation (coercions, metamethods, errors with
lua5.4's wording).  The compiler emits plain Python operators where it can prove
the operand types, and these helpers everywhere else.
"""
import math
from types import FunctionType

from . import table
from .errors import LuaError, rt_error, site_desc, varinfo
from .frames import transparent_module
from .libguard import CALL_META, WATCH_KEYS, stored
from .number import MAXINT, MININT, fmt_float, str2number, wrap
from .table import FALSE_KEY, TRUE_KEY, LuaTable, delete, rawkey
from .values import STRING_META, TYPE_META, call, call_event, call_meta1, callee, getmetamethod, objtypename, type_name

transparent_module(__file__)

_NO_META = {}

_int = int
_float = float
_str = str


def first(r):
    """Truncate a call result to one value."""
    if r.__class__ is tuple:
        return r[0] if r else None
    return r


def multi(r):
    """A call result as a tuple of values."""
    if r.__class__ is tuple:
        return r
    return (r,)


# ---------------------------------------------------------------- arithmetic

_ARITH_EVENTS = {
    "+": "__add", "-": "__sub", "*": "__mul", "/": "__div", "%": "__mod",
    "//": "__idiv", "^": "__pow",
    "&": "__band", "|": "__bor", "~": "__bxor", "<<": "__shl", ">>": "__shr",
}


def tonum(v):
    """Number value of v for arithmetic (strings are converted), or None."""
    c = v.__class__
    if c is int or c is float:
        return v
    if c is str:
        return str2number(v)
    return None


def _arith_meta(op, a, b):
    ev = _ARITH_EVENTS[op]
    h = getmetamethod(a, ev)
    if h is None:
        h = getmetamethod(b, ev)
    if h is not None:
        return call_event(h, ev, a, b)
    # no metamethod: error, blaming the operand that is not a number (luaG_opinterror:
    # a string is not a number here, it would have converted through its metamethod)
    if a.__class__ is _int or a.__class__ is _float:
        bad, idx = b, 1
    else:
        bad, idx = a, 0
    if bad.__class__ is str:
        rt_error("attempt to perform arithmetic on a string value%s" % varinfo(site_desc(idx)))
    rt_error("attempt to perform arithmetic on a %s value%s" % (objtypename(bad), varinfo(site_desc(idx))))


# event -> the string library's own arithmetic metamethod (lstring.open_string fills it):
# lua5.4 converts strings in arithmetic through them, so a program that replaces one
# (getmetatable("").__add = f) or gives numbers a metatable changes what `"10" + 1` does
STRING_ARITH = {}


def _strings_convert(op):
    """Do strings in arithmetic `op` still convert the built-in way?"""
    if TYPE_META:
        return False  # a number's metamethod may come first
    ev = _ARITH_EVENTS[op]
    mt = STRING_META[0]
    return mt is not None and dict.get(mt, ev) is STRING_ARITH.get(ev)


def _numpair(op, a, b):
    """Convert both operands (strings too); None if either is not a number, or when
    the string metatable's metamethod for `op` is not the string library's."""
    if not _strings_convert(op):
        return None
    x = tonum(a)
    if x is None:
        return None
    y = tonum(b)
    if y is None:
        return None
    return x, y


# NaN operands.  x86's addsd/mulsd return their first source's NaN (quieted) when both
# operands are NaNs.  lua5.4 as Debian builds it (gcc, x86-64) computes `a * b` with a as
# that source and `a + b` with b; CPython's float + and * take either operand first,
# depending on whether the BINARY_OP instruction is specialised yet.  The sign is what
# shows (`-(0/0) * (0/0)` prints `nan`, `(0/0) * -(0/0)` `-nan`): converted code calls these
# when a float sum or product of two operands is a NaN.  (- and / take a's NaN in all three.)

def fadd(a, b):
    """a + b of two numbers, one at least a float, with lua5.4's NaN for two NaNs."""
    if a != a and b != b:
        return b - 0.0  # b's NaN, quieted as addsd quiets it; its sign kept
    return a + b


def fmul(a, b):
    """a * b of two numbers, one at least a float, with lua5.4's NaN for two NaNs."""
    if a != a and b != b:
        return a - 0.0
    return a * b


def add(a, b):
    ca = a.__class__
    cb = b.__class__
    if ca is _int and cb is _int:
        r = a + b
        if MININT <= r <= MAXINT:
            return r
        return wrap(r)
    if (ca is _float or ca is _int) and (cb is _float or cb is _int):
        r = a + b
        return r if r == r else fadd(a, b)
    p = _numpair("+", a, b) if (ca is _str or cb is _str) else None
    if p is None:
        return _arith_meta("+", a, b)
    return add(*p)


def sub(a, b):
    ca = a.__class__
    cb = b.__class__
    if ca is _int and cb is _int:
        r = a - b
        if MININT <= r <= MAXINT:
            return r
        return wrap(r)
    if (ca is _float or ca is _int) and (cb is _float or cb is _int):
        return a - b
    p = _numpair("-", a, b) if (ca is _str or cb is _str) else None
    if p is None:
        return _arith_meta("-", a, b)
    return sub(*p)


def mul(a, b):
    ca = a.__class__
    cb = b.__class__
    if ca is _int and cb is _int:
        r = a * b
        if MININT <= r <= MAXINT:
            return r
        return wrap(r)
    if (ca is _float or ca is _int) and (cb is _float or cb is _int):
        r = a * b
        return r if r == r else fmul(a, b)
    p = _numpair("*", a, b) if (ca is _str or cb is _str) else None
    if p is None:
        return _arith_meta("*", a, b)
    return mul(*p)


NEG_NAN = -math.nan  # the NaN x86 produces for invalid operations; lua5.4 prints it as "-nan"


def fdiv(x, y):
    """Float division with IEEE results for division by zero."""
    x = float(x)
    y = float(y)
    try:
        return x / y
    except ZeroDivisionError:
        if x != x:
            return x
        if x == 0.0:
            return NEG_NAN
        s = math.copysign(1.0, x) * math.copysign(1.0, y)
        return math.inf if s > 0 else -math.inf


def div(a, b):
    ca = a.__class__
    cb = b.__class__
    if (ca is _float or ca is _int) and (cb is _float or cb is _int):
        return fdiv(a, b)
    p = _numpair("/", a, b) if (ca is _str or cb is _str) else None
    if p is None:
        return _arith_meta("/", a, b)
    return fdiv(*p)


def fmod_float(a, b):
    """Lua 5.4's luai_nummod for floats: C fmod, then the result takes the sign of b."""
    if a != a:
        return a
    if b != b:
        return b
    if b == 0.0 or math.isinf(a):
        return NEG_NAN
    m = a if math.isinf(b) else math.fmod(a, b)
    if m != 0.0 and (m < 0) != (b < 0):
        m += b
    return m


def mod(a, b):
    ca = a.__class__
    cb = b.__class__
    if ca is _int and cb is _int:
        if b == 0:
            rt_error("attempt to perform 'n%0'")
        return a % b  # Python's % floors like Lua's; result always fits
    if (ca is _float or ca is _int) and (cb is _float or cb is _int):
        return fmod_float(float(a), float(b))
    p = _numpair("%", a, b) if (ca is _str or cb is _str) else None
    if p is None:
        return _arith_meta("%", a, b)
    if p[1] == 0 and p[0].__class__ is _int and p[1].__class__ is _int:
        raise LuaError("attempt to perform 'n%0'")  # raised inside the string metamethod: no position
    return mod(*p)


def idiv(a, b):
    ca = a.__class__
    cb = b.__class__
    if ca is _int and cb is _int:
        if b == 0:
            rt_error("attempt to divide by zero")
        r = a // b
        if r > MAXINT:
            return wrap(r)
        return r
    if (ca is _float or ca is _int) and (cb is _float or cb is _int):
        q = fdiv(a, b)
        if q != q or math.isinf(q):
            return q
        f = float(math.floor(q))
        if f == 0.0:
            return math.copysign(0.0, q)  # C floor keeps the sign of zero
        return f
    p = _numpair("//", a, b) if (ca is _str or cb is _str) else None
    if p is None:
        return _arith_meta("//", a, b)
    if p[1] == 0 and p[0].__class__ is _int and p[1].__class__ is _int:
        raise LuaError("attempt to divide by zero")  # raised inside the string metamethod: no position
    return idiv(*p)


def fpow(x, y):
    """C pow() results, where Python raises or goes complex."""
    x = float(x)
    y = float(y)
    try:
        r = x ** y
    except ZeroDivisionError:  # 0.0 ^ negative
        odd = y.is_integer() and int(y) % 2 == 1
        return math.copysign(math.inf, x) if odd else math.inf
    except OverflowError:
        odd = y.is_integer() and int(y) % 2 == 1
        return -math.inf if (x < 0 and odd) else math.inf
    if r.__class__ is complex:
        return NEG_NAN
    if r != r and x != x and y.is_integer() and int(y) % 2 == 1 and math.copysign(1.0, x) < 0:
        # glibc's pow of a NaN: x * x, negated for a negative x and an odd integer y
        # (so a -nan base gives +nan); Python's ** returns the base unchanged
        return math.copysign(r, 1.0)
    return r


def pow(a, b):
    ca = a.__class__
    cb = b.__class__
    if (ca is _float or ca is _int) and (cb is _float or cb is _int):
        return fpow(a, b)
    p = _numpair("^", a, b) if (ca is _str or cb is _str) else None
    if p is None:
        return _arith_meta("^", a, b)
    return fpow(*p)


def unm(a):
    c = a.__class__
    if c is _int:
        if a == MININT:
            return a
        return -a
    if c is _float:
        return -a
    if c is _str and not TYPE_META and dict.get(STRING_META[0] or _NO_META, "__unm") is STRING_ARITH.get("__unm"):
        n = str2number(a)
        if n is not None:
            return unm(n)
    h = getmetamethod(a, "__unm")
    if h is not None:
        return call_event(h, "__unm", a, a)
    if c is _str:
        rt_error("attempt to perform arithmetic on a string value%s" % varinfo(site_desc(0)))
    rt_error("attempt to perform arithmetic on a %s value%s" % (objtypename(a), varinfo(site_desc(0))))


# ---------------------------------------------------------------- bitwise


def toint_bitwise(v):
    """Integer value for bitwise operators: ints and floats with an exact integer value; else None.
    (Strings are not converted: the string metatable has no bitwise metamethods.)"""
    c = v.__class__
    if c is _int:
        return v
    if c is _float:
        if v.is_integer() and -9.2233720368547758e18 <= v < 9.2233720368547758e18:
            return int(v)
    return None


def _bitwise_error(a, b):
    """luaT_trybinTM's errors for bitwise operators without metamethods."""
    num_a = a.__class__ is _int or a.__class__ is _float
    num_b = b.__class__ is _int or b.__class__ is _float
    if num_a and num_b:
        # luaG_tointerror: blame the first operand without an integer value
        idx = 0 if toint_bitwise(a) is None else 1
        rt_error("number%s has no integer representation" % varinfo(site_desc(idx)))
    # luaG_opinterror: blame the first operand that is not a number
    bad, idx = (a, 0) if not num_a else (b, 1)
    rt_error("attempt to perform bitwise operation on a %s value%s" % (objtypename(bad), varinfo(site_desc(idx))))


def _bitop(op, a, b, f):
    x = toint_bitwise(a)
    y = toint_bitwise(b)
    if x is not None and y is not None:
        return f(x, y)
    ev = _ARITH_EVENTS[op]
    h = getmetamethod(a, ev)
    if h is None:
        h = getmetamethod(b, ev)
    if h is not None:
        return call_event(h, ev, a, b)
    _bitwise_error(a, b)


def _shl(x, y):
    if y <= -64 or y >= 64:
        return 0
    if y >= 0:
        return wrap(x << y)
    return (x & 0xFFFFFFFFFFFFFFFF) >> (-y)


def shl(a, b):
    if a.__class__ is _int and b.__class__ is _int:
        return wrap(_shl(a, b))
    return _bitop("<<", a, b, lambda x, y: wrap(_shl(x, y)))


def shr(a, b):
    if a.__class__ is _int and b.__class__ is _int:
        return wrap(_shl(a, -b)) if b != MININT else 0
    return _bitop(">>", a, b, lambda x, y: wrap(_shl(x, -y)) if y != MININT else 0)


def band(a, b):
    if a.__class__ is _int and b.__class__ is _int:
        return a & b
    return _bitop("&", a, b, lambda x, y: x & y)


def bor(a, b):
    if a.__class__ is _int and b.__class__ is _int:
        return a | b
    return _bitop("|", a, b, lambda x, y: x | y)


def bxor(a, b):
    if a.__class__ is _int and b.__class__ is _int:
        return a ^ b
    return _bitop("~", a, b, lambda x, y: x ^ y)


def bnot(a):
    x = toint_bitwise(a)
    if x is not None:
        return ~x
    h = getmetamethod(a, "__bnot")
    if h is not None:
        return call_event(h, "__bnot", a, a)
    if a.__class__ is _float:
        rt_error("number%s has no integer representation" % varinfo(site_desc(0)))
    rt_error("attempt to perform bitwise operation on a %s value%s" % (objtypename(a), varinfo(site_desc(0))))


# ---------------------------------------------------------------- concat and length


def _concat_piece(v):
    c = v.__class__
    if c is _str:
        return v
    if c is _int:
        return "%d" % v
    if c is _float:
        return fmt_float(v)
    return None


def concat(a, b):
    if a.__class__ is _str and b.__class__ is _str:
        return a + b
    x = _concat_piece(a)
    y = _concat_piece(b)
    if x is not None and y is not None:
        return x + y
    h = getmetamethod(a, "__concat")
    if h is None:
        h = getmetamethod(b, "__concat")
    if h is not None:
        return call_event(h, "__concat", a, b)
    if x is None:
        bad, idx = a, 0
    else:
        bad, idx = b, 1
    rt_error("attempt to concatenate a %s value%s" % (objtypename(bad), varinfo(site_desc(idx))))


def concat_n(*vals):
    """a .. b .. c ...: right associative, joined at once when every piece is a string or number."""
    pieces = []
    add = pieces.append
    for v in vals:
        c = v.__class__
        if c is _str:
            add(v)
        elif c is _int:
            add("%d" % v)
        elif c is _float:
            add(fmt_float(v))
        else:
            break
    else:
        return "".join(pieces)
    # metamethods involved: fold pairwise from the right, as Lua does
    r = vals[-1]
    for i in range(len(vals) - 2, -1, -1):
        r = _concat_pair_at(vals[i], r, i)
    return r


def _concat_pair_at(a, b, i):
    x = _concat_piece(a)
    y = _concat_piece(b)
    if x is not None and y is not None:
        return x + y
    h = getmetamethod(a, "__concat")
    if h is None:
        h = getmetamethod(b, "__concat")
    if h is not None:
        return call_event(h, "__concat", a, b)
    if x is None:
        bad, idx = a, i
    else:
        bad, idx = b, i + 1
    rt_error("attempt to concatenate a %s value%s" % (objtypename(bad), varinfo(site_desc(idx))))


def length(v):
    c = v.__class__
    if c is _str:
        return len(v)
    if c is LuaTable:
        mt = v.meta
        if mt is not None:
            h = dict.get(mt, "__len")
            if h is not None:
                return call_event(h, "__len", v, v)  # luaV_objlen passes the operand twice
        return v.length()
    h = getmetamethod(v, "__len")
    if h is not None:
        return call_event(h, "__len", v, v)
    rt_error("attempt to get length of a %s value%s" % (objtypename(v), varinfo(site_desc(0))))


# ---------------------------------------------------------------- comparison


def eq(a, b):
    if a is b:
        return a == a if a.__class__ is _float else True  # NaN ~= NaN
    ca = a.__class__
    cb = b.__class__
    if ca is LuaTable and cb is LuaTable:
        h = getmetamethod(a, "__eq")
        if h is None:
            h = getmetamethod(b, "__eq")
        if h is None:
            return False
        r = call_event(h, "__eq", a, b)
        return r is not None and r is not False
    if ca is bool or cb is bool:
        return False
    if ca is cb or ((ca is _int or ca is _float) and (cb is _int or cb is _float)):
        return a == b
    if getattr(ca, "lua_meta", None) is not None and ca is cb:
        h = getmetamethod(a, "__eq")
        if h is not None:
            r = call_event(h, "__eq", a, b)
            return r is not None and r is not False
    return False


def _cmp_error(a, b):
    t1 = objtypename(a)
    t2 = objtypename(b)
    if t1 == t2:
        rt_error("attempt to compare two %s values" % t1)
    rt_error("attempt to compare %s with %s" % (t1, t2))


def lt(a, b):
    ca = a.__class__
    cb = b.__class__
    if (ca is _int or ca is _float) and (cb is _int or cb is _float):
        return a < b
    if ca is _str and cb is _str:
        return a < b
    h = getmetamethod(a, "__lt")
    if h is None:
        h = getmetamethod(b, "__lt")
    if h is None:
        _cmp_error(a, b)
    r = call_event(h, "__lt", a, b)
    return r is not None and r is not False


def le(a, b):
    ca = a.__class__
    cb = b.__class__
    if (ca is _int or ca is _float) and (cb is _int or cb is _float):
        return a <= b
    if ca is _str and cb is _str:
        return a <= b
    h = getmetamethod(a, "__le")
    if h is None:
        h = getmetamethod(b, "__le")
    if h is None:
        # LUA_COMPAT_LT_LE (on in lua5.4 builds): a <= b is not (b < a)
        h = getmetamethod(b, "__lt")
        if h is None:
            h = getmetamethod(a, "__lt")
        if h is None:
            _cmp_error(a, b)
        r = call_event(h, "__le", b, a)
        return r is None or r is False
    r = call_event(h, "__le", a, b)
    return r is not None and r is not False


# ---------------------------------------------------------------- indexing

# lvm.c's MAXTAGLOOP: how many __index/__newindex values a lookup follows before
# deciding the chain loops
MAXTAGLOOP = 2000


def is_function(h):
    """ttisfunction: only functions are called as __index/__newindex; other values
    (tables, strings, numbers, a table with __call) are indexed in turn."""
    return h.__class__ is FunctionType or type_name(h) == "function"


def index(o, k):
    """o[k] for any o and k (the compiler inlines the plain-table case)."""
    if o.__class__ is LuaTable:
        c = k.__class__
        if c is float or c is bool:
            k = rawkey(k)
        elif k is None:
            return o.__missing__(None) if o.meta is not None else None
        return o[k]
    if o.__class__ is _str:
        # a string's first __index table (the string library, `("x").upper`): a hit there
        # is the whole read (index_meta's first step, for keys needing no normalisation)
        mt = STRING_META[0]
        if mt is not None:
            h = dict.get(mt, "__index")
            if h.__class__ is LuaTable and (k.__class__ is _str or k.__class__ is int):
                v = dict.get(h, k)
                if v is not None:
                    return v
    return index_meta(o, k, True)


def index_meta(o, k, first=False):
    """luaV_finishget from o: follow __index values, calling the first function found.
    `first`: o is the operand itself, so an error names its variable."""
    for _ in range(MAXTAGLOOP):
        if o.__class__ is LuaTable:
            if k is not None:
                v = dict.get(o, rawkey(k))
                if v is not None:
                    return v
            mt = o.meta
            h = None if mt is None else dict.get(mt, "__index")
            if h is None:
                return None
        else:
            h = getmetamethod(o, "__index")
            if h is None:
                rt_error("attempt to index a %s value%s" % (objtypename(o), _index_varinfo(k) if first else ""))
        if is_function(h):
            return call_meta1(h, o, k)
        o = h
        first = False
    rt_error("'__index' chain too long; possible loop")


def _index_varinfo(k):
    d = site_desc(0)
    if d:
        return " (%s)" % d
    return ""


def setindex(o, k, v):
    """o[k] = v for any o, k, v, with __newindex and Lua's key errors (luaV_finishset)."""
    if o.__class__ is LuaTable and (o.meta is None or "__newindex" not in o.meta):
        _rawstore(o, k, v)
        return
    first = True
    for _ in range(MAXTAGLOOP):
        if o.__class__ is LuaTable:
            mt = o.meta
            h = None
            if mt is not None:
                h = dict.get(mt, "__newindex")
                if h is not None and k is not None and dict.__contains__(o, rawkey(k)):
                    h = None  # present keys are assigned raw
            if h is None:
                _rawstore(o, k, v)
                return
        else:
            h = getmetamethod(o, "__newindex")
            if h is None:
                rt_error("attempt to index a %s value%s" % (objtypename(o), _index_varinfo(k) if first else ""))
        if is_function(h):
            call(h, o, k, v)
            return
        o = h
        first = False
    rt_error("'__newindex' chain too long; possible loop")


def _rawstore(o, k, v):
    """The raw part of an assignment into table o (luaH_finishset): Lua's key errors,
    key normalisation, nil deletes."""
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
        delete(o, k)
    else:
        dict.__setitem__(o, k, v)
    if c is str and k in WATCH_KEYS:
        stored(o, k)


def setfield(o, k, v):
    """o.name = v where name is a string constant (no key normalisation needed)."""
    if o.__class__ is LuaTable and o.meta is None:
        if v is None:
            delete(o, k)
        else:
            dict.__setitem__(o, k, v)
        if k in WATCH_KEYS:
            stored(o, k)
        return
    setindex(o, k, v)


def _index_via(t, h, key):
    """t[key] through t's __index h when key is absent from t (LuaTable.__missing__)."""
    if is_function(h):
        return call_meta1(h, t, key)
    return index_meta(h, key)


table.set_index_via(_index_via)


# Compiled reads and stores of tables (L_get, L_put, L_putk): each is the code the
# compiler used to write inline (`o[k] if o.__class__ is L_Table else L_index(o, k)`,
# the store guards), made one call; table._accel (_ltable.pyx) has their C twins,
# which do the same reads and stores.  docs/architecture.md, "Issue 13, evening".

def get(o, k):
    """o[k]: a dict subscript of a table (a miss runs LuaTable.__missing__) unless the
    key is a boolean (stored as a sentinel), else index."""
    if o.__class__ is LuaTable and k.__class__ is not bool:
        return o[k]
    return index(o, k)


def get_call(o, k):
    """The callee of a compiled call `o.k(...)` / `o[k](...)` (L_getc): get(o, k), through
    values.callee while libguard.CALL_META is on and the value is not callable (callee
    returns a callable value unchanged).  The call site's own CALL_META test, made in
    here instead."""
    v = get(o, k)
    if CALL_META[0] and not callable(v):
        return callee(v)
    return v


def put(o, k, v):
    """o[k] = v for a key that needs no normalisation and that the library guards do
    not watch (a constant string, or an integer): a dict store when o is a table
    without metatable, or with the key, or whose metatable has no __newindex, and v
    is not nil (nil deletes); else setindex."""
    if v is not None and o.__class__ is LuaTable:
        mt = o.meta
        if mt is None or k in o or (mt.__class__ is LuaTable and "__newindex" not in mt):
            dict.__setitem__(o, k, v)
            return
    setindex(o, k, v)


def putk(o, k, v):
    """o[k] = v for a key only known at run time: put when the key is an integer or a
    string that the library guards do not watch, else setindex."""
    c = k.__class__
    if c is int or (c is str and k not in WATCH_KEYS):
        put(o, k, v)
    else:
        setindex(o, k, v)


if table._accel is not None:
    table._accel.init_ops(index, setindex, WATCH_KEYS, length)
    table._accel.init_calls(CALL_META, callee)
    length = table._accel.length
    get = table._accel.get
    get_call = table._accel.get_call
    put = table._accel.put
    putk = table._accel.putk

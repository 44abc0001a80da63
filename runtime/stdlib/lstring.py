"""The string library (lstrlib.c of Lua 5.4): open_string(G) builds the `string`
table and the metatable shared by all strings.

Strings are Python str with one character per byte.  Missing arguments are told
from explicit nils with the _NV sentinel default, so the messages say "got no
value" where lua5.4 does.
"""
from ..core import ops
from ..core.args import arg_error, check_int, check_str, type_error
from ..core.errors import rt_error
from ..core.frames import runtime_module
from ..core.ops import call, first, index
from ..core.state import C_CALLS, MAXCCALLS
from ..core.table import LuaTable
from ..core.values import STRING_META, c_call, getmetamethod, type_name
from ..support.loops import StatefulIter
from .ldump import dump
from .lformat import str_format
from .lpack import str_pack, str_packsize, str_unpack
from .lpattern import Matcher, never_empty, nospecials

runtime_module(__file__)

MAXSIZE = 0x7FFFFFFF  # lstrlib's MAXSIZE: results larger than this raise "resulting string too large"


class _NoValue:
    __slots__ = ()

    def __repr__(self):
        return "<no value>"


_NV = _NoValue()


def _str(v, n, fname):
    if v.__class__ is str:
        return v
    if v is _NV:
        type_error(n, fname, "string", None, True)
    return check_str(v, n, fname)


def _int(v, n, fname):
    if v.__class__ is int:
        return v
    if v is _NV:
        type_error(n, fname, "number", None, True)
    return check_int(v, n, fname)


def _optint(v, n, fname, default):
    if v is None or v is _NV:
        return default
    if v.__class__ is int:
        return v
    return check_int(v, n, fname)


def _optstr(v, n, fname, default):
    if v is None or v is _NV:
        return default
    if v.__class__ is str:
        return v
    return check_str(v, n, fname)


def posrelat_i(pos, ln):
    """lstrlib's posrelatI: a start position (1-based, clipped to >= 1)."""
    if pos > 0:
        return pos
    if pos == 0:
        return 1
    if pos < -ln:
        return 1
    return ln + pos + 1


def getendpos(pos, ln):
    """lstrlib's getendpos: an end position clipped to [0, len]."""
    if pos > ln:
        return ln
    if pos >= 0:
        return pos
    if pos < -ln:
        return 0
    return ln + pos + 1


def _ret(vals):
    """A tuple of results in the calling convention: one bare, else a tuple."""
    if len(vals) == 1:
        return vals[0]
    return vals


# ------------------------------------------------------------------ simple functions


def str_len(s=_NV, *_):
    return len(_str(s, 1, "len"))


def str_sub(s=_NV, i=_NV, j=None, *_):
    s = _str(s, 1, "sub")
    ln = len(s)
    start = posrelat_i(_int(i, 2, "sub"), ln)
    end = getendpos(_optint(j, 3, "sub", -1), ln)
    if start <= end:
        return s[start - 1:end]
    return ""


def str_reverse(s=_NV, *_):
    return _str(s, 1, "reverse")[::-1]


def str_lower(s=_NV, *_):
    s = _str(s, 1, "lower")
    return s.encode("latin-1").lower().decode("latin-1")


def str_upper(s=_NV, *_):
    s = _str(s, 1, "upper")
    return s.encode("latin-1").upper().decode("latin-1")


def str_rep(s=_NV, n=_NV, sep=None, *_):
    s = _str(s, 1, "rep")
    n = _int(n, 2, "rep")
    sep = _optstr(sep, 3, "rep", "")
    if n <= 0:
        return ""
    l = len(s)
    lsep = len(sep)
    if l + lsep > MAXSIZE // n:
        rt_error("resulting string too large")
    if not sep:
        return s * n
    return sep.join([s] * n)


def str_byte(s=_NV, i=None, j=None, *_):
    s = _str(s, 1, "byte")
    ln = len(s)
    pi = _optint(i, 2, "byte", 1)
    pose = getendpos(_optint(j, 3, "byte", pi), ln)
    posi = posrelat_i(pi, ln)
    if posi > pose:
        return ()
    if pose - posi >= 0x7FFFFFFF:
        rt_error("string slice too long")
    if posi == pose:
        return ord(s[posi - 1])
    return tuple([ord(c) for c in s[posi - 1:pose]])


def str_char(*args):
    out = []
    for k, v in enumerate(args):
        c = v if v.__class__ is int else check_int(v, k + 1, "char")
        if not (0 <= c <= 255):
            arg_error(k + 1, "char", "value out of range")
        out.append(chr(c))
    return "".join(out)


def str_dump(f=_NV, strip=None, *_):
    if type_name(f) != "function" or f is _NV:
        type_error(1, "dump", "function", None if f is _NV else f, f is _NV)
    chunk = dump(f, strip is not None and strip is not False)
    if chunk is None:
        rt_error("unable to dump given function")
    return chunk


# ------------------------------------------------------------------ pattern matching


def _find_aux(s, p, init, plain, find):
    fname = "find" if find else "match"
    s = _str(s, 1, fname)
    p = _str(p, 2, fname)
    ls = len(s)
    init = posrelat_i(_optint(init, 3, fname, 1), ls) - 1
    if init > ls:
        return None
    if find and ((plain is not None and plain is not False and plain is not _NV) or nospecials(p)):
        k = s.find(p, init)
        if k < 0:
            return None
        return (k + 1, k + len(p))
    m = Matcher(s, p)
    r = m.search(init)
    if r is None:
        return None
    st, e = r
    if find:
        return (st + 1, e) + m.captures(st, e, False)
    return _ret(m.captures(st, e))


def str_find(s=_NV, p=_NV, init=None, plain=None, *_):
    return _find_aux(s, p, init, plain, True)


def str_match(s=_NV, p=_NV, init=None, *_):
    return _find_aux(s, p, init, None, False)


def str_gmatch(s=_NV, p=_NV, init=None, *_):
    s = _str(s, 1, "gmatch")
    p = _str(p, 2, "gmatch")
    ls = len(s)
    start = posrelat_i(_optint(init, 3, "gmatch", 1), ls) - 1
    if start > ls:
        start = ls + 1
    m = Matcher(s, p, gmatch=True)
    state = [start, -1]  # next position, end of last match

    def gmatch_iter(*_):
        src, last = state
        while src <= ls:
            r = m.search(src)
            if r is None:
                break
            st, e = r
            if e == last:  # empty match right after the previous match: skip a char
                src = st + 1
                continue
            state[0] = state[1] = e
            return _ret(m.captures(st, e))
        state[0] = ls + 1
        return ()

    gmatch_iter.py_iter = _GmatchFor(m, state, ls)
    return gmatch_iter


class _GmatchFor(StatefulIter):
    """A generic for over gmatch's iterator, driven directly: the same walk as
    gmatch_iter (and the same state, so a loop left early can be resumed by
    calling the iterator), with re's finditer when the pattern has a regex
    translation that never matches the empty string."""

    __slots__ = ("m", "state", "ls")

    def __init__(self, m, state, ls):
        self.m, self.state, self.ls = m, state, ls

    def for_values(self, s, c, n):
        m, state, ls = self.m, self.state, self.ls
        pad = (None,) * n
        rx = m.rx
        if rx is not None and not m.kinds and state[0] <= ls and never_empty(rx):
            for mo in rx.finditer(m.src, state[0]):
                v = mo.group()
                state[0] = state[1] = mo.end()
                yield v if n == 1 else (v,) + pad[1:]
            state[0] = ls + 1
            return
        src, last = state
        while src <= ls:
            r = m.search(src)
            if r is None:
                break
            st, e = r
            if e == last:
                src = st + 1
                continue
            src = last = state[0] = state[1] = e
            caps = m.captures(st, e)
            if n == 1:
                yield caps[0]
            elif len(caps) == n:
                yield caps
            else:
                yield (caps + pad)[:n]
        state[0] = ls + 1


def _parse_repl(r):
    """Replacement string -> list of str pieces, ints (capture index, -1 = %0) and
    ("error",) markers where lstrlib raises "invalid use of '%'"."""
    items = []
    i = 0
    n = len(r)
    while True:
        j = r.find("%", i)
        if j < 0:
            if i < n:
                items.append(r[i:])
            return items
        if j > i:
            items.append(r[i:j])
        c = r[j + 1] if j + 1 < n else "\0"
        if c == "%":
            items.append("%")
        elif c == "0":
            items.append(-1)
        elif "1" <= c <= "9":
            items.append(ord(c) - 49)
        else:
            items.append(None)
            return items
        i = j + 2


_REPL_CACHE = {}


def _tostr_value(v):
    if v.__class__ is int:
        return "%d" % v
    if v.__class__ is float:
        return check_str(v, 0, "")
    return v


def str_gsub(s=_NV, p=_NV, repl=_NV, max_n=None, *_):
    if repl.__class__ is str or type_name(repl) != "function":
        return _gsub(s, p, repl, max_n)
    # a function is called as lua_call calls it: one C call deeper while gsub runs
    # (core.state.C_CALLS); at the limit, the first call fails as values.c_call says
    cc = C_CALLS
    depth = cc[0]
    if depth + 1 >= MAXCCALLS:
        return _gsub(s, p, lambda *a: c_call(repl, *a), max_n)
    cc[0] = depth + 1
    try:
        return _gsub(s, p, repl, max_n)
    finally:
        cc[0] = depth


def _gsub(s=_NV, p=_NV, repl=_NV, max_n=None, *_):
    src = _str(s, 1, "gsub")
    p = _str(p, 2, "gsub")
    n = len(src)
    tr = type_name(repl) if repl is not _NV else "no value"
    max_s = _optint(max_n, 4, "gsub", n + 1)
    if tr == "string" or tr == "number":
        mode = 0
        r = repl if repl.__class__ is str else check_str(repl, 3, "gsub")
        items = _REPL_CACHE.get(r)
        if items is None:
            if len(_REPL_CACHE) > 256:
                _REPL_CACHE.clear()
            items = _REPL_CACHE[r] = _parse_repl(r)
        if len(items) == 1 and items[0].__class__ is str:
            literal = items[0]
        elif not items:
            literal = ""
        else:
            literal = None
    elif tr == "table":
        mode = 1
    elif tr == "function":
        mode = 2
    else:
        type_error(3, "gsub", "string/function/table", None if repl is _NV else repl, repl is _NV)
    m = Matcher(src, p)
    anchor = m.anchor
    out = []
    add = out.append
    pos = 0
    last = -1
    count = 0
    changed = False
    while count < max_s:
        r = m.search(pos) if pos <= n else None
        if r is None:
            break
        st, e = r
        if e == last:  # empty match right after the previous one: copy one char
            if pos < n:
                add(src[pos])
                pos += 1
                continue
            break
        if st > pos:
            add(src[pos:st])
        count += 1
        if mode == 0:
            changed = True
            if literal is not None:
                add(literal)
            else:
                for it in items:
                    c = it.__class__
                    if c is str:
                        add(it)
                    elif c is int:
                        if it < 0:
                            add(src[st:e])
                        else:
                            v = m.capture(it, st, e)
                            add(v if v.__class__ is str else "%d" % v)
                    else:
                        rt_error("invalid use of '%' in replacement string")
        else:
            if mode == 1:
                v = index(repl, m.capture(0, st, e))
            else:
                v = first(repl(*m.captures(st, e)))
            if v is None or v is False:
                add(src[st:e])
            elif v.__class__ is str:
                add(v)
                changed = True
            elif v.__class__ is int or v.__class__ is float:
                add(_tostr_value(v))
                changed = True
            else:
                rt_error("invalid replacement value (a %s)" % type_name(v))
        pos = last = e
        if anchor:
            break
    if not changed:
        return (src, count)
    add(src[pos:])
    return ("".join(out), count)


# ------------------------------------------------------------------ string metatable arithmetic


def _make_arith(event, op):
    def arith(a=None, b=_NV, *_):
        x = ops.tonum(a)
        if x is not None:
            # lstrlib's tonum pushes the converted first operand, so a missing
            # second operand reads it: getmetatable("").__unm("3") is -3
            y = x if b is _NV else ops.tonum(b)
            if y is not None:
                return op(x, y)
        if b is _NV:
            b = None
        # trymt
        h = None if b.__class__ is str else getmetamethod(b, event)
        if h is None:
            rt_error("attempt to %s a '%s' with a '%s'" % (event[2:], type_name(a), type_name(b)))
        return first(call(h, a, b))

    arith.__name__ = "string_" + event[2:]
    return arith


def _unm(x, y):
    return ops.unm(x)


_ARITH = [
    ("__add", ops.add), ("__sub", ops.sub), ("__mul", ops.mul), ("__mod", ops.mod),
    ("__pow", ops.pow), ("__div", ops.div), ("__idiv", ops.idiv), ("__unm", _unm),
]


# ------------------------------------------------------------------ the library table

FUNCTIONS = {
    "byte": str_byte,
    "char": str_char,
    "dump": str_dump,
    "find": str_find,
    "format": str_format,
    "gmatch": str_gmatch,
    "gsub": str_gsub,
    "len": str_len,
    "lower": str_lower,
    "match": str_match,
    "rep": str_rep,
    "reverse": str_reverse,
    "sub": str_sub,
    "upper": str_upper,
    "pack": str_pack,
    "packsize": str_packsize,
    "unpack": str_unpack,
}


def open_string(G):
    lib = LuaTable()
    for name, f in FUNCTIONS.items():
        dict.__setitem__(lib, name, f)
    mt = LuaTable()
    for event, op in _ARITH:
        f = ops.STRING_ARITH.get(event)
        if f is None:
            f = ops.STRING_ARITH[event] = _make_arith(event, op)
        dict.__setitem__(mt, event, f)
    dict.__setitem__(mt, "__index", lib)
    STRING_META[0] = mt
    if G is not None:
        ops.setindex(G, "string", lib) if G.__class__ is not LuaTable else dict.__setitem__(G, "string", lib)
    return lib

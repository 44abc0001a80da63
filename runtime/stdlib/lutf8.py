"""The utf8 library (lua5.4's lutf8lib.c).

Strings are Python str holding one character per byte, so UTF-8 is decoded
and encoded here over those byte values.
"""
from ..core.args import arg_error, check_int, check_str
from ..core.errors import rt_error
from ..core.frames import runtime_module
from ..core.number import tointeger
from ..core.table import LuaTable
from ..core.values import truthy

runtime_module(__file__)

MAXUNICODE = 0x10FFFF
MAXUTF = 0x7FFFFFFF
_MASK = (1 << 64) - 1
_LIMITS = (None, 0x80, 0x800, 0x10000, 0x200000, 0x4000000)

CHARPATTERN = "[\0-\x7F\xC2-\xFD][\x80-\xBF]*"


def _posrelat(pos, length):
    if pos >= 0:
        return pos
    if -pos > length:
        return 0
    return length + pos + 1


def _byte(s, i):
    """Byte at 0-based i, with the C string's terminating '\\0' past the end."""
    return ord(s[i]) if i < len(s) else 0


def utf8_decode(s, i, strict):
    """Decode the sequence at 0-based i: (next index, code) or None when invalid."""
    c = _byte(s, i)
    if c < 0x80:
        res = c
        count = 0
    else:
        res = 0
        count = 0
        while c & 0x40:
            count += 1
            cc = _byte(s, i + count)
            if (cc & 0xC0) != 0x80:
                return None
            res = (res << 6) | (cc & 0x3F)
            c <<= 1
        res |= (c & 0x7F) << (count * 5)
        if count > 5 or res > MAXUTF or count == 0 or res < _LIMITS[count]:
            return None
    if strict:
        if res > MAXUNICODE or 0xD800 <= res <= 0xDFFF:
            return None
    return i + count + 1, res


def utf8_encode(x):
    """luaO_utf8esc: one code (<= 0x7FFFFFFF) as a byte string (one char per byte)."""
    if x < 0x80:
        return chr(x)
    out = []
    mfb = 0x3F
    while True:
        out.append(0x80 | (x & 0x3F))
        x >>= 6
        mfb >>= 1
        if x <= mfb:
            break
    out.append(((~mfb << 1) | x) & 0xFF)
    out.reverse()
    return "".join(map(chr, out))


def _arg(args, n):
    return args[n - 1] if len(args) >= n else None


def _opt_int(args, n, fname, default):
    v = _arg(args, n)
    if v is None:
        return default
    return check_int(v, n, fname)


def u_len(*args):
    s = check_str(_arg(args, 1), 1, "len", len(args) < 1)
    ln = len(s)
    posi = _posrelat(_opt_int(args, 2, "len", 1), ln)
    posj = _posrelat(_opt_int(args, 3, "len", -1), ln)
    lax = truthy(_arg(args, 4))
    if not (1 <= posi and posi - 1 <= ln):
        arg_error(2, "len", "initial position out of bounds")
    posi -= 1
    posj -= 1
    if not (posj < ln):
        arg_error(3, "len", "final position out of bounds")
    n = 0
    strict = not lax
    if strict and posi <= posj:
        # fast path: pure ASCII slice
        seg = s[posi:posj + 1]
        if seg.isascii():
            return len(seg)
    while posi <= posj:
        r = utf8_decode(s, posi, strict)
        if r is None:
            return (None, posi + 1)
        posi = r[0]
        n += 1
    return n


def u_codepoint(*args):
    s = check_str(_arg(args, 1), 1, "codepoint", len(args) < 1)
    ln = len(s)
    posi = _posrelat(_opt_int(args, 2, "codepoint", 1), ln)
    pose = _posrelat(_opt_int(args, 3, "codepoint", posi), ln)
    lax = truthy(_arg(args, 4))
    if not (posi >= 1):
        arg_error(2, "codepoint", "out of bounds")
    if not (pose <= ln):
        arg_error(3, "codepoint", "out of bounds")
    if posi > pose:
        return ()
    if pose - posi >= 2147483647:
        rt_error("string slice too long")
    if pose - posi + 1 >= 1000000:
        rt_error("stack overflow (string slice too long)")
    out = []
    i = posi - 1
    se = pose
    strict = not lax
    while i < se:
        r = utf8_decode(s, i, strict)
        if r is None:
            rt_error("invalid UTF-8 code")
        i, code = r
        out.append(code)
    if len(out) == 1:
        return out[0]
    return tuple(out)


def _utfchar(v, n):
    code = check_int(v, n, "char") & _MASK
    if not (code <= MAXUTF):
        arg_error(n, "char", "value out of range")
    return utf8_encode(code)


def u_char(*args):
    n = len(args)
    if n == 1:
        return _utfchar(args[0], 1)
    return "".join([_utfchar(args[i], i + 1) for i in range(n)])


def _iscont(s, i):
    return (_byte(s, i) & 0xC0) == 0x80


def u_offset(*args):
    s = check_str(_arg(args, 1), 1, "offset", len(args) < 1)
    n = check_int(_arg(args, 2), 2, "offset", len(args) < 2)
    ln = len(s)
    posi = 1 if n >= 0 else ln + 1
    posi = _posrelat(_opt_int(args, 3, "offset", posi), ln)
    if not (1 <= posi and posi - 1 <= ln):
        arg_error(3, "offset", "position out of bounds")
    posi -= 1
    if n == 0:
        while posi > 0 and _iscont(s, posi):
            posi -= 1
    else:
        if _iscont(s, posi):
            rt_error("initial position is a continuation byte")
        if n < 0:
            while n < 0 and posi > 0:
                posi -= 1
                while posi > 0 and _iscont(s, posi):
                    posi -= 1
                n += 1
        else:
            n -= 1
            while n > 0 and posi < ln:
                posi += 1
                while _iscont(s, posi):
                    posi += 1
                n -= 1
    if n == 0:
        return posi + 1
    return None


def _iter_aux(s, n, strict):
    s = check_str(s, 1, "for iterator")
    ln = len(s)
    n = 0 if n is None else n
    if n.__class__ is not int:
        n = tointeger(n)
        n = 0 if n is None else n
    n &= _MASK
    if n < ln:
        while _iscont(s, n):
            n += 1
    if n >= ln:
        return ()  # no more codepoints (zero results, as lua5.4)
    r = utf8_decode(s, n, strict)
    if r is None:
        rt_error("invalid UTF-8 code")
    return (n + 1, r[1])


def iter_auxstrict(s=None, n=None, *_):
    return _iter_aux(s, n, True)


def iter_auxlax(s=None, n=None, *_):
    return _iter_aux(s, n, False)


def u_codes(*args):
    lax = truthy(_arg(args, 2))
    s = check_str(_arg(args, 1), 1, "codes", len(args) < 1)
    return (iter_auxlax if lax else iter_auxstrict, s, 0)


def open_utf8(G):
    lib = LuaTable()
    for name, fn in (
        ("offset", u_offset),
        ("codepoint", u_codepoint),
        ("char", u_char),
        ("len", u_len),
        ("codes", u_codes),
        ("charpattern", CHARPATTERN),
    ):
        dict.__setitem__(lib, name, fn)
    dict.__setitem__(G, "utf8", lib)
    return lib

"""Lua numbers: 64-bit integer wraparound, float formatting (%.14g), and string->number conversion
exactly as lua5.4's lobject.c does it (l_str2int / l_str2d)."""
import math

from .frames import transparent_module

transparent_module(__file__)

MAXINT = (1 << 63) - 1
MININT = -(1 << 63)
_MASK = (1 << 64) - 1
_HALF = 1 << 63


def wrap(i):
    """Wrap a Python int to a signed 64-bit Lua integer (a value in range comes back
    unchanged: converted code calls this for every int result outside +-2**30)."""
    if -9223372036854775808 <= i <= 9223372036854775807:
        return i
    return ((i + _HALF) & _MASK) - _HALF


def fmt_float(f):
    """tostring() of a float: '%.14g', with '.0' added when it looks like an integer."""
    if f != f:
        return "-nan" if math.copysign(1.0, f) < 0 else "nan"
    if f == math.inf:
        return "inf"
    if f == -math.inf:
        return "-inf"
    s = "%.14g" % f
    if "." in s or "e" in s or "n" in s or "i" in s:
        return s
    return s + ".0"


def tostr_number(n):
    """A number as tostring prints it."""
    if n.__class__ is int:
        return "%d" % n
    return fmt_float(n)


_DEC_INT = _HEX_INT = _DEC_FLT = _HEX_FLT = None  # compiled on first use (_compile_numerals)


def _compile_numerals():
    """The numeral regexes, made when a string is first read as a number: `re` (and enum)
    is a few ms of every process's start-up that a program without such reads never needs."""
    global _DEC_INT, _HEX_INT, _DEC_FLT, _HEX_FLT
    import re

    dec_int = re.compile(r"[ \f\n\r\t\v]*([-+])?([0-9]+)[ \f\n\r\t\v]*\Z")
    _HEX_INT = re.compile(r"[ \f\n\r\t\v]*([-+])?0[xX]([0-9a-fA-F]+)[ \f\n\r\t\v]*\Z")
    _DEC_FLT = re.compile(
        r"[ \f\n\r\t\v]*([-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)[ \f\n\r\t\v]*\Z"
    )
    _HEX_FLT = re.compile(
        r"[ \f\n\r\t\v]*([-+])?0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([-+]?[0-9]+))?[ \f\n\r\t\v]*\Z"
    )
    _DEC_INT = dec_int  # last: the others are set when this is


def _hex_float(m):
    sign, ip, fp, exp = m.group(1), m.group(2) or "", m.group(3) or "", m.group(4)
    if not ip and not fp:
        return None
    mant = int((ip + fp) or "0", 16)
    e = (int(exp) if exp else 0) - 4 * len(fp)
    try:
        v = math.ldexp(float(mant), e) if mant.bit_length() <= 53 else float(mant) * (2.0 ** e)
    except OverflowError:
        v = math.inf
    return -v if sign == "-" else v


def str2number(s):
    """Convert a Lua string to a number as lua5.4 does (None if it is not a numeral)."""
    if s.__class__ is not str:
        return None
    if len(s) < 19 and s.isdigit() and s.isascii():
        return int(s)  # (decimal digits alone, at most 18: an integer, no regex needed)
    if "\0" in s:
        return None
    if _DEC_INT is None:
        _compile_numerals()
    m = _DEC_INT.match(s)
    if m:
        # lua5.4: a decimal integer that overflows is read as a float
        neg = m.group(1) == "-"
        v = int(m.group(2))
        if neg:
            v = -v
        if MININT <= v <= MAXINT:
            return v
        return float(m.group(2)) * (-1.0 if neg else 1.0)
    m = _HEX_INT.match(s)
    if m:
        v = wrap(int(m.group(2), 16))  # hex integers wrap around
        return wrap(-v) if m.group(1) == "-" else v
    m = _DEC_FLT.match(s)
    if m:
        txt = m.group(1)
        return float(txt)
    m = _HEX_FLT.match(s)
    if m:
        return _hex_float(m)
    return None


def tointeger(v):
    """Lua's lua_tointegerx in mode 'exact': int for ints and integral floats, else None.
    Strings are converted first (as the arithmetic/bitwise operators do)."""
    c = v.__class__
    if c is int:
        return v
    if c is float:
        if v.is_integer() and -9.2233720368547758e18 <= v < 9.2233720368547758e18:
            return int(v)
        return None
    if c is str:
        n = str2number(v)
        if n is None:
            return None
        return tointeger(n)
    return None

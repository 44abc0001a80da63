"""string.format, as lstrlib.c's str_format does it (with C printf semantics for every
conversion: integers in two's complement, %a hex floats as glibc prints them,
inf/nan spelled like glibc, '%q' literals that load() reads back)."""
import sys
import math

from ..core.args import arg_error, check_int, check_number, check_str
from ..core.errors import LuaError, rt_error
from ..core.frames import runtime_module
from ..core.number import MININT
from ..core.values import tostring

runtime_module(__file__)

FMT = "format"
_MASK = (1 << 64) - 1
_SPAN = frozenset("-+ #0123456789.")
_DIGITS = "0123456789"

FLAGS_F = "-+ #0"  # a A e E f F g G
FLAGS_X = "-#0"  # o x X
FLAGS_I = "-+ 0"  # d i
FLAGS_U = "-0"  # u
FLAGS_C = "-"  # c p s


def _checkformat(form, flags, precision):
    """lstrlib's checkformat: at most 2 digits of width and precision, only the allowed flags."""
    i = 1
    n = len(form)
    while i < n and form[i] in flags:
        i += 1
    if form[i:i + 1] != "0":
        if i < n and form[i] in _DIGITS:
            i += 1
            if i < n and form[i] in _DIGITS:
                i += 1
        if form[i:i + 1] == "." and precision:
            i += 1
            if i < n and form[i] in _DIGITS:
                i += 1
                if i < n and form[i] in _DIGITS:
                    i += 1
    if not (i < n and form[i].isalpha() and form[i] < "\x80"):
        rt_error("invalid conversion specification: '%s'" % form)


def _parse(form):
    """(flags, width, precision or None) of a checked form '%<flags><width>.<prec>c'."""
    i = 1
    n = len(form) - 1
    flags = ""
    while i < n and form[i] in "-+ #0":
        flags += form[i]
        i += 1
    w = ""
    while i < n and form[i] in _DIGITS:
        w += form[i]
        i += 1
    prec = None
    if i < n and form[i] == ".":
        i += 1
        p = ""
        while i < n and form[i] in _DIGITS:
            p += form[i]
            i += 1
        prec = int(p) if p else 0
    return flags, int(w) if w else 0, prec


def _pad(body, flags, width, prefix_len=0, zero_ok=True):
    """Pad to width: spaces on the left, on the right with '-', or zeros after the prefix with '0'."""
    if len(body) >= width:
        return body
    if "-" in flags:
        return body + " " * (width - len(body))
    if "0" in flags and zero_ok:
        return body[:prefix_len] + "0" * (width - len(body)) + body[prefix_len:]
    return " " * (width - len(body)) + body


def format_int(n, conv, flags, width, prec):
    """C printf of a 64-bit integer with %d %i %u %o %x %X."""
    if conv == "d" or conv == "i":
        neg = n < 0
        digits = "%d" % abs(n)
        value = n
    else:
        u = n & _MASK
        value = u
        neg = False
        if conv == "o":
            digits = "%o" % u
        elif conv == "x":
            digits = "%x" % u
        elif conv == "X":
            digits = "%X" % u
        else:
            digits = "%d" % u
    if prec is not None:
        if prec == 0 and value == 0:
            digits = ""
        if len(digits) < prec:
            digits = "0" * (prec - len(digits)) + digits
    prefix = ""
    if conv == "d" or conv == "i":
        if neg:
            prefix = "-"
        elif "+" in flags:
            prefix = "+"
        elif " " in flags:
            prefix = " "
    elif "#" in flags:
        if conv == "o":
            if not digits.startswith("0"):
                digits = "0" + digits
        elif conv == "x" and value != 0:
            prefix = "0x"
        elif conv == "X" and value != 0:
            prefix = "0X"
    return _pad(prefix + digits, flags, width, len(prefix), prec is None)


def _sign(x, flags):
    if math.copysign(1.0, x) < 0:
        return "-"
    if "+" in flags:
        return "+"
    if " " in flags:
        return " "
    return ""


def _nonfinite(x, conv, flags, width):
    s = _sign(x, flags) + ("inf" if x == x else "nan")
    if conv in "EFGA":
        s = s.upper()
    return _pad(s, flags, width, 0, False)


def hex_float(x, prec=None, upper=False, flags="", width=0):
    """C's printf("%a") of a finite or non-finite double, as glibc prints it."""
    if x != x or x in (math.inf, -math.inf):
        return _nonfinite(x, "A" if upper else "a", flags, width)
    sign = _sign(x, flags)
    x = abs(x)
    if x == 0.0:
        lead, frac, exp = 0, 0, 0
    elif x < 2.2250738585072014e-308:  # subnormal: 0x0.<frac>p-1022
        lead = 0
        frac = int(math.ldexp(x, 1074))
        exp = -1022
    else:
        m, e = math.frexp(x)
        mant = int(math.ldexp(m, 53))
        lead = 1
        frac = mant - (1 << 52)
        exp = e - 1
    if prec is None:
        digits = ("%013x" % frac).rstrip("0")
    elif prec < 13:
        shift = 52 - 4 * prec
        q, r = divmod(frac, 1 << shift)
        half = 1 << (shift - 1)
        if r > half or (r == half and (q & 1 if prec > 0 else lead & 1)):
            q += 1
            if q >> (4 * prec):
                q -= 1 << (4 * prec)
                lead += 1
        digits = ("%0*x" % (prec, q)) if prec > 0 else ""
    else:
        digits = ("%013x" % frac) + "0" * (prec - 13)
    body = "%d" % lead
    if digits or "#" in flags:
        body += "." + digits
    body += "p%+d" % exp
    s = sign + "0x" + body
    if upper:
        s = s.upper()
    return _pad(s, flags, width, len(sign) + 2)


def format_float(x, conv, flags, width, prec):
    if x != x or x in (math.inf, -math.inf):
        return _nonfinite(x, conv, flags, width)
    spec = "%" + flags + (str(width) if width else "") + ("" if prec is None else "." + str(prec)) + conv
    return spec % x


def _quote_string(s):
    out = ['"']
    n = len(s)
    for i, c in enumerate(s):
        if c == '"' or c == "\\" or c == "\n":
            out.append("\\" + c)
        else:
            o = ord(c)
            if o < 32 or o == 127:
                if i + 1 < n and "0" <= s[i + 1] <= "9":
                    out.append("\\%03d" % o)
                else:
                    out.append("\\%d" % o)
            else:
                out.append(c)
    out.append('"')
    return "".join(out)


def quote_literal(v, arg):
    c = v.__class__
    if c is str:
        return _quote_string(v)
    if c is int:
        if v == MININT:
            return "0x8000000000000000"
        return "%d" % v
    if c is float:
        if v == math.inf:
            return "1e9999"
        if v == -math.inf:
            return "-1e9999"
        if v != v:
            return "(0/0)"
        return hex_float(v)
    if v is None or v is True or v is False:
        return tostring(v)
    arg_error(arg, FMT, "value has no literal form")


def _pointer(v):
    if v is None or v.__class__ in (bool, int, float):
        return None
    if v.__class__ is str and len(v) <= 40:
        # lua5.4 internalizes short strings (LUAI_MAXSHORTLEN): equal ones are one object
        v = sys.intern(v)
    return "0x%x" % id(v)


# Format items repeat (a program formats with a handful of format strings), so the
# parse and the validity check of each item are remembered.
_PARSE_CACHE = {}
_CHECK_CACHE = set()
_parse_uncached = _parse
_checkformat_uncached = _checkformat


def _parse(form):
    r = _PARSE_CACHE.get(form)
    if r is None:
        r = _PARSE_CACHE[form] = _parse_uncached(form)
    return r


def _checkformat(form, flags, precision):
    key = (form, flags, precision)
    if key not in _CHECK_CACHE:
        _checkformat_uncached(form, flags, precision)
        _CHECK_CACHE.add(key)


# Compiled formats: each format string is split once into literal text and
# conversion items; the common conversions of plain values then cost one Python
# %-format each.  Anything unusual (errors, %q, %a, negative %x, inf/nan) goes
# through the general path below, so messages and results stay lstrlib's.
_COMPILED = {}


def _compile(fmt):
    items = []
    i = 0
    n = len(fmt)
    while i < n:
        j = fmt.find("%", i)
        if j < 0:
            items.append(fmt[i:])
            break
        if j > i:
            items.append(fmt[i:j])
        i = j + 1
        if i < n and fmt[i] == "%":
            items.append("%")
            i += 1
            continue
        k = i
        while k < n and fmt[k] in _SPAN:
            k += 1
        if k - i + 1 >= 22 or k >= n:
            return None
        conv = fmt[k]
        form = "%" + fmt[i:k] + conv
        i = k + 1
        try:
            if conv in "di":
                if "." in form:
                    return None  # C prints no digits for a zero with precision 0; keep the general path
                _checkformat(form, FLAGS_I, True)
            elif conv in "feEgG":
                _checkformat(form, FLAGS_F, True)
            elif conv == "s":
                _checkformat(form, FLAGS_C, True)
            elif conv in "xXo":
                if "." in form or "#" in form:
                    return None  # C's '#' and zero-precision rules differ from Python's
                _checkformat(form, FLAGS_X if conv != "o" else FLAGS_U, True)
            else:
                return None
        except LuaError:
            return None
        items.append((conv, form))
    merged = []
    for it in items:
        if it.__class__ is str and merged and merged[-1].__class__ is str:
            merged[-1] += it
        else:
            merged.append(it)
    # every item is one Python's %-operator formats like C's printf for the right
    # argument types: keep the kinds, so a call can format in one step
    kinds = tuple(_KIND[it[0]] for it in merged if it.__class__ is tuple)
    return merged, kinds


# The kinds of conversion that Python's % formats as C's printf does, each for arguments of
# one type: _whole_format tests them at run time, and the compiler's string.format fast path
# (whole_conversions) at the call site or, for constants, when compiling (whole_value_fits).
KIND_INT = 1    # %d %i: an int
KIND_STR = 2    # %s: a str (with a width or precision, one without a zero byte: C stops there)
KIND_UINT = 3   # %x %X %o: a non-negative int (C prints negatives in two's complement)
KIND_FLOAT = 4  # %f %e %E %g %G: a finite float (Python spells inf and nan its own way)

_KIND = {"d": KIND_INT, "i": KIND_INT, "s": KIND_STR, "x": KIND_UINT, "X": KIND_UINT, "o": KIND_UINT,
         "f": KIND_FLOAT, "e": KIND_FLOAT, "E": KIND_FLOAT, "g": KIND_FLOAT, "G": KIND_FLOAT}


def whole_conversions(fmt):
    """For the compiler: [(kind, form), ...] of a format that one Python %-operation
    formats exactly when each argument has its kind's type (see _whole_format), or None."""
    items = _compile(fmt)
    if not items:
        return None
    return [(_KIND[it[0]], it[1]) for it in items[0] if it.__class__ is tuple]


def whole_value_fits(kind, form, v):
    """A value (a constant, for the compiler) that conversion `form` of this kind formats
    with Python's % exactly as lua5.4 does."""
    c = v.__class__
    if kind == KIND_INT:
        return c is int
    if kind == KIND_STR:
        return c is str and (form == "%s" or "\0" not in v)
    if kind == KIND_UINT:
        return c is int and v >= 0
    return c is float and v - v == 0.0


def _whole_format(fmt, kinds, args):
    """fmt % args when every argument has the type its conversion expects, else None."""
    n = len(kinds)
    if len(args) <= n:
        return None
    vals = args[1:n + 1]
    for k, v in zip(kinds, vals):
        c = v.__class__
        if k == KIND_INT:
            if c is not int:
                return None
        elif k == KIND_STR:
            if c is not str or "\0" in v:  # (stricter than C needs for a bare %s: the slow path copes)
                return None
        elif k == KIND_UINT:
            if c is not int or v < 0:
                return None
        elif c is not float or v - v != 0.0:
            return None
    return fmt % vals


def str_format(*args):
    fmt = args[0] if args else None
    if fmt.__class__ is str:
        items = _COMPILED.get(fmt)
        if items is None:
            items = _compile(fmt)
            if len(_COMPILED) < 512:
                _COMPILED[fmt] = items or False
        if items:
            items, kinds = items
            r = _whole_format(fmt, kinds, args)
            if r is not None:
                return r
            out = []
            arg = 1
            top = len(args)
            for it in items:
                if it.__class__ is str:
                    out.append(it)
                    continue
                if arg >= top:
                    break
                v = args[arg]
                arg += 1
                conv, form = it
                c = v.__class__
                if conv == "s":
                    if c is str:
                        if len(form) == 2:
                            out.append(v)
                            continue
                        if "\0" not in v:
                            out.append(form % v)
                            continue
                elif conv == "d" or conv == "i":
                    if c is int:
                        out.append(form % v)
                        continue
                elif conv == "x" or conv == "X" or conv == "o":
                    if c is int and v >= 0:  # C prints negatives in two's complement
                        out.append(form % v)
                        continue
                elif c is float and v - v == 0.0:  # finite: Python's %-format is C's printf
                    out.append(form % v)
                    continue
                break
            else:
                return "".join(out)
    return _str_format_general(*args)


def _str_format_general(*args):
    top = len(args)
    fmt = check_str(args[0] if top else None, 1, FMT, top == 0)
    out = []
    add = out.append
    i = 0
    n = len(fmt)
    arg = 1
    while i < n:
        j = fmt.find("%", i)
        if j < 0:
            add(fmt[i:])
            break
        if j > i:
            add(fmt[i:j])
        i = j + 1
        if i < n and fmt[i] == "%":
            add("%")
            i += 1
            continue
        # a format item
        arg += 1
        if arg > top:
            arg_error(arg, FMT, "no value")
        v = args[arg - 1]
        k = i
        while k < n and fmt[k] in _SPAN:
            k += 1
        ln = k - i + 1
        if ln >= 22:
            rt_error("invalid format (too long)")
        conv = fmt[k] if k < n else "\0"
        form = "%" + fmt[i:k] + conv
        i = k + 1
        if conv == "d" or conv == "i" or conv == "u" or conv == "o" or conv == "x" or conv == "X":
            x = check_int(v, arg, FMT)
            _checkformat(form, FLAGS_I if conv in "di" else FLAGS_U if conv == "u" else FLAGS_X, True)
            if len(form) == 2:
                if conv == "d" or conv == "i":
                    add("%d" % x)
                    continue
            fl, w, p = _parse(form)
            add(format_int(x, conv, fl, w, p))
        elif conv in "feEgG" and conv != "\0":
            x = check_number(v, arg, FMT)
            _checkformat(form, FLAGS_F, True)
            fl, w, p = _parse(form)
            add(format_float(float(x), conv, fl, w, p))
        elif conv == "a" or conv == "A":
            _checkformat(form, FLAGS_F, True)
            x = check_number(v, arg, FMT)
            fl, w, p = _parse(form)
            add(hex_float(float(x), p, conv == "A", fl, w))
        elif conv == "c":
            _checkformat(form, FLAGS_C, False)
            x = check_int(v, arg, FMT)
            fl, w, p = _parse(form)
            add(_pad(chr(x & 0xFF), fl, w, 0, False))
        elif conv == "s":
            s = tostring(v)
            if len(form) == 2:
                add(s)
                continue
            if "\0" in s:
                arg_error(arg, FMT, "string contains zeros")
            _checkformat(form, FLAGS_C, True)
            if "." not in form and len(s) >= 100:
                add(s)
                continue
            fl, w, p = _parse(form)
            if p is not None:
                s = s[:p]
            add(_pad(s, fl, w, 0, False))
        elif conv == "q":
            if len(form) != 2:
                rt_error("specifier '%q' cannot have modifiers")
            add(quote_literal(v, arg))
        elif conv == "p":
            _checkformat(form, FLAGS_C, False)
            ptr = _pointer(v)
            if ptr is None:
                ptr = "(null)"
            fl, w, p = _parse(form)
            add(_pad(ptr, fl, w, 0, False))
        else:
            rt_error("invalid conversion '%s' to 'format'" % form.split("\0", 1)[0])
    return "".join(out)

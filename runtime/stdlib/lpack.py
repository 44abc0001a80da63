"""string.pack, string.unpack and string.packsize: a port of lstrlib.c's
getoption/getdetails/str_pack/str_unpack/str_packsize for a 64-bit little-endian
host (int 4, short 2, long 8, size_t 8, lua_Integer 8, maximum alignment 8)."""
import math

from ..core.args import arg_error, check_int, check_number, check_str, opt_int
from ..core.errors import rt_error
from ..core.frames import runtime_module

runtime_module(__file__)

MAXINTSIZE = 16
SZINT = 8
MAXSIZE = 0x7FFFFFFF  # lstrlib's MAXSIZE (INT_MAX on 64-bit hosts)
NATIVE_LITTLE = True
MAXALIGN = 8

(Kint, Kuint, Kfloat, Knumber, Kdouble, Kchar, Kstring, Kzstr, Kpadding, Kpaddalign, Knop) = range(11)

_SIZES = {
    "b": (1, Kint), "B": (1, Kuint), "h": (2, Kint), "H": (2, Kuint),
    "l": (8, Kint), "L": (8, Kuint), "j": (8, Kint), "J": (8, Kuint),
    "T": (8, Kuint), "f": (4, Kfloat), "n": (8, Knumber), "d": (8, Kdouble),
}


class Header:
    __slots__ = ("fmt", "pos", "islittle", "maxalign", "fname")

    def __init__(self, fmt, fname):
        z = fmt.find("\0")
        self.fmt = fmt if z < 0 else fmt[:z]  # the C code stops at a zero byte
        self.pos = 0
        self.islittle = NATIVE_LITTLE
        self.maxalign = 1
        self.fname = fname


def _getnum(h, df):
    fmt = h.fmt
    i = h.pos
    if i >= len(fmt) or not ("0" <= fmt[i] <= "9"):
        return df
    a = 0
    while True:
        a = a * 10 + (ord(fmt[i]) - 48)
        i += 1
        if not (i < len(fmt) and "0" <= fmt[i] <= "9" and a <= (MAXSIZE - 9) // 10):
            break
    h.pos = i
    return a


def _getnumlimit(h, df):
    sz = _getnum(h, df)
    if sz > MAXINTSIZE or sz <= 0:
        rt_error("integral size (%d) out of limits [1,%d]" % (sz, MAXINTSIZE))
    return sz


def _getoption(h):
    """(option kind, size); advances h.pos."""
    opt = h.fmt[h.pos]
    h.pos += 1
    r = _SIZES.get(opt)
    if r is not None:
        return r[1], r[0]
    if opt == "i":
        return Kint, _getnumlimit(h, 4)
    if opt == "I":
        return Kuint, _getnumlimit(h, 4)
    if opt == "s":
        return Kstring, _getnumlimit(h, 8)
    if opt == "c":
        size = _getnum(h, -1)
        if size == -1:
            rt_error("missing size for format option 'c'")
        return Kchar, size
    if opt == "z":
        return Kzstr, 0
    if opt == "x":
        return Kpadding, 1
    if opt == "X":
        return Kpaddalign, 0
    if opt == " ":
        pass
    elif opt == "<":
        h.islittle = True
    elif opt == ">":
        h.islittle = False
    elif opt == "=":
        h.islittle = NATIVE_LITTLE
    elif opt == "!":
        h.maxalign = _getnumlimit(h, MAXALIGN)
    else:
        rt_error("invalid format option '%s'" % opt)
    return Knop, 0


def _getdetails(h, totalsize):
    """(kind, size, ntoalign), as lstrlib's getdetails."""
    opt, size = _getoption(h)
    align = size
    if opt == Kpaddalign:
        if h.pos >= len(h.fmt):
            arg_error(1, h.fname, "invalid next option for option 'X'")
        k, align = _getoption(h)
        if k == Kchar or align == 0:
            arg_error(1, h.fname, "invalid next option for option 'X'")
    if align <= 1 or opt == Kchar:
        ntoalign = 0
    else:
        if align > h.maxalign:
            align = h.maxalign
        if align & (align - 1):
            arg_error(1, h.fname, "format asks for alignment not power of 2")
        ntoalign = (align - (totalsize & (align - 1))) & (align - 1)
    return opt, size, ntoalign


def _packint(n, islittle, size, neg):
    """n as `size` bytes (n is the unsigned 64-bit value); sign-extended beyond 8 bytes."""
    n &= 0xFFFFFFFFFFFFFFFF
    if neg and size > SZINT:
        n |= ((1 << (8 * size)) - 1) ^ 0xFFFFFFFFFFFFFFFF
    b = (n & ((1 << (8 * size)) - 1)).to_bytes(size, "little" if islittle else "big")
    return b.decode("latin-1")


def _pack(fmt, x):
    """struct.pack, struct imported on the first call (its import was 1 M instructions of
    every start-up); the call makes this global struct's function.  _unpack likewise."""
    global _pack
    from struct import pack as _pack

    return _pack(fmt, x)


def _unpack(fmt, data):
    global _unpack
    from struct import unpack as _unpack

    return _unpack(fmt, data)


def _packfloat(x, fmtch, islittle):
    try:
        b = _pack(("<" if islittle else ">") + fmtch, x)
    except OverflowError:  # C's (float) cast of a too large double gives inf
        b = _pack(("<" if islittle else ">") + fmtch, math.copysign(math.inf, x))
    return b.decode("latin-1")


def str_pack(*args):
    fname = "pack"
    nargs = len(args)
    fmt = check_str(args[0] if nargs else None, 1, fname, nargs == 0)
    h = Header(fmt, fname)
    out = []
    arg = 0  # index of the current argument (1-based Lua argument number is arg + 1)
    totalsize = 0
    fmt = h.fmt
    while h.pos < len(fmt):
        opt, size, ntoalign = _getdetails(h, totalsize)
        totalsize += ntoalign + size
        if ntoalign:
            out.append("\0" * ntoalign)
        arg += 1
        v = args[arg] if arg < nargs else None
        nov = False  # lstrlib pushes a nil after the arguments: a missing one is "got nil"
        if opt == Kint:
            n = check_int(v, arg + 1, fname, nov)
            if size < SZINT:
                lim = 1 << (size * 8 - 1)
                if not (-lim <= n < lim):
                    arg_error(arg + 1, fname, "integer overflow")
            out.append(_packint(n, h.islittle, size, n < 0))
        elif opt == Kuint:
            n = check_int(v, arg + 1, fname, nov)
            if size < SZINT:
                if not ((n & 0xFFFFFFFFFFFFFFFF) < (1 << (size * 8))):
                    arg_error(arg + 1, fname, "unsigned overflow")
            out.append(_packint(n, h.islittle, size, False))
        elif opt == Kfloat:
            x = check_number(v, arg + 1, fname, nov)
            out.append(_packfloat(float(x), "f", h.islittle))
        elif opt == Knumber or opt == Kdouble:
            x = check_number(v, arg + 1, fname, nov)
            out.append(_packfloat(float(x), "d", h.islittle))
        elif opt == Kchar:
            s = check_str(v, arg + 1, fname, nov)
            if len(s) > size:
                arg_error(arg + 1, fname, "string longer than given size")
            out.append(s)
            if len(s) < size:
                out.append("\0" * (size - len(s)))
        elif opt == Kstring:
            s = check_str(v, arg + 1, fname, nov)
            if not (size >= 8 or len(s) < (1 << (size * 8))):
                arg_error(arg + 1, fname, "string length does not fit in given size")
            out.append(_packint(len(s), h.islittle, size, False))
            out.append(s)
            totalsize += len(s)
        elif opt == Kzstr:
            s = check_str(v, arg + 1, fname, nov)
            if "\0" in s:
                arg_error(arg + 1, fname, "string contains zeros")
            out.append(s)
            out.append("\0")
            totalsize += len(s) + 1
        else:
            if opt == Kpadding:
                out.append("\0")
            arg -= 1
    return "".join(out)


def str_packsize(*args):
    fname = "packsize"
    nargs = len(args)
    fmt = check_str(args[0] if nargs else None, 1, fname, nargs == 0)
    h = Header(fmt, fname)
    totalsize = 0
    while h.pos < len(h.fmt):
        opt, size, ntoalign = _getdetails(h, totalsize)
        if opt == Kstring or opt == Kzstr:
            arg_error(1, fname, "variable-length format")
        size += ntoalign
        if not (totalsize <= MAXSIZE - size):
            arg_error(1, fname, "format result too large")
        totalsize += size
    return totalsize


def _unpackint(data, pos, islittle, size, issigned):
    chunk = data[pos:pos + size].encode("latin-1")
    if not islittle:
        chunk = chunk[::-1]
    limit = size if size <= SZINT else SZINT
    res = int.from_bytes(chunk[:limit], "little")
    if size < SZINT:
        if issigned:
            mask = 1 << (size * 8 - 1)
            res = (res ^ mask) - mask
    else:
        if res >= (1 << 63):
            res -= 1 << 64
        if size > SZINT:
            mask = 0 if (not issigned or res >= 0) else 0xFF
            for i in range(limit, size):
                if chunk[i] != mask:
                    rt_error("%d-byte integer does not fit into Lua Integer" % size)
    return res


def str_unpack(*args):
    fname = "unpack"
    nargs = len(args)
    fmt = check_str(args[0] if nargs else None, 1, fname, nargs == 0)
    data = check_str(args[1] if nargs > 1 else None, 2, fname, nargs < 2)
    ld = len(data)
    init = opt_int(args[2] if nargs > 2 else None, 3, fname, 1)
    # posrelatI
    if init > 0:
        pos = init - 1
    elif init == 0 or init < -ld:
        pos = 0
    else:
        pos = ld + init
    if pos > ld:
        arg_error(3, fname, "initial position out of string")
    h = Header(fmt, fname)
    res = []
    while h.pos < len(h.fmt):
        opt, size, ntoalign = _getdetails(h, pos)
        if ntoalign + size > ld - pos:
            arg_error(2, fname, "data string too short")
        pos += ntoalign
        if opt == Kint or opt == Kuint:
            res.append(_unpackint(data, pos, h.islittle, size, opt == Kint))
        elif opt == Kfloat:
            res.append(_unpack(("<" if h.islittle else ">") + "f", data[pos:pos + 4].encode("latin-1"))[0])
        elif opt == Knumber or opt == Kdouble:
            res.append(_unpack(("<" if h.islittle else ">") + "d", data[pos:pos + 8].encode("latin-1"))[0])
        elif opt == Kchar:
            res.append(data[pos:pos + size])
        elif opt == Kstring:
            ln = _unpackint(data, pos, h.islittle, size, False) & 0xFFFFFFFFFFFFFFFF
            if not (ln <= ld - pos - size):
                arg_error(2, fname, "data string too short")
            res.append(data[pos + size:pos + size + ln])
            pos += ln
        elif opt == Kzstr:
            z = data.find("\0", pos)
            if z < 0:
                arg_error(2, fname, "unfinished string for format 'z'")
            res.append(data[pos:z])
            pos = z + 1
        pos += size
    res.append(pos + 1)
    if len(res) == 1:
        return res[0]
    return tuple(res)

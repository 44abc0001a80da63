"""The os library (lua5.4's loslib.c).

Dates use the C library through ctypes (gmtime_r/localtime_r/mktime/strftime),
as lua5.4 does, so conversions, normalisation and time zones match exactly; a
pure-Python fallback (time module) is used where ctypes is unavailable.
"""
import os
import time

try:  # locale.setlocale given a str is _locale.setlocale; locale's import costs more (re ...)
    import _locale
except ImportError:  # an implementation without the C module
    import locale as _locale

from ..core.args import arg_error, check_int, check_str, opt_str, typename_for_error
from ..core.errors import LuaExit, rt_error
from ..core.frames import runtime_module
from ..core.number import MAXINT, MININT, tointeger
from ..core.ops import setindex
from ..core.table import LuaTable

runtime_module(__file__)

_INT_MAX = 2147483647
_INT_MIN = -2147483648

# ---------------------------------------------------------------- libc through ctypes

_LIBC = []  # [(libc, _TM, time_t, ctypes) or None]: loaded on first need (ctypes costs startup time)


def _libc_():
    """libc through ctypes, or None; sets the module's _TM, _time_t and ctypes."""
    if _LIBC:
        return _LIBC[0]
    global _TM, _time_t, ctypes
    try:
        import ctypes  # on first need (see _LIBC)
        import ctypes.util

        _libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)

        class _TM(ctypes.Structure):
            _fields_ = [
                ("tm_sec", ctypes.c_int),
                ("tm_min", ctypes.c_int),
                ("tm_hour", ctypes.c_int),
                ("tm_mday", ctypes.c_int),
                ("tm_mon", ctypes.c_int),
                ("tm_year", ctypes.c_int),
                ("tm_wday", ctypes.c_int),
                ("tm_yday", ctypes.c_int),
                ("tm_isdst", ctypes.c_int),
                ("tm_gmtoff", ctypes.c_long),
                ("tm_zone", ctypes.c_char_p),
            ]

        _time_t = ctypes.c_int64 if ctypes.sizeof(ctypes.c_void_p) == 8 else ctypes.c_long
        _libc.gmtime_r.restype = ctypes.POINTER(_TM)
        _libc.gmtime_r.argtypes = [ctypes.POINTER(_time_t), ctypes.POINTER(_TM)]
        _libc.localtime_r.restype = ctypes.POINTER(_TM)
        _libc.localtime_r.argtypes = [ctypes.POINTER(_time_t), ctypes.POINTER(_TM)]
        _libc.mktime.restype = _time_t
        _libc.mktime.argtypes = [ctypes.POINTER(_TM)]
        _libc.strftime.restype = ctypes.c_size_t
        _libc.strftime.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.POINTER(_TM)]
        _libc.system.restype = ctypes.c_int
        _libc.system.argtypes = [ctypes.c_char_p]
        try:
            _libc.tzset()
        except Exception:  # pragma: no cover
            pass
    except Exception:  # pragma: no cover - no ctypes/libc: pure Python fallbacks
        _libc = None
    _LIBC.append(_libc)
    return _libc


# ---------------------------------------------------------------- simple functions


def os_clock(*args):
    return time.process_time()


def os_getenv(*args):
    name = check_str(args[0] if args else None, 1, "getenv", not args)
    v = os.environb.get(name.encode("latin-1"))
    if v is None:
        return None
    return v.decode("latin-1")


def _fileresult(e, fname):
    en = e.errno if getattr(e, "errno", None) is not None else 0
    msg = os.strerror(en)
    if fname is not None:
        msg = "%s: %s" % (fname, msg)
    return (None, msg, en)


def os_remove(*args):
    name = check_str(args[0] if args else None, 1, "remove", not args)
    path = name.encode("latin-1")
    try:
        try:
            os.unlink(path)
        except IsADirectoryError:
            os.rmdir(path)
        except PermissionError as e:
            # glibc's remove() tries rmdir when unlink fails on a directory
            if os.path.isdir(path) and not os.path.islink(path):
                os.rmdir(path)
            else:
                raise e
    except OSError as e:
        return _fileresult(e, name)
    return True


def os_rename(*args):
    a = check_str(args[0] if args else None, 1, "rename", not args)
    b = check_str(args[1] if len(args) > 1 else None, 2, "rename", len(args) < 2)
    try:
        os.rename(a.encode("latin-1"), b.encode("latin-1"))
    except OSError as e:
        return _fileresult(e, None)
    return True


_TMPCHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _tmp_suffix():
    """Six characters of _TMPCHARS from os.urandom (mkstemp's XXXXXX; no bias: bytes >= 248 are dropped)."""
    out = []
    while len(out) < 6:
        out.extend(_TMPCHARS[b % 62] for b in os.urandom(8) if b < 248)
    return "".join(out[:6])


def os_tmpname(*args):
    for _ in range(1000):
        name = "/tmp/lua_" + _tmp_suffix()
        try:
            fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        except OSError:
            break
        os.close(fd)
        return name
    rt_error("unable to generate a unique filename")


def os_execute(*args):
    cmd = args[0] if args else None
    cmd = opt_str(cmd, 1, "execute", None)
    if cmd is None:
        if _libc_() is not None:
            return _libc_().system(None) != 0
        return os.path.exists("/bin/sh")
    _libc = _libc_()
    if _libc is not None:
        ctypes.set_errno(0)
        stat = _libc.system(cmd.encode("latin-1"))
        err = ctypes.get_errno()
    else:  # pragma: no cover
        stat = os.system(cmd)
        err = 0
    return _execresult(stat, err)


def _execresult(stat, err=0):
    """luaL_execresult for a wait status from system()."""
    if stat == -1 and err != 0:
        return (None, os.strerror(err), err)
    what = "exit"
    if os.WIFEXITED(stat):
        code = os.WEXITSTATUS(stat)
    elif os.WIFSIGNALED(stat):
        code = os.WTERMSIG(stat)
        what = "signal"
    else:
        code = stat
    if what == "exit" and code == 0:
        return (True, what, code)
    return (None, what, code)


def os_exit(*args):
    v = args[0] if args else None
    if v is True or v is False:
        status = 0 if v else 1
    elif v is None:
        status = 0
    else:
        status = check_int(v, 1, "exit")
        status = ((status + (1 << 31)) & 0xFFFFFFFF) - (1 << 31)  # (int) cast
    close = len(args) >= 2 and args[1] is not None and args[1] is not False
    raise LuaExit(status, close)


def os_difftime(*args):
    t1 = _checktime(args, 1, "difftime")
    t2 = _checktime(args, 2, "difftime")
    return float(t1 - t2)


def _checktime(args, n, fname):
    v = args[n - 1] if len(args) >= n else None
    t = check_int(v, n, fname, len(args) < n)
    return t


# ---------------------------------------------------------------- setlocale

_CATS = {
    "all": _locale.LC_ALL,
    "collate": _locale.LC_COLLATE,
    "ctype": _locale.LC_CTYPE,
    "monetary": _locale.LC_MONETARY,
    "numeric": _locale.LC_NUMERIC,
    "time": _locale.LC_TIME,
}
# glibc's order of categories in a composite LC_ALL name
_GLIBC_CATS = [
    "LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
    "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION",
]
_LUA2GLIBC = {
    "collate": "LC_COLLATE", "ctype": "LC_CTYPE", "monetary": "LC_MONETARY",
    "numeric": "LC_NUMERIC", "time": "LC_TIME",
}
# The locale the Lua program sees: a C program starts in the "C" locale (Python
# itself switches LC_CTYPE at startup, so the real process state is not used for queries).
_LOCALE_STATE = {c: "C" for c in _GLIBC_CATS}


def _locale_query(cat):
    if cat == "all":
        vals = [_LOCALE_STATE[c] for c in _GLIBC_CATS]
        if all(v == vals[0] for v in vals):
            return vals[0]
        return ";".join("%s=%s" % (c, v) for c, v in zip(_GLIBC_CATS, vals))
    return _LOCALE_STATE[_LUA2GLIBC[cat]]


def os_setlocale(*args):
    l = opt_str(args[0] if args else None, 1, "setlocale", None)
    c = args[1] if len(args) > 1 else None
    c = "all" if c is None else check_str(c, 2, "setlocale")
    if c not in _CATS:
        arg_error(2, "setlocale", "invalid option '%s'" % c)
    if l is None:
        return _locale_query(c)
    try:
        r = _locale.setlocale(_CATS[c], l)
    except (_locale.Error, ValueError):
        return None
    if c == "all":
        if ";" in r:
            for part in r.split(";"):
                k, _, v = part.partition("=")
                if k in _LOCALE_STATE:
                    _LOCALE_STATE[k] = v
        else:
            for k in _GLIBC_CATS:
                _LOCALE_STATE[k] = r
        return _locale_query("all")
    _LOCALE_STATE[_LUA2GLIBC[c]] = r
    return r


# ---------------------------------------------------------------- date and time

_OPTS1 = set("aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%")
_OPTS2 = set(["Ec", "EC", "Ex", "EX", "Ey", "EY", "Od", "Oe", "OH", "OI", "Om", "OM", "OS",
              "Ou", "OU", "OV", "Ow", "OW", "Oy"])


def _checkoption(s, i):
    """Return the conversion specifier starting at s[i] (after the '%')."""
    conv = s[i:]
    if len(conv) >= 1 and conv[0] in _OPTS1:
        return conv[0]
    if len(conv) >= 2 and conv[:2] in _OPTS2:
        return conv[:2]
    z = conv.find("\0")
    if z >= 0:
        conv = conv[:z]
    arg_error(1, "date", "invalid conversion specifier '%%%s'" % conv)


def _c_breakdown(t, utc):
    """gmtime_r/localtime_r: a _TM, or None when the date cannot be represented."""
    _libc = _libc_()
    if _libc is not None:
        if not (-(1 << 63) <= t < (1 << 63)):
            return None
        tt = _time_t(t)
        tm = _TM()
        r = (_libc.gmtime_r if utc else _libc.localtime_r)(ctypes.byref(tt), ctypes.byref(tm))
        if not r:
            return None
        return tm
    try:  # pragma: no cover
        st = time.gmtime(t) if utc else time.localtime(t)
    except (OverflowError, OSError, ValueError):
        return None
    return st


def _tm_fields(tm):
    _libc = _libc_()
    if _libc is not None:
        return (tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                tm.tm_yday, tm.tm_wday, tm.tm_isdst)
    # pragma: no cover - struct_time
    return (tm.tm_year - 1900, tm.tm_mon - 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
            tm.tm_yday - 1, (tm.tm_wday + 1) % 7, tm.tm_isdst)


def _setallfields(t, f):
    year, mon, mday, hour, mn, sec, yday, wday, isdst = f
    _setfield(t, "year", year + 1900)
    _setfield(t, "month", mon + 1)
    _setfield(t, "day", mday)
    _setfield(t, "hour", hour)
    _setfield(t, "min", mn)
    _setfield(t, "sec", sec)
    _setfield(t, "yday", yday + 1)
    _setfield(t, "wday", wday + 1)
    if isdst >= 0:
        _setfield(t, "isdst", bool(isdst))


def _setfield(t, k, v):
    if t.meta is None:
        dict.__setitem__(t, k, v)
    else:
        setindex(t, k, v)


def _strftime(spec, tm):
    _libc = _libc_()
    if _libc is not None:
        buf = ctypes.create_string_buffer(250)
        n = _libc.strftime(buf, 250, ("%" + spec).encode("latin-1"), ctypes.byref(tm))
        return buf.raw[:n].decode("latin-1")
    return time.strftime("%" + spec, tm)  # pragma: no cover


def os_date(*args):
    fmt = args[0] if args else None
    s = "%c" if fmt is None else check_str(fmt, 1, "date")
    tv = args[1] if len(args) > 1 else None
    if tv is None:
        t = int(time.time())
    else:
        t = check_int(tv, 2, "date")
    utc = s.startswith("!")
    if utc:
        s = s[1:]
    tm = _c_breakdown(t, utc)
    if tm is None:
        rt_error("date result cannot be represented in this installation")
    if s == "*t" or s.startswith("*t\0"):
        res = LuaTable()
        _setallfields(res, _tm_fields(tm))
        return res
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != "%":
            j = s.find("%", i)
            if j < 0:
                j = n
            out.append(s[i:j])
            i = j
        else:
            spec = _checkoption(s, i + 1)
            out.append(_strftime(spec, tm))
            i += 1 + len(spec)
    return "".join(out)


def _getfield(t, key, d, delta):
    v = t[key]
    res = tointeger(v) if v.__class__ is not int else v
    if res is None:
        if v is not None:
            rt_error("field '%s' is not an integer" % key)
        elif d < 0:
            rt_error("field '%s' missing in date table" % key)
        return d
    if not (res <= _INT_MAX + delta if res >= 0 else _INT_MIN + delta <= res):
        rt_error("field '%s' is out-of-bound" % key)
    return res - delta


def os_time(*args):
    tab = args[0] if args else None
    if tab is None:
        return int(time.time())
    if tab.__class__ is not LuaTable:
        arg_error(1, "time", "table expected, got %s" % typename_for_error(tab))
    year = _getfield(tab, "year", -1, 1900)
    mon = _getfield(tab, "month", -1, 1)
    mday = _getfield(tab, "day", -1, 0)
    hour = _getfield(tab, "hour", 12, 0)
    mn = _getfield(tab, "min", 0, 0)
    sec = _getfield(tab, "sec", 0, 0)
    d = tab["isdst"]
    isdst = -1 if d is None else (1 if (d is not False) else 0)
    _libc = _libc_()
    if _libc is not None:
        tm = _TM()
        tm.tm_year, tm.tm_mon, tm.tm_mday = year, mon, mday
        tm.tm_hour, tm.tm_min, tm.tm_sec = hour, mn, sec
        tm.tm_isdst = isdst
        r = _libc.mktime(ctypes.byref(tm))
        fields = _tm_fields(tm)
    else:  # pragma: no cover
        try:
            r = int(time.mktime((year + 1900, mon + 1, mday, hour, mn, sec, 0, 0, isdst)))
            fields = _tm_fields(time.localtime(r))
        except (OverflowError, ValueError):
            r = -1
            fields = (year, mon, mday, hour, mn, sec, 0, 0, isdst)
    _setallfields(tab, fields)
    if r == -1 or not (MININT <= r <= MAXINT):
        rt_error("time result cannot be represented in this installation")
    return r


def open_os(G):
    lib = LuaTable()
    for name, fn in (
        ("clock", os_clock),
        ("date", os_date),
        ("difftime", os_difftime),
        ("execute", os_execute),
        ("exit", os_exit),
        ("getenv", os_getenv),
        ("remove", os_remove),
        ("rename", os_rename),
        ("setlocale", os_setlocale),
        ("time", os_time),
        ("tmpname", os_tmpname),
    ):
        dict.__setitem__(lib, name, fn)
    dict.__setitem__(G, "os", lib)
    return lib

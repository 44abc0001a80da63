"""The math library (lua5.4's lmathlib.c), including its xoshiro256** generator.

Floating-point functions give the C library's results: where Python's math
module raises (domain errors, overflow) the C function is called through ctypes
(libm), so NaN signs and infinities match what lua5.4 prints (e.g. "-nan").
"""
import math
import os
import time

from ..core.args import arg_error, check_int, check_number
from ..core.errors import rt_error
from ..core.frames import runtime_module
from ..core.number import MAXINT, MININT
from ..core.number import tointeger as _tointeger
from ..core.ops import NEG_NAN, fdiv, fpow
from ..core.table import LuaTable
from .ltable import lua_lessthan

runtime_module(__file__)

_MASK = (1 << 64) - 1
_TWO63 = 9.2233720368547758e18
PI = math.pi

# ---------------------------------------------------------------- C math functions

_LIBM = []  # [CDLL or None], loaded on first need: importing ctypes costs ~8 ms of startup


class _CFunc:
    """A libm function, bound on its first call; calling it gives None without libm."""

    __slots__ = ("name", "nargs", "f")

    def __init__(self, name, nargs):
        self.name, self.nargs, self.f = name, nargs, None

    def __call__(self, *args):
        f = self.f
        if f is None:
            if not _LIBM:
                try:
                    import ctypes  # on the first libm call (see _LIBM)
                    import ctypes.util

                    _LIBM.append(ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6"))
                except Exception:  # pragma: no cover - no libm available
                    _LIBM.append(None)
            if _LIBM[0] is None:
                return None
            import ctypes  # (imported above)

            f = self.f = getattr(_LIBM[0], self.name)
            f.restype = ctypes.c_double
            f.argtypes = [ctypes.c_double] * self.nargs
        return f(*args)


def _cfunc(name, nargs=1):
    return _CFunc(name, nargs)


# results of C math functions for arguments Python refuses (x86/glibc)
def _fallback1(name, x):
    if x != x:
        return x
    if name in ("log", "log2", "log10"):
        if x == 0.0:
            return -math.inf
        if x == math.inf:
            return math.inf
        return math.nan if name == "log10" else NEG_NAN
    if name == "exp":
        return math.inf if x > 0 else 0.0
    if name in ("asin", "acos"):
        return math.nan
    return NEG_NAN


def _wrap1(pyf, name):
    cf = _cfunc(name)

    def f(x):
        try:
            return pyf(x)
        except (ValueError, OverflowError):
            r = cf(x)
            return r if r is not None else _fallback1(name, x)

    return f


_sin = _wrap1(math.sin, "sin")
_cos = _wrap1(math.cos, "cos")
_tan = _wrap1(math.tan, "tan")
_asin = _wrap1(math.asin, "asin")
_acos = _wrap1(math.acos, "acos")
_exp = _wrap1(math.exp, "exp")
_sqrt = _wrap1(math.sqrt, "sqrt")
_log = _wrap1(math.log, "log")
_log2 = _wrap1(math.log2, "log2")
_log10 = _wrap1(math.log10, "log10")
_cosh = _wrap1(math.cosh, "cosh")
_sinh = _wrap1(math.sinh, "sinh")
_tanh = _wrap1(math.tanh, "tanh")
_c_fmod = _cfunc("fmod", 2)
_c_atan2 = _cfunc("atan2", 2)


def _fmod(a, b):
    try:
        return math.fmod(a, b)
    except (ValueError, OverflowError):
        r = _c_fmod(a, b)
        if r is not None:
            return r
        if a != a:
            return a
        if b != b:
            return b
        return NEG_NAN


def _atan2(y, x):
    if y != y or x != x:  # CPython returns its own NaN; C propagates the argument's
        r = _c_atan2(y, x)
        return r if r is not None else (y if y != y else x)
    try:
        return math.atan2(y, x)
    except (ValueError, OverflowError):  # pragma: no cover - atan2 does not raise
        if _c_atan2(0.0, 1.0) is not None:
            return _c_atan2(y, x)
        return NEG_NAN


def _floor(x):
    if x != x or x in (math.inf, -math.inf):
        return x
    return float(math.floor(x))


def _ceil(x):
    if x != x or x in (math.inf, -math.inf):
        return x
    r = float(math.ceil(x))
    if r == 0.0 and x < 0:
        return -0.0
    return r


def _pushnumint(d):
    """lmathlib's pushnumint: an integer when the float fits, else the float."""
    if -_TWO63 <= d < _TWO63:
        return int(d)
    return d


def _arg(args, n):
    return args[n - 1] if len(args) >= n else None


def _num(args, n, fname):
    """luaL_checknumber converted to a C double."""
    return float(check_number(_arg(args, n), n, fname, len(args) < n))


# ---------------------------------------------------------------- functions

_NOVAL = object()  # marks an absent argument


def m_abs(x=_NOVAL, *_):
    c = x.__class__
    if c is int:
        if x < 0:
            return x if x == MININT else -x
        return x
    if c is float:
        return math.fabs(x)
    return math.fabs(check_number(None if x is _NOVAL else x, 1, "abs", x is _NOVAL))


def m_sin(*args):
    return _sin(_num(args, 1, "sin"))


def m_cos(*args):
    return _cos(_num(args, 1, "cos"))


def m_tan(*args):
    return _tan(_num(args, 1, "tan"))


def m_asin(*args):
    return _asin(_num(args, 1, "asin"))


def m_acos(*args):
    return _acos(_num(args, 1, "acos"))


def m_atan(*args):
    y = _num(args, 1, "atan")
    x = _arg(args, 2)
    x = 1.0 if x is None else float(check_number(x, 2, "atan"))
    return _atan2(y, x)


def m_tointeger(*args):
    x = _arg(args, 1)
    if x.__class__ is int:
        return x
    n = _tointeger(x)
    if n is not None:
        return n
    if not args:
        arg_error(1, "tointeger", "value expected")
    return None


def m_floor(x=_NOVAL, *_):
    c = x.__class__
    if c is float:
        if -_TWO63 <= x < _TWO63:
            return math.floor(x)
        return x  # huge floats are integral; inf and nan are their own floor
    if c is int:
        return x
    return _pushnumint(_floor(float(check_number(None if x is _NOVAL else x, 1, "floor", x is _NOVAL))))


def m_ceil(x=_NOVAL, *_):
    c = x.__class__
    if c is float:
        if -_TWO63 <= x < _TWO63:
            return math.ceil(x)
        return x
    if c is int:
        return x
    return _pushnumint(_ceil(float(check_number(None if x is _NOVAL else x, 1, "ceil", x is _NOVAL))))


def m_fmod(*args):
    a = _arg(args, 1)
    b = _arg(args, 2)
    if a.__class__ is int and b.__class__ is int:
        if b == 0:
            arg_error(2, "fmod", "zero")
        if b == -1:
            return 0
        r = abs(a) % abs(b)  # C's %: the result has the sign of the dividend
        return -r if a < 0 else r
    x = _num(args, 1, "fmod")
    y = _num(args, 2, "fmod")
    return _fmod(x, y)


def m_modf(*args):
    x = _arg(args, 1)
    if x.__class__ is int:
        return (x, 0.0)
    n = _num(args, 1, "modf")
    ip = _ceil(n) if n < 0 else _floor(n)
    return (_pushnumint(ip), 0.0 if n == ip else n - ip)


def m_sqrt(*args):
    if args:
        x = args[0]
        if x.__class__ is float and x >= 0.0:
            return _math_sqrt(x)
    return _sqrt(_num(args, 1, "sqrt"))


_math_sqrt = math.sqrt


def m_ult(*args):
    a = check_int(_arg(args, 1), 1, "ult", len(args) < 1)
    b = check_int(_arg(args, 2), 2, "ult", len(args) < 2)
    return (a & _MASK) < (b & _MASK)


def m_log(*args):
    x = _num(args, 1, "log")
    base = _arg(args, 2)
    if base is None:
        return _log(x)
    base = float(check_number(base, 2, "log"))
    if base == 2.0:
        return _log2(x)
    if base == 10.0:
        return _log10(x)
    return fdiv(_log(x), _log(base))


# ---------------------------------------------------------------- LUA_COMPAT_MATHLIB
# Debian's lua5.4 is built with the 5.3 compatibility functions (atan2 is atan itself)


def m_cosh(*args):
    return _cosh(_num(args, 1, "cosh"))


def m_sinh(*args):
    return _sinh(_num(args, 1, "sinh"))


def m_tanh(*args):
    return _tanh(_num(args, 1, "tanh"))


def m_pow(*args):
    x = _num(args, 1, "pow")
    return fpow(x, _num(args, 2, "pow"))


def m_frexp(*args):
    m, e = math.frexp(_num(args, 1, "frexp"))
    return (m, e)


def m_ldexp(*args):
    x = _num(args, 1, "ldexp")
    e = check_int(_arg(args, 2), 2, "ldexp", len(args) < 2)
    e = ((e + 0x80000000) & 0xFFFFFFFF) - 0x80000000  # C's (int) cast
    try:
        return math.ldexp(x, e)
    except OverflowError:
        return math.copysign(math.inf, x)


def m_log10(*args):
    return _log10(_num(args, 1, "log10"))


def m_exp(*args):
    return _exp(_num(args, 1, "exp"))


def m_deg(*args):
    return _num(args, 1, "deg") * (180.0 / PI)


def m_rad(*args):
    return _num(args, 1, "rad") * (PI / 180.0)


def m_min(*args):
    n = len(args)
    if n < 1:
        arg_error(1, "min", "value expected")
    best = args[0]
    for i in range(1, n):
        v = args[i]
        if lua_lessthan(v, best):
            best = v
    return best


def m_max(*args):
    n = len(args)
    if n < 1:
        arg_error(1, "max", "value expected")
    best = args[0]
    for i in range(1, n):
        v = args[i]
        if lua_lessthan(best, v):
            best = v
    return best


def m_type(*args):
    x = _arg(args, 1)
    c = x.__class__
    if c is int:
        return "integer"
    if c is float:
        return "float"
    if not args:
        arg_error(1, "type", "value expected")
    return None


# ---------------------------------------------------------------- xoshiro256**


def _rotl(x, n):
    return ((x << n) | (x >> (64 - n))) & _MASK


class Xoshiro:
    """lua5.4's generator state (four 64-bit words)."""

    __slots__ = ("s",)

    def __init__(self):
        self.s = [0, 0, 0, 0]

    def next(self):
        s = self.s
        s0, s1 = s[0], s[1]
        s2 = s[2] ^ s0
        s3 = s[3] ^ s1
        res = (_rotl((s1 * 5) & _MASK, 7) * 9) & _MASK
        s[0] = s0 ^ s3
        s[1] = s1 ^ s2
        s[2] = s2 ^ ((s1 << 17) & _MASK)
        s[3] = _rotl(s3, 45)
        return res

    def seed(self, n1, n2):
        self.s = [n1 & _MASK, 0xFF, n2 & _MASK, 0]
        for _ in range(16):
            self.next()

    def project(self, ran, n):
        """Project 'ran' into [0, n] as lmathlib's project does (rejecting out-of-range draws)."""
        if n & (n + 1) == 0:
            return ran & n
        lim = n
        lim |= lim >> 1
        lim |= lim >> 2
        lim |= lim >> 4
        lim |= lim >> 8
        lim |= lim >> 16
        lim |= lim >> 32
        ran &= lim
        while ran > n:
            ran = self.next() & lim
        return ran


def _signed(u):
    return u - (1 << 64) if u > MAXINT else u


def make_random_functions(state=None):
    if state is None:
        state = Xoshiro()
        _random_seed(state)

    def m_random(*args):
        rv = state.next()
        nargs = len(args)
        if nargs == 0:
            return (rv >> 11) * (0.5 / (1 << 52))
        if nargs == 1:
            low = 1
            up = check_int(args[0], 1, "random")
            if up == 0:
                return _signed(rv)
        elif nargs == 2:
            low = check_int(args[0], 1, "random")
            up = check_int(args[1], 2, "random")
        else:
            rt_error("wrong number of arguments")
        if not (low <= up):
            arg_error(1, "random", "interval is empty")
        p = state.project(rv, (up - low) & _MASK)
        return _signed((p + low) & _MASK)

    def m_randomseed(*args):
        if not args:
            return _random_seed(state)
        n1 = check_int(args[0], 1, "randomseed")
        n2 = args[1] if len(args) >= 2 else None
        n2 = 0 if n2 is None else check_int(n2, 2, "randomseed")
        state.seed(n1, n2)
        return (n1, n2)

    return m_random, m_randomseed


def _random_seed(state):
    n1 = _signed(int(time.time()) & _MASK)
    n2 = _signed(int.from_bytes(os.urandom(8), "little"))
    state.seed(n1, n2)
    return (n1, n2)


def open_math(G):
    lib = LuaTable()
    m_random, m_randomseed = make_random_functions()
    for name, fn in (
        ("abs", m_abs),
        ("acos", m_acos),
        ("asin", m_asin),
        ("atan", m_atan),
        ("ceil", m_ceil),
        ("cos", m_cos),
        ("deg", m_deg),
        ("exp", m_exp),
        ("tointeger", m_tointeger),
        ("floor", m_floor),
        ("fmod", m_fmod),
        ("ult", m_ult),
        ("log", m_log),
        ("max", m_max),
        ("min", m_min),
        ("modf", m_modf),
        ("rad", m_rad),
        ("sin", m_sin),
        ("sqrt", m_sqrt),
        ("tan", m_tan),
        ("type", m_type),
        ("random", m_random),
        ("randomseed", m_randomseed),
        ("pi", PI),
        ("huge", math.inf),
        ("maxinteger", MAXINT),
        ("mininteger", MININT),
        ("atan2", m_atan),
        ("cosh", m_cosh),
        ("sinh", m_sinh),
        ("tanh", m_tanh),
        ("pow", m_pow),
        ("frexp", m_frexp),
        ("ldexp", m_ldexp),
        ("log10", m_log10),
    ):
        dict.__setitem__(lib, name, fn)
    dict.__setitem__(G, "math", lib)
    return lib

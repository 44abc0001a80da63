"""Argument checks for library functions, with lauxlib's messages:
"bad argument #1 to 'insert' (table expected, got nil)".

Library functions are plain Python functions taking Lua values positionally;
missing arguments arrive as None (declare them with default None), and
`nargs` tells "no value" from an explicit nil where Lua distinguishes them.
"""
from .errors import rt_error
from .number import str2number, fmt_float
from .table import LuaTable
from .values import type_name, getmetatable


def arg_error(n, fname, msg):
    rt_error("bad argument #%d to '%s' (%s)" % (n, fname, msg))


def typename_for_error(v):
    mt = getmetatable(v)
    if mt is not None:
        name = dict.get(mt, "__name")
        if name.__class__ is str:
            return name
    if v is None:
        return "nil"
    return type_name(v)


def type_error(n, fname, expected, v, novalue=False):
    got = "no value" if novalue else typename_for_error(v)
    arg_error(n, fname, "%s expected, got %s" % (expected, got))


def check_table(v, n, fname):
    if v.__class__ is not LuaTable:
        type_error(n, fname, "table", v)
    return v


def check_int(v, n, fname, novalue=False):
    """luaL_checkinteger: ints, integral floats and numeric strings."""
    c = v.__class__
    if c is int:
        return v
    if c is float:
        if v.is_integer() and -9.2233720368547758e18 <= v < 9.2233720368547758e18:
            return int(v)
        arg_error(n, fname, "number has no integer representation")
    if c is str:
        x = str2number(v)
        if x is not None:
            return check_int(x, n, fname)
    type_error(n, fname, "number", v, novalue and v is None)


def opt_int(v, n, fname, default):
    if v is None:
        return default
    return check_int(v, n, fname)


def check_number(v, n, fname, novalue=False):
    c = v.__class__
    if c is int or c is float:
        return v
    if c is str:
        x = str2number(v)
        if x is not None:
            return x
    type_error(n, fname, "number", v, novalue and v is None)


def opt_number(v, n, fname, default):
    if v is None:
        return default
    return check_number(v, n, fname)


def check_str(v, n, fname, novalue=False):
    """luaL_checklstring: strings, and numbers converted to strings."""
    c = v.__class__
    if c is str:
        return v
    if c is int:
        return "%d" % v
    if c is float:
        return fmt_float(v)
    type_error(n, fname, "string", v, novalue and v is None)


def opt_str(v, n, fname, default):
    if v is None:
        return default
    return check_str(v, n, fname)


def check_any(nargs, n, fname):
    if nargs < n:
        arg_error(n, fname, "value expected")

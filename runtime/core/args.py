"""Argument checks for library functions, with lauxlib's messages:
"bad argument #1 to 'insert' (table expected, got nil)".

Library functions are plain Python functions taking Lua values positionally;
missing arguments arrive as None (declare them with default None), and
`nargs` tells "no value" from an explicit nil where Lua distinguishes them.
"""
import sys

from .errors import CHUNKS, HIDDEN_CHUNKS, DeferredLuaError, LuaError, site_of
from .frames import frame_line, is_runtime, runtime_module, tb_line
from .number import fmt_float, str2number
from .state import current_globals, running
from .table import LuaTable
from .values import getmetatable, type_name

runtime_module(__file__)


def typename_for_error(v):
    mt = getmetatable(v)
    if mt is not None:
        name = dict.get(mt, "__name")
        if name.__class__ is str:
            return name
    if v is None:
        return "nil"
    if getattr(v.__class__, "lua_light", False):
        return "light userdata"
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


# ---------------------------------------------------------------- how lauxlib names the function
#
# luaL_argerror names the function the way the *caller* refers to it: 'floor'
# for math.floor(x), 'f' for a local f, 'rep' (with self not counted) for
# s:rep(), 'for iterator' for the iterator of a generic for, and, when no Lua
# code called it (pcall(math.floor, x)), the name it has in a loaded library
# ('math.floor').  The position prefix is that of the calling Lua function,
# and empty when the caller is not Lua code.  The compiler records each call
# site's description, so the same answers come from the Python frames.

# runtime functions that call Lua values on behalf of something else (C-call boundaries)
_DISPATCHERS = {
    "pcall": None, "xpcall": None, "call": None, "call_meta1": None, "__missing__": None,
    "__call__": None, "index": None, "setindex": None, "_generic": "for iterator",
    "forin": "for iterator",
    # their generator versions, inside coroutines
    "pcall_gen": None, "xpcall_gen": None, "call_gen": None, "_meta1_gen": None, "index_gen": None,
    "setindex_gen": None, "forin_gen": "for iterator", "for_next": "for iterator",
}


def _qualified_name(code):
    """pushglobalfuncname: 'math.floor' for a function found in package.loaded, 'print' for _G's."""
    try:
        loaded = current_globals[0]["package"]["loaded"]
    except Exception:  # no state, or its package table replaced
        return None
    found = None
    for modname, mod in list(dict.items(loaded)):
        if mod.__class__ is not LuaTable:
            continue
        for k, v in list(dict.items(mod)):
            if getattr(v, "__code__", None) is code and k.__class__ is str:
                name = "%s.%s" % (modname, k)
                if modname == "_G":
                    return k
                if found is None:
                    found = name
    return found


_LIB_CODES = [None, None, 0]  # (package.loaded, its size, set of library function codes)


def library_codes():
    """The code objects of the library functions in package.loaded (two levels deep, as
    pushglobalfuncname looks): which runtime frames are library (C) functions."""
    try:
        loaded = current_globals[0]["package"]["loaded"]
    except Exception:  # no state, or its package table replaced
        return frozenset()
    if loaded.__class__ is not LuaTable:
        return frozenset()
    if _LIB_CODES[0] is loaded and _LIB_CODES[2] == len(loaded):
        return _LIB_CODES[1]
    codes = set()
    for mod in list(dict.values(loaded)):
        if mod.__class__ is not LuaTable:
            continue
        for v in list(dict.values(mod)):
            code = getattr(v, "__code__", None)
            if code is not None and is_runtime(code):
                codes.add(code)
    _LIB_CODES[:] = [loaded, codes, len(loaded)]
    return codes


def _vm_caller_name(frames):
    """The event name of the metamethod call among `frames` (the runtime frames between a
    library function and the Lua function whose operation called it), or None."""
    for fr in frames:
        name = fr.f_code.co_name
        if name == "call_event":
            ev = fr.f_locals.get("ev")
            if ev.__class__ is str:
                return ev[2:]
        if name in ("index", "index_gen", "__missing__", "index_meta", "_index_via"):
            return "index"
        if name in ("setindex", "setindex_gen"):
            return "newindex"
    return None


# call_info's caller for a library function called by another one (the name is final)
_C_CALLER = object()


def call_info(fname):
    """(name, is_method, caller_lua_frame or None, or _C_CALLER) for the library function
    now raising an error."""
    f = sys._getframe(2)
    below = None
    chain = []
    # a coroutine's stack ends at its first generator's frame (as in errors.lua_where)
    co = running[0]
    gen = co.gen if co is not None else None
    base = gen.gi_frame if gen is not None else None
    while f is not None and is_runtime(f.f_code):
        chain.append(f)
        below, f = f, f.f_back
        if below is base:
            # a library function that is a coroutine's body: no caller
            libs = library_codes()
            for fr in chain:
                if fr.f_code in libs:
                    return _qualified_name(fr.f_code) or "?", False, _C_CALLER
            break
    if f is None or below is None:
        return fname, False, None
    if len(chain) > 1:
        libs = library_codes()
        for i, fr in enumerate(chain):
            if fr.f_code in libs:
                outer = chain[i + 1:]
                if any(o.f_code in libs for o in outer):
                    # called by another library function (table.sort's comparator, pcall's
                    # function, a __tostring called by tostring): lua5.4 has no name from a
                    # call site and no position (luaL_where's level 1 is a C function)
                    return _qualified_name(fr.f_code) or "?", False, _C_CALLER
                if outer and f.f_code.co_filename in CHUNKS:
                    event = _vm_caller_name(outer)
                    if event is not None:
                        return event, False, f
                break
    if f.f_code.co_filename in CHUNKS:
        if below.f_code.co_name in _DISPATCHERS:
            kind = _DISPATCHERS[below.f_code.co_name]
            return (kind or fname), False, f
        site = site_of(f)
        desc = site[0] if site else None
        if desc:
            what, _, name = desc.partition(" ")
            name = name[1:-1]
            if what == "method":
                return name, True, f
            if what in ("global", "local", "upvalue", "field", "constant"):
                return name, False, f
        return fname, False, f
    return fname, False, None


def _dispatched_name(fname):
    """The name for a library function not called directly by Lua code."""
    f = sys._getframe(3)
    chain = []
    while f is not None and is_runtime(f.f_code):
        chain.append(f)
        f = f.f_back
    if len(chain) >= 2 and chain[-1].f_code.co_name in _DISPATCHERS:
        kind = _DISPATCHERS[chain[-1].f_code.co_name]
        if kind:
            return kind
        q = _qualified_name(chain[-2].f_code)
        if q:
            return q
        return "?"
    # called from Python code (an embedding program, a test): its own name
    return fname


class _HiddenArgError(DeferredLuaError):
    """A bad argument error while compiled chunks (errors.HIDDEN_CHUNKS) are loaded: the
    library function's caller may be a compiled Lua function, which has no frame on the
    live stack, so call_info's answer (`live`, the message as if the caller were C or
    Python) is checked against the traceback when the value is first read: when the first
    frame outside the library function is a Lua chunk's, it is the caller (its position,
    and the name its line's only call site gives)."""

    def __init__(self, n, fname, msg, live):
        self._n, self._fname, self._what = n, fname, msg
        DeferredLuaError.__init__(self, live, sys._getframe(1), 1, False)

    def _get(self):
        if self._pos is None:
            self._pos = ""
            try:
                v = self._resolve()
            except Exception:
                v = None
            if v is not None:
                self._msg = v
            self._origin = None
        return self._pos + self._msg

    value = property(_get, DeferredLuaError._set)

    def _resolve(self):
        entries = []
        tb = self.__traceback__
        while tb is not None:
            entries.append((tb.tb_frame, tb_line(tb)))
            tb = tb.tb_next
        entries.reverse()
        start = 0
        for i, (f, _) in enumerate(entries):
            if f is self._origin:
                start = i + 1
                break
        libs = library_codes()
        seen_lib = False
        for f, line in entries[start:]:
            code = f.f_code
            if code.co_filename in CHUNKS:
                chunkname, linemap = CHUNKS[code.co_filename]
                if linemap is not None:
                    line = linemap.get(line, line)
                n, name = self._n, self._fname
                site = site_of(f)
                desc = site[0] if site else None
                if desc:
                    what, _, nm = desc.partition(" ")
                    if what == "method":
                        n -= 1
                        name = nm[1:-1]
                        if n == 0:
                            return "%s:%d: calling '%s' on bad self (%s)" % (chunkname, line, name, self._what)
                    elif what in ("global", "local", "upvalue", "field", "constant"):
                        name = nm[1:-1]
                return "%s:%d: bad argument #%d to '%s' (%s)" % (chunkname, line, n, name, self._what)
            if code in libs:
                if seen_lib:
                    return None  # called by another library function: as call_info said
                seen_lib = True
            elif not is_runtime(code):
                return None
        return None


def arg_error(n, fname, msg):
    name, is_method, caller = call_info(fname)
    where = ""
    if HIDDEN_CHUNKS and (caller is _C_CALLER or caller is None):
        # the caller may be a compiled function without a frame: decided from the traceback
        if caller is None:
            name = _dispatched_name(fname)
        if is_method:
            n2 = n - 1
            live = ("calling '%s' on bad self (%s)" % (name, msg) if n2 == 0
                    else "bad argument #%d to '%s' (%s)" % (n2, name, msg))
        else:
            live = "bad argument #%d to '%s' (%s)" % (n, name, msg)
        raise _HiddenArgError(n, fname, msg, live)
    if caller is _C_CALLER:
        pass
    elif caller is not None:
        chunkname, linemap = CHUNKS[caller.f_code.co_filename]
        line = frame_line(caller)
        if linemap is not None:
            line = linemap.get(line, line)
        where = "%s:%d: " % (chunkname, line)
    else:
        name = _dispatched_name(fname)
    if is_method:
        n -= 1
        if n == 0:
            raise LuaError("%scalling '%s' on bad self (%s)" % (where, name, msg))
    raise LuaError("%sbad argument #%d to '%s' (%s)" % (where, n, name, msg))

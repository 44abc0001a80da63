"""Generator versions: how code running inside a coroutine calls functions and metamethods.

Every Lua function is compiled to a plain Python function.  Code that runs
inside a coroutine is compiled a second time as a generator (its "generator
version"), so that `coroutine.yield` deep in a call chain can suspend every
frame up to `coroutine.resume`: each call becomes `yield from` the callee's
generator version.  Plain code never pays for this.

Generator versions are made on first use: the compiler registers, per
function, a maker that returns the generator's code object, built with the
same free variables as the plain function; `gen_of(f)` turns it into a
function sharing f's closure cells and caches it as `f.lua_gen`.  A chunk
loaded by lbase.load_source is compiled without makers; the first `gen_of` of
one of its functions has them registered (`register_lazy_gens`), from the
chunk compiled with them, whose plain code is named and numbered identically.  Library
functions that can yield (pcall, coroutine.yield, socket I/O ...) carry a
hand-written `lua_gen`; all others get `lua_gen = None` (called plainly).
"""
import types

from ..core.frames import transparent_module
from ..core.ops import call, first, index, is_function, setindex
from ..core.table import LuaTable, rawkey
from ..core.values import getmetamethod

transparent_module(__file__)

# (co_filename, co_name, co_firstlineno) -> maker returning the generator code object
GEN_MAKERS = {}
# what compiled code's getattr(f, "lua_gen", UNSET) gives before gen_of(f) has been asked
UNSET = object()
_GEN_CODES = {}
# the maker registered for a function compiled by `--cython` (transpiler/codegen/cymode.py)
# that makes its own generator version: called with GEN_SELF after its parameters (as its
# first argument when it has no *args), it returns it (defined in its own scope, so sharing
# its variables) instead of running
GEN_SELF = type("GenSelf", (), {"__slots__": (), "__repr__": lambda self: "GEN_SELF"})()
_CO_VARARGS = 0x04


# co_filename -> (key, register): a loaded chunk compiled without generator versions,
# and the function that registers them (lbase.load_source)
LAZY_GENS = {}
_MADE = set()  # keys of the chunks whose generator versions were registered that way


def register_lazy_gens(filename, key, register):
    if key not in _MADE:
        LAZY_GENS[filename] = (key, register)


def register_gens(filename, makers):
    """makers: {(def name, line): maker}; a maker True is GEN_SELF (a constant, so that the
    --cython module's table is written packed)."""
    for (name, line), maker in makers.items():
        GEN_MAKERS[(filename, name, line)] = GEN_SELF if maker is True else maker


def gen_of(f):
    """The generator version of a callable, or None when it must be called plainly."""
    try:
        return f.lua_gen
    except AttributeError:
        pass
    g = None
    code = getattr(f, "__code__", None)
    if code is not None:
        key = (code.co_filename, code.co_name, code.co_firstlineno)
        gc = _GEN_CODES.get(key)
        if gc is None:
            maker = GEN_MAKERS.get(key)
            if maker is GEN_SELF:
                n = code.co_argcount
                # (the arguments made here, once per function: tables of them for every n
                # were 5.7 M instructions of every start-up)
                g = f(*((None,) * n + (GEN_SELF,) if code.co_flags & _CO_VARARGS
                        else (GEN_SELF,) + (None,) * max(0, n - 1)))
                g.lua_plain = f
                f.lua_gen = g
                return g
            if maker is None:
                lazy = LAZY_GENS.pop(code.co_filename, None)
                if lazy is not None:
                    _MADE.add(lazy[0])
                    lazy[1]()
                    maker = GEN_MAKERS.get(key)
            if maker is not None:
                gc = _GEN_CODES[key] = maker()
        if gc is not None and gc.co_freevars == code.co_freevars:
            g = types.FunctionType(gc, f.__globals__, f.__name__, f.__defaults__, f.__closure__)
            g.__kwdefaults__ = f.__kwdefaults__
            g.lua_plain = f  # debug.getinfo's func for a frame of the generator version
    elif f.__class__ is LuaTable:
        # a chain of __call tables is walked here, once per call, as LuaTable.__call__ does:
        # the handler at its end gets every table of the chain in front of the arguments
        objs = (f,)
        h = getmetamethod(f, "__call")
        while h.__class__ is LuaTable:
            nh = getmetamethod(h, "__call")
            if nh is None:
                break
            objs = (h,) + objs
            h = nh
        if h is None:
            return None
        hg = gen_of(h)
        if hg is None:
            return None

        def table_call(*args):
            return (yield from hg(*objs, *args))

        return table_call
    elif not callable(f):
        # a string, number, nil ... whose type's metatable has __call (not cached: the
        # value cannot hold it, and its metatable may change)
        h = getmetamethod(f, "__call")
        if h is None:
            return None

        def value_call(*args):
            return (yield from call_gen(h, f, *args))

        return value_call
    try:
        f.lua_gen = g
    except (AttributeError, TypeError):
        pass
    return g


def call_gen(f, *args):
    """Call any Lua value from a generator version."""
    g = gen_of(f)
    if g is None:
        return call(f, *args)
    return (yield from g(*args))


def _meta1_gen(h, *args):
    g = gen_of(h)
    if g is None:
        return first(call(h, *args))
    return first((yield from g(*args)))


# ---------------------------------------------------------------- metamethods that may yield


def arith_gen(plain, event, a, b):
    """An arithmetic/bitwise/concat operator whose metamethod may yield."""
    ca, cb = a.__class__, b.__class__
    if (ca is int or ca is float or ca is str) and (cb is int or cb is float or cb is str):
        return plain(a, b)
    h = getmetamethod(a, event)
    if h is None:
        h = getmetamethod(b, event)
    if h is None or gen_of(h) is None:
        return plain(a, b)
    return (yield from _meta1_gen(h, a, b))


def unary_gen(plain, event, a):
    h = getmetamethod(a, event) if a.__class__ not in (int, float, str) else None
    if h is None or gen_of(h) is None:
        return plain(a)
    return (yield from _meta1_gen(h, a, a))


def len_gen(plain, a):
    h = getmetamethod(a, "__len") if a.__class__ is not str else None
    if h is None or gen_of(h) is None:
        return plain(a)
    return (yield from _meta1_gen(h, a, a))


def eq_gen(plain, a, b):
    if a is b or a.__class__ is not LuaTable or b.__class__ is not LuaTable:
        return plain(a, b)
    h = getmetamethod(a, "__eq")
    if h is None:
        h = getmetamethod(b, "__eq")
    if h is None or gen_of(h) is None:
        return plain(a, b)
    r = yield from _meta1_gen(h, a, b)
    return r is not None and r is not False


def lt_gen(plain, a, b):
    ca, cb = a.__class__, b.__class__
    if (ca in (int, float) and cb in (int, float)) or (ca is str and cb is str):
        return plain(a, b)
    h = getmetamethod(a, "__lt")
    if h is None:
        h = getmetamethod(b, "__lt")
    if h is None or gen_of(h) is None:
        return plain(a, b)
    r = yield from _meta1_gen(h, a, b)
    return r is not None and r is not False


def le_gen(plain, a, b):
    ca, cb = a.__class__, b.__class__
    if (ca in (int, float) and cb in (int, float)) or (ca is str and cb is str):
        return plain(a, b)
    h = getmetamethod(a, "__le")
    if h is None:
        h = getmetamethod(b, "__le")
    if h is not None:
        if gen_of(h) is None:
            return plain(a, b)
        r = yield from _meta1_gen(h, a, b)
        return r is not None and r is not False
    h = getmetamethod(b, "__lt")
    if h is None:
        h = getmetamethod(a, "__lt")
    if h is None or gen_of(h) is None:
        return plain(a, b)
    r = yield from _meta1_gen(h, b, a)
    return r is None or r is False


def index_gen(o, k):
    """o[k] with an __index function that may yield."""
    if o.__class__ is not LuaTable and o.__class__ is not str:
        # userdata whose __index is a plain method table (sockets, copas locks): one lookup
        mt = getattr(o, "lua_meta", None)
        if mt is not None:
            h = dict.get(mt, "__index")
            if h.__class__ is LuaTable and h.meta is None and k.__class__ is str:
                return dict.get(h, k)
    if o.__class__ is LuaTable:
        rk = rawkey(k) if k is not None else None
        v = dict.get(o, rk) if rk is not None else None
        mt = o.meta
        if v is not None or mt is None:
            return v
        h = dict.get(mt, "__index")
        if h is None:
            return None
        if h.__class__ is LuaTable:
            if h.meta is None:  # a plain method table: no further chain to follow
                return dict.get(h, rk) if rk is not None else None
            return (yield from index_gen(h, k))
        if not is_function(h) or gen_of(h) is None:
            return index(o, k)
        return (yield from _meta1_gen(h, o, k))
    h = getmetamethod(o, "__index")
    if h is None or not is_function(h) or gen_of(h) is None:
        return index(o, k)
    return (yield from _meta1_gen(h, o, k))


def setindex_gen(o, k, v):
    h = None
    if o.__class__ is LuaTable:
        mt = o.meta
        if mt is not None and k is not None and not dict.__contains__(o, rawkey(k)):
            h = dict.get(mt, "__newindex")
    else:
        h = getmetamethod(o, "__newindex")
    if h is None or not is_function(h) or gen_of(h) is None:
        setindex(o, k, v)
        return
    yield from gen_of(h)(o, k, v)

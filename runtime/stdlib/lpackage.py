"""require and the package library (Lua 5.4 manual section 6.3), plus a bridge to Python modules.

Searchers, in order: package.preload, Lua files on package.path, C libraries on
package.cpath (never loadable here, but listed in "module not found" messages
exactly as lua5.4 lists them), the all-in-one C loader, and finally the Python
searcher: `require "py:NAME"` imports the Python module NAME and returns it
wrapped as a userdata (see `to_lua` / `PyObjectProxy` below).
"""
import importlib
import os
import sys
import types

from ..core import ops
from ..core.args import check_str, opt_str
from ..core.errors import LuaError, lua_where
from ..core.frames import runtime_module
from ..core.table import LuaTable
from ..core.values import tostring, type_name
from ..coroutine.lcoroutine import COMPILED_FUNCTION_TYPES
from .lbase import loadfile

runtime_module(__file__)

LUA_PATH_DEFAULT = (
    "/usr/local/share/lua/5.4/?.lua;/usr/local/share/lua/5.4/?/init.lua;"
    "/usr/local/lib/lua/5.4/?.lua;/usr/local/lib/lua/5.4/?/init.lua;"
    "/usr/share/lua/5.4/?.lua;/usr/share/lua/5.4/?/init.lua;"
    "./?.lua;./?/init.lua"
)
LUA_CPATH_DEFAULT = (
    "/usr/local/lib/lua/5.4/?.so;/usr/lib/x86_64-linux-gnu/lua/5.4/?.so;"
    "/usr/lib/lua/5.4/?.so;/usr/local/lib/lua/5.4/loadall.so;./?.so"
)
CONFIG = "/\n;\n?\n!\n-\n"

# set by the runner for `lua2py run -E` (ignore LUA_PATH etc.)
IGNORE_ENV = [False]


def _env_path(names, default):
    if IGNORE_ENV[0]:
        return default
    for n in names:
        v = os.environ.get(n)
        if v is not None:
            if ";;" in v:
                v = v.replace(";;", ";\1;", 1)
                v = v.replace("\1", default)
            return v
    return default


def _readable(filename):
    try:
        with open(filename, "rb"):
            return True
    except OSError:
        return False


def searchpath(name, path, sep=".", rep="/"):
    """(filename, None) or (None, "no file 'a'\\n\\tno file 'b'")."""
    if sep:
        name = name.replace(sep, rep)
    tried = []
    for template in path.split(";"):
        if not template:
            continue
        filename = template.replace("?", name)
        if _readable(filename):
            return filename, None
        tried.append("no file '%s'" % filename)
    return None, "\n\t".join(tried)


def _where(level):
    return lua_where(level, sys._getframe(1))


def open_package(G):
    package = LuaTable()
    loaded = LuaTable()
    preload = LuaTable()
    dict.__setitem__(package, "loaded", loaded)
    dict.__setitem__(package, "preload", preload)
    dict.__setitem__(package, "path", _env_path(("LUA_PATH_5_4", "LUA_PATH"), LUA_PATH_DEFAULT))
    dict.__setitem__(package, "cpath", _env_path(("LUA_CPATH_5_4", "LUA_CPATH"), LUA_CPATH_DEFAULT))
    dict.__setitem__(package, "config", CONFIG)

    def _field_str(field):
        v = dict.get(package, field)
        if v.__class__ is not str:
            raise LuaError("'package.%s' must be a string" % field)
        return v

    def searcher_preload(name=None, *_):
        name = check_str(name, 1, "searcher")
        pre = dict.get(package, "preload")
        if pre.__class__ is not LuaTable:
            raise LuaError("'package.preload' must be a table")
        v = pre[name]
        if v is None:
            return "no field package.preload['%s']" % name
        return (v, ":preload:")

    def searcher_lua(name=None, *_):
        name = check_str(name, 1, "searcher")
        filename, err = searchpath(name, _field_str("path"))
        if filename is None:
            return err
        f, msg = loadfile(filename, "bt", G)
        if f is None:
            raise LuaError("error loading module '%s' from file '%s':\n\t%s" % (name, filename, msg))
        return (f, filename)

    def _c_error(name, filename):
        raise LuaError("error loading module '%s' from file '%s':\n\t%s" % (
            name, filename, "dynamic libraries not enabled; check your Lua installation"))

    def searcher_c(name=None, *_):
        name = check_str(name, 1, "searcher")
        filename, err = searchpath(name, _field_str("cpath"))
        if filename is None:
            return err
        _c_error(name, filename)

    def searcher_croot(name=None, *_):
        name = check_str(name, 1, "searcher")
        if "." not in name:
            return None
        root = name.split(".", 1)[0]
        filename, err = searchpath(root, _field_str("cpath"))
        if filename is None:
            return err
        _c_error(name, filename)

    def searcher_python(name=None, *_):
        name = check_str(name, 1, "searcher")
        if not name.startswith("py:"):
            return None
        modname = name[3:]
        try:
            mod = importlib.import_module(modname)
        except ImportError as e:
            return "no Python module '%s' (%s)" % (modname, e)
        return (lambda *a: to_lua(mod), "py:" + modname)

    searchers = LuaTable.from_list([searcher_preload, searcher_lua, searcher_c, searcher_croot,
                                    searcher_python])
    dict.__setitem__(package, "searchers", searchers)

    def lua_require(*args):
        name = check_str(args[0] if args else None, 1, "require", not args)
        v = dict.get(loaded, name)
        if v is not None and v is not False:
            return v
        srch = dict.get(package, "searchers")
        if srch.__class__ is not LuaTable:
            raise LuaError(_where(1) + "'package.searchers' must be a table")
        msgs = []
        i = 1
        while True:
            s = srch[i]
            if s is None:
                raise LuaError(_where(1) + "module '%s' not found:%s" % (name, "".join(msgs)))
            r = ops.multi(ops.call(s, name))
            loader = r[0] if r else None
            extra = r[1] if len(r) > 1 else None
            if type_name(loader) == "function":
                break
            if loader.__class__ is str:
                msgs.append("\n\t" + loader)
            elif loader.__class__ is int or loader.__class__ is float:
                msgs.append("\n\t" + tostring(loader))
            i += 1
        res = ops.first(ops.call(loader, name, extra))
        if res is not None:
            dict.__setitem__(loaded, name, res)
        else:
            if dict.get(loaded, name) is None:
                dict.__setitem__(loaded, name, True)
        return (dict.get(loaded, name), extra)

    def lua_searchpath(name=None, path=None, sep=None, rep=None, *_):
        name = check_str(name, 1, "searchpath")
        path = check_str(path, 2, "searchpath")
        sep = opt_str(sep, 3, "searchpath", ".")
        rep = opt_str(rep, 4, "searchpath", "/")
        filename, err = searchpath(name, path, sep, rep)
        if filename is None:
            return (None, err)
        return filename

    def lua_loadlib(path=None, funcname=None, *_):
        check_str(path, 1, "loadlib")
        check_str(funcname, 2, "loadlib")
        return (None, "dynamic libraries not enabled; check your Lua installation", "absent")

    dict.__setitem__(package, "searchpath", lua_searchpath)
    dict.__setitem__(package, "loadlib", lua_loadlib)
    dict.__setitem__(G, "require", lua_require)
    dict.__setitem__(G, "package", package)
    dict.__setitem__(loaded, "package", package)
    return package


# ---------------------------------------------------------------- Python interop

def _text_to_lua(s):
    """A Python str to a Lua string (UTF-8 bytes, one code point per byte)."""
    try:
        s.encode("latin-1")
        if s.isascii():
            return s
        return s.encode("utf-8").decode("latin-1")
    except UnicodeEncodeError:
        return s.encode("utf-8", "surrogatepass").decode("latin-1")


def _text_to_py(s):
    """A Lua string to Python text: UTF-8 decoded when valid, else the latin-1 view unchanged."""
    if s.isascii():
        return s
    try:
        return s.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return s


def to_lua(v):
    """Convert a Python value for Lua: primitives as they are, str as UTF-8 bytes, bytes as
    strings, list/tuple -> sequence table, dict -> table, functions -> Lua functions
    (converting arguments and results), anything else -> a PyObjectProxy userdata."""
    c = v.__class__
    if v is None or c is bool or c is float or c is LuaTable:
        return v
    if c is int:
        if -(1 << 63) <= v < (1 << 63):
            return v
        return float(v)
    if c is str:
        return _text_to_lua(v)
    if c is bytes or c is bytearray:
        return bytes(v).decode("latin-1")
    if c is list or c is tuple:
        return LuaTable.from_list([to_lua(x) for x in v]) if all(x is not None for x in v) else _seq(v)
    if c is dict:
        t = LuaTable()
        for k, x in v.items():
            if k is not None and x is not None:
                ops.setindex(t, to_lua(k), to_lua(x))
        return t
    if c is PyObjectProxy or type_name(v) in ("thread",):
        return v
    if isinstance(v, (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                      types.BuiltinMethodType) + COMPILED_FUNCTION_TYPES):
        return py_function(v)
    return PyObjectProxy(v)


def _seq(v):
    t = LuaTable()
    for i, x in enumerate(v):
        if x is not None:
            dict.__setitem__(t, i + 1, to_lua(x))
    return t


def to_py(v):
    """Convert a Lua argument for Python: strings decoded from UTF-8, proxies unwrapped,
    tables passed as they are (a LuaTable is a dict)."""
    c = v.__class__
    if c is str:
        return _text_to_py(v)
    if c is PyObjectProxy:
        return v.obj
    return v


def _results(r):
    if r.__class__ is tuple:
        return tuple(to_lua(x) for x in r)
    return to_lua(r)


def py_function(fn):
    """A Lua function calling the Python callable fn (a Python tuple result is multiple results)."""
    self_obj = getattr(fn, "__self__", None)
    if self_obj is not None and not isinstance(self_obj, type(sys)):
        # a bound method: o:method(x) passes o again; drop it so o.method(x) and o:method(x) both work
        def call_python(*args):
            a = [to_py(x) for x in args]
            if a and a[0] is self_obj:
                del a[0]
            return _results(fn(*a))
    else:
        def call_python(*args):
            return _results(fn(*[to_py(a) for a in args]))

    call_python.__name__ = getattr(fn, "__name__", "call_python")
    call_python.py_callable = fn
    return call_python


class PyObjectProxy:
    """A Python object seen from Lua: a userdata whose fields are the object's attributes
    (falling back to item access), callable when the object is."""
    __slots__ = ("obj",)
    lua_type = "userdata"
    lua_meta = None  # set below

    def __init__(self, obj):
        self.obj = obj

    def __call__(self, *args):
        if not callable(self.obj):
            raise LuaError("attempt to call a Python %s object" % type(self.obj).__name__)
        return _results(self.obj(*[to_py(a) for a in args]))

    def __repr__(self):
        return "pyobject: %r" % (self.obj,)


def _proxy_index(p, k):
    obj = p.obj
    if k.__class__ is str:
        name = _text_to_py(k)
        try:
            return to_lua(getattr(obj, name))
        except AttributeError:
            pass
    try:
        return to_lua(obj[to_py(k)])
    except (KeyError, IndexError, TypeError):
        return None


def _proxy_newindex(p, k, v):
    obj = p.obj
    if k.__class__ is str and not hasattr(type(obj), "__setitem__"):
        setattr(obj, _text_to_py(k), to_py(v))
    else:
        obj[to_py(k)] = to_py(v)
    return ()


def _proxy_tostring(p, *_):
    return _text_to_lua("pyobject: " + repr(p.obj))


def _proxy_len(p, *_):
    return len(p.obj)


def _proxy_eq(a, b):
    return a.__class__ is PyObjectProxy and b.__class__ is PyObjectProxy and a.obj == b.obj


_META = LuaTable()
for _k, _v in (("__index", _proxy_index), ("__newindex", _proxy_newindex),
               ("__tostring", _proxy_tostring), ("__len", _proxy_len), ("__eq", _proxy_eq),
               ("__name", "pyobject")):
    dict.__setitem__(_META, _k, _v)
PyObjectProxy.lua_meta = _META

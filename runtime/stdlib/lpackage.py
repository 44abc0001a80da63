"""require and the package library (Lua 5.4 manual section 6.3), plus a bridge to Python modules.

Searchers, in order: package.preload, Lua files on package.path, C libraries on
package.cpath, the all-in-one C loader, and finally the Python searcher:
`require "py:NAME"` imports the Python module NAME and returns it wrapped as a
userdata (values cross by the rule of interop.py).

C libraries cannot be loaded; the C searchers load lua2py's Python version of a
C module instead (runtime/clib: lfs, lpeg, cjson, ...; re when no re.lua is on
package.path), from the file lua5.4 would load when it is there and regardless
when it is not.  Any other C library is reported as lua5.4 reports one it does
not find: "module 'x' not found:" and every file tried, the existing one included.
"""
import importlib
import importlib.machinery
import os
import sys

from ..core import ops, state
from ..core.args import check_str, opt_str
from ..core.errors import CHUNKS, LuaError, located_error, register_hidden_chunk
from ..core.frames import runtime_module
from ..core.table import LuaTable
from ..core.values import tostring, type_name
from ..core.compilehook import chunk_code, chunk_namespace
from .lbase import loadfile, make_function_from_namespace, os_path

runtime_module(__file__)

# lua2py's Python versions of C modules live in runtime/clib, a layer above this one:
# stdlib/linit installs clib.opener here (name -> (luaopen(G), its file) or None)
_c_module_opener = [lambda name: None]


def set_c_module_opener(opener):
    _c_module_opener[0] = opener

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

# Each nested require holds C-stack levels in lua5.4 (LUAI_MAXCCALLS is 200): a module
# that requires itself fails in the parser of its 194th load, not at memory's end
REQUIRE_DEPTH_LIMIT = 193
_require_depth = [0]

# set by the runner for `lua2py run -E` (ignore LUA_PATH etc.)
IGNORE_ENV = [False]


def _env_path(names, default):
    if IGNORE_ENV[0]:
        return default
    for n in names:
        v = os.environ.get(n)
        if v is not None:
            mark = v.find(";;")
            if mark >= 0:
                # loadlib.c's setpath: the default in place of the first ";;", with a ";"
                # only between it and a prefix or suffix that is there
                prefix, suffix = v[:mark], v[mark + 2:]
                v = (prefix + ";" if prefix else "") + default + (";" + suffix if suffix else "")
            return v
    return default


def _readable(filename):
    try:
        with open(os_path(filename), "rb"):
            return True
    except OSError:
        return False


def searchpath(name, path, sep=".", rep="/"):
    """(filename, None) or (None, "no file 'a'\\n\\tno file 'b'")."""
    return _search(name, path, sep, rep)[:2]


def _search(name, path, sep, rep, twin=None):
    """package.searchpath's walk: (filename, None, None) for the first readable file, or, when
    twin(filename) names a file that stands for an unreadable one, (filename, None, that);
    else (None, the "no file" lines, None)."""
    if sep:
        name = name.replace(sep, rep)
    path = path.replace("?", name)
    # lua5.4's getnextfilename: every template, empty ones too ("a;;b" tries "", "a;" ends
    # with ""), none for an empty path
    for filename in path.split(";") if path else ():
        if _readable(filename):
            return filename, None, None
        other = twin(filename) if twin is not None else None
        if other is not None:
            return filename, None, other
    # pusherrornotfound: the whole substituted path, one "no file" line per template
    return None, "no file '" + path.replace(";", "'\n\tno file '") + "'", None


# ---------------------------------------------------------------- converted modules
# `lua2py convert` writes mod.py where mod.lua was; a converted tree runs without its
# .lua files, so the Lua searcher also takes, for each template of package.path that
# ends in ".lua", the .py lua2py wrote in the same place.  The module gets the .lua name
# (chunk name and loader data) that lua5.4 would give the source, so its messages and
# its `...` are those of the original tree.  "module not found" messages are unchanged.

CONVERTED_MARK = b"__lua_chunk__"


def search_lua_or_converted(name, path):
    """(filename, None, converted) or (None, message, None): the first template of path whose
    .lua file is readable, or whose .py twin lua2py wrote (converted is then its path)."""
    return _search(name, path, ".", "/", _converted_twin)


def _converted_twin(filename):
    if filename.endswith(".lua"):
        py = filename[:-4] + ".py"
        if is_converted_module(py):
            return py
    return None


def is_converted_module(py):
    """py (a Lua string) names a file lua2py's convert wrote."""
    try:
        with open(os_path(py), "rb") as fh:
            return CONVERTED_MARK in fh.read()
    except OSError:
        return False


# `lua2py convert --cython` compiles NAME.py to NAME.cython<ext suffix> beside it (its
# "twin"): an extension module whose name is made of the hash of the .py's text, so a
# twin of another text (the .py converted again since) fails to load and the .py runs.
TWIN = ".cython"


def twin_module_name(py_bytes):
    import hashlib

    return "l2c_" + hashlib.sha256(py_bytes).hexdigest()[:32]


def load_extension(path, modname):
    """Import the compiled chunk `path` (module `modname`, once per process): it registers
    its maps under modname + '.py', the co_filename of its functions' code."""
    mod = sys.modules.get(modname)
    if mod is not None:
        return mod
    register_hidden_chunk(modname + ".py")  # its frames are not on the live stack
    loader = importlib.machinery.ExtensionFileLoader(modname, path)
    spec = importlib.machinery.ModuleSpec(modname, loader, origin=path)
    mod = loader.create_module(spec)
    mod.__spec__ = spec
    mod.__file__ = path
    sys.modules[modname] = mod
    try:
        loader.exec_module(mod)
    except BaseException:
        del sys.modules[modname]
        raise
    return mod


def load_twin(path):
    """The compiled twin of the converted module at `path` (an OS path), or None when there
    is none, it was built from another text, or it does not load (LUA2PY_PURE=1: never)."""
    if os.environ.get("LUA2PY_PURE", "") not in ("", "0"):
        return None
    suffixes = importlib.machinery.EXTENSION_SUFFIXES
    twin = (path[:-3] if path.endswith(".py") else path) + TWIN + (suffixes[0] if suffixes else ".so")
    if not os.path.exists(twin):
        return None
    try:
        with open(path, "rb") as fh:
            modname = twin_module_name(fh.read())
        return load_extension(twin, modname)
    except Exception:
        return None


def load_converted(py, lua_filename, G):
    """(function, None) or (None, message): the chunk of a converted module, bound to G,
    named after the .lua file it was converted from."""
    path = os.fsdecode(os_path(py))
    twin = load_twin(path)
    if twin is not None:
        name = twin.__name__ + ".py"
        info = CHUNKS.get(name)
        if info is not None:
            CHUNKS[name] = (lua_filename, info[1])
        return twin.__lua_chunk__(G), None
    try:
        code = chunk_code(importlib.machinery.SourceFileLoader("lua2py_converted", path).get_code("lua2py_converted"))
        ns = chunk_namespace("__lua_converted_module__", path)
        f = make_function_from_namespace(code, ns, G)
    except Exception as e:  # not loadable Python (another lua2py's output, a broken file)
        return None, "%s: %s: %s" % (py, e.__class__.__name__, e)
    info = CHUNKS.get(path)
    if info is not None:
        CHUNKS[path] = (lua_filename, info[1])
    return f, None


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
        filename, err, converted = search_lua_or_converted(name, _field_str("path"))
        if filename is None:
            return err
        if _require_depth[0] >= REQUIRE_DEPTH_LIMIT:
            f, msg = None, "C stack overflow"
        elif converted is not None:
            f, msg = load_converted(converted, filename, G)
        else:
            f, msg = loadfile(filename, "bt", G)
        if f is None:
            raise LuaError("error loading module '%s' from file '%s':\n\t%s" % (name, filename, msg))
        return (f, filename)

    def _python_c_module(name, filename):
        """The loader of a C module lua2py has in Python (runtime/clib), or None."""
        found = _c_module_opener[0](name)
        if found is None:
            return None
        luaopen, pyfile = found
        return (lambda *_: luaopen(G), filename if filename is not None else pyfile)

    def _c_not_found(name, path):
        # a C library on cpath cannot be loaded here: report it as lua5.4 reports a missing one
        return "\n\t".join("no file '%s'" % t.replace("?", name) for t in path.split(";") if t)

    def searcher_c(name=None, *_):
        name = check_str(name, 1, "searcher")
        path = _field_str("cpath")
        filename, err = searchpath(name, path)
        if filename is None:
            return err  # (a module lua2py has comes from the all-in-one searcher then)
        found = _python_c_module(name, filename)
        if found is not None:
            return found
        return _c_not_found(name.replace(".", "/"), path)

    def searcher_croot(name=None, *_):
        name = check_str(name, 1, "searcher")
        if "." not in name:
            # lua5.4's all-in-one searcher has nothing for a plain name; lua2py's own
            # modules are found here when their C library file is not installed
            return _python_c_module(name, None)
        root = name.split(".", 1)[0]
        path = _field_str("cpath")
        filename, err = searchpath(root, path)
        found = _python_c_module(name, filename)  # cjson.safe comes from cjson's library
        if found is not None:
            return found
        if filename is None:
            return err
        if _c_module_opener[0](root) is not None:  # a library lua2py has: it has no such module
            return "no module '%s' in file '%s'" % (name, filename)
        return _c_not_found(root, path)

    def searcher_python(name=None, *_):
        name = check_str(name, 1, "searcher")
        if not name.startswith("py:"):
            return None
        modname = name[3:]
        state.python_modules_used[0] = True
        try:
            mod = importlib.import_module(modname)
        except ImportError as e:
            return "no Python module '%s' (%s)" % (modname, e)
        from .interop import to_lua  # (the Python boundary's rule: imported by its first use)

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
            raise located_error(1, sys._getframe(), "'package.searchers' must be a table")
        msgs = []
        i = 1
        while True:
            s = srch[i]
            if s is None:
                raise located_error(1, sys._getframe(), "module '%s' not found:%s" % (name, "".join(msgs)))
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
        _require_depth[0] += 1
        try:
            res = ops.first(ops.call(loader, name, extra))
        finally:
            _require_depth[0] -= 1
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

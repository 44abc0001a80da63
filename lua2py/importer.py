"""Import hook: `import foo` finds foo.lua (or foo/init.lua) on sys.path.

    import lua2py.importer          # installs the hook (or: lua2py.install())
    import mymod                    # runs mymod.lua
    mymod.add(1, 2)                 # call the Lua functions of the table the chunk returned

The Lua chunk runs once, in the shared Lua state (`lua2py.runtime.stdlib.linit.current()`:
all imported Lua modules see the same _G), with `...` = (module name, file path),
as require passes them.  When it returns a table, the table's string keys become
attributes of the Python module, converted to Python values when the module is
imported (runtime/stdlib/interop.py has the rule: functions become LuaFunction, whose calls
convert Python arguments to Lua and Lua results back; sequences become lists, other
tables without a metatable dicts).  The table itself is `module.__lua_result__`
(whatever the chunk returned, unconverted), and `module.__lua_globals__` is the _G
it ran in.  `module.f.raw` is the Lua function f: Lua values in and out.

The loader is an importlib SourceFileLoader whose source_to_code compiles Lua,
so CPython's own machinery caches the bytecode in __pycache__ (following Hy's
importer).  The compiled module body is a small wrapper with the compiled Lua
chunk as a constant; path_stats mixes the compiler's fingerprint into the
recorded mtime, so a new compiler invalidates old bytecode.
"""
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys

_PLACEHOLDER = "__LUA2PY_CHUNK_CODE__"
_WRAPPER_SRC = (
    "from lua2py.importer import exec_lua_module as _exec_lua_module\n"
    "_exec_lua_module(globals(), %r)\n" % _PLACEHOLDER
)


def exec_lua_module(ns, code):
    """Body of an imported Lua module: run the chunk and export its result's string keys."""
    from .runtime.stdlib import linit
    from .runtime.stdlib.interop import to_python
    from .runtime.stdlib.lbase import make_function
    from .runtime.core.table import LuaTable

    G = linit.current()
    f = make_function(code, G)
    r = f(ns.get("__name__"), ns.get("__file__"))
    if r.__class__ is tuple:
        r = r[0] if r else None
    ns["__lua_result__"] = r
    ns["__lua_globals__"] = G
    if r.__class__ is LuaTable:
        for k, v in list(dict.items(r)):
            if k.__class__ is str and k.isidentifier() and not k.startswith("__"):
                ns[k] = to_python(v)
    # like require: package.loaded[name] gets the module value
    pkg = dict.get(G, "package")
    if pkg.__class__ is LuaTable:
        loaded = dict.get(pkg, "loaded")
        name = ns.get("__name__")
        if loaded.__class__ is LuaTable and name and dict.get(loaded, name) is None:
            dict.__setitem__(loaded, name, True if r is None else r)


class LuaLoader(importlib.machinery.SourceFileLoader):
    def source_to_code(self, data, path, *, _optimize=-1):
        from .transpiler import compile_lua

        if isinstance(data, (bytes, bytearray)):
            source = bytes(data)
            if source[:3] == b"\xef\xbb\xbf":
                source = source[3:]
            if source[:1] == b"#":
                nl = source.find(b"\n")
                source = b"\n" + source[nl + 1:] if nl >= 0 else b""
            source = source.decode("latin-1")
        else:
            source = data
        chunkname = "@" + str(path)
        try:
            inner = compile_lua(source, chunkname)
        except Exception as e:
            from .transpiler import LuaSyntaxError

            if isinstance(e, LuaSyntaxError):
                err = SyntaxError(str(e))
                err.filename = path
                raise err from None
            raise
        wrapper = compile(_WRAPPER_SRC, path, "exec")
        consts = tuple(inner if c == _PLACEHOLDER else c for c in wrapper.co_consts)
        return wrapper.replace(co_consts=consts)

    def path_stats(self, path):
        st = super().path_stats(path)
        from .cache import compiler_fingerprint

        fp = int.from_bytes(compiler_fingerprint()[:4], "little")
        st = dict(st)
        st["mtime"] = (int(st["mtime"]) ^ fp) & 0xFFFFFFFF
        return st


def _has_python_module(d, name, names):
    """Would the standard finders find a module `name` in d (names: d's listing)?"""
    if name in names and os.path.isfile(os.path.join(d, name, "__init__.py")):
        return True
    for suffix in importlib.machinery.all_suffixes():
        if name + suffix in names and os.path.isfile(os.path.join(d, name + suffix)):
            return True
    return False


class LuaFinder(importlib.abc.MetaPathFinder):
    """Finds NAME.lua (a module) or NAME/init.lua (a package) on sys.path or a package's __path__.

    It is asked first about every import of the process (Python modules included), so it
    looks names up in each directory's listing, kept while the directory's modification
    time stays the same (as the standard FileFinder does; importlib.invalidate_caches()
    drops them): one stat per directory, where testing each candidate file cost about ten."""

    def __init__(self):
        self._listings = {}  # directory -> (st_mtime_ns, frozenset of its names)

    def _names(self, d):
        try:
            mtime = os.stat(d).st_mtime_ns
        except OSError:
            return None
        hit = self._listings.get(d)
        if hit is not None and hit[0] == mtime:
            return hit[1]
        try:
            names = frozenset(os.listdir(d))
        except OSError:
            return None
        self._listings[d] = (mtime, names)
        return names

    def invalidate_caches(self):
        self._listings.clear()

    def find_spec(self, fullname, path=None, target=None):
        name = fullname.rpartition(".")[2]
        dirs = path if path is not None else sys.path
        for d in dirs:
            if not isinstance(d, str):
                continue
            d = d or "."
            names = self._names(d)
            if not names:
                continue  # missing, unreadable or empty: nothing to find there
            if _has_python_module(d, name, names):
                return None  # the standard finders take it (sys.path order is kept)
            f = os.path.join(d, name + ".lua")
            if name + ".lua" in names and os.path.isfile(f):
                return importlib.util.spec_from_file_location(fullname, f, loader=LuaLoader(fullname, f))
            pkg_init = os.path.join(d, name, "init.lua")
            if name in names and os.path.isfile(pkg_init):
                return importlib.util.spec_from_file_location(
                    fullname, pkg_init, loader=LuaLoader(fullname, pkg_init),
                    submodule_search_locations=[os.path.join(d, name)])
        return None


_finder = LuaFinder()


def install():
    """Install the finder just before the standard path finder (which would otherwise take a
    directory holding init.lua as a namespace package); NAME.py still wins over NAME.lua in
    the same directory, and sys.path order is kept."""
    if _finder in sys.meta_path:
        return
    for i, f in enumerate(sys.meta_path):
        if f is importlib.machinery.PathFinder or getattr(f, "__name__", "") == "PathFinder":
            sys.meta_path.insert(i, _finder)
            return
    sys.meta_path.append(_finder)


def uninstall():
    if _finder in sys.meta_path:
        sys.meta_path.remove(_finder)


install()

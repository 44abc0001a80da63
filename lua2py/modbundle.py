"""lua2py's own Python modules served from one file in the cache (CPython only).

A `lua2py run` imports ~65 of lua2py's modules before the program's first line.  Through
the ordinary import system each costs a search of its package's folders, a stat of its
source and an open, fstat, read and close of its .pyc, with the import machinery's
Python code around them: ~0.1 M instructions and ~8 system calls a module (a system call
is 5-10 us on the reference machine).  CPython freezes its own start-up modules for the
same reason.

The bundle (`modules-<installation>.<tag>.bin` in lua2py's cache directory, cache.py's)
holds an index, mapping a module's name to its source's path, size and modification time
(ns), its package search locations and where its marshalled code is in the file, then the
codes (each unmarshalled when its module is imported, from a view of the file's bytes).  A meta path finder, first on sys.meta_path,
serves `lua2py.*` names from it while the source still has that size and time (one stat:
Python's own .pyc check trusts the time in seconds); any other lua2py module is found
and compiled the ordinary way (PathFinder, the .py's SourceFileLoader, which reads and
writes __pycache__ as always) and its code is kept, and a process that kept any writes
the bundle anew at exit (atomically: a temporary file and os.replace; a cache that cannot
be written is skipped).  So the first run, a run after an edit and a run that uses a
module no run used before write it; the others only read it.

As with Python's own .pyc files, a code is trusted as written (no checksum); one that does not
unmarshal is compiled from its source again and the bundle rewritten, and a truncated
file serves only the codes it holds whole.

A module sees what the ordinary import gives it: __file__, __path__, __package__,
__spec__.origin and its code (co_filename the .py's path); only __loader__ differs.
Extension modules (the compiled twins) and lua2py's own __init__ and this module (imported
before the finder) are never bundled.  LUA2PY_NO_CACHE=1 turns it off, as it does the
compiled-chunk cache.
"""
import marshal
import os
import sys

MAGIC = b"L2PYM\x03\n"
_PREFIX = __package__ + "."
_INSTALLATION = os.path.dirname(os.path.abspath(__file__))
# name -> (source path, search locations or None, size, mtime_ns, code: a bytes view, the
# folders searched for it: its parent package's __path__ then, a tuple, or None)
_ENTRIES = {}
_KEPT = {}  # the same for the modules this process imported the ordinary way
_PATH = [None]  # the bundle's file, once installed


def user_cache_dir():
    """lua2py's cache directory (this bundle's and the compiled chunks', cache.py)."""
    d = os.environ.get("LUA2PY_CACHE_DIR")
    if d:
        return d
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "lua2py")


def bundle_path():
    """This installation's bundle (its folder hashed: checkouts sharing a cache keep one each)."""
    from _sha256 import sha256

    h = sha256(_INSTALLATION.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return os.path.join(user_cache_dir(), "modules-%s.%s.bin" % (h, sys.implementation.cache_tag))


def _current(e):
    """Whether entry e's source still has the size and modification time it was bundled with."""
    try:
        st = os.stat(e[0])
    except OSError:
        return False
    return st.st_mtime_ns == e[3] and st.st_size == e[2]


class BundleLoader:
    """Runs a bundled module's code in the module the import system made."""

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        name = module.__name__
        try:
            code = marshal.loads(_ENTRIES[name][4])
        except Exception:  # a damaged bundle: the .py's code, kept for the next one
            code = _keep(name, _SourceFileLoader(name, _ENTRIES[name][0]), module.__spec__, _ENTRIES[name][5])
        exec(code, module.__dict__)

    @staticmethod
    def get_filename(name):
        return _ENTRIES[name][0]

    @staticmethod
    def is_package(name):
        return _ENTRIES[name][1] is not None

    @staticmethod
    def get_data(path):  # (as a file loader's: for pkgutil.get_data and the like)
        with open(path, "rb") as f:
            return f.read()

    @staticmethod
    def get_source(name):
        from importlib._bootstrap_external import decode_source

        with open(_ENTRIES[name][0], "rb") as f:
            return decode_source(f.read())


class KeepingLoader:
    """A .py's SourceFileLoader that keeps the code it runs for the bundle."""

    def __init__(self, loader, search):
        self.loader = loader
        self.search = search

    def __getattr__(self, name):  # get_source, get_filename, is_package ...: the .py's loader's
        return getattr(self.loader, name)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(_keep(module.__name__, self.loader, module.__spec__, self.search), module.__dict__)


def _pyc_code(name, path, st):
    """The marshalled code in path's .pyc when the import system would use it (a timestamp
    .pyc of this Python, of the source's mtime and size, its code's file name the path), else
    None: the bundle takes those bytes as they are (marshalling every module's code again was
    ~13 ms of a first run)."""
    from _frozen_importlib_external import _classify_pyc, _validate_timestamp_pyc, cache_from_source

    try:
        with open(cache_from_source(path), "rb") as f:
            data = f.read()
        if _classify_pyc(data, name, {}) != 0:  # (hash-based: the ordinary way)
            return None
        _validate_timestamp_pyc(data, int(st.st_mtime), st.st_size, name, {})
    except Exception:  # none, stale, another Python's, unreadable: the loader's way
        return None
    return memoryview(data)[16:]


def _keep(name, loader, spec, search):
    """The code of module `name` from its .py's loader (or its .pyc, checked as the loader
    checks it), kept for the bundle."""
    path = loader.path
    st = os.stat(path)
    body = _pyc_code(name, path, st)
    code = None
    if body is not None:
        try:
            code = marshal.loads(body)
        except Exception:  # a damaged .pyc: the loader's way
            code = None
        if code is not None and code.co_filename != path:  # (a .pyc written elsewhere)
            code = None
    if code is None:
        code = loader.get_code(name)
        try:
            body = marshal.dumps(code)
        except ValueError:  # (an unmarshallable constant: not bundled)
            return code
    locs = spec.submodule_search_locations
    _KEPT[name] = (path, tuple(locs) if locs is not None else None, st.st_size, st.st_mtime_ns, body, search)
    return code


class BundleFinder:
    """First on sys.meta_path: lua2py's modules, from the bundle while their source is unchanged."""

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if not name.startswith(_PREFIX):
            return None
        e = _ENTRIES.get(name)
        # served only where the ordinary search would find the same source first: a package
        # whose __path__ changed (the compiled twins' folder put first, transpiler/twins.py)
        # finds its modules the ordinary way
        search = tuple(path) if path is not None else None
        if e is not None and e[5] == search and _current(e):
            spec = _ModuleSpec(name, BundleLoader, origin=e[0], is_package=e[1] is not None)
            if e[1] is not None:
                spec.submodule_search_locations = list(e[1])
            spec.has_location = True
            return spec
        spec = _PathFinder.find_spec(name, path)
        if spec is not None and spec.loader.__class__ is _SourceFileLoader:
            spec.loader = KeepingLoader(spec.loader, search)
        return spec

    @classmethod
    def invalidate_caches(cls):
        pass


def install():
    """Read the bundle (if any), put the finder first and have the bundle written at exit
    when this process kept modules."""
    global _ModuleSpec, _PathFinder, _SourceFileLoader
    if sys.implementation.name != "cpython" or not sys.implementation.cache_tag:
        return
    # (always loaded: the import system's own modules; importlib.machinery re-exports them)
    from _frozen_importlib import ModuleSpec as _ModuleSpec
    from _frozen_importlib_external import MAGIC_NUMBER, PathFinder as _PathFinder
    from _frozen_importlib_external import SourceFileLoader as _SourceFileLoader

    _PATH[0] = bundle_path()
    magic = MAGIC + MAGIC_NUMBER
    try:
        with open(_PATH[0], "rb") as f:
            data = memoryview(f.read())
        if data[:len(magic)] == magic:
            n = len(magic) + 8
            size = int.from_bytes(data[len(magic):n], "little")
            installation, index = marshal.loads(data[n:n + size])
            if installation == _INSTALLATION:  # (not another one's, whose name hashed alike)
                base = n + size
                for name, (path, locs, st_size, mtime, start, length, search) in index.items():
                    if base + start + length <= len(data):
                        _ENTRIES[name] = (path, locs, st_size, mtime, data[base + start:base + start + length],
                                          search)
    except Exception:  # none yet, unreadable, truncated: every module the ordinary way
        pass
    if not _ENTRIES and not _writable(os.path.dirname(_PATH[0])):
        return  # (no bundle can be written: keeping the codes would be work for nothing)
    sys.meta_path.insert(0, BundleFinder)
    import atexit

    atexit.register(save, magic)


def _writable(d):
    """Whether folder d can be made or written in (its nearest existing folder decides)."""
    while not os.path.exists(d):
        parent = os.path.dirname(d)
        if parent == d:
            return False
        d = parent
    return os.path.isdir(d) and os.access(d, os.W_OK)


def save(magic):
    """Write the bundle: its entries still current and the modules this process kept."""
    if not _KEPT or _PATH[0] is None:
        return
    entries = {name: e for name, e in _ENTRIES.items() if name not in _KEPT and _current(e)}
    entries.update(_KEPT)
    index = {}
    codes = []
    start = 0
    for name, (path, locs, st_size, mtime, code, search) in entries.items():
        index[name] = (path, locs, st_size, mtime, start, len(code), search)
        codes.append(code)
        start += len(code)
    header = marshal.dumps((_INSTALLATION, index))
    d = os.path.dirname(_PATH[0])
    tmp = os.path.join(d, ".tmp-%d-%s.bin" % (os.getpid(), os.urandom(6).hex()))
    try:
        os.makedirs(d, exist_ok=True)
        with open(tmp, "xb") as f:
            f.write(magic + len(header).to_bytes(8, "little") + header)
            for code in codes:
                f.write(code)
        os.replace(tmp, _PATH[0])
    except Exception:  # a cache that cannot be written: no bundle
        try:
            os.unlink(tmp)
        except OSError:
            pass

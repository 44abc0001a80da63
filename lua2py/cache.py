"""Compiled-chunk cache, like __pycache__.

A compiled chunk (the code object compile_lua returns) is stored with
marshal in ``__luacache__/NAME.<h>.<cache_tag>.pyc`` next to the Lua file when
that directory is writable, else in ``$XDG_CACHE_HOME/lua2py`` (default
``~/.cache/lua2py``).  ``<h>`` is a short hash of the chunk name, so a file run
under two names keeps two entries.  Each entry starts with a header holding
the sha256 of (source, chunk name, lua2py version, the compiler's own source
files, Python's cache tag); an entry whose key does not match is recompiled
and replaced.  Entries are written atomically (temporary file + os.replace);
unreadable or corrupt entries are ignored.

Environment: LUA2PY_NO_CACHE=1 disables the cache; LUA2PY_CACHE_TRACE=1
reports hits and misses on stderr ("lua2py-cache: hit PATH").
"""
import hashlib
import marshal
import os
import sys
import tempfile

from .runtime.core.compilehook import CompileError

MAGIC = b"L2PYC\x01\n"
_TAG = sys.implementation.cache_tag or "py"

STATS = {"hits": 0, "misses": 0, "compiles": 0}

_fingerprint = [None]


def compiler_fingerprint():
    """Hash of lua2py's version and the compiler and runtime sources: a changed compiler invalidates."""
    if _fingerprint[0] is None:
        from . import __version__

        h = hashlib.sha256()
        h.update(__version__.encode())
        h.update(repr(sys.version_info).encode())
        h.update(_TAG.encode())
        try:
            import importlib.util

            # generated code depends on both: the compiler asks the runtime (formats) too.
            # Their folders are found without importing them (a cache hit never needs the
            # compiler, whose import is a good part of startup).
            for name in ("lua2py.transpiler", "lua2py.runtime"):
                top = os.path.dirname(importlib.util.find_spec(name).origin)
                for d, _, files in sorted(os.walk(top)):  # subpackages too
                    for fn in sorted(files):
                        if fn.endswith(".py"):
                            with open(os.path.join(d, fn), "rb") as fh:
                                h.update(os.path.relpath(os.path.join(d, fn), top).encode())
                                h.update(fh.read())
        except OSError:
            pass
        _fingerprint[0] = h.digest()
    return _fingerprint[0]


def cache_key(source, chunkname):
    h = hashlib.sha256()
    h.update(compiler_fingerprint())
    h.update(chunkname.encode("utf-8", "surrogatepass"))
    h.update(b"\0")
    h.update(source.encode("utf-8", "surrogatepass"))
    return h.digest()


def enabled():
    return os.environ.get("LUA2PY_NO_CACHE", "") in ("", "0")


def user_cache_dir():
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "lua2py")


def _trace(what, path):
    if os.environ.get("LUA2PY_CACHE_TRACE"):
        sys.stderr.write("lua2py-cache: %s %s\n" % (what, path))
        sys.stderr.flush()


def candidate_paths(chunkname, path):
    """Where the entry for this chunk may live: next to the file, then the user cache dir."""
    ch = hashlib.sha256(chunkname.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    out = []
    if path is not None:
        d, base = os.path.split(os.path.abspath(path))
        stem = base[:-4] if base.endswith(".lua") else base
        out.append(os.path.join(d, "__luacache__", "%s.%s.%s.pyc" % (stem, ch, _TAG)))
        ph = hashlib.sha256(os.path.abspath(path).encode("utf-8", "surrogateescape")).hexdigest()[:16]
        out.append(os.path.join(user_cache_dir(), "%s-%s.%s.%s.pyc" % (stem, ph, ch, _TAG)))
    else:
        out.append(os.path.join(user_cache_dir(), "chunk-%s.%s.pyc" % (ch, _TAG)))
    return out


def read_entry(filename, key):
    try:
        with open(filename, "rb") as fh:
            data = fh.read()
    except OSError:
        return None
    n = len(MAGIC)
    if data[:n] != MAGIC or data[n:n + 32] != key:
        return None
    try:
        code = marshal.loads(data[n + 32:])
    except Exception:
        return None
    if not hasattr(code, "co_code"):
        return None
    return code


def write_entry(filename, key, code):
    """Atomically write an entry; False if the directory is not writable."""
    d = os.path.dirname(filename)
    try:
        os.makedirs(d, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".pyc", dir=d)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(MAGIC + key + marshal.dumps(code))
        os.replace(tmp, filename)
        return True
    except Exception:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False


def _compile(source, chunkname):
    from .transpiler import compile_lua

    STATS["compiles"] += 1
    return compile_lua(source, chunkname)


def compile_chunk(source, chunkname, path=None, use_cache=False):
    """The compiler lua2py installs in the runtime (runtime/core/compilehook.py): a code
    object, from the cache when use_cache; a chunk that does not compile raises the
    runtime's CompileError with lua5.4's message."""
    try:
        return get_code(source, chunkname, path) if use_cache else _compile(source, chunkname)
    except Exception as e:
        from .transpiler import LuaSyntaxError  # imported already: only compiling raises it

        if isinstance(e, LuaSyntaxError):
            raise CompileError(str(e)) from None
        raise


def get_code(source, chunkname, path=None):
    """The compiled code for a chunk, from the cache when possible (raises LuaSyntaxError)."""
    if not enabled():
        return _compile(source, chunkname)
    key = cache_key(source, chunkname)
    paths = candidate_paths(chunkname, path)
    for p in paths:
        code = read_entry(p, key)
        if code is not None:
            STATS["hits"] += 1
            _trace("hit", p)
            return code
    STATS["misses"] += 1
    code = _compile(source, chunkname)
    for p in paths:
        if write_entry(p, key, code):
            _trace("miss", p)
            break
    return code

"""Compiled-chunk cache, like __pycache__, but out of the way of the programs.

A compiled chunk (the code object compile_lua returns) is stored with marshal in
the user cache directory: ``$LUA2PY_CACHE_DIR``, else ``$XDG_CACHE_HOME/lua2py``,
else ``~/.cache/lua2py``:

  files/STEM-<p>.<c>.<tag>.pyc   a file's chunk (run, require, dofile, loadfile): <p> hashes
                                 the file's absolute path, <c> the chunk name and where
                                 lua2py is installed (a file run under two names, or by two
                                 installations or checkouts sharing the cache, keeps one
                                 entry each instead of replacing the other's every run),
                                 <tag> is Python's cache tag (cpython-311)
  load/<k>.<tag>.pyc             a chunk given to load() as text: <k> hashes its key

Nothing is written beside the Lua files, so a program listing its own directories
sees only its files.  ``LUA2PY_CACHE_BESIDE=1`` keeps file chunks in
``__luacache__/`` beside their file instead (the user directory is the fallback
when that folder is not writable).

Every entry starts with a header holding its key: the sha256 of (lua2py's version,
the compiler's and runtime's source files, Python's version and cache tag, the
chunk name, the source).  An entry whose key does not match is recompiled and
replaced, so a changed source, compiler or Python never runs stale code.  The
compiler's and runtime's files enter the key by their stat data (name, size,
modification time in ns: what Python's own .pyc check trusts, finer), not their
text: reading and hashing them all cost every run ~10 ms; an edit changes the
modification time, so an edited checkout still invalidates every entry (and a
`touch` does too).  Entries
are written atomically (temporary file + os.replace); an unreadable, truncated or
corrupt entry is ignored, and a cache that cannot be written is skipped: the cache
never makes a program fail.

The load/ folder is bounded by ``$LUA2PY_LOAD_CACHE_MB`` (default 64) MiB: pruning
deletes the least recently used entries (a hit refreshes an entry's modification
time) down to three quarters of the limit.  A process prunes when it has written a
sixteenth of the limit since it last did, and on its first write when no process
has pruned for an hour (the time of the last pruning is load/.pruned's).

Environment: LUA2PY_NO_CACHE=1 disables the cache; LUA2PY_CACHE_TRACE=1 reports
hits and misses on stderr ("lua2py-cache: hit PATH").
"""
import marshal
import os
import sys
import time

if sys.implementation.name == "pypy":
    # PyPy's _sha256 is pure Python (0.25 s for 40 kB of source before the JIT warms up) and
    # its hashlib imports the OpenSSL bindings (0.28 s): its compiled _blake2 (9 ms), at
    # sha256's size.  The entries of each implementation are apart anyway (_TAG).
    from _blake2 import blake2b as _blake2b

    def sha256(data=b""):
        h = _blake2b(digest_size=32)
        h.update(data)
        return h
else:
    try:  # CPython's own sha256: hashlib would load OpenSSL's libcrypto first (~4 ms of start-up)
        from _sha256 import sha256
    except ImportError:
        try:
            from _sha2 import sha256  # Python 3.12+
        except ImportError:
            from hashlib import sha256

from .modbundle import user_cache_dir  # (the folder of lua2py's own modules' bundle too)
from .runtime.core.compilehook import CompileError

MAGIC = b"L2PYC\x02\n"
_TAG = sys.implementation.cache_tag or "py"

STATS = {"hits": 0, "misses": 0, "compiles": 0}

_fingerprint = [None]

PRUNE_INTERVAL = 3600.0  # seconds
_load_written = [0]  # bytes this process wrote to load/ since it last pruned
_load_checked = [False]


def _package_dirs():
    """The folders of lua2py.transpiler and lua2py.runtime, found without importing the
    compiler (a cache hit never needs it, and its import is a good part of start-up):
    inside lua2py/ when installed, beside it in a checkout (lua2py.__path__ has both)."""
    from . import __path__ as roots

    out = []
    for name in ("transpiler", "runtime"):
        for r in roots:
            d = os.path.join(r, name)
            if os.path.isfile(os.path.join(d, "__init__.py")):
                out.append((name, d))
                break
        else:
            out.append((name, None))
    return out


def _stat_tree(h, top):
    """Feed h with the name, size and modification time (ns) of every .py under top, in order."""
    try:
        entries = sorted(os.scandir(top), key=lambda e: e.name)
    except OSError:
        h.update(b"?")
        return
    for e in entries:
        if e.name.endswith(".py"):
            try:
                st = e.stat()
            except OSError:
                h.update(b"?")
                continue
            h.update(b"%s\0%d\0%d\0" % (e.name.encode("utf-8", "surrogateescape"), st.st_size, st.st_mtime_ns))
        elif e.name != "__pycache__" and not e.name.startswith(".") and e.is_dir():
            h.update(b"%s/\0" % e.name.encode("utf-8", "surrogateescape"))
            _stat_tree(h, e.path)  # subpackages too


def compiler_fingerprint():
    """Hash of lua2py's version, the Python version and the compiler's and runtime's source
    files (their stat data, see the module's text): a changed compiler invalidates every entry."""
    if _fingerprint[0] is None:
        from . import __version__

        h = sha256()
        h.update(__version__.encode())
        h.update(repr(sys.version_info).encode())
        h.update(_TAG.encode())
        if os.environ.get("LUA2PY_SITE_LINES"):  # (errors.SITE_LINES: chunks in another layout)
            h.update(b"site-lines")
        # generated code depends on both: the compiler asks the runtime (formats) too
        for name, d in _package_dirs():
            h.update(b"\0%s:" % name.encode())
            if d is not None:
                _stat_tree(h, d)
        _fingerprint[0] = h.digest()
    return _fingerprint[0]


def cache_key(source, chunkname):
    h = sha256()
    h.update(compiler_fingerprint())
    h.update(chunkname.encode("utf-8", "surrogatepass"))
    h.update(b"\0")
    h.update(source.encode("utf-8", "surrogatepass"))
    return h.digest()


def enabled():
    return os.environ.get("LUA2PY_NO_CACHE", "") in ("", "0")


def _flag(name):
    return os.environ.get(name, "") not in ("", "0")


def _trace(what, path):
    if os.environ.get("LUA2PY_CACHE_TRACE"):
        sys.stderr.write("lua2py-cache: %s %s\n" % (what, path))
        sys.stderr.flush()


def _os_path(path):
    """A file name as the runtime holds it (a Lua string: one character per byte) as an OS path."""
    try:
        return os.fsdecode(path.encode("latin-1"))
    except UnicodeEncodeError:
        return path


def _hash(text, n):
    return sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:n]


_INSTALLATION = os.path.dirname(os.path.abspath(__file__))


def candidate_paths(chunkname, path):
    """Where the entry for a file's chunk lives (beside the file first, with LUA2PY_CACHE_BESIDE)."""
    ch = _hash(chunkname + "\0" + _INSTALLATION, 8)
    if path is None:
        return [os.path.join(user_cache_dir(), "files", "chunk-%s.%s.pyc" % (ch, _TAG))]
    full = os.path.abspath(_os_path(path))
    d, base = os.path.split(full)
    stem = base[:-4] if base.endswith(".lua") else base
    out = []
    if _flag("LUA2PY_CACHE_BESIDE"):
        out.append(os.path.join(d, "__luacache__", "%s.%s.%s.pyc" % (stem, ch, _TAG)))
    out.append(os.path.join(user_cache_dir(), "files", "%s-%s.%s.%s.pyc" % (stem, _hash(full, 16), ch, _TAG)))
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
    except Exception:  # truncated or corrupt: ignored
        return None
    if not hasattr(code, "co_code"):
        return None
    return code


def write_entry(filename, key, code):
    """Atomically write an entry; False if it cannot be written."""
    d = os.path.dirname(filename)
    try:
        os.makedirs(d, exist_ok=True)
        # mkstemp's way without tempfile's import (a fresh load() chunk writes one entry)
        tmp = os.path.join(d, ".tmp-%d-%s.pyc" % (os.getpid(), os.urandom(6).hex()))
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(MAGIC + key + marshal.dumps(code))
        os.replace(tmp, filename)
        return True
    except Exception:  # disk full, unmarshallable constant ...: no entry
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False


def _compile(source, chunkname, gens=False):
    from .transpiler import compile_lua

    STATS["compiles"] += 1
    # without generator versions: the loader (lbase.load_source) asks for the chunk
    # compiled with them (get_code_with_gens) when a coroutine first needs one
    return compile_lua(source, chunkname, gens=gens)


def _lookup(paths, key, source, chunkname, gens=False, compile_fn=None):
    for p in paths:
        code = read_entry(p, key)
        if code is not None:
            STATS["hits"] += 1
            _trace("hit", p)
            return code, p
    STATS["misses"] += 1
    code = compile_fn() if compile_fn is not None else _compile(source, chunkname, gens)
    for p in paths:
        if write_entry(p, key, code):
            _trace("miss", p)
            return code, None
    return code, None


def get_code(source, chunkname, path=None):
    """The compiled code for a file's chunk, from the cache when possible (raises LuaSyntaxError)."""
    if not enabled():
        return _compile(source, chunkname)
    return _lookup(candidate_paths(chunkname, path), cache_key(source, chunkname), source, chunkname)[0]


def compile_chunk(source, chunkname, path=None, use_cache=False):
    """The compiler lua2py installs in the runtime (runtime/core/compilehook.py): the code
    of a file's chunk (use_cache, `path`: get_code) or of a chunk given to load() as text
    (get_load_code); a chunk that does not compile raises the runtime's CompileError with
    lua5.4's message."""
    try:
        return get_code(source, chunkname, path) if use_cache else get_load_code(source, chunkname)
    except Exception as e:
        from .transpiler import LuaSyntaxError  # imported already: only compiling raises it

        if isinstance(e, LuaSyntaxError):
            raise CompileError(str(e)) from None
        raise


def load_dir():
    return os.path.join(user_cache_dir(), "load")


def get_load_code(source, chunkname):
    """The compiled code for a chunk given to load() as text, shared by every process."""
    if not enabled():
        return _compile(source, chunkname)
    key = cache_key(source, chunkname)
    path = os.path.join(load_dir(), "%s.%s.pyc" % (key.hex()[:40], _TAG))
    n = STATS["compiles"]
    code, hit = _lookup([path], key, source, chunkname)
    if hit is not None:
        try:
            os.utime(hit)  # recently used
        except OSError:
            pass
    elif STATS["compiles"] != n:
        _note_load_write(path)
    return code


def get_code_with_gens(source, chunkname):
    """The chunk compiled with its generator versions: executed, it registers them.  Kept
    with the load() entries (and pruned with them)."""
    if not enabled():
        return _compile(source, chunkname, gens=True)
    key = cache_key(source, "gens\0" + chunkname)
    path = os.path.join(load_dir(), f"gens-{key.hex()[:40]}.{_TAG}.pyc")
    n = STATS["compiles"]
    code, hit = _lookup([path], key, source, chunkname, gens=True)
    if hit is None and STATS["compiles"] != n:
        _note_load_write(path)
    return code


def get_converted_code_with_gens(source, chunkname, filename, site_lines=False):
    """A converted module (`lua2py convert`'s text for source, written as filename, in the
    site-lines layout or not) with its generator versions: executed, it registers them.
    Cached like get_code_with_gens."""
    def compile_text():
        from .transpiler import python_source

        STATS["compiles"] += 1
        return compile(python_source(source, chunkname, gens=True, site_lines=site_lines), filename, "exec")

    if not enabled():
        return compile_text()
    key = cache_key(source, "converted\0%s\0%s%s" % (filename, chunkname, "\0lines" if site_lines else ""))
    path = os.path.join(load_dir(), f"gens-{key.hex()[:40]}.{_TAG}.pyc")
    code, hit = _lookup([path], key, source, chunkname, compile_fn=compile_text)
    if hit is None:
        _note_load_write(path)
    return code


def _note_load_write(path):
    """Prune load/ when this process has written a sixteenth of the limit since it last looked,
    and on its first write when nobody has pruned for an hour (short processes add little)."""
    try:
        _load_written[0] += os.path.getsize(path)
    except OSError:
        return
    limit = load_cache_limit()
    if _load_written[0] >= limit // 16:
        _load_written[0] = 0
        prune_load_cache(limit)
    elif not _load_checked[0]:
        _load_checked[0] = True
        marker = os.path.join(load_dir(), ".pruned")
        try:
            fresh = time.time() - os.path.getmtime(marker) < PRUNE_INTERVAL
        except OSError:
            fresh = False
        if not fresh:
            prune_load_cache(limit)


def load_cache_limit():
    try:
        mb = float(os.environ.get("LUA2PY_LOAD_CACHE_MB", "64"))
    except ValueError:
        mb = 64.0
    return int(mb * 1024 * 1024)


def prune_load_cache(limit=None):
    """Delete the least recently used load/ entries while the folder holds more than limit bytes
    (down to three quarters of it).  Returns the number of entries deleted."""
    if limit is None:
        limit = load_cache_limit()
    try:  # when it was last looked at
        with open(os.path.join(load_dir(), ".pruned"), "wb"):
            pass
    except OSError:
        pass
    entries = []
    total = 0
    try:
        with os.scandir(load_dir()) as it:
            for e in it:
                if e.name.endswith(".pyc") and not e.name.startswith(".tmp-"):
                    try:
                        st = e.stat()
                    except OSError:
                        continue
                    entries.append((st.st_mtime, st.st_size, e.path))
                    total += st.st_size
    except OSError:
        return 0
    if total <= limit:
        return 0
    entries.sort()
    deleted = 0
    target = limit * 3 // 4
    for _, size, p in entries:
        if total <= target:
            break
        try:
            os.unlink(p)
        except OSError:
            continue
        total -= size
        deleted += 1
    return deleted

"""Compiled-chunk cache, like __pycache__, but out of the way of the programs.

A compiled chunk (the code object compile_lua returns) is stored with marshal in
the user cache directory: ``$LUA2PY_CACHE_DIR``, else ``$XDG_CACHE_HOME/lua2py``,
else ``~/.cache/lua2py``:

  files/STEM-<p>.<c>.<tag>.pyc   a file's chunk (run, require, dofile, loadfile): <p> hashes
                                 the file's absolute path, <c> the chunk name (a file run
                                 under two names keeps two entries), <tag> is Python's
                                 cache tag (cpython-311)
  load/<k>.<tag>.pyc             a chunk given to load() as text: <k> hashes its key

Nothing is written beside the Lua files, so a program listing its own directories
sees only its files.  ``LUA2PY_CACHE_BESIDE=1`` keeps file chunks in
``__luacache__/`` beside their file instead (the user directory is the fallback
when that folder is not writable).

Every entry starts with a header holding its key: the sha256 of (lua2py's version,
the compiler's and runtime's source files, Python's version and cache tag, the
chunk name, the source).  An entry whose key does not match is recompiled and
replaced, so a changed source, compiler or Python never runs stale code.  Entries
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
import hashlib
import marshal
import os
import sys
import tempfile
import time

from .runtime.core.compilehook import CompileError

MAGIC = b"L2PYC\x02\n"
_TAG = sys.implementation.cache_tag or "py"

STATS = {"hits": 0, "misses": 0, "compiles": 0}

_fingerprint = [None]

PRUNE_INTERVAL = 3600.0  # seconds
_load_written = [0]  # bytes this process wrote to load/ since it last pruned
_load_checked = [False]


def compiler_fingerprint():
    """Hash of lua2py's version, the compiler and runtime sources and the Python version:
    a changed compiler invalidates every entry."""
    if _fingerprint[0] is None:
        from . import __version__

        h = hashlib.sha256()
        h.update(__version__.encode())
        h.update(repr(sys.version_info).encode())
        h.update(_TAG.encode())
        if os.environ.get("LUA2PY_SITE_LINES"):  # (errors.SITE_LINES: chunks in another layout)
            h.update(b"site-lines")
        try:
            import importlib.util

            # generated code depends on both: the compiler asks the runtime (formats) too.
            # Their folders are found without importing them (a cache hit never needs the
            # compiler, whose import is a good part of startup).
            for name in ("lua2py.transpiler", "lua2py.runtime"):
                top = os.path.dirname(importlib.util.find_spec(name).origin)
                for d, dirs, files in os.walk(top):  # subpackages too
                    dirs.sort()
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


def _flag(name):
    return os.environ.get(name, "") not in ("", "0")


def user_cache_dir():
    d = os.environ.get("LUA2PY_CACHE_DIR")
    if d:
        return d
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "lua2py")


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
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:n]


def candidate_paths(chunkname, path):
    """Where the entry for a file's chunk lives (beside the file first, with LUA2PY_CACHE_BESIDE)."""
    ch = _hash(chunkname, 8)
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
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".pyc", dir=d)
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

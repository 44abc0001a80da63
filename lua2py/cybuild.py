"""`--cython`: converted modules compiled to extension modules with Cython.

A Lua file's chunk is converted as `lua2py convert` converts it (the same text), and
Cython compiles that text (pure Python mode, language_level 3, binding=True so that
functions keep their names, `__code__` and attributes) with the C compiler Python
was built with.  The result is cached like compiled chunks (lua2py/cache.py):

  <cache>/cython/l2c_<key>.<ext suffix>    key: sha256 of lua2py's compiler fingerprint
                                           (version, compiler and runtime sources, Python),
                                           Cython's version, the chunk name and the source

The extension's module name is its file's stem, so the file alone is the entry.  Its
code registers its maps under the name Cython gives its functions' code (`l2c_<key>.py`,
the co_filename of its traceback entries), see `module_text`.

When Cython, a C compiler or Python's headers are missing, or compiling fails,
lua2py prints one line on stderr (`lua2py: --cython: ...; running as Python`) and
runs the plain Python code, as without --cython.
"""
import importlib.machinery
import importlib.util
import os
import sys

from .cache import _trace, compiler_fingerprint, sha256, user_cache_dir  # (sha256: not hashlib, which loads libcrypto)

PREFIX = "l2c_"
# Cython directives for converted modules: binding=True keeps functions introspectable
# (__name__, __code__, attributes such as lua_gen); infer_types=False keeps every variable a
# Python object (inferred, `local x = true` would be a C bint, which Cython refuses to call:
# lua5.4's "attempt to call a boolean value" must happen at run time)
DIRECTIVES = {"language_level": 3, "binding": True, "warn.unreachable": False,
              "infer_types": False}

# after Python's own flags (-O3 -g): generated modules are large, and -O2 without debug
# information compiles them in about half the time, at the same speed.  A module whose C
# is larger than LARGE_C bytes gets LARGE_CFLAGS: gcc -O2 on Are-We-Fast-Yet's Richards
# (8 MB of C) takes minutes of CPU, -O1 a third of that (RESULTS.md, "--cython, night round").
# LUA2PY_CYTHON_CFLAGS, when set, replaces both.
# (-ffp-contract=off: float + - * stay separately rounded, as in Python; codegen/cymode.py)
CFLAGS = "-O2 -g0 -ffp-contract=off"
LARGE_CFLAGS = "-O1 -g0 -ffp-contract=off"
LARGE_C = 2_000_000

_state = {"noticed": False, "missing": None}
BUILT = {}  # stats: compiles / hits


def enable(on=True):
    from . import CYTHON

    CYTHON[0] = on


def enabled():
    from . import CYTHON

    return CYTHON[0] or os.environ.get("LUA2PY_CYTHON", "") not in ("", "0")


def ext_suffix():
    return importlib.machinery.EXTENSION_SUFFIXES[0]


def missing():
    """Why extension modules cannot be built here, or None."""
    if _state["missing"] is None:
        _state["missing"] = _find_missing() or ""
    return _state["missing"] or None


def _find_missing():
    import shutil
    import sysconfig

    if sys.implementation.name != "cpython":
        return "Cython modules need CPython"
    try:
        import Cython  # noqa: F401
    except ImportError:
        return "Cython is not installed"
    cc = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    if not shutil.which(cc):
        return "no C compiler (%s)" % cc
    inc = sysconfig.get_paths().get("include")
    if not inc or not os.path.exists(os.path.join(inc, "Python.h")):
        return "Python's headers (Python.h) are missing"
    return None


def notice(reason, what="running as Python"):
    """The one-line notice (once per process) that a chunk runs as plain Python."""
    if not _state["noticed"]:
        _state["noticed"] = True
        sys.stdout.flush()
        sys.stderr.write("lua2py: --cython: %s; %s\n" % (reason, what))
        sys.stderr.flush()


def cython_version():
    """Cython's version, read from its Shadow.py, where Cython/__init__.py takes it from,
    without importing Cython (about 10 ms of every start, and a cached module's name needs
    only the version); imported when that file does not say it.  None when Cython is not
    installed."""
    if "version" not in _state:
        _state["version"] = _read_cython_version()
    return _state["version"]


def _read_cython_version():
    try:
        spec = importlib.util.find_spec("Cython")
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    for d in spec.submodule_search_locations or ():
        try:
            with open(os.path.join(d, "Shadow.py"), encoding="utf-8") as fh:
                for _ in range(40):
                    line = fh.readline()
                    if line.startswith("__version__ = "):
                        v = line.split("=", 1)[1].strip().strip("\"'")
                        if v:
                            return v
        except OSError:
            pass
    try:
        import Cython
    except ImportError:
        return None
    return Cython.__version__


def build_dir():
    return os.path.join(user_cache_dir(), "cython")


def module_name(source, chunkname):
    h = sha256()
    h.update(compiler_fingerprint())
    h.update(b"cython\0" + cython_version().encode() + b"\0")
    h.update(os.environ.get("LUA2PY_CYTHON_CFLAGS", "").encode() + b"\0")
    h.update(chunkname.encode("utf-8", "surrogatepass") + b"\0")
    h.update(source.encode("utf-8", "surrogatepass"))
    return PREFIX + h.hexdigest()[:32]


def module_text(source, chunkname, codename):
    """The converted module's text, registering its maps under `codename` (the co_filename of
    the extension's functions) instead of __file__ (the extension's path)."""
    from .transpiler import cython_source

    return retarget(cython_source(source, chunkname), codename)


def pxd_text():
    from .transpiler.codegen.cymode import PXD

    return PXD


def retarget(text, codename):
    """Registrations `L_register...(__file__, ...)` of a converted module's text keyed by codename."""
    out = []
    for line in text.split("\n"):
        if line.startswith("L_register") and "(__file__, " in line:
            line = line.replace("(__file__, ", "(%r, " % codename, 1)
        out.append(line)
    return "\n".join(out)


def compile_text(text, modname, outdir, quiet=True):
    """Cythonize and compile `text` as module `modname`; the extension lands in outdir
    (written atomically).  Returns its path; raises on failure."""
    from Cython.Build import cythonize
    from setuptools import Distribution, Extension

    import shutil
    import tempfile

    os.makedirs(outdir, exist_ok=True)
    _prune_builds(outdir)
    work = tempfile.mkdtemp(prefix=".build-", dir=outdir)
    try:
        src = os.path.join(work, modname + ".py")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(os.path.join(work, modname + ".pxd"), "w", encoding="utf-8") as fh:
            fh.write(pxd_text())  # the C helpers the text calls (codegen/cymode.py)
        cwd = os.getcwd()
        os.chdir(work)  # Cython names the code of tracebacks by the path it is given
        try:
            # quiet: Cython's warnings too (`--x` in the converted text...), which would
            # otherwise land on the program's stderr on its first run
            with _quiet_fds() if quiet else _nothing():
                exts = cythonize([Extension(modname, [modname + ".py"])], quiet=quiet,
                                 compiler_directives=dict(DIRECTIVES), force=True)
                exts[0].extra_compile_args = cflags_for(os.path.getsize(modname + ".c"))
                dist = Distribution({"ext_modules": exts, "script_name": "lua2py", "script_args": []})
                cmd = dist.get_command_obj("build_ext")
                cmd.build_lib = work
                cmd.build_temp = os.path.join(work, "tmp")
                cmd.inplace = False
                cmd.ensure_finalized()
                cmd.run()
            built = cmd.get_ext_fullpath(modname)
        finally:
            os.chdir(cwd)
        target = os.path.join(outdir, modname + ext_suffix())
        os.replace(built, target)
        return target
    finally:
        shutil.rmtree(work, ignore_errors=True)


def cflags_for(csize):
    """The C compiler's flags for a module of csize bytes of C."""
    flags = os.environ.get("LUA2PY_CYTHON_CFLAGS")
    if flags is None:
        flags = LARGE_CFLAGS if csize > LARGE_C else CFLAGS
    return flags.split()


def _prune_builds(outdir, age=3600.0):
    """Remove the build folders of compiles that were killed (older than an hour)."""
    import shutil
    import time

    try:
        with os.scandir(outdir) as it:
            for e in it:
                if e.name.startswith(".build-") and time.time() - e.stat().st_mtime > age:
                    shutil.rmtree(e.path, ignore_errors=True)
    except OSError:
        pass


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class _quiet_fds:
    """The C compiler's output (warnings) away from the program's stdout and stderr."""

    def __enter__(self):
        sys.stdout.flush()
        sys.stderr.flush()
        self.saved = (os.dup(1), os.dup(2))
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        os.close(null)

    def __exit__(self, *exc):
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(self.saved[0], 1)
        os.dup2(self.saved[1], 2)
        os.close(self.saved[0])
        os.close(self.saved[1])
        return False


def _scratch_dir():
    if "scratch" not in _state:
        import atexit
        import shutil
        import tempfile

        d = _state["scratch"] = tempfile.mkdtemp(prefix="lua2py-cython-")
        atexit.register(shutil.rmtree, d, True)
    return _state["scratch"]


class Missing(Exception):
    """What is missing to build an extension (missing()'s answer)."""


def extension_for(source, chunkname):
    """(path of the compiled extension, module name) for a chunk, compiling it on a miss.
    Raises Missing when it is not built and cannot be, or whatever compiling raised.  A hit
    is found without asking for a compiler: it was built, and a changed Cython changes
    its name."""
    if cython_version() is None:
        raise Missing(missing() or "Cython is not installed")
    modname = module_name(source, chunkname)
    from .cache import enabled

    d = build_dir() if enabled() else _scratch_dir()  # LUA2PY_NO_CACHE=1: kept for this process
    path = os.path.join(d, modname + ext_suffix())
    if os.path.exists(path):
        BUILT["hits"] = BUILT.get("hits", 0) + 1
        _trace("cython hit", path)
        return path, modname
    why = missing()
    if why is not None:
        raise Missing(why)
    text = module_text(source, chunkname, modname + ".py")
    BUILT["compiles"] = BUILT.get("compiles", 0) + 1
    compile_text(text, modname, d)
    _trace("cython miss", path)
    return path, modname


TWIN = ".cython"  # a converted NAME.py's compiled twin: NAME.cython<ext suffix>


def twin_path(py_path):
    return (py_path[:-3] if py_path.endswith(".py") else py_path) + TWIN + ext_suffix()


def build_twin(source, chunkname, py_path):
    """`lua2py convert --cython`: compile the converted module written as py_path (from
    source) to its twin, which runner.run_module and require load instead of the .py when
    it was built from that very text (its module name is the hash of the .py)."""
    from .runtime.stdlib.lpackage import twin_module_name

    with open(py_path, "rb") as fh:
        modname = twin_module_name(fh.read())
    text = module_text(source, chunkname, modname + ".py")
    built = compile_text(text, modname, os.path.dirname(os.path.abspath(py_path)))
    os.replace(built, twin_path(py_path))


def load_extension(path, modname):
    from .runtime.stdlib.lpackage import load_extension

    return load_extension(path, modname)


def chunk_code(source, chunkname):
    """A code object for the runtime's loader (compilehook): executed, it defines
    __lua_chunk__ from the chunk's compiled extension; None (after the notice) when it
    cannot be built."""
    try:
        path, modname = extension_for(source, chunkname)
    except Missing as e:
        notice(str(e))
        return None
    except Exception as e:
        from .transpiler import LuaSyntaxError

        if isinstance(e, LuaSyntaxError):
            raise
        notice("cannot compile %s (%s: %s)" % (chunkname.lstrip("@="), e.__class__.__name__,
                                               str(e).splitlines()[0] if str(e) else ""))
        return None
    stub = ("import lua2py.cybuild as _c\n"
            "__lua_chunk__ = _c.load_extension(%r, %r).__lua_chunk__\n" % (path, modname))
    return compile(stub, modname + ".py", "exec")

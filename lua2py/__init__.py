"""lua2py: a Lua 5.4 to Python transpiler and the runtime that makes converted code behave like lua5.4."""

import os as _os

__version__ = "0.1.0"

# In a source checkout transpiler/ and runtime/ sit beside this package (the
# installed package has them inside, as lua2py.transpiler and lua2py.runtime):
# let the subpackages be found there too, so a checkout runs without installing.
_here = _os.path.dirname(_os.path.abspath(__file__))
_root = _os.path.dirname(_here)
if not _os.path.isdir(_os.path.join(_here, "runtime")) and _os.path.isfile(
    _os.path.join(_root, "runtime", "prelude.py")
):
    __path__.append(_root)


if _os.environ.get("LUA2PY_NO_CACHE", "") in ("", "0"):
    # lua2py's own modules from one file of the cache (modbundle.py): imported first
    from . import modbundle as _modbundle

    _modbundle.install()


def _compile_chunk(source, chunkname, path=None, use_cache=False):
    """The runtime's compiler (runtime/core/compilehook.py): the transpiler, through the code
    cache for files.  Both are imported on first use: a program that loads no Lua source
    (a converted module) or finds its chunks cached never imports the transpiler."""
    if use_cache and (CYTHON[0] or _os.environ.get("LUA2PY_CYTHON", "") not in ("", "0")):
        # --cython: a file's chunk from its compiled extension (lua2py/cybuild.py, imported
        # only then)
        from . import cybuild

        code = _cython_code(cybuild, source, chunkname)
        if code is not None:
            return code
    from .cache import compile_chunk

    return compile_chunk(source, chunkname, path, use_cache)


CYTHON = [False]  # --cython given (cybuild.enable)


def _cython_code(cybuild, source, chunkname):
    try:
        return cybuild.chunk_code(source, chunkname)
    except Exception as e:
        from .runtime.core.compilehook import CompileError
        from .transpiler import LuaSyntaxError

        if isinstance(e, LuaSyntaxError):  # lua5.4's message, as without --cython
            raise CompileError(str(e)) from None
        raise


def _compile_with_gens(source, chunkname, filename=None, site_lines=False):
    """The runtime's compiler of generator versions (compilehook.set_gens_compiler): the
    chunk, or the converted module written as `filename`, with them, through the cache."""
    from .cache import get_code_with_gens, get_converted_code_with_gens

    if filename is None:
        return get_code_with_gens(source, chunkname)
    return get_converted_code_with_gens(source, chunkname, filename, site_lines)


def _install_compiler():
    from .runtime.core import compilehook

    compilehook.set_compiler(_compile_chunk)
    compilehook.set_gens_compiler(_compile_with_gens)


_install_compiler()


def install():
    """Install the import hook so `import foo` finds foo.lua on sys.path."""
    from . import importer

    importer.install()


# Values between Python and Lua (runtime/stdlib/interop.py has the rule), imported on first use:
# opaque(obj) passes obj to Lua untouched, raw(fn) makes a Python function Lua calls with
# Lua values, to_lua / to_python convert, LuaFunction is a Lua function seen from Python.
_INTEROP = ("opaque", "raw", "to_lua", "to_python", "LuaFunction")


def __getattr__(name):
    if name in _INTEROP:
        from .runtime.stdlib import interop

        return getattr(interop, name)
    raise AttributeError("module 'lua2py' has no attribute %r" % name)

"""The optional compiled accelerators: the coroutine library's hot paths
(runtime/coroutine/_lcoroutine.pyx), table reads through __index chains
(runtime/core/_ltable.pyx) and the front end's lexer and parser
(Cython compiles transpiler/frontend/lexer.py and parser.py themselves into
_clexer and _cparser, typed by the .pxd files beside them) and the compiler's
analysis and code generation (each module listed in transpiler/twins.py,
compiled unchanged into the `_compiled/` directory beside it).

Everything else about the package is in pyproject.toml.  The extensions are built
when Cython and a C compiler are available (pip installs Cython for the build,
see [build-system] in pyproject.toml); when the build is impossible the package
installs without them and the pure Python modules (runtime/coroutine/lcoroutine.py,
the reference implementation; transpiler/frontend/lexer.py and parser.py) do all
the work.  In a source checkout build them in place with

    python setup.py build_ext --inplace

(the .so files land beside their sources, where lua2py finds them); `pip install -e .`
does the same.  LUA2PY_PURE=1 at run time ignores built accelerators.
"""
import os
import runpy
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext


def _warn(msg):
    sys.stderr.write("lua2py: %s; that part stays pure Python\n" % msg)


class OptionalBuildExt(build_ext):
    """build_ext that reports a failed build instead of failing the install."""

    def run(self):
        self.failed = set()
        try:
            super().run()
        except Exception as e:  # no compiler, no Python headers ...
            _warn("cannot build the compiled accelerator (%s: %s)" % (e.__class__.__name__, e))

    def build_extension(self, ext):
        try:
            super().build_extension(ext)
        except Exception as e:
            self.failed.add(ext.name)
            _warn("cannot build %s (%s: %s)" % (ext.name, e.__class__.__name__, e))

    def copy_extensions_to_source(self):
        # --inplace: only what was built
        built = self.extensions
        self.extensions = [ext for ext in built if ext.name not in self.failed]
        try:
            super().copy_extensions_to_source()
        finally:
            self.extensions = built


def extensions():
    if sys.implementation.name != "cpython":
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        _warn("Cython is not installed")
        return []
    from setuptools import Extension

    # compiled twins of pure modules: the pure source, typed by the .pxd beside
    # it; the lexer reads no index out of range (a sentinel follows the source)
    twin = {"boundscheck": False}
    sources = []  # (extension, Cython directives, name installed as)
    if sys.version_info >= (3, 10):  # it needs PyIter_Send
        sources.append((Extension("lua2py.runtime.coroutine._lcoroutine",
                                  ["runtime/coroutine/_lcoroutine.pyx"]), {}, None))
    else:
        _warn("the compiled coroutine core needs Python 3.10 or later")
    # table reads through __index chains (table.method, LuaTable.__missing__)
    sources.append((Extension("lua2py.runtime.core._ltable", ["runtime/core/_ltable.pyx"]), {}, None))
    sources += [
        # Cython finds a module's .pxd by its dotted name from the checkout's root
        (Extension("transpiler.frontend._clexer", ["transpiler/frontend/lexer.py"]), twin,
         "lua2py.transpiler.frontend._clexer"),
        (Extension("transpiler.frontend._cparser", ["transpiler/frontend/parser.py"]), {},
         "lua2py.transpiler.frontend._cparser"),
    ]
    # the analysis' and code generation's twins: each module as it is, in _compiled/ beside it
    twins = runpy.run_path(os.path.join("transpiler", "twins.py"))
    for package, names in twins["TWINS"].items():
        for name in names:
            dotted = "transpiler.%s.%s.%s" % (package, twins["COMPILED_DIR"], name)
            sources.append((Extension(dotted, ["transpiler/%s/%s.py" % (package, name)]), {}, "lua2py." + dotted))
    built = []
    for ext, directives, name in sources:
        try:
            exts = cythonize([ext], quiet=True, compiler_directives=directives)
        except Exception as e:
            _warn("cannot cythonize %s (%s: %s)" % (ext.sources[0], e.__class__.__name__, e))
            continue
        for ext in exts:
            ext.name = name or ext.name
        built += exts
    return built


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})

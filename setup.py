"""The optional compiled accelerator of the coroutine library (runtime/coroutine/_lcoroutine.pyx).

Everything else about the package is in pyproject.toml.  The extension is built
when Cython and a C compiler are available (pip installs Cython for the build,
see [build-system] in pyproject.toml); when the build is impossible the package
installs without it and runtime/coroutine/lcoroutine.py, the reference implementation,
does all the work.  In a source checkout build it in place with

    python setup.py build_ext --inplace

(the .so lands in runtime/coroutine/, where lua2py.runtime.coroutine is found); `pip install -e .`
does the same.  LUA2PY_PURE=1 at run time ignores a built accelerator.
"""
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext


def _warn(msg):
    sys.stderr.write("lua2py: %s; the coroutine library stays pure Python\n" % msg)


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
    if sys.version_info < (3, 10):  # it needs PyIter_Send
        _warn("the compiled accelerator needs Python 3.10 or later")
        return []
    if sys.implementation.name != "cpython":
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        _warn("Cython is not installed")
        return []
    from setuptools import Extension

    ext = Extension("lua2py.runtime.coroutine._lcoroutine", ["runtime/coroutine/_lcoroutine.pyx"])
    try:
        return cythonize([ext], quiet=True)
    except Exception as e:
        _warn("cannot cythonize runtime/coroutine/_lcoroutine.pyx (%s: %s)" % (e.__class__.__name__, e))
        return []


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})

"""Compiled twins of the compiler's passes: analysis and code generation.

The modules listed here are complete pure Python.  setup.py also compiles each
one, unchanged, with Cython (pure-Python mode, no type declarations) into a
`_compiled/` directory beside it (`transpiler/codegen/_compiled/core.*.so` is
`core.py`'s twin): 10-15% off a conversion's CPU time, the same text and code
objects (tests/test_twins.py compares the two on the corpus).  A package puts
its `_compiled/` directory first on its `__path__` (`use_compiled`), so its
modules import their compiled twins by their own names, when every twin was
built from the current source (built after the last change of its `.py`: an
in-place build not redone means the pure modules, all of them) and
LUA2PY_PURE is unset (read once, at import).

This module imports nothing of lua2py: setup.py reads the lists from it.
"""
import os
from importlib.machinery import EXTENSION_SUFFIXES

# the modules with a compiled twin, by package (codegen/cymode.py, --cython's, is cold: none)
TWINS = {
    "analysis": ("model", "scope", "syntax", "typeinfer"),
    "codegen": ("arith", "assign", "blocks", "calls", "compare", "control", "core", "floatloops",
                "functions", "library", "module", "names", "pyast", "tables", "unparse"),
}

COMPILED_DIR = "_compiled"


def pure_requested():
    return os.environ.get("LUA2PY_PURE", "") not in ("", "0")


# A twin is current when it was built after its source's last change.  An install (pip
# writing a wheel's files in its archive's order) stamps every file with the moment it was
# written, a twin sometimes a few milliseconds before its source: within this many
# seconds the two count as written together (an edit after a build comes later than that).
INSTALL_SLACK = 2.0


def built_after(built_path, source_path):
    """Was built_path made from source_path's current text (see INSTALL_SLACK)?"""
    return os.path.getmtime(built_path) + INSTALL_SLACK >= os.path.getmtime(source_path)


def built_twins(package_dir, names):
    """{name: path of its built twin} of the twins built from the current source."""
    cdir = os.path.join(package_dir, COMPILED_DIR)
    try:
        listing = set(os.listdir(cdir))
    except OSError:
        return {}
    found = {}
    for name in names:
        for suffix in EXTENSION_SUFFIXES:
            if name + suffix in listing:
                path = os.path.join(cdir, name + suffix)
                try:
                    if built_after(path, os.path.join(package_dir, name + ".py")):
                        found[name] = path
                except OSError:
                    pass
                break
    return found


def use_compiled(package_path, package):
    """Put the package's compiled twins first on its __path__ (package_path) when all
    of them are built and current and LUA2PY_PURE is unset: "compiled", else "pure"."""
    if pure_requested():
        return "pure"
    package_dir = package_path[0]
    names = TWINS[package]
    if len(built_twins(package_dir, names)) < len(names):
        return "pure"
    package_path.insert(0, os.path.join(package_dir, COMPILED_DIR))
    return "compiled"

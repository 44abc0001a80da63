"""Loading a compiled twin (a Cython accelerator beside its pure Python module, as
CPython's _heapq beside heapq): the coroutine library's _lcoroutine, the tables' _ltable."""
import importlib
import os

from .frames import runtime_module

runtime_module(__file__)


def load_accelerator(name, package, api):
    """The compiled module `name` of `package`, or None: LUA2PY_PURE set, not built (it is
    optional: built only where Cython and a C compiler were), or built from another version
    of its .pyx (an in-place build not redone after an edit: its API number differs)."""
    if os.environ.get("LUA2PY_PURE", "") not in ("", "0"):
        return None
    try:
        mod = importlib.import_module("." + name, package)
    except ImportError:
        return None
    return mod if getattr(mod, "API", None) == api else None

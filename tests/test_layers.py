"""The layers of the runtime and of the compiler (docs/architecture.md): imports only go down.

    runtime:    core < support < coroutine < stdlib < net, clib
    transpiler: frontend < analysis < codegen < __init__.py (the pipeline); it may read the
                runtime (chunk names, library guards, format kinds), never the reverse

Every runtime module is parsed with `ast` (nothing is imported).  A module may import
from its own layer and the layers below it; runtime/prelude.py (the interface of
generated code) and stdlib/linit.py (which opens every library, net's and clib's
included) may import from any layer.  Nothing in the runtime imports the rest of lua2py
(the compiler is reached through core.compilehook).  Imports inside functions are kept
for modules that are slow to import or optional, listed below; and every module
registers its frames (core/frames.py), which error levels depend on.
"""
import ast
from pathlib import Path

import pytest

RUNTIME = Path(__file__).resolve().parent.parent / "runtime"
LAYERS = ["core", "support", "coroutine", "stdlib", "net", "clib"]
RANK = {"core": 0, "support": 1, "coroutine": 2, "stdlib": 3, "net": 4, "clib": 4}
IMPORT_ANYTHING = {"prelude.py", "stdlib/linit.py"}

# function-level imports allowed, and why: slow to import and rarely needed, or optional
LAZY_OK = {
    "asyncio": "slow to import; only under a running loop",
    "ssl": "slow to import; only for https",
    "ctypes": "slow to import; a few C calls",
    "ctypes.util": "(with ctypes)",
    "subprocess": "slow to import; only io.popen",
    "tempfile": "slow to import (shutil, random, bz2, lzma); only io.tmpfile",
    "base64": "slow to import (re, struct); only to decode a written module's packed maps or source",
    "re": "slow to import (enum): numerals read from strings, patterns on the re fast path, debug names",
    "dis": "slow to import; only an error's dead temporaries, debug.getinfo's istailcall, co_lines on Python 3.9 (PyPy)",
    "_lcoroutine": "the optional compiled accelerator",
    "_ltable": "the optional compiled accelerator of table reads",
    "__pypy__": "PyPy only: locals_to_fast (CPython's is through ctypes)",
    "hashlib": "OpenSSL's start-up; only to name a converted module's compiled twin (--cython)",
    "interop": "the Python boundary's conversions (1 M instructions of start-up); only require \"py:NAME\"",
    "zlib": "an extension module (0.7 M instructions of start-up): packed maps and sources of converted modules, a string key's place in a table layout",
    "struct": "1 M instructions of start-up (struct.py and _struct): string.pack's floats, socket options linger",
    "lhooks": "debug.sethook/gethook's hooks (0.5 M instructions of start-up); only when a hook is set or asked for",
}


def _modules():
    return sorted(p for p in RUNTIME.rglob("*.py") if "__pycache__" not in p.parts)


def _rel(p):
    return p.relative_to(RUNTIME).as_posix()


def _package(p):
    """Dotted package of a runtime file, relative to runtime ('' for runtime/ itself)."""
    return ".".join(p.relative_to(RUNTIME).parent.parts)


def _target(p, node):
    """The runtime-relative dotted module a `from` import names, or None when outside the runtime;
    ('lua2py', name) for imports of lua2py outside the runtime."""
    if node.level == 0:
        mod = node.module or ""
        if mod == "lua2py.runtime" or mod.startswith("lua2py.runtime."):
            return mod[len("lua2py.runtime."):] if mod != "lua2py.runtime" else ""
        if mod == "lua2py" or mod.startswith("lua2py."):
            return ("lua2py", mod)
        return None
    parts = _package(p).split(".") if _package(p) else []
    up = node.level - 1
    if up > len(parts):
        return ("lua2py", "." * node.level + (node.module or ""))  # above runtime/
    base = parts[:len(parts) - up]
    return ".".join(base + ([node.module] if node.module else []))


def _layer(dotted):
    return dotted.split(".")[0] if dotted else ""


def _imports(p):
    tree = ast.parse(p.read_text(), str(p))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            t = _target(p, node)
            if t is None:
                continue
            if isinstance(t, tuple):
                yield node, t, None
                continue
            # `from ..core import ops` names modules of a package
            names = [t + "." + a.name if t else a.name for a in node.names] if node.module is None or t in LAYERS else [t]
            for n in names:
                yield node, n, None
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name == "lua2py" or a.name.startswith("lua2py."):
                    yield node, ("lua2py", a.name), None


def _upward(p):
    rel = _rel(p)
    own = rel.split("/")[0] if "/" in rel else None
    anything = rel in IMPORT_ANYTHING or own is None
    bad = []
    for node, target, _ in _imports(p):
        if isinstance(target, tuple):
            bad.append("%s:%d imports %s (outside the runtime)" % (rel, node.lineno, target[1]))
            continue
        if anything:
            continue
        layer = _layer(target)
        if layer in RANK and RANK[layer] > RANK[own]:
            bad.append("%s:%d imports %s (layer %s is above %s)" % (rel, node.lineno, target, layer, own))
        if layer == "prelude":
            bad.append("%s:%d imports the prelude" % (rel, node.lineno))
    return bad


def test_layers_are_known():
    """Every runtime file sits in one of the layers (or is the prelude / a package marker)."""
    for p in _modules():
        rel = _rel(p)
        assert "/" not in rel and rel in ("prelude.py", "__init__.py") or rel.split("/")[0] in RANK, rel


@pytest.mark.parametrize("path", _modules(), ids=_rel)
def test_imports_go_down(path):
    assert _upward(path) == []


def test_function_level_imports():
    """Imports inside function bodies hide cycles; only slow or optional modules are imported late."""
    found = []
    for p in _modules():
        tree = ast.parse(p.read_text(), str(p))
        for fn in ast.walk(tree):
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(fn):
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom):
                    names = [node.module or a.name for a in node.names] if node.level == 0 else [
                        a.name if node.module is None else node.module.split(".")[-1] for a in node.names]
                else:
                    continue
                for n in names:
                    if n not in LAZY_OK:
                        found.append("%s:%d: %s" % (_rel(p), node.lineno, n))
    assert found == []


def test_every_module_registers_its_frames():
    """core/frames.py's registry: error levels count a module's frames only when it registered."""
    missing = []
    for p in _modules():
        if p.name == "__init__.py" or p.name == "prelude.py":
            continue
        tree = ast.parse(p.read_text(), str(p))
        calls = [n for n in tree.body if isinstance(n, ast.Expr) and isinstance(n.value, ast.Call)
                 and getattr(n.value.func, "id", None) in ("runtime_module", "transparent_module")
                 and [getattr(a, "id", None) for a in n.value.args] == ["__file__"]]
        if not calls:
            missing.append(_rel(p))
    assert missing == []


def test_the_checker_sees_upward_imports(tmp_path, monkeypatch):
    """The checks above can fail: upward imports and imports of the compiler are reported."""
    monkeypatch.setitem(globals(), "RUNTIME", tmp_path / "runtime")
    core = tmp_path / "runtime" / "core"
    core.mkdir(parents=True)
    f = core / "x.py"
    f.write_text("from ..stdlib import lbase\nfrom ...transpiler import compile_lua\nfrom .ops import index\n"
                 "from ..support.loops import forin\nimport lua2py.cache\n")
    bad = _upward(f)
    assert len(bad) == 4, bad
    assert "layer stdlib is above core" in bad[0] and "outside the runtime" in bad[1]
    assert "layer support is above core" in bad[2] and "lua2py.cache" in bad[3]
    prelude = tmp_path / "runtime" / "prelude.py"
    prelude.write_text("from .net import lcopas\nfrom ..transpiler import compile_lua\n")
    assert len(_upward(prelude)) == 1


# ---------------------------------------------------------------- the compiler

TRANSPILER = Path(__file__).resolve().parent.parent / "transpiler"
STAGES = {"frontend": 0, "analysis": 1, "codegen": 2}
# modules of transpiler/ beside the stages, below all of them: they import nothing of lua2py
HELPERS = {"twins.py": "which compiled twins the stages use (setup.py reads its lists)"}


def _transpiler_modules():
    return sorted(p for p in TRANSPILER.rglob("*.py") if "__pycache__" not in p.parts)


def _transpiler_targets(p):
    """(line, what) for each import of lua2py code: ('transpiler', stage), ('runtime', layer) or
    ('lua2py', module) for the rest of lua2py (the CLI, the cache)."""
    rel = p.relative_to(TRANSPILER)
    parts = list(rel.parent.parts)
    tree = ast.parse(p.read_text(), str(p))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            up = node.level - 1
            if up > len(parts):
                mod = (node.module or "").split(".")
                if mod[0] == "runtime":
                    yield node.lineno, ("runtime", mod[1] if len(mod) > 1 else "")
                else:
                    yield node.lineno, ("lua2py", node.module or ", ".join(a.name for a in node.names))
                continue
            base = parts[:len(parts) - up] + ((node.module or "").split(".") if node.module else [])
            if base:
                yield node.lineno, ("transpiler", base[0])
            else:  # `from . import x` at the top: the stages named
                for a in node.names:
                    yield node.lineno, ("transpiler", a.name)
        elif isinstance(node, (ast.ImportFrom, ast.Import)):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
            for n in names:
                if n.startswith("lua2py.runtime"):
                    yield node.lineno, ("runtime", n.split(".")[2] if n.count(".") >= 2 else "")
                elif n.startswith("lua2py.transpiler"):
                    yield node.lineno, ("transpiler", n.split(".")[2] if n.count(".") >= 2 else "")
                elif n == "lua2py" or n.startswith("lua2py."):
                    yield node.lineno, ("lua2py", n)


def _transpiler_upward(p):
    rel = p.relative_to(TRANSPILER).as_posix()
    own = rel.split("/")[0] if "/" in rel else None  # None: transpiler/__init__.py, the pipeline
    bad = []
    for line, (kind, what) in _transpiler_targets(p):
        if kind == "lua2py":
            bad.append("%s:%d imports %s (the compiler does not reach the CLI or the cache)" % (rel, line, what))
        elif kind == "runtime":
            if what == "prelude":
                bad.append("%s:%d imports the prelude" % (rel, line))
        elif own is not None and what in STAGES and STAGES[what] > STAGES[own]:
            bad.append("%s:%d imports %s (stage %s comes after %s)" % (rel, line, what, what, own))
    return bad


def test_transpiler_stages_are_known():
    for p in _transpiler_modules():
        rel = p.relative_to(TRANSPILER).as_posix()
        assert rel == "__init__.py" or rel in HELPERS or rel.split("/")[0] in STAGES, rel


@pytest.mark.parametrize("helper", sorted(HELPERS))
def test_transpiler_helpers_import_nothing_of_lua2py(helper):
    assert list(_transpiler_targets(TRANSPILER / helper)) == []


@pytest.mark.parametrize("path", _transpiler_modules(), ids=lambda p: p.relative_to(TRANSPILER).as_posix())
def test_transpiler_imports_go_down(path):
    assert _transpiler_upward(path) == []


def test_the_checker_sees_upward_imports_in_the_compiler(tmp_path, monkeypatch):
    monkeypatch.setitem(globals(), "TRANSPILER", tmp_path / "transpiler")
    front = tmp_path / "transpiler" / "frontend"
    front.mkdir(parents=True)
    f = front / "x.py"
    f.write_text("from ..codegen import generate\nfrom ..analysis.scope import Resolver\n"
                 "from ...runtime.core.errors import LuaError\nfrom ... import cache\n"
                 "import lua2py.cli\nfrom .lexer import Lexer\n")
    bad = _transpiler_upward(f)
    assert len(bad) == 4, bad
    assert "codegen" in bad[0] and "analysis" in bad[1] and "imports cache" in bad[2] and "lua2py.cli" in bad[3]

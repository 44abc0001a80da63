"""luaparser's `astnodes` (the tree the passes consume), imported without running the
antlr4 package's `__init__`.

astnodes needs one name of antlr4, `antlr4.Token.CommonToken` (nodes built from ANTLR
tokens; the front end builds none), but importing `antlr4.Token` first runs
`antlr4/__init__.py`, which imports the whole ANTLR runtime: 15-40 ms of every process
that compiles Lua (a fresh `load` among them).  So while astnodes is imported the
`antlr4` package is a placeholder module (its spec, not executed) and only
`antlr4/Token.py` runs; then the placeholder goes.  `antlr4.Token` stays in
sys.modules: a later `import antlr4` runs the real `__init__`, whose
`from antlr4.Token import ...` finds that module, so the ANTLR runtime is the same
as if imported first.  When antlr4 or astnodes is already imported, or the package
cannot be found this way, this is the plain import.
"""
import sys


def _import_astnodes():
    if "luaparser.astnodes" in sys.modules or "antlr4" in sys.modules:
        from luaparser import astnodes

        return astnodes
    from importlib.machinery import PathFinder
    from importlib.util import module_from_spec

    spec = PathFinder.find_spec("antlr4")
    if spec is None or not spec.submodule_search_locations:
        from luaparser import astnodes

        return astnodes
    placeholder = module_from_spec(spec)
    sys.modules["antlr4"] = placeholder
    try:
        from luaparser import astnodes
    finally:
        if sys.modules.get("antlr4") is placeholder:
            del sys.modules["antlr4"]
    return astnodes


astnodes = _import_astnodes()

"""The fast writer of converted modules (transpiler/codegen/unparse.py) against
ast's unparser (module._PositionUnparser), which it replaces in `lua2py convert`.

For the codegen snapshots, benchmarks, samples and a third of the golden
programs, built with generator versions: the same text, and the same positions noted
for the same nodes in the same order (they become the written module's line
and site maps).  Nodes are compared by class and Lua position, since both
writers make their own copy of a negative constant (written as `-` and its
absolute value).
"""
import ast
from pathlib import Path

import pytest
from lua2py.transpiler import LuaSyntaxError, lua_to_ast
from lua2py.transpiler.codegen.module import _slow_unparse, module_source, position_maps
from lua2py.transpiler.codegen.unparse import Unsupported, expr_text, unparse

ROOT = Path(__file__).resolve().parent.parent
# the codegen snapshots, benchmarks and samples, and every third golden program (the
# whole of it, 1,700 modules through ast's slow writer, takes minutes)
CORPUS = sorted(
    p for pattern in ("tests/codegen/*.lua", "benchmarks/**/*.lua", "samples/**/*.lua")
    for p in ROOT.glob(pattern)) + sorted(ROOT.glob("tests/golden/**/*.lua"))[::3]


def _key(rec):
    n = rec[0]
    return (n.__class__.__name__, getattr(n, "lineno", None), getattr(n, "col_offset", None), *rec[1:])


def _trees(path):
    # with generator versions: the plain code, and the generator versions' shapes
    src = path.read_bytes().decode("latin-1")
    try:
        yield lua_to_ast(src, "@" + path.name, gens=True, main_gen=True)[0]
    except (LuaSyntaxError, RecursionError):
        return


def test_corpus_is_there():
    assert len(CORPUS) > 150


@pytest.mark.parametrize("group", range(8))
def test_same_text_and_positions(group):
    checked = 0
    for path in CORPUS[group::8]:
        for tree in _trees(path):
            text, positions = unparse(tree, full=True)
            old_text, old_positions = _slow_unparse(tree)
            assert text == old_text, path
            assert [_key(r) for r in positions] == [_key(r) for r in old_positions], path
            # what module_source notes (statements and sites) gives the same text and maps
            short_text, short_positions = unparse(tree)
            assert short_text == old_text, path
            assert position_maps(short_positions) == position_maps(old_positions), path
            checked += 1
    assert checked > 0


SHAPES = [
    "x = (a := b + 1) ** -2",
    "f(*a, k=-1, **kw)[1:2, ::3]",
    "x = {1: 2, **d}, {*()}, {a, b}, [c, -0.0]",
    "x = (lambda a, *b, c=-1, **d: a if b else (yield))",
    "x = not a or b and (c or d) and e and f and g and h and i and j and k and l and m",
    "del a[0], b.c\nassert x, 'm'\nglobal g\nimport a.b as c, d\nfrom ..m import (x as y)",
    "with a as b, c:\n    pass\nfor i in x:\n    break\nelse:\n    continue",
    "try:\n    raise E from c\nexcept (A, B) as e:\n    raise\nelse:\n    x += 1\nfinally:\n    x //= -2",
    "while -1 .real < 2 ** -1:\n    x = 'é' + f'{a!r:>{w}}' + 1e400 * -1e400",
    "if a:\n    pass\nelif b:\n    x = 1\nelif c:\n    pass\nelse:\n    y = -x",
    "def f(a, /, b=1, *, c, d=-2):\n    return\n\ndef g(*a):\n    nonlocal q\n    x = 3 .bit_length()",
]


@pytest.mark.parametrize("code", SHAPES)
def test_shapes_read_back(code):
    # shapes beyond the corpus: the same text as ast's unparser, which reads back as the tree
    tree = ast.parse(code)
    for node in ast.walk(tree):
        if "lineno" in node._attributes:
            node.col_offset = 7   # a site: noted in the site map
    text, positions = unparse(tree, full=True)
    old_text, old_positions = _slow_unparse(tree)
    assert text == old_text
    assert [_key(r) for r in positions] == [_key(r) for r in old_positions]
    assert position_maps(unparse(tree)[1]) == position_maps(old_positions)
    assert ast.dump(ast.parse(text)) == ast.dump(ast.parse(code))


@pytest.mark.parametrize("code", ["def f():\n    'doc'", "@d\ndef f():\n    pass", "x = [a for a in b]"])
def test_unknown_shapes_fall_back(code):
    with pytest.raises(Unsupported):
        unparse(ast.parse(code))


def test_registration_constants():
    for value in ((("upvalue 'x'",), -1, 2.5, None, True), ("a",), ()):
        node = ast.Constant(value)
        assert expr_text(node) == ast.unparse(node)
    node = ast.Tuple(elts=[ast.Constant("s"), ast.Constant(-3)], ctx=ast.Load())
    assert expr_text(node) == ast.unparse(node)


def test_module_source_is_the_slow_writers(monkeypatch):
    # the whole written module (maps included) is what ast's unparser gives
    from lua2py.transpiler.codegen import module

    src = (ROOT / "tests/codegen/tables.lua").read_bytes().decode("latin-1")
    fast = module_source(lua_to_ast(src, "@tables.lua", gens=False, main_gen=False)[0], (src, "@tables.lua"))

    def refuse(tree):
        raise Unsupported("test")

    monkeypatch.setattr(module, "unparse", refuse)
    slow = module_source(lua_to_ast(src, "@tables.lua", gens=False, main_gen=False)[0], (src, "@tables.lua"))
    assert fast == slow


# `lua2py convert` writes a module a statement of the main chunk at a time
# (module.streamed_source): the same text as the module built whole
STREAMED = sorted(ROOT.glob("tests/codegen/*.lua")) + sorted(ROOT.glob("tests/golden/**/*.lua"))[1::4]
WIDE = "\n".join(
    f't{i} = {{}}\ns{i} = "h\u00e9llo\u20ac{i}" .. tostring(t{i}.x and t{i}.y.z) .. "\u00fc"\n'
    f'function f{i}(a) return a.b.c + "\u00e9" end' for i in range(40)).encode("utf-8").decode("latin-1")


def _streamed_and_whole(src, chunkname):
    from lua2py.transpiler import _streamed_source

    try:
        whole = module_source(lua_to_ast(src, chunkname, gens=False, main_gen=False)[0], (src, chunkname))
    except (LuaSyntaxError, RecursionError):
        return None, None
    return _streamed_source(src, chunkname), whole


@pytest.mark.parametrize("group", range(4))
def test_streamed_module_is_the_whole_ones(group):
    streamed = 0
    for path in STREAMED[group::4]:
        text, whole = _streamed_and_whole(path.read_bytes().decode("latin-1"), "@" + path.name)
        if text is not None:
            assert text == whole, path
            streamed += 1
    assert streamed > 20


def test_streamed_module_wide_lines_and_fallbacks():
    # columns in UTF-8 bytes on lines that are not ASCII
    text, whole = _streamed_and_whole(WIDE, "@wide.lua")
    assert text is not None and text == whole
    # a main chunk with labels, a <close> local or an assignment to _ENV is built whole
    for src in ("goto a ::a:: print(1)", "local x <close> = nil print(1)", "_ENV = {print = print}"):
        text, whole = _streamed_and_whole(src, "=s")
        assert text is None and whole is not None

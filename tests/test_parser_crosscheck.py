"""The front end's tree against luaparser's own (ANTLR) parser and builder.

transpiler/frontend builds luaparser's ``astnodes`` itself (a port of
lparser.c); the passes were written against the trees luaparser's ANTLR
builder makes.  This compares the two on whole programs: node classes, the
order of each node's fields, every field's value (literal values included:
the reference takes them from luaparser's tokens through the lexer's port,
as the front end did when it used ANTLR) and the lines of every node's
first and last token.  Each program is compared as written and with one
token per line, where a line number tells exactly which token a node
starts or ends at.  Both builds of the front end are compared (the pure one,
and the compiled one when it is built).

Comments are not compared (the front end attaches none; no pass reads them).
Known differences, where luaparser's tree is not the program: the calls that
follow a method call on a parenthesised receiver, ``(f):m()()``, are missing
from luaparser's tree (``_drops_calls``); such programs are compared only
after checking that this is their one difference.

The golden programs, benchmarks and samples run by default.  Real-world
files run with LUA2PY_CROSSCHECK=all (ANTLR takes a minute or more on
large files): the .lua files of Debian's Lua packages (/usr/share/lua/5.x)
and, when LUA2PY_THIRD_PARTY names a directory holding checkouts of tl,
Penlight and Fennel, tl.lua, Penlight's lua/ and Fennel's *.lua.  Files
lua5.4 itself refuses are left out (``luac5.4 -p``), after checking that the
front end refuses them with luac's message.
"""
import math
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

antlr4 = pytest.importorskip("antlr4")
from antlr4 import CommonTokenStream, InputStream, Token
from antlr4.error.ErrorListener import ErrorListener
from antlr4.error.ErrorStrategy import BailErrorStrategy
from lua2py.transpiler import frontend
from lua2py.transpiler.frontend import LuaSyntaxError
from lua2py.transpiler.frontend.lexer import Lexer, str2number
from luaparser import astnodes as A
from luaparser.builder import BuilderVisitor
from luaparser.parser.LuaLexer import LuaLexer
from luaparser.parser.LuaParser import LuaParser

ROOT = Path(__file__).resolve().parent.parent
LUAC = shutil.which("luac5.4")
ALL = os.environ.get("LUA2PY_CROSSCHECK", "") == "all"
THIRD_PARTY = os.environ.get("LUA2PY_THIRD_PARTY", "")


# -- the reference: luaparser's ANTLR parser and builder ---------------------------

class _Bail(ErrorListener):
    def syntaxError(self, recognizer, offendingSymbol, line, column, msg, e):
        raise ValueError(f"luaparser: line {line}:{column}: {msg}")


class _Builder(BuilderVisitor):
    """luaparser's builder, with lua5.4's literal values (as the front end
    had them when it built with ANTLR)."""

    def visitNumber(self, ctx):
        node = A.Number(str2number(ctx.start.text))
        node.first_token = node.last_token = ctx.start
        return node

    def visitString(self, ctx):
        tok = ctx.start
        text = tok.text
        if text[0] == '"':
            raw, delim = text[1:-1], A.StringDelimiter.DOUBLE_QUOTE
        elif text[0] == "'":
            raw, delim = text[1:-1], A.StringDelimiter.SINGLE_QUOTE
        else:
            level = text.index("[", 1) + 1
            raw, delim = text[level:-level], A.StringDelimiter.DOUBLE_SQUARE
        lx = Lexer(text, "literal")
        lx.scan()
        node = A.String(lx.vals[0][0], raw, delim)
        node.first_token = node.last_token = tok
        return node


def antlr_tree(src):
    lexer = LuaLexer(InputStream(src))
    lexer.removeErrorListeners()
    lexer.addErrorListener(_Bail())
    stream = CommonTokenStream(lexer, channel=Token.DEFAULT_CHANNEL)
    parser = LuaParser(stream)
    parser.removeErrorListeners()
    parser.addErrorListener(_Bail())
    parser._errHandler = BailErrorStrategy()
    return _Builder(stream).visit(parser.start_())


def one_token_per_line(src):
    lexer = LuaLexer(InputStream(src))
    lexer.removeErrorListeners()
    return "\n".join(t.text for t in lexer.getAllTokens() if t.channel == Token.DEFAULT_CHANNEL)


def _deep(fn, *args):
    """ANTLR and the builder recurse deeply: run in a thread with a big stack."""
    out = {}

    def run():
        try:
            out["value"] = fn(*args)
        except BaseException as e:
            out["error"] = e

    old_size, old_limit = threading.stack_size(), sys.getrecursionlimit()
    threading.stack_size(512 * 1024 * 1024)
    sys.setrecursionlimit(max(old_limit, 200000))
    try:
        t = threading.Thread(target=run)
        t.start()
        t.join()
    finally:
        threading.stack_size(old_size)
        sys.setrecursionlimit(old_limit)
    if "error" in out:
        raise out["error"]
    return out["value"]


# -- comparison ---------------------------------------------------------------------

def _line(tok):
    return None if tok is None else tok.line


def _same(a, b):
    if type(a) is not type(b):
        return False
    if type(a) is float:
        if math.isnan(a):
            return math.isnan(b)
        return a == b and math.copysign(1, a) == math.copysign(1, b)
    return a == b


def difference(ref, new, path="chunk"):
    """The first difference between luaparser's tree and the front end's, or None."""
    if isinstance(ref, A.Node) or isinstance(new, A.Node):
        if type(ref) is not type(new):
            return f"{path}: {type(ref).__name__} vs {type(new).__name__}"
        dr, dn = ref.__dict__, new.__dict__
        # (lua_line: the line lua5.4 gives an operation, which luaparser does not keep)
        keys = [k for k in dr if k != "comments"]
        if keys != [k for k in dn if k not in ("comments", "lua_line")]:
            return "{}: fields {} vs {}".format(path, keys, [k for k in dn if k != "comments"])
        for k in keys:
            if k in ("_first_token", "_last_token"):
                if _line(dr[k]) != _line(dn[k]):
                    return f"{path}.{k}: line {_line(dr[k])} vs {_line(dn[k])}"
                continue
            d = difference(dr[k], dn[k], f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(ref, list) or isinstance(new, list):
        if not (isinstance(ref, list) and isinstance(new, list)) or len(ref) != len(new):
            return f"{path}: {ref!r} vs {new!r}"
        for i, (x, y) in enumerate(zip(ref, new)):
            d = difference(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    return None if _same(ref, new) else f"{path}: {ref!r} vs {new!r}"


def _drops_calls(node):
    """The front end's tree with the calls luaparser loses (after a method
    call on a parenthesised receiver) taken out, or None if it has none."""
    changed = False

    def strip(n):
        nonlocal changed
        if isinstance(n, list):
            return [strip(x) for x in n]
        if not isinstance(n, A.Node):
            return n
        if isinstance(n, A.Call):
            inner = n.func
            while isinstance(inner, A.Call):
                inner = inner.func
            if isinstance(inner, A.Invoke) and inner.source.wrapped:
                changed = True
                if n.wrapped:  # luaparser marks (and positions) the Invoke instead
                    inner.wrapped = True
                    inner._first_token, inner._last_token = n._first_token, n._last_token
                return strip(inner)
        for k, v in list(n.__dict__.items()):
            if k not in ("_first_token", "_last_token", "comments"):
                n.__dict__[k] = strip(v)
        return n

    node = strip(node)
    return node if changed else None


# -- the corpus ---------------------------------------------------------------------

def _golden():
    files = []
    for d in ("tests/golden", "benchmarks", "samples"):
        files += sorted((ROOT / d).rglob("*.lua"))
    return files


def _real_world():
    files = []
    for v in ("5.1", "5.2", "5.3", "5.4"):
        files += sorted(Path("/usr/share/lua", v).rglob("*.lua"))
    if THIRD_PARTY:
        top = Path(THIRD_PARTY)
        files += [top / "tl" / "tl.lua"] if (top / "tl" / "tl.lua").exists() else []
        files += sorted((top / "Penlight" / "lua").rglob("*.lua"))
        files += sorted((top / "Fennel").glob("*.lua"))
    return files


def _implementations():
    names = ["pure"]
    if frontend.implementation("compiled") is not None:
        names.append("compiled")
    return names


def _luac_error(path):
    """luac5.4's message for a file it refuses, else None."""
    proc = subprocess.run([LUAC, "-p", str(path)], capture_output=True, check=False)
    if proc.returncode == 0:
        return None
    msg = proc.stderr.decode("latin-1").strip()
    return msg[len(LUAC) + 2:] if msg.startswith(LUAC + ": ") else msg


def crosscheck(path):
    """Compare both trees of one file (as written, then one token per line)."""
    text = Path(path).read_bytes().decode("latin-1")
    refused = _luac_error(path) if LUAC else None
    if refused is not None:
        for impl in _implementations():
            with pytest.raises(LuaSyntaxError) as info:
                frontend.check_syntax(text, frontend.chunk_display_name(f"@{path}"),
                                      is_file=True, implementation=impl)
            assert str(info.value) == refused
        pytest.skip(f"lua5.4 refuses it: {refused}")
    src = frontend.prepare(text, True)
    for variant in (src, one_token_per_line(src)):
        ref = _deep(antlr_tree, variant)
        for impl in _implementations():
            new = frontend.parse_chunk(variant, "x", is_file=False, base_level=1,
                                       implementation=impl)
            d = difference(ref, new)
            if d:
                stripped = _drops_calls(new)
                assert stripped is not None, f"{path} ({impl} front end): {d}"
                d = difference(ref, stripped)
                assert d is None, f"{path} ({impl} front end, luaparser's lost calls taken out): {d}"


@pytest.mark.parametrize("path", _golden(), ids=lambda p: str(p.relative_to(ROOT)))
def test_golden_corpus(path):
    crosscheck(path)


REAL_WORLD = _real_world() if ALL else []


@pytest.mark.skipif(not ALL, reason="real-world files: set LUA2PY_CROSSCHECK=all")
@pytest.mark.skipif(ALL and not REAL_WORLD, reason="no real-world Lua files on this machine")
@pytest.mark.parametrize("path", REAL_WORLD or [None], ids=str)
def test_real_world(path):
    crosscheck(path)


# -- the comparison itself -------------------------------------------------------------

def test_difference_sees_lines_fields_and_values():
    a = frontend.parse_chunk("x = 1\ny = 'a'", "t", implementation="pure")
    b = frontend.parse_chunk("x = 1\n\ny = 'a'", "t", implementation="pure")
    assert difference(a, b) == "chunk._last_token: line 2 vs 3"
    c = frontend.parse_chunk("x = 1\ny = 'b'", "t", implementation="pure")
    assert difference(a, c) == "chunk.body.body[1].values[0].s: 'a' vs 'b'"
    d = frontend.parse_chunk("x = 1.0\ny = 'a'", "t", implementation="pure")
    assert difference(a, d) == "chunk.body.body[0].values[0].n: 1 vs 1.0"
    e = frontend.parse_chunk("x = 1\ny = 'a'", "t", implementation="pure")
    e.body.body[0].values[0].__dict__["extra"] = 1
    assert difference(a, e).startswith("chunk.body.body[0].values[0]: fields")


def test_luaparser_loses_calls_after_parenthesised_receiver():
    src = "(f):m()(1)"
    ref = antlr_tree(src)
    new = frontend.parse_chunk(src, "t", implementation="pure")
    stmt = new.body.body[0]
    assert isinstance(stmt, A.Call) and isinstance(stmt.func, A.Invoke)  # the program
    assert isinstance(ref.body.body[0], A.Invoke)  # luaparser's tree lost the call
    assert difference(ref, new) is not None
    assert difference(ref, _drops_calls(new)) is None

"""Front end: literal values, escapes, error messages (all verified against lua5.4 5.4.4)."""
import shutil
import subprocess

import pytest
from luaparser import ast as lp_ast
from luaparser import astnodes as N

from lua2py.transpiler.checks import check_chunk
from lua2py.transpiler.frontend import LuaSyntaxError, parse_chunk


def literals(src, **kw):
    chunk = parse_chunk(src, "t.lua", **kw)
    out = []
    for st in chunk.body.body:
        v = st.values[0]
        out.append(v.n if isinstance(v, N.Number) else v.s)
    return out


def value(src):
    return literals("x = " + src)[0]


def error_of(src, **kw):
    kw.setdefault("is_file", False)
    with pytest.raises(LuaSyntaxError) as info:
        chunk = parse_chunk(src, "t.lua", **kw)
        check_chunk(chunk, "t.lua")
    e = info.value
    assert str(e) == e.msg
    return e.msg


# -- numerals -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("0x1p4", 16.0), ("0xA.8p0", 10.5), ("0x.8", 0.5), ("0x1.", 1.0), ("0X1P-2", 0.25),
    ("9223372036854775807", 9223372036854775807),
    ("9223372036854775808", 9.2233720368547758e18),
    ("0xffffffffffffffff", -1), ("0x8000000000000000", -9223372036854775808),
    ("0x1ffffffffffffffff", -1),  # hex integers wrap
    ("010", 10), ("1e2", 100.0), ("3.", 3.0), (".5", 0.5), ("2E-3", 0.002),
    ("1e400", float("inf")), ("0x1p-1074", 5e-324),
])
def test_numerals(text, expected):
    v = value(text)
    assert v == expected and type(v) is type(expected)


def test_number_node_keeps_line():
    chunk = parse_chunk("\n\nx = 0x10", "t.lua")
    num = chunk.body.body[0].values[0]
    assert num.n == 16 and num.line == 3


# -- strings ----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (r"'\xff'", "\xff"), (r"'\200'", "\xc8"), (r"'\65\066\0677'", "ABC7"),
    ("'a\\z  \n\t  b'", "ab"),
    ("'a\\\nb'", "a\nb"), ("'a\\\r\nb'", "a\nb"), ("'a\\\n\rb'", "a\nb"),
    (r"'\u{48}\u{E9}'", "H\xc3\xa9"), (r"'\u{7FFFFFFF}'", "\xfd\xbf\xbf\xbf\xbf\xbf"),
    (r"""'\a\b\f\n\r\t\v\\\"\''""", "\a\b\f\n\r\t\v\\\"'"),
    ("[[\nfirst]]", "first"), ("[==[\n]]x]==]", "]]x"), ("[[\r\nx\r\ny\rz]]", "x\ny\nz"),
    ("'\xc3\xa9'", "\xc3\xa9"),  # UTF-8 source bytes stay two bytes
    (r"'a\0b'", "a\0b"),
])
def test_string_bytes(text, expected):
    v = value(text)
    assert v == expected and isinstance(v, str)


def test_string_node_in_call_args_has_line():
    chunk = parse_chunk("\nf 'x'", "t.lua")
    arg = chunk.body.body[0].args[0]
    assert arg.s == "x" and arg.line == 2


@pytest.mark.parametrize("text, msg", [
    (r"x = '\256'", r"t.lua:1: decimal escape too large near ''\256''"),
    (r"x = '\q'", r"t.lua:1: invalid escape sequence near ''\q'"),
    (r"x = '\xZZ'", r"t.lua:1: hexadecimal digit expected near ''\xZ'"),
    (r"x = '\u{80000000}'", r"t.lua:1: UTF-8 value too large near ''\u{80000000'"),
    (r"x = '\u123'", r"t.lua:1: missing '{' near ''\u1'"),
    (r"x = '\u{12'", r"t.lua:1: missing '}' near ''\u{12''"),
    ("x = \"abc\ny\"", "t.lua:1: unfinished string near '\"abc'"),
    ("x = 'abc", "t.lua:1: unfinished string near <eof>"),
    ("x = [[abc", "t.lua:1: unfinished long string (starting at line 1) near <eof>"),
    ("--[[abc", "t.lua:1: unfinished long comment (starting at line 1) near <eof>"),
    ("x = [=abc", "t.lua:1: invalid long string delimiter near '[='"),
    ("x = '\\z\n  \n", "t.lua:3: unfinished string near <eof>"),
])
def test_string_errors(text, msg):
    assert error_of(text) == msg


# -- syntax errors -------------------------------------------------------------------

@pytest.mark.parametrize("text, msg", [
    ("function f()\n x = 1\n", "t.lua:3: 'end' expected (to close 'function' at line 1) near <eof>"),
    ("x = 1 +", "t.lua:1: unexpected symbol near <eof>"),
    ("x = 3x", "t.lua:1: malformed number near '3x'"),
    ("x = 1.2.3", "t.lua:1: malformed number near '1.2.3'"),
    ("x = 0x", "t.lua:1: malformed number near '0x'"),
    ("x = (1\n\n+ 2 x", "t.lua:3: ')' expected (to close '(' at line 1) near 'x'"),
    ("local 1 = 2", "t.lua:1: <name> expected near '1'"),
    ("x y", "t.lua:1: syntax error near 'y'"),
    ("for i do end", "t.lua:1: '=' or 'in' expected near 'do'"),
    ("for a, b = 1, 2 do end", "t.lua:1: 'in' expected near '='"),
    ("if x then", "t.lua:1: 'end' expected near <eof>"),
    ("return 1 x", "t.lua:1: <eof> expected near 'x'"),
    ("x = {a 1}", "t.lua:1: '}' expected near '1'"),
    ("x = 1 'a\\0b'", "t.lua:1: unexpected symbol near ''a'"),
    ("x = \xc3\xa9", "t.lua:1: unexpected symbol near '<\\195>'"),
    ("a.b:c", "t.lua:1: function arguments expected near <eof>"),
    ("x = function(a, 1) end", "t.lua:1: <name> or '...' expected near '1'"),
    ("#!shebang\nx=1", "t.lua:1: unexpected symbol near '#'"),  # not skipped by load()
])
def test_syntax_errors(text, msg):
    assert error_of(text) == msg


# -- compile-time checks ----------------------------------------------------------------

@pytest.mark.parametrize("text, msg", [
    ("goto foo", "t.lua:1: no visible label 'foo' for <goto> at line 1"),
    ("do local x\n goto a\n local y\n ::a:: print(y) end",
     "t.lua:4: <goto a> at line 2 jumps into the scope of local 'y'"),
    ("::a::\ndo ::a:: end", "t.lua:2: label 'a' already defined on line 1"),
    ("::a::\n::a::", "t.lua:2: label 'a' already defined on line 2"),
    ("x=1\nbreak\n\n", "t.lua:4: break outside loop at line 2"),
    ("function f() return ... end", "t.lua:1: cannot use '...' outside a vararg function near '...'"),
    ("local x <const> = 1\nx = 2", "t.lua:2: attempt to assign to const variable 'x'"),
    ("local x <const> = 1; local function g() x = 2 end",
     "t.lua:1: attempt to assign to const variable 'x'"),
    ("local x <foo> = 1", "t.lua:1: unknown attribute 'foo'"),
    ("local x <close>, y <close> = 1, 2", "t.lua:1: multiple to-be-closed variables in local list"),
])
def test_compile_time_checks(text, msg):
    assert error_of(text) == msg


@pytest.mark.parametrize("text", [
    "do ::a:: end\n::a::",
    "goto continue\nlocal x = 1\n::continue::",
    "do goto continue\nlocal x = 1\n::continue:: ; end",
    "while true do if x then break end end",
    "local function f(...) return ... end",
])
def test_valid_jumps_and_varargs(text):
    chunk = parse_chunk(text, "t.lua")
    check_chunk(chunk, "t.lua")


@pytest.mark.parametrize("text, msg", [
    ("goto foo", "t.lua:1: no visible label 'foo' for <goto> at line 1"),
    ("local x <const> = 1\nx = 2", "t.lua:2: attempt to assign to const variable 'x'"),
    ("do local x\n goto a\n local y\n ::a:: print(y) end",
     "t.lua:4: <goto a> at line 2 jumps into the scope of local 'y'"),
    ("while x do end\nbreak", "t.lua:2: break outside loop at line 2"),
])
def test_check_chunk_on_ast(text, msg):
    # check_chunk alone (the AST carries no source); luaparser accepts these
    chunk = lp_ast.parse(text)
    with pytest.raises(LuaSyntaxError) as info:
        check_chunk(chunk, "t.lua")
    assert info.value.msg == msg


# -- nesting ---------------------------------------------------------------------------

def test_deep_valid_nesting():
    parse_chunk("x = " + "+".join(["1"] * 300), "t.lua")
    parse_chunk("do " * 198 + " end" * 198, "t.lua")
    parse_chunk("x = " + "(" * 196 + "1" + ")" * 196, "t.lua")


def test_nesting_limit():
    # lua5.4 file.lua: 197 parentheses or 199 blocks overflow; load() one less
    assert error_of("x = " + "(" * 197 + "1" + ")" * 197, is_file=True) == "C stack overflow"
    assert error_of("do " * 199 + " end" * 199, is_file=True) == "C stack overflow"
    assert error_of("do " * 198 + " end" * 198) == "C stack overflow"


# -- file header ---------------------------------------------------------------------------

def test_shebang_and_bom_skipped_for_files():
    chunk = parse_chunk("#!/usr/bin/lua\nx = 1", "t.lua")
    assert chunk.body.body[0].line == 2
    chunk = parse_chunk("\xef\xbb\xbf# c\nx = 1", "t.lua")
    assert chunk.body.body[0].line == 2
    assert error_of("\xef\xbb\xbfx = 1") == "t.lua:1: unexpected symbol near '<\\239>'"


def test_cr_line_endings_count_like_lua():
    chunk = parse_chunk("a = 1\rb = 2\n\rc = 3\r\nd = 4", "t.lua")
    assert [st.line for st in chunk.body.body] == [1, 2, 3, 4]


# -- against the real interpreter ---------------------------------------------------------

LUA = shutil.which("lua5.4")
SAMPLES = [
    "x = ", "x = 3x", "x = '\\256'", "function f()\n", "goto foo", "::a::\n::a::",
    "local x <const> = 1\nx = 2", "x = {a 1}", "for i = 1 do end", "x = a.1",
    "repeat local x until", "x = '\\u{110000000}'", "f(1,", "break",
    "do goto c\nlocal x = 1\n::c:: x = 1 end",
]


@pytest.mark.skipif(LUA is None, reason="lua5.4 not installed")
@pytest.mark.parametrize("src", SAMPLES)
def test_matches_lua(src):
    prog = 'local f, e = load(io.read("a"), "=t.lua"); io.write(e or "OK")'
    want = subprocess.run([LUA, "-e", prog], input=src.encode("latin-1"),
                          capture_output=True).stdout.decode("latin-1")
    try:
        check_chunk(parse_chunk(src, "t.lua", is_file=False), "t.lua")
        got = "OK"
    except LuaSyntaxError as e:
        got = e.msg
    assert got == want

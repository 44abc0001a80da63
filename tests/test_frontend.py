"""Front end: literal values, escapes, error messages (all verified against lua5.4 5.4.4).

Every test runs on both builds of the front end: the pure Python one and the
compiled one (when built; see transpiler/frontend/__init__.py)."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lua2py.transpiler import frontend
from lua2py.transpiler.frontend import LuaSyntaxError
from luaparser import astnodes as N

ROOT = Path(__file__).resolve().parent.parent
FRONTEND = ROOT / "transpiler" / "frontend"
IMPLEMENTATIONS = ["pure"] + (["compiled"] if frontend.implementation("compiled") else [])
IMPL = "pure"


@pytest.fixture(autouse=True, params=IMPLEMENTATIONS)
def implementation(request):
    global IMPL
    IMPL = request.param
    yield IMPL


def parse_chunk(src, chunkname, **kw):
    return frontend.parse_chunk(src, chunkname, implementation=IMPL, **kw)


def check_syntax(src, chunkname, **kw):
    return frontend.check_syntax(src, chunkname, implementation=IMPL, **kw)


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
        parse_chunk(src, "t.lua", **kw)
    e = info.value
    assert str(e) == e.msg
    with pytest.raises(LuaSyntaxError) as info:  # the same without a tree
        check_syntax(src, "t.lua", **kw)
    assert info.value.msg == e.msg
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


@pytest.mark.parametrize("digits", [1, 17, 18, 19, 20, 25])
def test_decimal_integers_of_any_length(digits):
    # up to 18 digits the lexer adds them up itself; longer ones go through str2number
    text = "9" * digits
    v = value(text)
    want = int(text) if int(text) < 2 ** 63 else float(text)
    assert v == want and type(v) is type(want)
    assert value("0" * digits + "7") == 7


def _str2number_by_grammar(text):
    """luaO_str2num by regexes of Lua's numeral grammar (the lexer's str2number before it
    read decimal numerals with int() and float())."""
    import re

    if re.fullmatch(r"[0-9]+", text):
        v = int(text)
        return v if v < 2 ** 63 else float(text)
    if re.fullmatch(r"0[xX][0-9a-fA-F]+", text):
        v = int(text, 16) & 0xFFFFFFFFFFFFFFFF
        return v - 2 ** 64 if v >= 2 ** 63 else v
    if re.fullmatch(r"(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?", text):
        return float(text)
    if re.fullmatch(r"0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][-+]?[0-9]+)?", text):
        try:
            return float.fromhex(text)
        except OverflowError:
            return float("inf")
    return None


def test_str2number_reads_what_the_grammar_reads():
    # every text the lexer can hand it: a digit or '.' and a digit first, then its chars, and at
    # most one other letter or '_' at the end
    import random

    if IMPL == "compiled":
        from lua2py.transpiler.frontend._clexer import str2number
    else:
        from lua2py.transpiler.frontend.lexer import str2number

    rng = random.Random(12)
    chars = "0123456789abcdefABCDEF.xXpP+-" + "0123456789" * 3 + ".eE"
    texts = ["1.", ".5", "1.e5", "1e+", "1e5e", "0x", "0x.", "0x.p1", "0x1p", ".0x1", "1..", "0e12", "00.5",
             "1_", "1e400", "0x1p-1074", "9" * 30, "1.5f", "0X1P+4"]
    for _ in range(20000):
        t = "".join(rng.choice(chars) for _ in range(rng.randint(1, 8)))
        if rng.random() < 0.2:
            t += rng.choice("gGzZ_nNiItT")
        t = rng.choice(["0x", "0X", "0", "1", "9", ".", ".0"]) + t
        if t[0] == "." and not t[1].isdigit():
            t = "0" + t
        texts.append(t)
    for t in texts:
        a, b = str2number(t), _str2number_by_grammar(t)
        assert a == b and type(a) is type(b), t


@pytest.mark.parametrize("text, msg", [
    ("x = 12abc", "t.lua:1: malformed number near '12abc'"),
    ("x = 123456789012345678_", "t.lua:1: malformed number near '123456789012345678_'"),
    ("x = 1234567890123456789012x", "t.lua:1: malformed number near '1234567890123456789012x'"),
])
def test_malformed_decimal_integers(text, msg):
    assert error_of(text) == msg


@pytest.mark.parametrize("text, want", [
    ("x = '\u20ac'", "\u20ac"), ("x = [[\u20ac]]", "\u20ac"), ('x = "a\u0100b"', "a\u0100b"),
    ("local a = 'x\\z \u20ac'", "x\u20ac"), ("--\u20ac\nx = 'y'", "y"),
    ("x = \u20ac", "=t:1: unexpected symbol near '<\\8364>'"), ("x\u20ac = 1", "=t:1: syntax error near '<\\8364>'"),
    ("x = 1\u20ac", "=t:1: unexpected symbol near '<\\8364>'"), ("return \u0100", "=t:1: unexpected symbol near '<\\256>'"),
    ("x = 0x\u20ac", "=t:1: malformed number near '0x'"),
])
def test_chars_above_255(text, want):
    # not from a file (a Python caller's str): the lexer's char codes read them as "?",
    # which no char class holds, and values keep the chars themselves
    try:
        got = parse_chunk(text, "=t").body.body[0].values[0].s
    except LuaSyntaxError as e:
        got = e.msg
    assert got == want


def test_reserved_words_and_names_like_them():
    # the lexer tells keywords by a hash of first char, last char and length
    from lua2py.transpiler.frontend import lexer
    from lua2py.transpiler.frontend.tokens import RESERVED, TK_NAME

    pair = frontend.implementation(IMPL)
    words = list(RESERVED)
    near = [w + "_" for w in words] + [w[:-1] for w in words] + [w.upper() for w in words]
    near += ["ab", "dn", "eo", "iff", "nit", "nol", "retuen", "repent", "thee", "trun", "whilf", "gott",
             "functiom", "fonction", "elsif", "x" * 8, "a" * 200]
    src = " ".join(words + near)
    for lx in (pair[0](src, "x"), lexer.scan(src, "x")):
        kinds = list(lx.kinds[:-1])
        assert kinds[:len(words)] == [RESERVED[w] for w in words]
        assert kinds[len(words):] == [TK_NAME] * len(near)
        assert lx.vals[len(words):-1] == near


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
    ("local x <const> = 1\nlocal y = function() x = 2 end", "t.lua:2: attempt to assign to const variable 'x'"),
    ("local x <close> = nil\nx = 1", "t.lua:2: attempt to assign to const variable 'x'"),
    ("local a, b <const> = 1, 2\nb = 3", "t.lua:2: attempt to assign to const variable 'b'"),
    ("local a <const>, b = 1, 2\nb = 5\nlocal c <close> = nil\ndo local a = 1 end\na = 3",
     "t.lua:5: attempt to assign to const variable 'a'"),
    ("local x <const> = 1\ngoto l\n::l:: do local y <const> = 2 end\nlocal z = 1\nz = 2\ny = 1\n"
     "function h() x, z = 1, 2 end", "t.lua:7: attempt to assign to const variable 'x'"),
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
    # assignments that reach no const: shadowed, a parameter, not yet active, indexed, gone
    "local x <const> = 1\ndo local x = 3; x = 4 end",
    "local x = 1\ndo local x <const> = 3 end\nx = 4",
    "local x <const> = 1\nlocal function f() local x = 2; return function() x = 5 end end",
    "local t <const> = {}\nt.x = 1",
    "local x <const> = 1\nlocal x = 2\nx = 3",
    "local x <const> = 1\nfunction f(x) x = 2 end",
    "local x <const> = (function() x = 1 end)",
    "local x <const> = 1\nfor x = 1, 2 do x = 3 end\nlocal function g(...) local x; x = 1 end",
])
def test_valid_jumps_and_varargs(text):
    parse_chunk(text, "t.lua")


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
LUAC = shutil.which("luac5.4")
MANY_LOCALS = "local " + ", ".join(f"a{i}" for i in range(201))
SAMPLES = [
    # lexer
    "x = ", "x = 3x", "x = '\\256'", "function f()\n", "x = 'abc", 'x = "a\\qb"', "x = '\\x4'",
    "x = '\\u{}'", "x = '\\u{110000000}'", "x = '\\u{80000000}'", "x = '\\u{7FFFFFFF}' y",
    "x = '\\300'", "x = [==[ abc ]=]", "--[==[ unfinished\n\n", "x = 0x1p", "x = 1e", "x = 1e+",
    "x = 08.5.3", "x = 0xg", "x = 1..2", "x = .5e-", "x = 'a\\z  \n\n  b' y", "x = [=[\n",
    "x = '\\", "x = \"\\x\"", "x = [=", "x = [==x", "x = 'a\\\nb\n",
    "x = 1\0", "x = 'a\0b' y", "-- comment \0 here\nx = 1", "x = \"\0\" y", "\0",
    "x = [[a\nb]] y", "x = [==[\nabc]==] 1", "x = 'a\\tb' 1", "x = 1 0x10", "x = 1 1e5",
    "x = 1 .5", "x = a.1", "x = 'a' 'b'", "x = \xe9", "x = $", "@", "x = !y", "x = a ~= ~",
    # syntax
    "x = = 1", "local = 1", "local function 1() end", "function () end",
    "function a.b:c.d() end", "function a:b:c() end", "if x then else elseif end", "if x end",
    "while x end", "repeat until", "for i=1,2 end", "for i in end", "for 1 = 1, 2 do end",
    "for i = 1 do end", "for a, b = 1, 2 do end", "for i do end",
    "return return", "return 1 2", "return 1;;", "x = {[1] 2}", "x = {[1] = }", "x = {a 1}",
    "x = f(", "f(1,", "x = f(1,)", "x = a.(b)", "x = a:b", "x = a:b.c()", "a.b:c = 1",
    "f() = 1", "(a) = 1", "a, f() = 1, 2", "(f())", "x y", "x = function", "x = function(a, ...b) end",
    "x = #", "x = not", "x = 1 + * 2", "x = a..", "local t = {1, 2,, 3}", "x = 1 // // 2",
    "f{", "f'abc", "f[[abc", "do end end", "elseif", "until x", "end", "x = (1\n\n+ 2 x",
    "f(\n1,\n2\n", "do\n\n", "x = {\n1,\n", "if x then\n\nelse\n", "function f(a,\nb)\n",
    "local t = {\na = (1\n}", "x = 1\n\n\n)", "a.b:c", "x = 1 +", "local x <foo>", "local 1 = 2",
    # compile-time checks
    "goto foo", "::a::\n::a::", "::a:: ::a::", "do ::a:: end ::a::", "goto a; do ::a:: end",
    "goto 1", "::1::", "local x <const> = 1\nx = 2", "local x <const> = 1; local function g() x = 2 end",
    "local x <const> = 1; function x() end", "local x <close> = nil; x = 1",
    "local x <close>, y <close> = 1, 2", "local x <const>, y = 1; y, x = 2, 3",
    "break", "do break end", "while true do end break", "if x then break end",
    "goto a; local x; ::a:: print(x)", "do goto a; local x; ::a:: end",
    "repeat goto a; local x ::a:: until x", "do goto c\nlocal x = 1\n::c:: x = 1 end",
    "function f() return ... end", "local f = function(a) return ... end",
    "local function f() local x = {...} end", MANY_LOCALS,
    "function f()\n" + MANY_LOCALS + "\nend",
    "for i = 1, 2 do\n" + MANY_LOCALS + "\nend",
    # valid programs (both say OK)
    "x = 1 y = 2", "do ::a:: end\n::a::", "goto continue\nlocal x = 1\n::continue::",
    "local x <const> = 1; local y = x + 1", "return", "return;", "f{}", "f''", "a.b.c:d'x'{}",
]


@pytest.mark.skipif(LUA is None, reason="lua5.4 not installed")
@pytest.mark.parametrize("src", SAMPLES)
def test_matches_lua_load(src):
    # load() of a chunk: LOAD_BASE_LEVEL, no file header skipped
    prog = 'local f, e = load(io.read("a"), "=t.lua"); io.write(e or "OK")'
    want = subprocess.run([LUA, "-e", prog], input=src.encode("latin-1"),
                          capture_output=True, check=False).stdout.decode("latin-1")
    try:
        parse_chunk(src, "t.lua", is_file=False)
        got = "OK"
    except LuaSyntaxError as e:
        got = e.msg
    assert got == want


@pytest.mark.skipif(LUAC is None, reason="luac5.4 not installed")
@pytest.mark.parametrize("src", SAMPLES)
def test_matches_luac(src, tmp_path):
    # a file, as `luac5.4 -p` reads it (the tree-less check of `lua2py check`)
    (tmp_path / "t.lua").write_bytes(src.encode("latin-1"))
    proc = subprocess.run([LUAC, "-p", "t.lua"], cwd=tmp_path, capture_output=True, check=False)
    want = proc.stderr.decode("latin-1").strip()
    want = want[len(LUAC) + 2:] if want.startswith(LUAC + ": ") else want or "OK"
    try:
        check_syntax(src, "t.lua", is_file=True)
        got = "OK"
    except LuaSyntaxError as e:
        got = e.msg
    assert got == want


@pytest.mark.skipif(LUA is None, reason="lua5.4 not installed")
@pytest.mark.parametrize("name", [
    "x" * 44, "x" * 45, "first\nsecond", "=" + "n" * 58, "=" + "n" * 70, "@" + "f" * 59, "@" + "f" * 60,
])
def test_chunk_names_like_lua(name):
    prog = 'local f, e = load("x x", io.read("a")); io.write(e)'
    want = subprocess.run([LUA, "-e", prog], input=name.encode("latin-1"),
                          capture_output=True, check=False).stdout.decode("latin-1")
    assert frontend.chunk_display_name(name) + ":1: syntax error near 'x'" == want


# -- the two builds and the two lexer paths ----------------------------------------------------

def _corpus():
    for d in ("tests/golden", "benchmarks", "samples"):
        yield from sorted((ROOT / d).rglob("*.lua"))


def _tokens(lx):
    lines = [p.line for p in lx.lines]
    return lx.kinds, lx.vals, lines, {i: lx.endline(i) for i in range(len(lx.kinds))}, lx.numerals


def test_lexer_paths_agree():
    # pure Python reads most tokens with a regex, the port (what the compiled
    # lexer runs) reads them char by char: the same tokens, on the whole corpus
    from lua2py.transpiler.frontend import lexer

    compiled = frontend.implementation("compiled") if IMPL == "compiled" else None
    n = 0
    for path in _corpus():
        src = frontend.prepare(path.read_bytes().decode("latin-1"), True)
        fast = _tokens(lexer.tokenize(src, "x"))
        assert _tokens(lexer.scan(src, "x"))[:4] == fast[:4], path
        if compiled is not None:
            assert _tokens(compiled[0](src, "x"))[:4] == fast[:4], path
        n += 1
    assert n > 500


def test_check_syntax_builds_nothing():
    assert check_syntax("local x = {1, 2}\nprint(x[1])", "t.lua") is None


def test_compiled_build_in_use_when_built():
    # like test_accel: not built is a failure where it could be built, else a skip
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from test_accel import BUILD_COMMAND, build_prerequisites

    built = {}
    for name in ("lexer", "parser"):
        found = sorted(FRONTEND.glob(f"_c{name}.*.so")) + sorted(FRONTEND.glob(f"_c{name}.*.pyd"))
        if found:
            built[name] = found[0]
    if len(built) < 2:
        missing = build_prerequisites()
        if missing:
            pytest.skip("the compiled front end is not built and cannot be built here: "
                        + "; ".join(missing))
        pytest.fail(f"the compiled front end is not built, though it can be built here: run {BUILD_COMMAND}",
                    pytrace=False)
    for name, so in built.items():
        assert so.stat().st_mtime >= (FRONTEND / f"{name}.py").stat().st_mtime, (
            f"{so.name} is older than {name}.py: rebuild it with {BUILD_COMMAND}")
    pure_requested = os.environ.get("LUA2PY_PURE", "") not in ("", "0")
    assert frontend.IMPLEMENTATION == ("pure" if pure_requested else "compiled")

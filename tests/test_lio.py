"""The io library (runtime/stdlib/lio.py) driven directly from Python.

Expected values were checked against lua5.4 (5.4.4 on Linux/glibc); the
tests do not need lua5.4 installed.  Method calls are made the way compiled
code makes them: index(f, "read")(f, ...).
"""
import os
import sys

import re

import pytest

from lua2py.runtime.stdlib import lio
from lua2py.runtime.core.errors import LuaError
from lua2py.runtime.core.ops import index
from lua2py.runtime.core.table import LuaTable
from lua2py.runtime.core.values import tostring, type_name, getmetatable


@pytest.fixture
def io(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    G = LuaTable()
    return lio.open_io(G)


@pytest.fixture
def out(capsysbinary):
    """What was written to sys.stdout.buffer."""

    def get():
        sys.stdout.flush()
        return capsysbinary.readouterr().out

    return get


def m(f, name, *args):
    """f:name(...) as Lua code calls it: argument errors do not count self (luaL_argerror)."""
    try:
        return index(f, name)(f, *args)
    except LuaError as e:
        v = e.value
        mt = re.match(r"bad argument #(\d+) to '([^']+)' \((.*)\)$", v) if isinstance(v, str) else None
        if mt and mt.group(2) != "for iterator":
            n = int(mt.group(1)) - 1
            if n == 0:
                raise LuaError("calling '%s' on bad self (%s)" % (mt.group(2), mt.group(3)))
            raise LuaError("bad argument #%d to '%s' (%s)" % (n, mt.group(2), mt.group(3)))
        raise


def err(fn, *args):
    with pytest.raises(LuaError) as e:
        fn(*args)
    return e.value.value


def write_file(name, data):
    with open(name, "wb") as fh:
        fh.write(data.encode("latin-1") if isinstance(data, str) else data)


def read_file(name):
    with open(name, "rb") as fh:
        return fh.read().decode("latin-1")


# ----------------------------------------------------------------------------- open


def test_open_modes(io):
    name = "t.txt"
    assert io["open"](name) == (None, "t.txt: No such file or directory", 2)
    f = io["open"](name, "w")
    m(f, "write", "hello\n")
    assert m(f, "close") is True
    f = io["open"](name, "a")
    assert m(f, "seek") == 6
    m(f, "write", "x")
    assert m(f, "seek") == 7
    m(f, "close")
    f = io["open"](name, "a+")
    assert m(f, "seek") == 0
    assert m(f, "read", "a") == "hello\nx"
    m(f, "write", "y")
    assert m(f, "seek") == 8
    m(f, "close")
    f = io["open"](name, "r+")
    assert m(f, "read", 5) == "hello"
    m(f, "seek", "set", 0)
    m(f, "write", "HE")
    m(f, "close")
    assert read_file(name) == "HEllo\nxy"
    f = io["open"](name, "w+")
    assert m(f, "read", "a") == ""
    m(f, "close")
    assert read_file(name) == ""


@pytest.mark.parametrize("mode", ["r", "rb", "r+b", "rbb", "w", "wb", "a+b", "w+"])
def test_open_valid_modes(io, mode):
    write_file("m.txt", "x")
    f = io["open"]("m.txt", mode)
    assert io["type"](f) == "file"
    m(f, "close")


@pytest.mark.parametrize("mode", ["rb+", "wb+", "b", "r+b+", "rt", "", "R", "+r", "rw", "a++"])
def test_open_invalid_mode(io, mode):
    assert err(io["open"], "m.txt", mode) == "bad argument #2 to 'open' (invalid mode)"


def test_open_errors(io):
    assert io["open"]("nodir/x", "w") == (None, "nodir/x: No such file or directory", 2)
    assert io["open"](".", "w") == (None, ".: Is a directory", 21)
    d = io["open"](".", "r")
    assert m(d, "read") == (None, "Is a directory", 21)
    assert m(d, "read", "a") == (None, "Is a directory", 21)
    m(d, "close")
    assert err(io["open"]) == "bad argument #1 to 'open' (string expected, got no value)"
    assert err(io["open"], None) == "bad argument #1 to 'open' (string expected, got nil)"
    assert err(io["open"], LuaTable()) == "bad argument #1 to 'open' (string expected, got table)"


# ----------------------------------------------------------------------------- read


def test_read_lines(io):
    write_file("l.txt", "first\n\nthird line\r\nlast")
    f = io["open"]("l.txt")
    assert [m(f, "read", "l") for _ in range(5)] == ["first", "", "third line\r", "last", None]
    m(f, "seek", "set")
    assert m(f, "read") == "first"
    assert [m(f, "read", "L") for _ in range(4)] == ["\n", "third line\r\n", "last", None]
    m(f, "seek", "set")
    assert m(f, "read", "*l") == "first"
    assert m(f, "read", "*L") == "\n"
    assert m(f, "read", "line") == "third line\r"
    assert m(f, "read", "*a") == "last"
    assert m(f, "read", "a") == ""
    m(f, "close")


def test_read_counts(io):
    write_file("c.txt", "abcdefghij")
    f = io["open"]("c.txt")
    assert m(f, "read", 0) == ""
    assert m(f, "read", 3) == "abc"
    assert m(f, "read", 100) == "defghij"
    assert m(f, "read", 0) is None
    assert m(f, "read", 5) is None
    assert m(f, "seek", "set", 2) == 2
    assert m(f, "read", 2.0) == "cd"
    assert err(m, f, "read", 1.5) == "bad argument #1 to 'read' (number has no integer representation)"
    assert err(m, f, "read", "2") == "bad argument #1 to 'read' (invalid format)"
    m(f, "close")
    write_file("c.txt", "xyz" * 5000)
    f = io["open"]("c.txt")
    assert len(m(f, "read", 9000)) == 9000
    assert len(m(f, "read", 9000)) == 6000
    assert m(f, "read", 1) is None


NUMBERS = "  12 0x1F -3.5e2 .5 0x.8p1 1e 1e+ -- 5abc\n 99 nan 0x 00012 1.2.3"


def test_read_number(io):
    write_file("n.txt", NUMBERS)
    f = io["open"]("n.txt")
    got = []
    for _ in range(19):
        got.append((m(f, "read", "n"), m(f, "read", 1)))
    assert got == [
        (12, " "), (31, " "), (-350.0, " "), (0.5, " "), (1.0, " "), (None, " "), (None, " "),
        (None, "-"), (5, "a"), (None, "b"), (None, "c"), (99, " "), (None, "n"), (None, "a"),
        (None, "n"), (None, " "), (12, " "), (1.2, "."), (3, None),
    ]
    assert isinstance(got[2][0], float) and isinstance(got[0][0], int)


@pytest.mark.parametrize("text,value,rest", [
    ("1" * 200, float("1" * 200), 0),
    ("1" * 201, None, 1),
    ("0x" + "f" * 198, -1, 0),
    (" " * 500 + "42", 42, 0),
    ("\n\t\v\f\r 7", 7, 0),
    ("", None, 0),
    ("-", None, 0),
    ("0x", None, 0),
    ("0xg", None, 1),
    (".e1", None, 2),
    ("5e-2x", 0.05, 1),
    ("0x1p4", 16.0, 0),
    ("0x1e4", 0x1e4, 0),
    ("1p4", 1, 2),
    ("00x10", 0, 3),
    ("--1", None, 2),
    ("inf", None, 3),
    ("9223372036854775808", 9.2233720368547758e18, 0),
])
def test_read_number_limits(io, text, value, rest):
    write_file("n.txt", text)
    f = io["open"]("n.txt")
    n = m(f, "read", "n")
    assert n == value and type(n) is type(value)
    assert len(m(f, "read", "a")) == rest


def test_read_multi(io):
    write_file("m.txt", "10 20 x\nsecond line\nthird\n")
    f = io["open"]("m.txt")
    assert m(f, "read", "n", "n", "n", "l") == (10, 20, None)
    m(f, "seek", "set")
    assert m(f, "read", "n", "n", "l", "l") == (10, 20, " x", "second line")
    assert m(f, "read", "l", "l", "l", "l") == ("third", None)
    m(f, "seek", "set")
    assert m(f, "read", 2, 0, 3, "L", "a") == ("10", "", " 20", " x\n", "second line\nthird\n")
    assert m(f, "read", "a", "a", 0) == ("", "", None)


def test_read_invalid_formats(io):
    write_file("d.txt", "data\n")
    f = io["open"]("d.txt")
    for fmt in ("x", "*x", "", "*"):
        assert err(m, f, "read", fmt) == "bad argument #1 to 'read' (invalid format)"
    assert err(m, f, "read", "l", "q") == "bad argument #2 to 'read' (invalid format)"
    assert err(m, f, "read", None) == "bad argument #1 to 'read' (string expected, got nil)"
    assert err(m, f, "read", LuaTable()) == "bad argument #1 to 'read' (string expected, got table)"
    assert err(io["read"], "x") == "bad argument #1 to 'read' (invalid format)"


def test_read_write_errors(io):
    f = io["open"]("w.txt", "w")
    ebadf = (None, "Bad file descriptor", 9)
    assert m(f, "read", "l") == ebadf
    assert m(f, "read", "a") == ebadf
    assert m(f, "read", "n") == ebadf
    assert m(f, "read") == ebadf
    m(f, "write", "content\n")
    m(f, "close")
    f = io["open"]("w.txt")
    assert m(f, "write", "x") == ebadf
    assert m(f, "write", 1, 2.5) == ebadf
    assert m(f, "read") == "content"
    assert m(io["stdin"], "write", "x") == ebadf
    assert m(io["stdout"], "read") == ebadf


# ----------------------------------------------------------------------------- write


def test_write_numbers(io, out):
    io["write"](1, " ", -7, " ", 1.0, " ", -0.0, " ", 0.1, " ", 1 / 3, " ", 2.0 ** 63, "\n")
    io["write"](float("inf"), " ", float("-inf"), " ", 1e15, " ", 1e16, " ", 1e100, " ", 5e-324, "\n")
    assert out() == (b"1 -7 1 -0 0.1 0.33333333333333 9.2233720368548e+18\n"
                     b"inf -inf 1e+15 1e+16 1e+100 4.9406564584125e-324\n")


def test_write_returns_file(io, out):
    f = io["open"]("r.txt", "w")
    assert m(f, "write", "a") is f
    m(m(f, "write", "b"), "write", "c", 1, 2.5)
    assert m(f, "write") is f
    m(f, "close")
    assert read_file("r.txt") == "abc12.5"
    assert io["write"]("x") is io["stdout"]
    assert m(io["stdout"], "write", "y") is io["stdout"]
    assert out() == b"xy"


def test_write_arg_errors(io, out):
    assert err(io["write"], LuaTable()) == "bad argument #1 to 'write' (string expected, got table)"
    assert err(io["write"], "a", None) == "bad argument #2 to 'write' (string expected, got nil)"
    assert err(m, io["stdout"], "write", True) == "bad argument #1 to 'write' (string expected, got boolean)"
    assert err(index(io["stdout"], "write"), 1) == "bad argument #1 to 'write' (FILE* expected, got number)"
    assert err(index(io["stdout"], "write")) == "bad argument #1 to 'write' (FILE* expected, got no value)"
    f = io["open"]("o.txt", "w")
    assert err(m, f, "write", "before ", 1, LuaTable(), "after") == \
        "bad argument #3 to 'write' (string expected, got table)"
    m(f, "close")
    assert read_file("o.txt") == "before 1"
    assert out() == b"a"


def test_binary_roundtrip(io):
    data = "".join(chr(i) for i in range(256))
    data = data + data[::-1] + "\r\n\n\r\0\0"
    f = io["open"]("b.bin", "wb")
    m(f, "write", data)
    m(f, "close")
    src = io["open"]("b.bin", "rb")
    dst = io["open"]("c.bin", "wb")
    while True:
        chunk = m(src, "read", 100)
        if chunk is None:
            break
        m(dst, "write", chunk)
    m(src, "close")
    m(dst, "close")
    with open("c.bin", "rb") as fh:
        assert fh.read() == data.encode("latin-1")
    f = io["open"]("c.bin")
    assert m(f, "read", "a") == data


# ----------------------------------------------------------------------------- seek and buffering


def test_seek(io):
    f = io["open"]("s.txt", "w+")
    m(f, "write", "0123456789")
    assert m(f, "seek") == 10
    assert m(f, "seek", "set") == 0
    assert m(f, "read", 3) == "012"
    assert m(f, "seek") == 3
    assert m(f, "seek", "cur", 2) == 5
    assert m(f, "seek", "cur", -4) == 1
    assert m(f, "seek", "end", -3) == 7
    assert m(f, "read", "a") == "789"
    assert m(f, "seek", "set", 20) == 20
    assert m(f, "seek", "set", "5") == 5
    assert m(f, "seek", "set", -1) == (None, "Invalid argument", 22)
    assert m(f, "seek", "end", -40) == (None, "Invalid argument", 22)
    assert m(f, "seek", None, 1) == 6
    assert err(m, f, "seek", "foo") == "bad argument #1 to 'seek' (invalid option 'foo')"
    assert err(m, f, "seek", 1) == "bad argument #1 to 'seek' (invalid option '1')"
    assert err(m, f, "seek", "set", 1.5) == "bad argument #2 to 'seek' (number has no integer representation)"
    m(f, "close")


def test_seek_after_buffered_read(io):
    write_file("p.txt", "".join("%d\n" % i for i in range(1, 2001)))
    f = io["open"]("p.txt")
    assert m(f, "read", "l") == "1"
    assert m(f, "seek") == 2
    for _ in range(1000):
        m(f, "read", "l")
    assert (m(f, "read", "l"), m(f, "seek")) == ("1002", 3903)


def test_read_then_write_r_plus(io):
    write_file("rw.txt", "hello world\nsecond line\n")
    f = io["open"]("rw.txt", "r+")
    assert m(f, "read", 5) == "hello"
    m(f, "seek", "cur")
    m(f, "write", "_")
    m(f, "seek", "cur")
    assert m(f, "read", "l") == "world"
    m(f, "seek", "set", 12)
    m(f, "write", "SECOND")
    m(f, "seek", "set")
    assert m(f, "read", "a") == "hello_world\nSECOND line\n"


def test_buffering_visible(io):
    w = io["open"]("buf.txt", "w")
    r = io["open"]("buf.txt", "r")
    m(w, "write", "buffered text\n")
    assert m(r, "read", "a") == ""
    assert m(w, "flush") is True
    assert m(r, "read", "a") == "buffered text\n"
    m(w, "write", "x" * 10000)
    seen = len(m(r, "read", "a"))
    assert 0 < seen < 10000 and seen % 512 == 0
    m(w, "close")
    assert seen + len(m(r, "read", "a")) == 10000


def test_setvbuf(io):
    w = io["open"]("v.txt", "w")
    r = io["open"]("v.txt", "r")
    assert m(w, "setvbuf", "line") is True
    m(w, "write", "partial")
    assert m(r, "read", "a") == ""
    m(w, "write", " line\nnext")
    assert m(r, "read", "a") == "partial line\n"
    assert m(w, "setvbuf", "no") is True
    assert m(r, "read", "a") == "next"
    m(w, "write", "abc")
    assert m(r, "read", "a") == "abc"
    # glibc keeps its one-byte buffer when buffering is turned on again
    assert m(w, "setvbuf", "full") is True
    m(w, "write", "several bytes")
    assert m(r, "read", "a") == "several bytes"
    assert err(m, w, "setvbuf", "some") == "bad argument #1 to 'setvbuf' (invalid option 'some')"
    assert err(m, w, "setvbuf") == "bad argument #1 to 'setvbuf' (string expected, got no value)"


def test_io_flush_default_output(io):
    w = io["open"]("f.txt", "w")
    r = io["open"]("f.txt")
    io["output"](w)
    io["write"]("via io.write")
    assert m(r, "read", "a") == ""
    assert io["flush"]() is True
    assert m(r, "read", "a") == "via io.write"


# ----------------------------------------------------------------------------- lines


def test_file_lines(io):
    write_file("l.txt", "alpha\nbeta\n\ngamma")
    f = io["open"]("l.txt")
    it = m(f, "lines")
    assert [it(), it(), it(), it()] == ["alpha", "beta", "", "gamma"]
    assert it() == ()
    assert io["type"](f) == "file"
    m(f, "close")
    assert err(it) == "file is already closed"


def test_lines_formats(io):
    write_file("n.txt", "1 2 3\n4 5\n6.5 x 7\n")
    f = io["open"]("n.txt")
    it = m(f, "lines", "n")
    assert [it() for _ in range(7)] == [1, 2, 3, 4, 5, 6.5, ()]
    m(f, "seek", "set")
    it = m(f, "lines", "n", "n", "l")
    assert it() == (1, 2, " 3")
    assert it() == (4, 5, "")
    assert it() == (6.5, None)
    it = io["lines"]("n.txt", 4)[0]
    assert [it() for _ in range(6)] == ["1 2 ", "3\n4 ", "5\n6.", "5 x ", "7\n", ()]
    assert err(m(f, "lines", "x")) == "bad argument #2 to 'for iterator' (invalid format)"


def test_io_lines_closes(io):
    write_file("l.txt", "one\ntwo\n")
    r = io["lines"]("l.txt")
    assert len(r) == 4
    it, s, c, f = r
    assert (s, c, io["type"](f)) == (None, None, "file")
    assert (it(), it()) == ("one", "two")
    assert io["type"](f) == "file"
    assert it() == ()
    assert io["type"](f) == "closed file"
    assert err(it) == "file is already closed"
    # the to-be-closed value: __close closes it (a loop left with break)
    it, s, c, f = io["lines"]("l.txt")
    it()
    getmetatable(f)["__close"](f, None)
    assert io["type"](f) == "closed file"


def test_io_lines_errors(io):
    assert err(io["lines"], "nofile") == "cannot open file 'nofile' (No such file or directory)"
    assert err(io["lines"], LuaTable()) == "bad argument #1 to 'lines' (string expected, got table)"
    write_file("l.txt", "x\n")
    f = io["open"]("l.txt")
    assert err(m, f, "lines", *(["l"] * 251)) == "bad argument #251 to 'lines' (too many arguments)"
    assert err(io["lines"], "l.txt", *(["l"] * 251)) == "bad argument #252 to 'lines' (too many arguments)"


def test_lines_read_error(io):
    d = io["open"](".")
    assert err(m(d, "lines")) == "Is a directory"


# ----------------------------------------------------------------------------- defaults


def test_input_output(io, out):
    write_file("in.txt", "in 1\nin 2\n")
    assert io["input"]() is io["stdin"] and io["output"]() is io["stdout"]
    fin = io["input"]("in.txt")
    assert io["input"]() is fin
    assert io["read"]() == "in 1"
    fout = io["output"]("out.txt")
    io["write"]("out ", 1, "\n")
    it = io["lines"]()
    assert (it(), it()) == ("in 2", ())
    assert io["type"](fin) == "file"  # io.lines() does not close the default input
    io["output"](io["stdout"])
    m(fout, "close")
    assert read_file("out.txt") == "out 1\n"
    assert err(io["input"], LuaTable()) == "bad argument #1 to 'input' (FILE* expected, got table)"
    assert err(io["output"], True) == "bad argument #1 to 'output' (FILE* expected, got boolean)"
    assert err(io["input"], "nofile") == "cannot open file 'nofile' (No such file or directory)"
    m(fin, "close")
    assert err(io["input"], fin) == "attempt to use a closed file"
    assert err(io["read"]) == "default input file is closed"
    io["output"]("o2.txt")
    io["close"]()
    assert err(io["write"], "x") == "default output file is closed"
    assert err(io["flush"]) == "default output file is closed"
    assert err(io["close"]) == "attempt to use a closed file"
    assert out() == b""


def test_stdin_reads(io, tmp_path):
    write_file("stdin.txt", "hello stdin\nsecond\n  42 0x10 rest\nlast")
    fd = os.open("stdin.txt", os.O_RDONLY)
    f = lio.LuaFile(fd, "stdin", True, False)
    io["input"](f)
    assert io["read"]() == "hello stdin"
    assert io["read"]("L") == "second\n"
    assert io["read"]("n", "n") == (42, 16)
    assert io["read"](5) == " rest"
    assert io["read"](0) == ""
    assert io["read"]("a") == "\nlast"
    assert io["read"]("l") is None
    assert io["read"](0) is None
    assert io["read"]("a") == ""
    assert m(f, "close") == (None, "cannot close standard file")
    os.close(fd)


def test_std_files(io, out):
    for name in ("stdin", "stdout", "stderr"):
        assert m(io[name], "close") == (None, "cannot close standard file")
        assert io["type"](io[name]) == "file"
    assert io["close"]() == (None, "cannot close standard file")
    io["write"]("still ")
    m(io["stdout"], "write", "writing\n")
    assert m(io["stdout"], "flush") is True
    assert m(io["stdout"], "seek") == (None, "Illegal seek", 29)
    assert out() == b"still writing\n"


def test_print_interleaving(io, out):
    from lua2py.runtime.stdlib import lbase

    lbase.lua_print("print 1")
    io["write"]("write 1\n")
    lbase.lua_print("print 2")
    m(io["stdout"], "setvbuf", "no")
    io["write"]("a", 1, "\n")
    assert out() == b"print 1\nwrite 1\nprint 2\na1\n"


# ----------------------------------------------------------------------------- close, type, tostring


def test_close_and_type(io):
    f = io["open"]("c.txt", "w")
    assert type_name(f) == "userdata"
    assert io["type"](f) == "file"
    assert tostring(f).startswith("file (0x") and tostring(f).endswith(")")
    assert m(f, "close") is True
    assert io["type"](f) == "closed file"
    assert tostring(f) == "file (closed)"
    for meth, args in (("close", ()), ("read", ()), ("write", ("x",)), ("lines", ()), ("seek", ()),
                       ("setvbuf", ("no",)), ("flush", ())):
        assert err(m, f, meth, *args) == "attempt to use a closed file"
    assert err(io["close"], None) == "bad argument #1 to 'close' (FILE* expected, got nil)"
    assert err(index(f, "close")) == "bad argument #1 to 'close' (FILE* expected, got no value)"
    for v in (None, 1, "file", LuaTable(), print):
        assert io["type"](v) is None
    assert err(io["type"]) == "bad argument #1 to 'type' (value expected)"
    f = io["open"]("c.txt")
    assert io["close"](f) is True


def test_metatable(io):
    mt = getmetatable(io["stdout"])
    assert mt["__name"] == "FILE*"
    assert sorted(mt["__index"].keys()) == ["close", "flush", "lines", "read", "seek", "setvbuf", "write"]
    assert sorted(mt.keys()) == ["__close", "__gc", "__index", "__name", "__tostring"]
    f = io["open"]("g.txt", "w")
    m(f, "write", "closed by __gc")
    mt["__gc"](f)
    assert io["type"](f) == "closed file"
    assert read_file("g.txt") == "closed by __gc"


def test_shutdown_flushes(io):
    f = io["open"]("s.txt", "w")
    m(f, "write", "pending")
    assert read_file("s.txt") == ""
    lio.shutdown()
    assert read_file("s.txt") == "pending"
    assert io["type"](f) == "closed file"


# ----------------------------------------------------------------------------- popen and tmpfile


def test_popen_read(io):
    p = io["popen"]("printf 'a\\nb\\n'")
    assert io["type"](p) == "file"
    it = m(p, "lines")
    assert (it(), it(), it()) == ("a", "b", ())
    assert m(p, "close") == (True, "exit", 0)
    p = io["popen"]("echo 12 34; echo done")
    assert m(p, "read", "n", "n") == (12, 34)
    assert m(p, "read", "a") == "\ndone\n"
    assert m(p, "seek") == (None, "Illegal seek", 29)
    assert m(p, "write", "x") == (None, "Bad file descriptor", 9)
    m(p, "close")


def test_popen_write(io, tmp_path):
    p = io["popen"]("cat > piped.txt", "w")
    m(p, "write", "one\n", 2, "\n")
    assert m(p, "read") == (None, "Bad file descriptor", 9)
    assert m(p, "close") == (True, "exit", 0)
    assert read_file("piped.txt") == "one\n2\n"


def test_popen_status(io):
    assert m(io["popen"]("false"), "close") == (None, "exit", 1)
    assert m(io["popen"]("exit 7"), "close") == (None, "exit", 7)
    assert m(io["popen"]("kill -9 $$"), "close") == (None, "signal", 9)
    assert m(io["popen"]("exit 3", "w"), "close") == (None, "exit", 3)
    assert err(io["popen"], "true", "rw") == "bad argument #2 to 'popen' (invalid mode)"
    assert err(io["popen"], "true", "rb") == "bad argument #2 to 'popen' (invalid mode)"


def test_tmpfile(io):
    f = io["tmpfile"]()
    assert io["type"](f) == "file"
    m(f, "write", "temporary\n", 42, "\n")
    assert m(f, "seek") == 13
    m(f, "seek", "set")
    assert m(f, "read", "l", "n") == ("temporary", 42)
    assert m(f, "close") is True

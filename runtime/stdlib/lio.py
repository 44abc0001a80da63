"""The io library (liolib.c of lua5.4), on real OS files.

Files are `LuaFile` objects: Lua type "userdata", metatable `FILE_META`
(__index = the methods, __name = "FILE*", __tostring, __close, __gc).

Regular files, popen pipes, tmpfiles and stdin are raw file descriptors with
a small buffering layer that mirrors glibc's stdio (fully buffered with the
st_blksize of the file; "line" and "no" buffering through setvbuf), so the
buffering effects lua5.4 shows (data not on disk before flush/close, append
positions, ...) are the same.  io.stdout and io.stderr write to
sys.stdout.buffer / sys.stderr.buffer, the objects print uses, so print and
io.write interleave correctly.

Error numbering: methods are normally called with ':' syntax, for which
lua5.4 does not count 'self' in "bad argument #n" messages; the numbers used
here are those of the method call (f:read("x") -> "bad argument #1 to 'read'").
"""
import atexit
import errno as _errno
import os
import sys
import weakref

from ..core.args import arg_error, check_int, check_str, type_error
from ..core.errors import rt_error
from ..core import state
from ..core.frames import runtime_module
from ..core.number import fmt_float, str2number
from ..core.table import LuaTable
from ..core.values import tostring

runtime_module(__file__)

_NONE = object()  # "no value" marker for arguments where Lua tells none from nil

_SPACES = b" \t\n\v\f\r"
_DIGITS = b"0123456789"
_XDIGITS = b"0123456789abcdefABCDEF"
L_MAXLENNUM = 200

_OPEN_FILES = weakref.WeakSet()


def _strerror(e):
    try:
        return os.strerror(e)
    except (ValueError, OverflowError):
        return "Unknown error %d" % e


def _fileresult(ok, fname, err):
    """luaL_fileresult."""
    if ok:
        return True
    msg = _strerror(err)
    if fname is not None:
        msg = "%s: %s" % (fname, msg)
    return (None, msg, err)


class _TextSink:
    """A text stream (sys.stdout replaced by a StringIO, ...) seen as a binary one."""

    __slots__ = ("s",)

    def __init__(self, s):
        self.s = s

    def write(self, data):
        self.s.write(data.decode("latin-1"))

    def flush(self):
        self.s.flush()

    def fileno(self):
        return self.s.fileno()


class LuaFile:
    """A Lua FILE* (LStream): an fd with a stdio-like buffer, or a standard Python stream."""

    lua_type = "userdata"
    lua_meta = None  # FILE_META, set below

    __slots__ = ("fd", "kind", "closed", "readable", "writable", "append", "rbuf", "rpos",
                 "wbuf", "bufmode", "bufsize", "err", "proc", "pyfile", "stream", "__weakref__")

    def __init__(self, fd, kind, readable, writable, append=False):
        self.fd = fd
        self.kind = kind  # "file", "pipe", "stdin", "stdout", "stderr"
        self.closed = False
        self.readable = readable
        self.writable = writable
        self.append = append
        self.rbuf = b""
        self.rpos = 0
        self.wbuf = bytearray()
        self.bufmode = "full"
        self.bufsize = 4096
        self.err = 0
        self.proc = None
        self.pyfile = None
        self.stream = None  # for stdout/stderr: name of the sys attribute
        if fd is not None and fd >= 0:
            try:
                bs = os.fstat(fd).st_blksize
                self.bufsize = bs if bs > 0 else 8192
            except OSError:
                pass

    def __repr__(self):
        return f_tostring(self)

    def __del__(self):
        # the __gc of a file: close it (standard files are never closed)
        try:
            if not self.closed and self.kind in ("file", "pipe"):
                self._close_raw()
        except Exception:
            pass

    # ------------------------------------------------------------- output side

    def _pystream(self):
        s = getattr(sys, self.stream, None)
        if s is None:
            return None
        b = getattr(s, "buffer", None)
        if b is None:
            return _TextSink(s)
        return b

    def write(self, data):
        """fwrite: returns True on success; on failure sets self.err and returns False."""
        if not self.writable:
            self.err = _errno.EBADF
            return False
        if self.stream is not None:
            s = self._pystream()
            if s is None:
                return True
            try:
                s.write(data)
                if self.kind == "stderr" or self.bufmode == "no" or (self.bufmode == "line" and b"\n" in data):
                    s.flush()
            except OSError as e:
                self.err = e.errno or _errno.EIO
                return False
            return True
        if self.rpos < len(self.rbuf):
            # switching from reading to writing: write at the logical position
            if not self._drop_readahead():
                return False
        self.rbuf = b""
        self.rpos = 0
        mode = self.bufmode
        if mode == "no":
            if self.wbuf and not self._flush_wbuf():
                return False
            return self._write_raw(data)
        wbuf = self.wbuf
        if mode == "line":
            wbuf += data
            nl = wbuf.rfind(b"\n")
            if nl >= 0:
                chunk = bytes(wbuf[:nl + 1])
                del wbuf[:nl + 1]
                if not self._write_raw(chunk):
                    return False
            if len(wbuf) >= self.bufsize:
                return self._flush_wbuf()
            return True
        size = self.bufsize
        space = size - len(wbuf)
        if len(data) <= space:
            wbuf += data
            return True
        wbuf += data[:space]
        data = data[space:]
        if not self._flush_wbuf():
            return False
        n = len(data)
        direct = n - (n % size if size >= 128 else 0)
        if direct:
            if not self._write_raw(data[:direct]):
                return False
        wbuf += data[direct:]
        return True

    def _write_raw(self, data):
        fd = self.fd
        mv = memoryview(data)
        try:
            while mv:
                n = os.write(fd, mv)
                mv = mv[n:]
        except OSError as e:
            self.err = e.errno or _errno.EIO
            return False
        return True

    def _flush_wbuf(self):
        if not self.wbuf:
            return True
        data = bytes(self.wbuf)
        self.wbuf.clear()
        return self._write_raw(data)

    def flush(self):
        if self.stream is not None:
            s = self._pystream()
            try:
                if s is not None:
                    s.flush()
            except OSError as e:
                self.err = e.errno or _errno.EIO
                return False
            return True
        if self.wbuf:
            return self._flush_wbuf()
        return True

    def _drop_readahead(self):
        """Give back read-ahead data to the fd (lseek back), as glibc does before writing or seeking."""
        extra = len(self.rbuf) - self.rpos
        self.rbuf = b""
        self.rpos = 0
        if extra and self.fd is not None:
            try:
                os.lseek(self.fd, -extra, os.SEEK_CUR)
            except OSError as e:
                self.err = e.errno or _errno.EIO
                return False
        return True

    # -------------------------------------------------------------- input side

    def _fill(self):
        """Refill the read buffer; False at EOF or error (self.err set on error)."""
        if not self.readable or self.fd is None:
            self.err = _errno.EBADF
            return False
        if self.wbuf:
            if not self._flush_wbuf():
                return False
        if self.kind == "stdin":
            # glibc flushes a line-buffered stdout before reading an interactive stdin
            try:
                if os.isatty(self.fd):
                    sys.stdout.flush()
            except (OSError, ValueError, AttributeError):
                pass
        try:
            data = os.read(self.fd, self.bufsize)
        except OSError as e:
            self.err = e.errno or _errno.EIO
            return False
        if not data:
            return False
        self.rbuf = data
        self.rpos = 0
        return True

    def getc(self):
        """One byte as an int, or -1 at EOF/error."""
        if self.rpos >= len(self.rbuf):
            if not self._fill():
                return -1
        c = self.rbuf[self.rpos]
        self.rpos += 1
        return c

    def ungetc(self, c):
        if c >= 0 and self.rpos > 0:
            self.rpos -= 1

    def read_upto_newline(self):
        """Bytes up to '\\n' (excluded); returns (bytes, found_newline)."""
        parts = []
        while True:
            if self.rpos >= len(self.rbuf):
                if not self._fill():
                    return b"".join(parts), False
            buf = self.rbuf
            i = buf.find(b"\n", self.rpos)
            if i >= 0:
                parts.append(buf[self.rpos:i])
                self.rpos = i + 1
                return b"".join(parts), True
            parts.append(buf[self.rpos:])
            self.rpos = len(buf)

    def read_n(self, n):
        """Up to n bytes (fewer only at EOF)."""
        parts = []
        avail = len(self.rbuf) - self.rpos
        if avail > 0:
            take = min(avail, n)
            parts.append(self.rbuf[self.rpos:self.rpos + take])
            self.rpos += take
            n -= take
        while n > 0:
            if n >= self.bufsize and self.readable and self.fd is not None:
                # large request: read whole blocks directly, like glibc's fread
                if self.wbuf and not self._flush_wbuf():
                    break
                want = n - (n % self.bufsize)
                try:
                    data = os.read(self.fd, want)
                except OSError as e:
                    self.err = e.errno or _errno.EIO
                    break
                if not data:
                    break
                parts.append(data)
                n -= len(data)
                continue
            if not self._fill():
                break
            take = min(len(self.rbuf), n)
            parts.append(self.rbuf[:take])
            self.rpos = take
            n -= take
        return b"".join(parts)

    def read_all(self):
        parts = [self.rbuf[self.rpos:]]
        self.rbuf = b""
        self.rpos = 0
        while self._fill():
            parts.append(self.rbuf)
            self.rbuf = b""
            self.rpos = 0
        return b"".join(parts)

    # ---------------------------------------------------------------- seeking

    def seek(self, offset, whence):
        """fseek + ftell: the new position, or None with self.err set."""
        if self.stream is not None:
            s = self._pystream()
            try:
                s.flush()
                fd = s.fileno()
            except (OSError, AttributeError, ValueError):
                self.err = _errno.ESPIPE
                return None
        else:
            fd = self.fd
            if not self._flush_wbuf():
                return None
            if whence == os.SEEK_CUR:
                offset -= len(self.rbuf) - self.rpos
            self.rbuf = b""
            self.rpos = 0
        try:
            return os.lseek(fd, offset, whence)
        except OSError as e:
            self.err = e.errno or _errno.EIO
            return None

    # ---------------------------------------------------------------- closing

    def _close_raw(self):
        """fclose/pclose: flush and release the descriptor.  Returns (ok, errno)."""
        self.closed = True
        _OPEN_FILES.discard(self)
        ok = self._flush_wbuf()
        err = self.err
        if self.pyfile is not None:
            try:
                self.pyfile.close()
            except OSError as e:
                if ok:
                    ok, err = False, e.errno
        elif self.fd is not None and self.fd >= 0:
            try:
                os.close(self.fd)
            except OSError as e:
                if ok:
                    ok, err = False, e.errno
        self.fd = None
        self.rbuf = b""
        self.rpos = 0
        return ok, err


def _new_fd_file(fd, kind, readable, writable, append=False):
    f = LuaFile(fd, kind, readable, writable, append)
    if kind in ("file", "pipe"):
        _OPEN_FILES.add(f)
    return f


def shutdown():
    """Close every open file, as lua_close does through __gc (flushes buffers, waits for popen children).

    Registered with atexit; the runner may call it explicitly before exiting."""
    for f in list(_OPEN_FILES):
        try:
            if not f.closed:
                _do_close(f)
        except Exception:
            pass


atexit.register(shutdown)


# ------------------------------------------------------------------ argument helpers


def _tolstream(f, fname):
    if f.__class__ is not LuaFile:
        if f is _NONE:
            type_error(1, fname, "FILE*", None, novalue=True)
        type_error(1, fname, "FILE*", f)
    return f


def _tofile(f, fname):
    _tolstream(f, fname)
    if f.closed:
        rt_error("attempt to use a closed file")
    return f


def _check_option(v, n, fname, names, default=None):
    """luaL_checkoption."""
    if v is None or v is _NONE:
        if default is not None:
            return default
        type_error(n, fname, "string", None, novalue=v is _NONE)
    s = check_str(v, n, fname)
    if s in names:
        return s
    arg_error(n, fname, "invalid option '%s'" % s)


def _cstr(s):
    """A Lua string as a C string (stops at the first NUL) in bytes."""
    i = s.find("\0")
    if i >= 0:
        s = s[:i]
    return s.encode("latin-1")


# ------------------------------------------------------------------ reading


def _read_number(f):
    """liolib's read_number: the numeral (up to 200 chars) or None."""
    buff = []
    c = [f.getc()]
    while c[0] >= 0 and c[0] in _SPACES:
        c[0] = f.getc()

    invalid = [False]

    def nextc():
        if len(buff) >= L_MAXLENNUM:
            invalid[0] = True  # buffer overflow: the result is invalid
            return False
        buff.append(c[0])
        c[0] = f.getc()
        return True

    def test2(s):
        if c[0] >= 0 and c[0] in s:
            return nextc()
        return False

    def readdigits(hexa):
        count = 0
        digits = _XDIGITS if hexa else _DIGITS
        while c[0] >= 0 and c[0] in digits and nextc():
            count += 1
        return count

    count = 0
    hexa = False
    test2(b"-+")
    if test2(b"0"):
        if test2(b"xX"):
            hexa = True
        else:
            count = 1
    count += readdigits(hexa)
    if test2(b"."):
        count += readdigits(hexa)
    if count > 0 and test2(b"pP" if hexa else b"eE"):
        test2(b"-+")
        readdigits(False)
    f.ungetc(c[0])
    if invalid[0]:
        return None
    s = bytes(buff).decode("latin-1")
    if s[:1] == "+":
        s = s[1:]  # number.str2number reads "+7" as a float; lua_stringtonumber gives the integer 7
    return str2number(s)


def _g_read(f, fmts, first, fname="read"):
    """g_read: `fmts` are the format arguments; `first` the argument number of the first one."""
    f.err = 0
    if not fmts:
        data, nl = f.read_upto_newline()
        if f.err:
            return _fileresult(False, None, f.err)
        if nl or data:
            return data.decode("latin-1")
        return None
    results = []
    success = True
    n = first
    for fmt in fmts:
        if not success:
            break
        c = fmt.__class__
        if c is int or c is float:
            l = check_int(fmt, n, fname)
            if l == 0:
                ch = f.getc()
                f.ungetc(ch)
                success = ch >= 0
                results.append("")
            else:
                if l < 0:
                    l = (1 << 64) + l  # size_t
                data = f.read_n(l)
                success = len(data) > 0
                results.append(data.decode("latin-1"))
        else:
            p = check_str(fmt, n, fname)
            if p[:1] == "*":
                p = p[1:]
            k = p[:1]
            if k == "n":
                v = _read_number(f)
                success = v is not None
                results.append(v)
            elif k == "l" or k == "L":
                data, nl = f.read_upto_newline()
                if k == "L" and nl:
                    data += b"\n"
                success = nl or len(data) > 0
                results.append(data.decode("latin-1"))
            elif k == "a":
                results.append(f.read_all().decode("latin-1"))
                success = True
            else:
                arg_error(n, fname, "invalid format")
        n += 1
    if f.err:
        return _fileresult(False, None, f.err)
    if not success:
        results[-1] = None
    if len(results) == 1:
        return results[0]
    return tuple(results)


def _fmt_number(v):
    if v.__class__ is int:
        return "%d" % v
    if v != v or v in (float("inf"), float("-inf")):
        return fmt_float(v)
    return "%.14g" % v


def _g_write(f, args, first, fname="write"):
    status = True
    err = 0
    n = first
    for v in args:
        c = v.__class__
        if c is int or c is float:
            s = _fmt_number(v)
        else:
            s = check_str(v, n, fname)
        if status:
            status = f.write(s.encode("latin-1"))
            if not status:
                err = f.err
        n += 1
    if status:
        return f
    return _fileresult(False, None, err)


# ------------------------------------------------------------------ file methods


def f_read(f=_NONE, *fmts):
    return _g_read(_tofile(f, "read"), fmts, 2)


def f_write(f=_NONE, *args):
    return _g_write(_tofile(f, "write"), args, 2)


def f_lines(f=_NONE, *fmts):
    _tofile(f, "lines")
    return _aux_lines(f, fmts, False, "lines", MAXARGLINE + 2)


def f_flush(f=_NONE, *_):
    f = _tofile(f, "flush")
    f.err = 0
    return _fileresult(f.flush(), None, f.err)


def f_seek(f=_NONE, whence=None, offset=None, *_):
    f = _tofile(f, "seek")
    op = _check_option(whence, 2, "seek", ("set", "cur", "end"), "cur")
    off = 0 if offset is None else check_int(offset, 3, "seek")
    f.err = 0
    pos = f.seek(off, {"set": os.SEEK_SET, "cur": os.SEEK_CUR, "end": os.SEEK_END}[op])
    if pos is None:
        return _fileresult(False, None, f.err)
    return pos


def f_setvbuf(f=_NONE, mode=_NONE, size=None, *_):
    f = _tofile(f, "setvbuf")
    op = _check_option(mode, 2, "setvbuf", ("no", "full", "line"))
    if size is not None:
        check_int(size, 3, "setvbuf")
    f.err = 0
    ok = f.flush() if op == "no" else True  # glibc syncs the stream only when unbuffering it
    f.bufmode = op
    if op == "no" and f.stream is None:
        # glibc switches to its one-byte buffer and keeps it when buffering is turned on again
        # (setvbuf with a NULL buffer does not allocate a new one)
        f.bufsize = 1
    return _fileresult(ok, None, f.err)


def _do_close(f):
    """aux_close: run the file's close function."""
    kind = f.kind
    if kind in ("stdin", "stdout", "stderr"):
        return (None, "cannot close standard file")
    if kind == "pipe":
        ok, err = f._close_raw()
        proc = f.proc
        f.proc = None
        if proc is None:
            return _fileresult(ok, None, err)
        stat = proc.wait()
        if stat < 0:
            return (None, "signal", -stat)
        if stat == 0:
            return (True, "exit", 0)
        return (None, "exit", stat)
    ok, err = f._close_raw()
    return _fileresult(ok, None, err)


def f_close(f=_NONE, *_):
    _tofile(f, "close")
    return _do_close(f)


def f_gc(f=_NONE, *_):
    _tolstream(f, "__gc")
    if not f.closed:
        _do_close(f)
    return ()


def f_tostring(f=_NONE, *_):
    _tolstream(f, "__tostring")
    if f.closed:
        return "file (closed)"
    return "file (0x%x)" % id(f)


MAXARGLINE = 250


def _aux_lines(f, fmts, toclose, fname, argn):
    if len(fmts) > MAXARGLINE:
        arg_error(argn, fname, "too many arguments")
    fmts = tuple(fmts)

    def io_readline(*_):
        if f.closed:
            rt_error("file is already closed")
        r = _g_read(f, fmts, 2, "for iterator")
        first = r[0] if r.__class__ is tuple else r
        if first is not None and first is not False:
            return r
        if r.__class__ is tuple and len(r) > 1:  # error information
            rt_error(tostring(r[1]))
        if toclose:
            _do_close(f)
        return ()

    return io_readline


# ------------------------------------------------------------------ io functions


_MODE_FLAGS = {
    "r": (os.O_RDONLY, True, False),
    "w": (os.O_WRONLY | os.O_CREAT | os.O_TRUNC, False, True),
    "a": (os.O_WRONLY | os.O_CREAT | os.O_APPEND, False, True),
    "r+": (os.O_RDWR, True, True),
    "w+": (os.O_RDWR | os.O_CREAT | os.O_TRUNC, True, True),
    "a+": (os.O_RDWR | os.O_CREAT | os.O_APPEND, True, True),
}


def _checkmode(mode):
    """l_checkmode: [rwa]%+?b*"""
    if not mode or mode[0] not in "rwa":
        return None
    base = mode[0]
    rest = mode[1:]
    if rest[:1] == "+":
        base += "+"
        rest = rest[1:]
    if rest.strip("b") != "":
        return None
    return base


def _fopen(fname, base):
    """fopen: a LuaFile, or raises OSError."""
    flags, readable, writable = _MODE_FLAGS[base]
    fd = os.open(_cstr(fname), flags | getattr(os, "O_CLOEXEC", 0), 0o666)
    f = _new_fd_file(fd, "file", readable, writable, base[0] == "a")
    if base == "a":
        # glibc positions a write-only append stream at the end when opening it
        try:
            os.lseek(fd, 0, os.SEEK_END)
        except OSError:
            pass
    return f


def io_open(filename=_NONE, mode=None, *_):
    fname = check_str(None if filename is _NONE else filename, 1, "open", filename is _NONE)
    md = "r" if mode is None else check_str(mode, 2, "open")
    base = _checkmode(md)
    if base is None:
        arg_error(2, "open", "invalid mode")
    try:
        return _fopen(fname, base)
    except OSError as e:
        return _fileresult(False, fname, e.errno or _errno.EIO)


def _opencheckfile(fname, base):
    try:
        return _fopen(fname, base)
    except OSError as e:
        rt_error("cannot open file '%s' (%s)" % (fname, _strerror(e.errno or _errno.EIO)))


def _make_default_functions(st):
    """io.close/flush/input/output/lines/read/write of one Lua state (st holds its default files)."""

    def getiofile(which):
        f = st[which]
        if f.closed:
            rt_error("default %s file is closed" % which)
        return f

    def io_close(f=_NONE, *_):
        if f is _NONE:
            f = st["output"]
        return f_close(f)

    def io_flush(*_):
        f = getiofile("output")
        f.err = 0
        return _fileresult(f.flush(), None, f.err)

    def g_iofile(which, mode, fname, f):
        if f is not _NONE and f is not None:
            c = f.__class__
            if c is str or c is int or c is float:
                name = check_str(f, 1, fname)
                st[which] = _opencheckfile(name, mode)
            else:
                _tofile(f, fname)
                st[which] = f
        return st[which]

    def io_input(f=_NONE, *_):
        return g_iofile("input", "r", "input", f)

    def io_output(f=_NONE, *_):
        return g_iofile("output", "w", "output", f)

    def io_lines(filename=_NONE, *fmts):
        if filename is _NONE or filename is None:
            f = st["input"]
            _tofile(f, "lines")
            return _aux_lines(f, fmts, False, "lines", MAXARGLINE + 2)
        name = check_str(filename, 1, "lines")
        f = _opencheckfile(name, "r")
        return (_aux_lines(f, fmts, True, "lines", MAXARGLINE + 2), None, None, f)

    def io_read(*fmts):
        return _g_read(getiofile("input"), fmts, 1)

    def io_write(*args):
        return _g_write(getiofile("output"), args, 1)

    return (("close", io_close), ("flush", io_flush), ("input", io_input), ("lines", io_lines),
            ("output", io_output), ("read", io_read), ("write", io_write))


def flush_on_collect():
    """collectgarbage("collect"): lua5.4 closes, so flushes, every file no longer referenced.
    Here a spent temporary of a running frame can still hold such a file, so the write
    buffer of every open file goes out: another handle on the same file then reads what it
    reads under lua5.4 (files.lua's "file should be closed by GC")."""
    for f in list(_OPEN_FILES):
        if not f.closed and f.wbuf:
            f._flush_wbuf()


state.after_full_collect.append(flush_on_collect)


def _flush_all():
    """fflush(NULL): every output stream."""
    for f in list(_OPEN_FILES):
        if not f.closed:
            f._flush_wbuf()
    for name in ("stdout", "stderr"):
        s = getattr(sys, name, None)
        try:
            if s is not None:
                s.flush()
        except (OSError, ValueError):
            pass


def io_popen(prog=_NONE, mode=None, *_):
    cmd = check_str(None if prog is _NONE else prog, 1, "popen", prog is _NONE)
    md = "r" if mode is None else check_str(mode, 2, "popen")
    if md not in ("r", "w"):
        arg_error(2, "popen", "invalid mode")
    _flush_all()
    try:
        if md == "r":
            import subprocess  # here: an import costs startup time every program pays

            proc = subprocess.Popen([b"/bin/sh", b"-c", _cstr(cmd)], stdout=subprocess.PIPE, close_fds=True)
            pyfile = proc.stdout
            f = _new_fd_file(pyfile.fileno(), "pipe", True, False)
        else:
            import subprocess  # (as above)

            proc = subprocess.Popen([b"/bin/sh", b"-c", _cstr(cmd)], stdin=subprocess.PIPE, close_fds=True)
            pyfile = proc.stdin
            f = _new_fd_file(pyfile.fileno(), "pipe", False, True)
    except OSError as e:
        return _fileresult(False, cmd, e.errno or _errno.EIO)
    f.proc = proc
    f.pyfile = pyfile
    return f


def io_tmpfile(*_):
    import tempfile  # slow to import (shutil, random): only here

    try:
        fd, path = tempfile.mkstemp(prefix="lua_")
        os.unlink(path)
    except OSError as e:
        return _fileresult(False, None, e.errno or _errno.EIO)
    return _new_fd_file(fd, "file", True, True)


def io_type(obj=_NONE, *_):
    if obj is _NONE:
        arg_error(1, "type", "value expected")
    if obj.__class__ is not LuaFile:
        return None
    return "closed file" if obj.closed else "file"


# ------------------------------------------------------------------ metatable and library


METHODS = LuaTable()
for _k, _v in (("close", f_close), ("flush", f_flush), ("lines", f_lines), ("read", f_read),
               ("seek", f_seek), ("setvbuf", f_setvbuf), ("write", f_write)):
    METHODS[_k] = _v

FILE_META = LuaTable()
FILE_META["__index"] = METHODS
FILE_META["__name"] = "FILE*"
FILE_META["__gc"] = f_gc
FILE_META["__close"] = f_gc
FILE_META["__tostring"] = f_tostring
LuaFile.lua_meta = FILE_META


def _std_in():
    try:
        fd = sys.stdin.fileno()
    except (AttributeError, ValueError, OSError):
        fd = 0
    return LuaFile(fd, "stdin", True, False)


def _std_out(name):
    f = LuaFile(None, name, False, True)
    f.stream = name
    try:
        if getattr(sys, name).isatty():
            f.bufmode = "line"  # C's stdout is line buffered on a terminal
    except (AttributeError, ValueError, OSError):
        pass
    return f


def open_io(G):
    io = LuaTable()
    stdin = _std_in()
    stdout = _std_out("stdout")
    stderr = _std_out("stderr")
    stderr.bufmode = "no"
    st = {"input": stdin, "output": stdout}
    for k, v in _make_default_functions(st) + (
            ("open", io_open), ("popen", io_popen), ("tmpfile", io_tmpfile), ("type", io_type),
            ("stdin", stdin), ("stdout", stdout), ("stderr", stderr)):
        io[k] = v
    G["io"] = io
    return io

"""LuaFileSystem 1.8.0 (Debian's lua-filesystem) in Python: the C module `lfs`.

A port of src/lfs.c for POSIX: the same functions, results and error values
((nil, message, errno) where lfs.c uses pusherror, (nil, message) where it
pushes only strerror, luaL_error where it raises).  Paths are Lua strings
(one character per byte) handed to the system as C strings, so a path stops
at its first NUL as it does in C.
"""
import errno as _errno
import fcntl
import os
import stat as _stat

from ..core.args import arg_error, check_int, check_number, check_str, type_error
from ..core.table import LuaTable
from ..stdlib.lio import _cstr as _cpath, _strerror
from . import file_descriptor, l_error
from ..stdlib.lio import LuaFile
from ..stdlib.lio import _NONE, _check_option
from ..core.ops import setindex
from ..core.frames import runtime_module

runtime_module(__file__)

VERSION = "LuaFileSystem 1.8.0"


def _lua(b):
    return b.decode("latin-1")


def _pusherror(e, info=None):
    """pusherror: nil, "info: strerror" (or strerror), errno."""
    msg = _strerror(e.errno)
    if info is not None:
        msg = "%s: %s" % (info, msg)
    return (None, msg, e.errno)


def _pushresult(fn, *args):
    try:
        fn(*args)
    except OSError as e:
        return _pusherror(e)
    return True


def _arg_str(args, n, fname):
    return check_str(args[n - 1] if len(args) >= n else None, n, fname, len(args) < n)


def _opt_int(args, n, fname, default):
    v = args[n - 1] if len(args) >= n else None
    return default if v is None else check_int(v, n, fname)


def _lua_isstring(v):
    return v.__class__ is str or v.__class__ is int or v.__class__ is float


# ---------------------------------------------------------------- directories

def change_dir(*args):
    path = _arg_str(args, 1, "chdir")
    try:
        os.chdir(_cpath(path))
    except OSError as e:
        return (None, "Unable to change working directory to '%s'\n%s\n" % (path, _strerror(e.errno)))
    return True


def get_dir(*_):
    try:
        return _lua(os.getcwdb())
    except OSError as e:
        return _pusherror(e, "get_dir getcwd() failed")


def make_dir(*args):
    path = _arg_str(args, 1, "mkdir")
    # S_IRWXU | S_IRGRP | S_IWGRP | S_IXGRP | S_IROTH | S_IXOTH, before the umask
    return _pushresult(os.mkdir, _cpath(path), 0o775)


def remove_dir(*args):
    path = _arg_str(args, 1, "rmdir")
    return _pushresult(os.rmdir, _cpath(path))


class Dir:
    """The userdata lfs.dir returns (metatable "directory metatable")."""

    lua_type = "userdata"
    lua_meta = None  # DIR_META, below
    __slots__ = ("__weakref__", "closed", "dots", "it")

    def __init__(self, it):
        self.it = it  # an os.scandir iterator: the open directory
        self.dots = [b"..", b"."]  # readdir gives these too; os.scandir leaves them out
        self.closed = False

    def __del__(self):  # __gc
        self._close()

    def _close(self):
        if not self.closed:
            self.closed = True
            self.it.close()

    def next_name(self):
        if self.dots:
            return self.dots.pop()
        entry = next(self.it, None)
        return entry.name if entry is not None else None


def dir_iter(*args):
    d = args[0] if args else None
    if d.__class__ is not Dir:
        type_error(1, "next", "directory metatable", d, not args)
    if d.closed:
        arg_error(1, "next", "closed directory")
    name = d.next_name()
    if name is None:  # no more entries: close the directory
        d._close()
        return ()
    return _lua(name)


def dir_close(*args):
    d = args[0] if args else None
    if d.__class__ is Dir:
        d._close()
    return ()


def dir_iter_factory(*args):
    path = _arg_str(args, 1, "dir")
    try:
        it = os.scandir(_cpath(path))  # opendir
    except OSError as e:
        l_error("cannot open %s: %s" % (path, _strerror(e.errno)))
    d = Dir(it)
    return (dir_iter, d, None, d)


# ---------------------------------------------------------------- attributes

def _mode2string(mode):
    if _stat.S_ISREG(mode):
        return "file"
    if _stat.S_ISDIR(mode):
        return "directory"
    if _stat.S_ISLNK(mode):
        return "link"
    if _stat.S_ISSOCK(mode):
        return "socket"
    if _stat.S_ISFIFO(mode):
        return "named pipe"
    if _stat.S_ISCHR(mode):
        return "char device"
    if _stat.S_ISBLK(mode):
        return "block device"
    return "other"


def _perm2string(mode):
    bits = (_stat.S_IRUSR, _stat.S_IWUSR, _stat.S_IXUSR, _stat.S_IRGRP, _stat.S_IWGRP,
            _stat.S_IXGRP, _stat.S_IROTH, _stat.S_IWOTH, _stat.S_IXOTH)
    return "".join(c if mode & b else "-" for c, b in zip("rwxrwxrwx", bits))


def _secs(ns):
    return ns // 1000000000  # time_t: whole seconds


# the fields in lfs.c's order (the order a new table gets them)
MEMBERS = (
    ("mode", lambda st: _mode2string(st.st_mode)),
    ("dev", lambda st: st.st_dev),
    ("ino", lambda st: st.st_ino),
    ("nlink", lambda st: st.st_nlink),
    ("uid", lambda st: st.st_uid),
    ("gid", lambda st: st.st_gid),
    ("rdev", lambda st: st.st_rdev),
    ("access", lambda st: _secs(st.st_atime_ns)),
    ("modification", lambda st: _secs(st.st_mtime_ns)),
    ("change", lambda st: _secs(st.st_ctime_ns)),
    ("size", lambda st: st.st_size),
    ("permissions", lambda st: _perm2string(st.st_mode)),
    ("blocks", lambda st: st.st_blocks),
    ("blksize", lambda st: st.st_blksize),
)
_MEMBER = dict(MEMBERS)


def _file_info(args, fname, follow):
    path = _arg_str(args, 1, fname)
    try:
        st = os.stat(_cpath(path), follow_symlinks=follow)
    except OSError as e:
        return (None, "cannot obtain information from file '%s': %s" % (path, _strerror(e.errno)),
                e.errno)
    request = args[1] if len(args) >= 2 else None
    if _lua_isstring(request):
        member = check_str(request, 2, fname)
        push = _MEMBER.get(member.split("\0", 1)[0])
        if push is None:
            l_error("invalid attribute name '%s'" % member.split("\0", 1)[0])
        return push(st)
    t = request if request.__class__ is LuaTable else LuaTable()
    for name, push in MEMBERS:
        dict.__setitem__(t, name, push(st))  # lua_rawset
    return t


def file_info(*args):
    return _file_info(args, "attributes", True)


def _link_target(path):
    return _lua(os.readlink(_cpath(path)))


def link_info(*args):
    request = args[1] if len(args) >= 2 else None
    if _lua_isstring(request) and check_str(request, 2, "symlinkattributes").split("\0", 1)[0] == "target":
        path = _arg_str(args, 1, "symlinkattributes")
        try:
            return _link_target(path)
        except OSError as e:
            return _pusherror(e, "could not obtain link target")
    r = _file_info(args, "symlinkattributes", False)
    if r.__class__ is LuaTable:
        try:
            dict.__setitem__(r, "target", _link_target(args[0] if args[0].__class__ is str
                                                       else check_str(args[0], 1, "symlinkattributes")))
        except OSError:
            pass
    return r


# ---------------------------------------------------------------- links, times

def make_link(*args):
    old = _arg_str(args, 1, "link")
    new = _arg_str(args, 2, "link")
    symbolic = len(args) >= 3 and args[2] is not None and args[2] is not False
    return _pushresult(os.symlink if symbolic else os.link, _cpath(old), _cpath(new))


def file_utime(*args):
    path = _arg_str(args, 1, "touch")
    if len(args) == 1:
        times = None  # now
    else:
        a = args[1]
        actime = 0 if a is None else check_number(a, 2, "touch")
        actime = int(actime)  # (time_t) of a double truncates
        m = args[2] if len(args) >= 3 else None
        modtime = actime if m is None else check_int(m, 3, "touch")
        times = (actime, modtime)
    return _pushresult(os.utime, _cpath(path), times)


# ---------------------------------------------------------------- locks and modes

def _check_file(args, n, fname):
    f = args[n - 1] if len(args) >= n else None
    if f.__class__ is not LuaFile:
        type_error(n, fname, "FILE*", f, len(args) < n)
    if f.closed:
        l_error("%s: closed file" % fname)
    return f


_LOCK_TYPES = {"w": fcntl.F_WRLCK, "r": fcntl.F_RDLCK, "u": fcntl.F_UNLCK}


def _file_lock(f, mode, start, length, fname):
    kind = _LOCK_TYPES.get(mode[:1])
    if kind is None:
        l_error("%s: invalid mode" % fname)
    fd = file_descriptor(f)
    try:
        if fd is None:
            raise OSError(_errno.EBADF, "")
        # fcntl(F_SETLK) with l_whence SEEK_SET, as lfs.c does (lockf's flags map onto it)
        op = {fcntl.F_WRLCK: fcntl.LOCK_EX, fcntl.F_RDLCK: fcntl.LOCK_SH,
              fcntl.F_UNLCK: fcntl.LOCK_UN}[kind]
        fcntl.lockf(fd, op | (fcntl.LOCK_NB if kind != fcntl.F_UNLCK else 0), length, start, 0)
    except OSError as e:
        return (None, _strerror(e.errno))
    return True


def file_lock(*args):
    f = _check_file(args, 1, "lock")
    mode = _arg_str(args, 2, "lock")
    start = _opt_int(args, 3, "lock", 0)
    length = _opt_int(args, 4, "lock", 0)
    return _file_lock(f, mode, start, length, "lock")


def file_unlock(*args):
    f = _check_file(args, 1, "unlock")
    start = _opt_int(args, 2, "unlock", 0)
    length = _opt_int(args, 3, "unlock", 0)
    return _file_lock(f, "u", start, length, "unlock")


def setmode(*args):
    _check_file(args, 1, "setmode")
    _check_option(args[1] if len(args) >= 2 else _NONE, 2, "setmode", ("binary", "text"))
    return (True, "binary")  # POSIX has no text mode: lfs_setmode returns _O_BINARY (0)


class Lock:
    """The userdata lfs.lock_dir returns (metatable "lock metatable")."""

    lua_type = "userdata"
    lua_meta = None  # LOCK_META, below
    __slots__ = ("__weakref__", "ln")

    def __init__(self, ln):
        self.ln = ln

    def __del__(self):  # __gc
        self.free()

    def free(self):
        if self.ln is not None:
            try:
                os.unlink(self.ln)
            except OSError:
                pass
            self.ln = None


def lock_dir(*args):
    path = _arg_str(args, 1, "lock_dir")
    ln = _cpath(path) + b"/lockfile.lfs"
    try:
        os.symlink(b"lock", ln)
    except OSError as e:
        return (None, _strerror(e.errno))
    return Lock(ln)


def unlock_dir(*args):
    lock = args[0] if args else None
    if lock.__class__ is not Lock:
        type_error(1, "free", "lock metatable", lock, not args)
    lock.free()
    return ()


# ---------------------------------------------------------------- the module

def _metatable(name, methods, extra):
    index = LuaTable()
    for k, v in methods:
        dict.__setitem__(index, k, v)
    mt = LuaTable()
    dict.__setitem__(mt, "__name", name)  # luaL_newmetatable
    dict.__setitem__(mt, "__index", index)
    for k, v in extra:
        dict.__setitem__(mt, k, v)
    return mt


Dir.lua_meta = _metatable("directory metatable", (("next", dir_iter), ("close", dir_close)),
                          (("__gc", dir_close), ("__close", dir_close)))
Lock.lua_meta = _metatable("lock metatable", (("free", unlock_dir),), (("__gc", unlock_dir),))

FUNCTIONS = (
    ("attributes", file_info),
    ("chdir", change_dir),
    ("currentdir", get_dir),
    ("dir", dir_iter_factory),
    ("link", make_link),
    ("lock", file_lock),
    ("mkdir", make_dir),
    ("rmdir", remove_dir),
    ("symlinkattributes", link_info),
    ("setmode", setmode),
    ("touch", file_utime),
    ("unlock", file_unlock),
    ("lock_dir", lock_dir),
)


def luaopen(G):
    t = LuaTable()
    for name, fn in FUNCTIONS:
        dict.__setitem__(t, name, fn)
    setindex(G, "lfs", t)  # luaopen_lfs also sets the global lfs
    dict.__setitem__(t, "_COPYRIGHT", "Copyright (C) 2003-2017 Kepler Project")
    dict.__setitem__(t, "_DESCRIPTION", "LuaFileSystem is a Lua library developed to complement "
                     "the set of functions related to file systems offered by "
                     "the standard Lua distribution")
    dict.__setitem__(t, "_VERSION", VERSION)
    return t

"""Lua errors as Python exceptions, and the positions ("chunk:line:") Lua adds to them.

A Lua error is a LuaError carrying any Lua value.  Positions come from the
Python frames of converted code: every Lua chunk is compiled with
co_filename = its chunk name and line numbers = Lua lines, and registered in
CHUNKS so that runtime helpers can find the nearest Lua frame.

`lua_error_value(exc)` turns any Python exception raised while running Lua
code into the Lua error value a Lua program sees; pcall, xpcall, the runner,
coroutines and <close> handlers all go through it.
"""
import marshal
import os
import sys
from types import CodeType

from .chunkid import chunk_display_name  # noqa: F401 (the runtime's name for it)
from .frames import RUNTIME, TRANSPARENT, frame_line, tb_line, transparent_module
from .number import fmt_float
from .state import protected_calls, running, unwinding

transparent_module(__file__)

# co_filename -> (chunkname, linemap or None).  linemap maps the line numbers of
# a written .py file back to Lua lines.
CHUNKS = {}


class LuaError(Exception):
    """A Lua error.  `value` is the Lua value passed to error() (any value)."""

    def __init__(self, value, traceback=None):
        Exception.__init__(self, value)
        self.value = value
        self.lua_traceback = traceback

    def __str__(self):
        """tostring() of the value without metamethods: Python's view of the error."""
        v = self.value
        c = v.__class__
        if c is str:
            return v
        if c is int:
            return "%d" % v
        if c is float:
            return fmt_float(v)
        if v is None or c is bool:
            return "nil" if v is None else ("true" if v else "false")
        # tables, coroutines and userdata name their Lua type in a lua_type class attribute
        name = getattr(c, "lua_type", None) or ("function" if callable(v) else "userdata")
        return "%s: 0x%x" % (name, id(v))


class LuaExit(BaseException):
    """os.exit(): unwinds to the runner, which exits with `code`.

    lua5.4's os.exit calls C's exit() at once: pending to-be-closed variables are
    not closed, unless its second argument is true (`close`: lua_close closes the
    main thread's pending variables, innermost first, each getting the error the
    previous __close raised, or nil).  `close_error` carries that value along."""

    def __init__(self, code, close=False):
        BaseException.__init__(self, code)
        self.code = code
        self.close = close
        self.close_error = None


def register_chunk(filename, chunkname=None, linemap=None, sitemap=None):
    """A Lua chunk's code: its co_filename, display name, and for code compiled from a written
    .py file the maps back to Lua: linemap {py line: Lua line},
    sitemap {(py line, py col, py end col): site}, each a dict or the compact text
    codegen.module writes (decoded when first used)."""
    if linemap.__class__ is str:
        linemap = LineMap(linemap)
    # (a chunk named "=" or "@" displays as "")
    CHUNKS[filename] = (filename if chunkname is None else chunkname, linemap)
    if sitemap is not None:
        SITEMAPS[filename] = sitemap
        if sitemap.__class__ is str and sitemap.startswith(":"):
            LINE_SITES.add(filename)


# co_filename -> a written .py file's sitemap (a dict, or its text until first used): keyed
# by (py line, col, end col), or for the site-lines layout by py line alone (SITE_LINES)
SITEMAPS = {}
# co_filename of the chunks written in the site-lines layout
LINE_SITES = set()

# Whether lua2py compiles chunks in the site-lines layout (codegen.unparse): a site is found
# from a frame's line alone, where code objects have no column table (PyPy 3.9: no
# co_positions).  LUA2PY_SITE_LINES=1 asks for it on CPython too (tests).
SITE_LINES = not hasattr(CodeType, "co_positions") or bool(os.environ.get("LUA2PY_SITE_LINES"))


def _expand(text):
    import base64  # slow to import (re, struct): only when a written module's maps are read
    import zlib

    return zlib.decompress(base64.b85decode(text)).decode("ascii").split(",")


def unpack_constant(text):
    """A constant codegen.module wrote packed (pack_constant): marshal, zlib'd, base85."""
    import base64
    import zlib

    return marshal.loads(zlib.decompress(base64.b85decode(text)))


class LineMap:
    """A written .py file's {py line: Lua line}, decoded from its text (codegen.module's
    encode_linemap) when first asked: most runs never report a position."""

    __slots__ = ("map", "text")

    def __init__(self, text):
        self.text = text
        self.map = None

    def get(self, line, default=None):
        m = self.map
        if m is None:
            m = self.map = {}
            lua = 0
            for pyline, field in enumerate(_expand(self.text), 1):
                if field:
                    lua += int(field)
                    m[pyline] = lua
        return m.get(line, default)


class _StrippedLines:
    """The line map of a chunk loaded from a stripped binary chunk (string.dump(f, true)):
    no line is known; lua5.4 then writes the positions of runtime errors "?:-1:", and
    luaL_where (error's level) gives none."""

    def get(self, line, default=None):
        return -1


STRIPPED_LINES = _StrippedLines()


def decode_sitemap(text):
    """The dict of codegen.module's encode_sitemap (or encode_sitelines) text."""
    if text.startswith(":"):
        fields = [int(x) for x in _expand(text[1:]) if x]
        out = {}
        line = 0
        for i in range(0, len(fields) - 1, 2):
            line += fields[i]
            out[line] = fields[i + 1]
        return out
    fields = [int(x) for x in _expand(text) if x]
    out = {}
    line = 0
    for i in range(0, len(fields) - 3, 4):
        line += fields[i]
        col = fields[i + 1]
        out[(line, col, col + fields[i + 2])] = fields[i + 3]
    return out


def lua_frames(frame=None):
    """Yield (frame, chunkname, line) for each Lua frame, innermost first."""
    f = frame if frame is not None else sys._getframe(1)
    chunks = CHUNKS
    while f is not None:
        info = chunks.get(f.f_code.co_filename)
        if info is not None:
            name, linemap = info
            line = frame_line(f)
            if linemap is not None:
                line = linemap.get(line, line)
            yield f, name, line
        f = f.f_back


def where(level=1):
    """Lua's luaL_where: 'chunk:line: ' for the level-th Lua frame, or ''."""
    if level <= 0:
        return ""
    for f, name, line in lua_frames(sys._getframe(1)):
        level -= 1
        if level == 0:
            if line is None or line <= 0:
                return "?:-1: " if CHUNKS[f.f_code.co_filename][1] is STRIPPED_LINES else ""
            return "%s:%d: " % (name, line)
    return ""


def lua_where(level, frame):
    """luaL_where(level) seen from the library function running in `frame`.

    Level 1 is the function that called the library function, level 2 its caller...
    Lua frames count one level each; a run of library (C) frames counts as one level
    and has no position; the value model's frames count as none (see frames.py)."""
    f = frame.f_back
    chunks = CHUNKS
    in_c = False
    callee_is_lua = False
    # a coroutine's stack ends at its first generator's frame: beyond it (the resumer's
    # frames, whether or not a Python resume frame sits between) lua5.4 sees no levels
    co = running[0]
    gen = co.gen if co is not None else None
    base = gen.gi_frame if gen is not None else None
    while f is not None:
        if unwinding and f in unwinding:
            # an error is unwinding this frame: lua5.4's stack goes on at the protected
            # call that caught it (state.unwinding)
            while f is not None and f.f_code not in protected_calls and f is not base:
                f = f.f_back
            if f is None or f is base:
                return ""
        fn = f.f_code.co_filename
        info = chunks.get(fn)
        if info is not None:
            in_c = False
            # a frame that tail-called the Lua function above it is gone in lua5.4
            if not (callee_is_lua and is_tail_call(f)):
                level -= 1
                if level == 0:
                    p = chunk_pos(f, frame_line(f))
                    return p or ""
            callee_is_lua = True
        elif fn not in TRANSPARENT:
            callee_is_lua = False
            if fn not in RUNTIME:
                # outside the runtime (runner, importer, user Python): no more Lua levels
                return ""
            if not in_c:
                in_c = True
                level -= 1
                if level == 0:
                    return ""
        if f is base:
            return ""
        f = f.f_back
    return ""


def rt_error(msg):
    """Raise a runtime error with the position of the innermost Lua frame, as luaG_runerror does."""
    if HIDDEN_CHUNKS:
        raise DeferredLuaError(msg, sys._getframe(), 1, False)
    raise LuaError(where(1) + msg)


# ---------------------------------------------------------------- chunks compiled to C
# The functions of a chunk Cython compiled (lua2py --cython) have no Python frames on the
# live stack (sys._getframe does not see them); an exception passing through them gets a
# traceback entry each, with the line.  So while such chunks are loaded, an error whose
# message needs the position of a Lua level is raised as a DeferredLuaError, which finds
# it in its traceback when its value is first read (by pcall, the runner, a coroutine's
# resume ...: all below the Lua levels concerned).

HIDDEN_CHUNKS = set()  # co_filename of the chunks compiled to C


def register_hidden_chunk(filename):
    HIDDEN_CHUNKS.add(filename)


class DeferredLuaError(LuaError):
    """A LuaError whose message gets luaL_where(level)'s position when first read.

    origin: the frame that would have looked the level up (the library function's);
    c_levels: count levels as lua_where does (a run of library frames is one level),
    else as where does (Lua frames only)."""

    def __init__(self, msg, origin, level, c_levels=True):
        self._origin = origin
        self._level = level
        self._c_levels = c_levels
        self._pos = None
        LuaError.__init__(self, msg)

    def _get(self):
        pos = self._pos
        if pos is None:
            try:
                pos = _traceback_where(self)
            except Exception:
                pos = ""
            if "\x00site" in self._msg:
                self._msg = _fill_sites(self, self._msg)
            self._pos = pos
            self._origin = None
        return pos + self._msg

    def _set(self, v):
        self._msg = v
        if self._pos is not None:  # replaced after it was read: the new value as it is
            self._pos = ""

    value = property(_get, _set)


def _fill_sites(exc, msg):
    """msg with its site marks (_SiteRef) replaced by the descriptions of the site of the
    innermost Lua entry of exc's traceback (what error_site finds on the live stack)."""
    import re

    entries = []
    tb = exc.__traceback__
    while tb is not None:
        entries.append(tb)
        tb = tb.tb_next
    site = None
    for tb in reversed(entries):
        if tb.tb_frame.f_code.co_filename in CHUNKS:
            try:
                site = site_of(tb.tb_frame, tb.tb_lasti, tb.tb_lineno)
            except Exception:
                site = None
            break

    def desc(m):
        i = int(m.group(1))
        return varinfo(site[i]) if site is not None and i < len(site) else ""

    return re.sub(" \\(\x00site(\\d+)\x00\\)", desc, msg)


def located_error(level, frame, msg):
    """LuaError(lua_where(level, frame) + msg), deferred when frames may be hidden."""
    if HIDDEN_CHUNKS:
        return DeferredLuaError(msg, frame, level, True)
    return LuaError(lua_where(level, frame) + msg)


def _traceback_where(exc):
    """The position of exc's Lua level, from its traceback (the frames between whoever
    reads it and the raise, the compiled ones included), then the live stack beyond."""
    entries = []
    tb = exc.__traceback__
    while tb is not None:
        entries.append((tb.tb_frame, tb_line(tb)))
        tb = tb.tb_next
    if not entries:
        return ""
    entries.reverse()  # innermost first
    origin = exc._origin
    start = 0
    for i, (f, _) in enumerate(entries):
        if f is origin:
            start = i + 1
            break

    def frames():
        yield from entries[start:]
        f = entries[-1][0].f_back
        while f is not None:
            yield f, frame_line(f)
            f = f.f_back

    level = exc._level
    c_levels = exc._c_levels
    chunks = CHUNKS
    in_c = False
    for f, line in frames():
        fn = f.f_code.co_filename
        if fn in chunks:
            in_c = False
            level -= 1
            if level == 0:
                return chunk_pos(f, line) or ""
        elif c_levels and fn not in TRANSPARENT:
            if fn not in RUNTIME:
                return ""
            if not in_c:
                in_c = True
                level -= 1
                if level == 0:
                    return ""
    return ""


# Variable descriptions of operator and call sites ("local 't'", "global 'f'", ...).
# The compiler numbers each site of a chunk and stores the number in the
# col_offset of the generated call; SITES[co_filename][n] holds its descriptions.
# Looking them up costs nothing until an error is raised.
SITES = {}
# the last description of a tail call's site (`return f(...)`): lua5.4 replaces the
# caller's frame with the callee's when the callee is a Lua function
TAIL_CALL = "(tail call)"
# co_filename -> the chunk name it was loaded under ("@file", "=stdin", a load()'s name):
# debug.getinfo's 'source'
CHUNK_SOURCES = {}


def register_sites(filename, sites):
    SITES[filename] = sites


def site_of(frame, lasti=None, lineno=None):
    """The site entry (a tuple of descriptions) for the instruction a Lua frame is executing, or None.

    lasti, lineno: the instruction and line of a traceback entry (the frame's own otherwise).
    A chunk in the site-lines layout (LINE_SITES) is looked up by line (its sitemap maps
    py line -> site), any other by the instruction's column (co_positions, Python 3.11+):
    the compiler stores the site number as the column, or the written file's sitemap maps
    the (line, col, end col) to it."""
    filename = frame.f_code.co_filename
    sites = SITES.get(filename)
    if not sites:
        return None
    if filename in LINE_SITES:
        sitemap = SITEMAPS[filename]
        if sitemap.__class__ is str:
            sitemap = SITEMAPS[filename] = decode_sitemap(sitemap)
        n = sitemap.get(frame_line(frame) if lineno is None else lineno)
        if n is not None and 0 < n <= len(sites):
            return sites[n - 1]
        return None
    try:
        positions = frame.f_code.co_positions
    except AttributeError:  # Python < 3.11: no column table, no variable names
        return None
    if lasti is None:
        lasti = frame.f_lasti
    idx = lasti // 2
    sitemap = SITEMAPS.get(filename)
    if sitemap.__class__ is str:
        sitemap = SITEMAPS[filename] = decode_sitemap(sitemap)
    for i, pos in enumerate(positions()):
        if i == idx:
            col = pos[2]
            if sitemap is not None:
                col = sitemap.get((pos[0], col, pos[3]), 0)
            if col is not None and 0 < col <= len(sites):
                return sites[col - 1]
            return None
    return None


def is_tail_call(frame):
    """Is a Lua frame making a tail call (so that a Lua function it calls replaces it)?"""
    site = site_of(frame)
    return site is not None and site[-1] == TAIL_CALL


def varinfo(desc):
    return " (%s)" % desc if desc else ""


def error_site():
    """Site entry of the innermost Lua frame (the compiled code whose operation is failing)."""
    f = sys._getframe(1)
    chunks = CHUNKS
    while f is not None:
        if f.f_code.co_filename in chunks:
            return site_of(f)
        f = f.f_back
    return None


class _SiteRef:
    """site_desc(i) while compiled chunks are loaded: the live stack does not show their
    frames, so the description is written as a mark, which DeferredLuaError (rt_error
    raises one then) replaces by the site of the innermost Lua entry of its traceback."""
    __slots__ = ("i",)

    def __init__(self, i):
        self.i = i

    def __str__(self):
        return "\x00site%d\x00" % self.i


def site_desc(i):
    if HIDDEN_CHUNKS:
        return _SiteRef(i)
    s = error_site()
    if s is None or i >= len(s):
        return None
    return s[i]


# ---------------------------------------------------------------- Python exceptions as Lua errors

_PY_TYPE_NAMES = {
    "NoneType": "nil",
    "int": "number",
    "float": "number",
    "str": "string",
    "bool": "boolean",
    "table": "table",
    "LuaTable": "table",
    "Coroutine": "thread",
}


def chunk_pos(frame, lineno, vm=False):
    """'chunk:line: ' for a Lua frame at Python line `lineno`, or None if the frame is not
    Lua code.  vm: for an error of the VM (luaG_runerror), which writes the unknown line of
    a stripped function "?:-1:" where luaL_where writes nothing."""
    info = CHUNKS.get(frame.f_code.co_filename)
    if info is None:
        return None
    name, linemap = info
    line = lineno
    if linemap is not None:
        line = linemap.get(line, line)
    if line is None or line <= 0:
        return "?:-1: " if vm and linemap is STRIPPED_LINES else ""
    return "%s:%d: " % (name, line)


def _innermost_lua_pos(exc):
    """Position of the innermost Lua frame in an exception's traceback ('' if none)."""
    tb = exc.__traceback__
    pos = ""
    chunks = CHUNKS
    while tb is not None:
        if tb.tb_frame.f_code.co_filename in chunks:
            p = chunk_pos(tb.tb_frame, tb_line(tb), True)
            if p is not None:
                pos = p
        tb = tb.tb_next
    return pos


def _call_error_value(exc, msg):
    """'attempt to call a nil value (global 'f')' for a TypeError raised by calling a non-callable."""
    # "'NoneType' object is not callable"
    pyname = None
    if msg.startswith("'"):
        j = msg.find("'", 1)
        if j > 0:
            pyname = msg[1:j]
    tname = "nil" if pyname is None else _PY_TYPE_NAMES.get(pyname, "userdata")
    # the innermost traceback entry is the frame that made the call; "'table' object is not
    # callable" comes from LuaTable.__call__ (a table without __call): its caller is one further out
    entries = []
    tb = exc.__traceback__
    while tb is not None:
        entries.append(tb)
        tb = tb.tb_next
    if not entries:
        return "attempt to call a %s value" % tname
    i = len(entries) - 1
    if pyname == "table" and i > 0:
        i -= 1
    # a table without __call (table.NotCallable carries it): named by its metatable's
    # __name as luaT_objtypename does
    mt = getattr(getattr(exc, "lua_value", None), "meta", None)
    name = dict.get(mt, "__name") if mt is not None else None
    if name.__class__ is str:
        tname = name
    tb = entries[i]
    frame = tb.tb_frame
    pos = chunk_pos(frame, tb_line(tb), True)
    if pos is None:
        # called from library code (pcall(nil), ...): no position, as for a C caller
        return "attempt to call a %s value" % tname
    desc = None
    try:
        site = site_of(frame, tb.tb_lasti, tb_line(tb))
        if site:
            desc = site[0]
    except Exception:
        desc = None
    return "%sattempt to call a %s value%s" % (pos, tname, varinfo(desc))


def lua_error_value(exc):
    """The Lua error value for a Python exception raised while running Lua code."""
    if isinstance(exc, LuaError):
        return exc.value
    if isinstance(exc, RecursionError):
        return _innermost_lua_pos(exc) + "stack overflow"
    if isinstance(exc, TypeError):
        msg = str(exc)
        if msg.endswith("object is not callable"):
            return _call_error_value(exc, msg)
        # (PyPy adds " (key ...)" to the first)
        if "object is not subscriptable" in msg or msg.endswith("does not support item assignment"):
            v = _call_error_value(exc, msg)
            return v.replace("attempt to call a", "attempt to index a", 1)
    if isinstance(exc, AttributeError):
        msg = str(exc)
        if msg.startswith("'") and "' object has no attribute" in msg:
            v = _call_error_value(exc, msg)
            if v.__class__ is str and "attempt to call a" in v:
                return v.replace("attempt to call a", "attempt to index a", 1)
    if isinstance(exc, MemoryError):
        return "not enough memory"
    return "%s%s: %s" % (_innermost_lua_pos(exc), exc.__class__.__name__, exc)

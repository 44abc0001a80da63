"""Lua errors as Python exceptions, and the positions ("chunk:line:") Lua adds to them.

A Lua error is a LuaError carrying any Lua value.  Positions come from the
Python frames of converted code: every Lua chunk is compiled with
co_filename = its chunk name and line numbers = Lua lines, and registered in
CHUNKS so that runtime helpers can find the nearest Lua frame.
"""
import sys

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
        from .number import tostr_basic

        v = self.value
        if v.__class__ is str:
            return v
        return tostr_basic(v)


class LuaExit(BaseException):
    """os.exit(): unwinds to the runner, which exits with `code`."""

    def __init__(self, code):
        BaseException.__init__(self, code)
        self.code = code


def register_chunk(filename, chunkname=None, linemap=None, sitemap=None):
    """A Lua chunk's code: its co_filename, display name, and for code compiled from a written
    .py file the maps back to Lua: linemap {py line: Lua line},
    sitemap {(py line, py col, py end col): site}."""
    CHUNKS[filename] = (chunkname or filename, linemap)
    if sitemap is not None:
        SITEMAPS[filename] = sitemap


SITEMAPS = {}


def chunk_display_name(chunkname):
    """Lua's luaO_chunkid: '=name' -> name, '@file' -> file (long ones keep
    their end after '...'), source -> [string "first line..."].  The front
    end names chunks with it too, in compile-time errors."""
    if chunkname.startswith("="):
        return chunkname[1:60]
    if chunkname.startswith("@"):
        return chunkname[1:] if len(chunkname) <= 60 else "..." + chunkname[len(chunkname) - 56:]
    room = 60 - 15  # LUA_IDSIZE minus the decoration and the NUL, as lobject.c does
    first = chunkname.split("\n", 1)[0]
    if len(chunkname) < room and first == chunkname:
        return '[string "%s"]' % chunkname
    return '[string "%s..."]' % first[:room]


def lua_frames(frame=None):
    """Yield (frame, chunkname, line) for each Lua frame, innermost first."""
    f = frame if frame is not None else sys._getframe(1)
    chunks = CHUNKS
    while f is not None:
        info = chunks.get(f.f_code.co_filename)
        if info is not None:
            name, linemap = info
            line = f.f_lineno
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
                return ""
            return "%s:%d: " % (name, line)
    return ""


def rt_error(msg):
    """Raise a runtime error with the position of the innermost Lua frame, as luaG_runerror does."""
    raise LuaError(where(1) + msg)


# Variable descriptions of operator and call sites ("local 't'", "global 'f'", ...).
# The compiler numbers each site of a chunk and stores the number in the
# col_offset of the generated call; SITES[co_filename][n] holds its descriptions.
# Looking them up costs nothing until an error is raised.
SITES = {}
# co_filename -> the chunk name it was loaded under ("@file", "=stdin", a load()'s name):
# debug.getinfo's 'source'
CHUNK_SOURCES = {}


def register_sites(filename, sites):
    SITES[filename] = sites


def site_of(frame, lasti=None):
    """The site entry (a tuple of descriptions) for the instruction a Lua frame is executing, or None."""
    sites = SITES.get(frame.f_code.co_filename)
    if not sites:
        return None
    try:
        positions = frame.f_code.co_positions
    except AttributeError:  # Python < 3.11: no column table, no variable names
        return None
    if lasti is None:
        lasti = frame.f_lasti
    idx = lasti // 2
    sitemap = SITEMAPS.get(frame.f_code.co_filename)
    for i, pos in enumerate(positions()):
        if i == idx:
            col = pos[2]
            if sitemap is not None:
                col = sitemap.get((pos[0], col, pos[3]), 0)
            if col is not None and 0 < col <= len(sites):
                return sites[col - 1]
            return None
    return None



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


def site_desc(i):
    s = error_site()
    if s is None or i >= len(s):
        return None
    return s[i]

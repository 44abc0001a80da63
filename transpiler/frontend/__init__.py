"""Front end: Lua source -> luaparser's AST, with lua5.4's errors.

``parse_chunk`` reads a chunk the way lua5.4 does: the lexer (``lexer.py``,
a port of llex.c) and the parser (``parser.py``, a port of lparser.c that
builds the tree and makes lua5.4's compile-time checks) raise lua5.4's own
message for the first error.  Literal values are exact (``Number.n``, and
``String.s`` holding one char per byte).

Two builds of the same source: ``lexer.py`` and ``parser.py`` are complete
pure Python; setup.py compiles them with Cython into ``_clexer`` and
``_cparser`` (typed by ``_clexer.pxd`` and ``_cparser.pxd``).  The compiled
pair is used when it was built from the current sources and LUA2PY_PURE is
unset (read once, at import); ``IMPLEMENTATION`` says which is in use.
"""
import _thread
import gc
import os
import sys

from ...runtime.core.chunkid import chunk_display_name  # luaO_chunkid, shared with the runtime
from ..twins import built_after
from .errors import LuaSyntaxError

__all__ = [
    "FILE_BASE_LEVEL",
    "IMPLEMENTATION",
    "LOAD_BASE_LEVEL",
    "LuaSyntaxError",
    "check_syntax",
    "chunk_display_name",
    "implementation",
    "parse_chunk",
    "skip_file_header",
]

# C levels already in use when the parser starts (measured with lua5.4):
FILE_BASE_LEVEL = 1  # `lua5.4 file.lua`
LOAD_BASE_LEVEL = 2  # load() called from Lua code

_BOM = "\xef\xbb\xbf"  # UTF-8 BOM, seen through latin-1


def _compiled_twins():
    """The compiled (tokenize, parse), or None: not built, or built before
    the last change to lexer.py or parser.py (an in-place build not redone)."""
    try:
        from . import _clexer, _cparser
    except ImportError:
        return None
    here = os.path.dirname(os.path.abspath(__file__))
    try:
        for built, source in ((_clexer, "lexer.py"), (_cparser, "parser.py")):
            if not built_after(built.__file__, os.path.join(here, source)):
                return None
    except OSError:
        pass
    return _clexer.scan, _cparser.parse


def _pure():
    from .lexer import tokenize
    from .parser import parse
    return tokenize, parse


def implementation(name):
    """(tokenize, parse) of the "pure" or "compiled" front end; None when
    the compiled one is not built or is stale (tests run both)."""
    return _pure() if name == "pure" else _compiled_twins()


_twins = None if os.environ.get("LUA2PY_PURE", "") not in ("", "0") else _compiled_twins()
IMPLEMENTATION = "pure" if _twins is None else "compiled"
_tokenize, _parse = _twins or _pure()


def skip_file_header(source):
    """What luaL_loadfilex skips: a UTF-8 BOM, then a first line starting
    with '#' (its newline is kept so that line numbers stay right)."""
    if source.startswith(_BOM):
        source = source[3:]
    if source.startswith("#"):
        i = source.find("\n")
        source = "\n" + (source[i + 1:] if i >= 0 else "")
    return source


def parse_chunk(source, chunkname, *, is_file=None, base_level=None, implementation=None):
    """Parse Lua source (a latin-1 decoded str) into a luaparser Chunk.

    Number nodes get ``.n`` = the exact Lua value, String nodes ``.s`` = the
    value's bytes as a latin-1 str.  Invalid code raises LuaSyntaxError with
    lua5.4's message, ``"chunkname:line: message"``; ``chunkname`` is the
    name as messages show it (``chunk_display_name``).

    ``is_file``: skip the BOM and '#' line as lua5.4 does for files (default:
    unless chunkname is a '[string "..."]' name, i.e. comes from load).
    ``base_level``: C levels in use when parsing starts, which decides where
    "C stack overflow" triggers (FILE_BASE_LEVEL or LOAD_BASE_LEVEL).
    ``implementation``: "pure" or "compiled" instead of the one in use.
    """
    return _run(source, chunkname, is_file, base_level, True, implementation)


def check_syntax(source, chunkname, *, is_file=None, base_level=None, implementation=None):
    """The same parse and checks as parse_chunk, building no tree: raises
    LuaSyntaxError or returns None (``lua2py check``, like ``luac -p``)."""
    _run(source, chunkname, is_file, base_level, False, implementation)


def prepare(source, is_file):
    """The text the lexer reads: the file header skipped (``is_file``) and
    every newline "\\n" (Lua counts \\r\\n, \\n\\r and a lone \\r as one newline
    each; no token changes: a long string reads any newline as "\\n")."""
    if is_file:
        source = skip_file_header(source)
    if "\r" in source:
        import re  # (imported only then: re and enum cost `lua2py check` ~3 ms of start-up)

        source = re.sub(r"\r\n|\n\r|\r", "\n", source)
    return source


def _run(source, chunkname, is_file, base_level, build, impl):
    if impl is None:
        tokenize, parse = _tokenize, _parse
    else:
        pair = implementation(impl)
        if pair is None:
            raise RuntimeError("the compiled front end is not built (or is older than its source)")
        tokenize, parse = pair
    if is_file is None:
        is_file = not chunkname.startswith("[string ")
    if base_level is None:
        base_level = FILE_BASE_LEVEL if is_file else LOAD_BASE_LEVEL
    source = prepare(source, is_file)
    with _Parsing():
        try:
            return parse(tokenize(source, chunkname), base_level, build)
        except RecursionError:
            # lua5.4's nesting limit (C stack overflow) comes first; this is
            # only a fallback, worded like Lua's
            raise LuaSyntaxError("C stack overflow") from None


# While any thread parses: the parser recurses a few Python frames per level
# of Lua nesting, and lua5.4 allows 200 levels, more than Python's default
# limit of 1000 frames; and the cyclic garbage collector is paused, since it
# would walk the growing tree again and again (half the time of a large
# parse) while the tree holds no cycles to find.
_RECURSION_LIMIT = 10000
_parsing_lock = _thread.allocate_lock()
_parsing_threads = 0
_saved_limit = None
_saved_gc = False


class _Parsing:
    def __enter__(self):
        global _parsing_threads, _saved_limit, _saved_gc
        with _parsing_lock:
            if _parsing_threads == 0:
                _saved_limit = sys.getrecursionlimit()
                if _saved_limit < _RECURSION_LIMIT:
                    sys.setrecursionlimit(_RECURSION_LIMIT)
                _saved_gc = gc.isenabled()
                gc.disable()
            _parsing_threads += 1

    def __exit__(self, *exc):
        global _parsing_threads
        with _parsing_lock:
            _parsing_threads -= 1
            if _parsing_threads == 0:
                sys.setrecursionlimit(_saved_limit)
                if _saved_gc:
                    gc.enable()

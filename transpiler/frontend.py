"""Front end: Lua source -> luaparser AST with exact literal values.

luaparser's grammar accepts some invalid Lua, reports errors in its own
words and decodes literals wrongly (hex floats, byte escapes), so the
source is first run through ``checks.check_source`` (a port of lua5.4's
lexer and parser), which raises lua5.4's own error for invalid code and
records every literal's value.  luaparser then builds the AST, and the
literal values are taken from that record by source offset.
"""
import re
import sys
import threading

from antlr4 import CommonTokenStream, InputStream, Token
from antlr4.error.ErrorListener import ErrorListener
from antlr4.error.ErrorStrategy import BailErrorStrategy
from antlr4.error.Errors import ParseCancellationException
from luaparser import astnodes
from luaparser.builder import BuilderVisitor
from luaparser.parser.LuaLexer import LuaLexer
from luaparser.parser.LuaParser import LuaParser

from .checks import FILE_BASE_LEVEL, LOAD_BASE_LEVEL, check_source
from .lexer import LuaSyntaxError

__all__ = ["parse_chunk", "LuaSyntaxError", "FILE_BASE_LEVEL", "LOAD_BASE_LEVEL"]

_BOM = "\xef\xbb\xbf"  # UTF-8 BOM, seen through latin-1
_NEWLINES = re.compile(r"\r\n|\n\r|\r")
# Deeply nested code recurses deeply in ANTLR and the builder.
_STACK_SIZE = 256 * 1024 * 1024
_RECURSION_LIMIT = 200000
_deep_lock = threading.Lock()


def skip_file_header(source):
    """What luaL_loadfilex skips: a UTF-8 BOM, then a first line starting
    with '#' (its newline is kept so that line numbers stay right)."""
    if source.startswith(_BOM):
        source = source[3:]
    if source.startswith("#"):
        i = source.find("\n")
        source = "\n" + (source[i + 1:] if i >= 0 else "")
    return source


def parse_chunk(source, chunkname, *, is_file=None, base_level=None):
    """Parse Lua source (a latin-1 decoded str) into a luaparser Chunk.

    Number nodes get ``.n`` = the exact Lua value, String nodes ``.s`` = the
    value's bytes as a latin-1 str.  Invalid code raises LuaSyntaxError with
    lua5.4's message, ``"chunkname:line: message"``.

    ``is_file``: skip the BOM and '#' line as lua5.4 does for files (default:
    unless chunkname is a '[string "..."]' name, i.e. comes from load).
    ``base_level``: C levels in use when parsing starts, which decides where
    "C stack overflow" triggers (FILE_BASE_LEVEL or LOAD_BASE_LEVEL).
    """
    if is_file is None:
        is_file = not chunkname.startswith("[string ")
    if base_level is None:
        base_level = FILE_BASE_LEVEL if is_file else LOAD_BASE_LEVEL
    if is_file:
        source = skip_file_header(source)
    # Lua counts \r\n, \n\r and lone \r as one newline each, ANTLR only \n;
    # normalising changes no token (long strings read any newline as \n).
    if "\r" in source:
        source = _NEWLINES.sub("\n", source)
    return _run_deep(_parse, source, chunkname, base_level)


def _parse(source, chunkname, base_level):
    literals = check_source(source, chunkname, base_level)
    lexer = LuaLexer(InputStream(source))
    lexer.removeErrorListeners()
    lexer.addErrorListener(_BailListener())
    stream = CommonTokenStream(lexer, channel=Token.DEFAULT_CHANNEL)
    parser = LuaParser(stream)
    parser.removeErrorListeners()
    parser.addErrorListener(_BailListener())
    parser._errHandler = BailErrorStrategy()
    try:
        tree = parser.start_()
    except (ParseCancellationException, _LuaparserError) as e:
        line = getattr(e, "line", None) or _offending_line(e) or 0
        # valid Lua (check_source accepted it) that luaparser cannot read
        raise LuaSyntaxError("%s:%d: syntax not supported by the parser (%s)"
                             % (chunkname, line, e), line) from None
    return _Builder(stream, literals).visit(tree)


def _offending_line(e):
    tok = getattr(e, "offendingToken", None)
    return tok.line if tok is not None else None


class _LuaparserError(Exception):
    def __init__(self, msg, line):
        super().__init__(msg)
        self.line = line


class _BailListener(ErrorListener):
    def syntaxError(self, recognizer, offendingSymbol, line, column, msg, e):
        raise _LuaparserError("line %d:%d: %s" % (line, column, msg), line)


class _Builder(BuilderVisitor):
    """luaparser's builder, with literal values from lua5.4's lexer."""

    def __init__(self, stream, literals):
        super().__init__(stream)
        self.literals = literals

    def visitNumber(self, ctx):
        node = astnodes.Number(self.literals[ctx.start.start])
        node.first_token = node.last_token = ctx.start
        return node

    def visitString(self, ctx):
        tok = ctx.start
        text = tok.text
        if text[0] == '"':
            raw, delim = text[1:-1], astnodes.StringDelimiter.DOUBLE_QUOTE
        elif text[0] == "'":
            raw, delim = text[1:-1], astnodes.StringDelimiter.SINGLE_QUOTE
        else:
            level = text.index("[", 1) + 1
            raw, delim = text[level:-level], astnodes.StringDelimiter.DOUBLE_SQUARE
        node = astnodes.String(self.literals[tok.start], raw, delim)
        node.first_token = node.last_token = tok
        return node


def _run_deep(fn, *args):
    """Run fn in a thread with a large stack and a high recursion limit,
    so that deeply nested (but valid) code does not hit RecursionError."""
    result = {}

    def target():
        try:
            result["value"] = fn(*args)
        except BaseException as e:  # re-raised in the caller's thread
            result["error"] = e

    with _deep_lock:
        old_limit = sys.getrecursionlimit()
        old_size = threading.stack_size()
        try:
            threading.stack_size(_STACK_SIZE)
            sys.setrecursionlimit(max(old_limit, _RECURSION_LIMIT))
            t = threading.Thread(target=target, name="lua2py-parse")
            t.start()
            t.join()
        finally:
            threading.stack_size(old_size)
            sys.setrecursionlimit(old_limit)
    err = result.get("error")
    if isinstance(err, RecursionError):
        # lua5.4's own nesting limit is enforced by check_source; this is
        # only a fallback, worded like Lua's
        raise LuaSyntaxError("C stack overflow") from None
    if err is not None:
        raise err
    return result["value"]

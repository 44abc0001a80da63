"""lua5.4's lexer (a port of llex.c): tokens, literal values, lexical errors.

The source is a ``str`` holding one char per byte (the latin-1 view of the
file) whose newlines are all "\\n" (``parse_chunk`` normalises them: lua5.4
counts "\\r\\n", "\\n\\r" and "\\r" as one newline each, and no token's value
changes).  String values are returned the same way, one char per byte.

The whole chunk is read at once into parallel lists (token kind, value,
position).  A lexical error does not stop the reading: it ends the lists
with an ERROR token holding the exception, which the parser raises when it
reaches that token, so an earlier syntax error wins as in lua5.4 (llex
reads one token ahead of the parser, never more).

``Lexer`` is the port proper, one char at a time.  Compiled (``_clexer``,
see ``frontend/__init__.py``) it reads every token (``scan``); pure Python
(``tokenize``) reads the common tokens with one master regex (``_FAST``)
and hands the rest (long strings and comments, strings with escapes,
anything malformed, the end) to ``Lexer``, so both read the same tokens.  Error
messages reproduce llex.c's exactly, including the ``near`` text, which Lua
takes from its token buffer: the token as read so far, escapes decoded.
"""
from .errors import LuaSyntaxError
from .tokens import (
    RESERVED,
    SYMBOLS,
    TK_CONCAT,
    TK_DBCOLON,
    TK_DOTS,
    TK_EOS,
    TK_EQ,
    TK_ERROR,
    TK_FLT,
    TK_GE,
    TK_IDIV,
    TK_INT,
    TK_LBRACKET,
    TK_LE,
    TK_MINUS,
    TK_NAME,
    TK_NE,
    TK_OTHER,
    TK_SHL,
    TK_SHR,
    TK_STRING,
    token2str,
)

__all__ = ["Lexer", "Position", "scan", "str2number", "tokenize"]


class Position:
    """Where a node starts or ends, as the passes read luaparser's tokens:
    ``node._first_token.line``.  One object per source line, shared."""

    __slots__ = ("line",)

    def __init__(self, line):
        self.line = line


# The source is read with a NUL after its last char, so that scanning loops
# stop at the end without a bounds test; a NUL before the end is a char of
# the source (in a string or a comment, or an error), told apart by position.
EOZ = "\0"
# single-char symbols by char code
_SINGLE = [0] * 256
for _text, _code in SYMBOLS.items():
    if len(_text) == 1:
        _SINGLE[ord(_text)] = _code

# Reserved words by a hash of the codes of their first and last char and their
# length, collision-free over the 22 words (checked below): a name is told from a
# keyword by comparing its chars with the one candidate, without making a string
# and hashing it first.
_KW_WORD = [None] * 64  # the word's bytes
_KW_KIND = [0] * 64


def _kw_slot(first, last, n):
    return (first + last + 8 * n) & 63


for _text, _code in RESERVED.items():
    _slot = _kw_slot(ord(_text[0]), ord(_text[len(_text) - 1]), len(_text))
    if _KW_WORD[_slot] is not None:
        raise AssertionError("reserved words %r and %r share a slot" % (_KW_WORD[_slot], _text))
    _KW_WORD[_slot] = _text.encode()
    _KW_KIND[_slot] = _code


def _keyword(codes, p, q):
    """The kind of the reserved word at codes[p:q], or 0 for a name."""
    n = q - p
    if n < 2 or n > 8:
        return 0
    slot = _kw_slot(codes[p], codes[q - 1], n)
    word = _KW_WORD[slot]
    if word is None or len(word) != n:
        return 0
    w = word
    for k in range(n):
        if codes[p + k] != w[k]:
            return 0
    return _KW_KIND[slot]


# The char classes of the hot loops, on char codes (lislalpha, lislalnum, lisdigit
# in the C locale)
def _name_start(c):
    return ord("a") <= c <= ord("z") or ord("A") <= c <= ord("Z") or c == ord("_")


def _name_char(c):
    return (ord("a") <= c <= ord("z") or ord("A") <= c <= ord("Z") or c == ord("_")
            or ord("0") <= c <= ord("9"))


def _digit(c):
    return ord("0") <= c <= ord("9")


# -- numerals -------------------------------------------------------------------

# hexadecimal floats, compiled on first use (re and enum are a large part of the
# start-up of `lua2py check`, and few files have a hex float)
_HEX_FLOAT = []


def _hex_float_re():
    if not _HEX_FLOAT:
        import re

        _HEX_FLOAT.append(re.compile(
            r"0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][-+]?[0-9]+)?\Z"))
    return _HEX_FLOAT[0]


def str2number(text):
    """luaO_str2num on a numeral as the lexer read it; None if malformed.

    Such a numeral holds only hex digits, '.', 'x'/'X', 'p'/'P', signs after an
    exponent mark, and at most one more letter or '_' at its end.  Over those chars
    float() reads exactly Lua's decimal numerals (digits [. digits] [e [sign] digits],
    or . digits ...): its other forms (a leading sign, inf, nan, spaces, '_' between
    digits) cannot occur; tests/test_frontend.py holds it to the regex of the grammar."""
    if text.isdigit() and text.isascii():
        v = int(text)
        return v if v < 2 ** 63 else float(text)  # overflow: read as float
    if text.startswith(("0x", "0X")):
        if len(text) > 2 and all(_is_xdigit(c) for c in text[2:]):
            v = int(text, 16) & 0xFFFFFFFFFFFFFFFF  # hex integers wrap around
            return v - 2 ** 64 if v >= 2 ** 63 else v
        if not _hex_float_re().match(text):
            return None
        try:
            return float.fromhex(text)
        except OverflowError:  # strtod gives HUGE_VAL
            return float("inf")
    try:
        return float(text)
    except ValueError:
        return None


def utf8esc(x):
    """luaO_utf8esc: UTF-8 in the original (up to 6-byte) scheme."""
    if x < 0x80:
        return chr(x)
    out = []
    mfb = 0x3F  # largest value that fits in the first byte
    while True:
        out.append(chr(0x80 | (x & 0x3F)))
        x >>= 6
        mfb >>= 1
        if x <= mfb:
            break
    out.append(chr(((~mfb << 1) & 0xFF) | x))
    return "".join(reversed(out))


def _cstr(s):
    """Lua formats the near text with %s, which stops at a NUL byte."""
    i = s.find("\0")
    return s if i < 0 else s[:i]


def _is_alpha(c):
    """lislalpha in the C locale."""
    return ("a" <= c <= "z") or ("A" <= c <= "Z") or c == "_"


def _is_alnum(c):
    return ("a" <= c <= "z") or ("A" <= c <= "Z") or c == "_" or ("0" <= c <= "9")


def _is_digit(c):
    return "0" <= c <= "9"


def _is_xdigit(c):
    return ("0" <= c <= "9") or ("a" <= c <= "f") or ("A" <= c <= "F")


def _hexvalue(c):
    if c <= "9":
        return ord(c) - 48
    return (ord(c) | 0x20) - 87


_SIMPLE_ESC = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
               "t": "\t", "v": "\v", "\\": "\\", '"': '"', "'": "'"}


# -- the port ---------------------------------------------------------------------

class Lexer:
    """llex.c over the whole chunk: ``scan`` fills the token lists.

    ``kinds`` (a bytearray), ``vals`` and ``lines`` (the Position of the line a token
    starts on) run in parallel.  A name's value is the name, a numeral's its
    number (``numerals`` keeps its text, for messages), a string's the tuple
    (value, raw text between the delimiters, opening bracket or quote).
    ``endlines`` maps the index of a token spanning lines to the line it
    ends on, which is the line lua5.4 reports while that token is current.
    """

    def __init__(self, src, chunkname, capacity=0):
        self.src = src + EOZ
        # the same chars as codes, which the hot loops test (the compiled lexer reads
        # them as a C array); a char above 255 (not from a file) reads as "?", which
        # is in no class they test either
        self.codes = self.src.encode("latin-1", "replace")
        self.n = len(src)
        self.chunkname = chunkname
        self.pos = 0
        self.line = 1
        self.position = Position(1)
        self.tokpos = self.position  # where the token being read starts
        # the lists are made `capacity` long at once (growing them token by token
        # copies them again and again) and cut to `ntok`, the tokens read, at the end
        self.ntok = 0
        self.kinds = bytearray(capacity)  # kinds are below 256: a byte each
        self.vals = [None] * capacity
        self.lines = [None] * capacity
        self.endlines = {}
        self.numerals = {}
        self.value = None

    # -- results -------------------------------------------------------------------

    def emit(self, kind):
        """Add the token just read (its value is self.value)."""
        n = self.ntok
        if n < len(self.vals):
            self.kinds[n] = kind
            self.vals[n] = self.value
            self.lines[n] = self.tokpos
        else:
            self.kinds.append(kind)
            self.vals.append(self.value)
            self.lines.append(self.tokpos)
        self.ntok = n + 1
        if self.tokpos is not self.position:  # a token spanning lines
            self.endlines[n] = self.line

    def emit_error(self, e):
        self.tokpos = self.position
        self.value = e
        self.emit(TK_ERROR)

    def trim(self):
        """Cut the lists to the tokens read."""
        n = self.ntok
        del self.kinds[n:]
        del self.vals[n:]
        del self.lines[n:]

    def scan(self):
        """Read every token up to the end or the first lexical error."""
        try:
            while True:
                kind = self.lex()
                self.emit(kind)
                if kind == TK_EOS:
                    break
        except LuaSyntaxError as e:
            self.emit_error(e)
        self.trim()

    def scan_one(self):
        """Read one token; False after the end or an error."""
        try:
            kind = self.lex()
        except LuaSyntaxError as e:
            self.emit_error(e)
            return False
        self.emit(kind)
        return kind != TK_EOS

    def near(self, i):
        """txtToken for token i: Lua's buffer for names, strings and numerals.
        None for a NUL char, whose token is 0: lexerror adds no 'near' then."""
        kind = self.kinds[i]
        value = self.vals[i]
        if kind == TK_OTHER and value == "\0":
            return None
        if kind == TK_NAME:
            text = value
        elif kind == TK_STRING:
            value, _, delim = value
            closing = delim if delim == '"' or delim == "'" else delim.replace("[", "]")
            text = delim + value + closing
        elif kind == TK_INT or kind == TK_FLT:
            text = self.numerals[i]
        else:
            return token2str(kind, value)
        return f"'{_cstr(text)}'"

    def endline(self, i):
        """The line lua5.4 is on while token i is current."""
        e = self.endlines.get(i)
        return e if e is not None else self.lines[i].line

    # -- errors -------------------------------------------------------------------

    def error(self, msg, near=None):
        """lexerror: 'chunk:line: msg near token'."""
        full = f"{self.chunkname}:{self.line}: {msg}"
        if near is not None:
            full += " near " + near
        raise LuaSyntaxError(full, self.line)

    # -- scanning -----------------------------------------------------------------

    def newline(self):
        self.line += 1
        self.position = Position(self.line)

    def lex(self):
        """llex: read one token at self.pos; returns its kind, value in self.value.
        Chars are tested by their codes; values are cut from ``src``."""
        src = self.src
        codes = self.codes
        self.value = None
        p = self.pos
        while True:
            c = codes[p]
            if c == ord("\n"):
                p += 1
                self.newline()
                continue
            if c == ord(" ") or c == ord("\t") or c == ord("\f") or c == ord("\v"):
                p += 1
                continue
            self.pos = p
            self.tokpos = self.position
            if _name_start(c):
                q = p + 1
                while _name_char(codes[q]):
                    q += 1
                self.pos = q
                kind = _keyword(codes, p, q)
                if kind != 0:
                    return kind
                self.value = src[p:q]
                return TK_NAME
            if c == ord("-"):
                if codes[p + 1] != ord("-"):
                    self.pos = p + 1
                    return TK_MINUS
                self.skip_comment(p + 2)
                p = self.pos
                continue
            if _digit(c) or (c == ord(".") and _digit(codes[p + 1])):
                return self.read_numeral(p)
            if c == ord('"') or c == ord("'"):
                return self.read_string(p, src[p])
            if c == ord("["):
                level = self.long_bracket(p)
                if level >= 0:
                    return self.read_long_string(p, level, True)
                if level == -2:
                    q = p + 1
                    while src[q] == "=":
                        q += 1
                    self.pos = q
                    self.error("invalid long string delimiter", f"'{src[p:q]}'")
                self.pos = p + 1
                return TK_LBRACKET
            if c == 0 and p >= self.n:
                return TK_EOS
            d = codes[p + 1]
            self.pos = p + 2  # the two-char symbols
            if c == ord("="):
                if d == ord("="):
                    return TK_EQ
            elif c == ord("<"):
                if d == ord("="):
                    return TK_LE
                if d == ord("<"):
                    return TK_SHL
            elif c == ord(">"):
                if d == ord("="):
                    return TK_GE
                if d == ord(">"):
                    return TK_SHR
            elif c == ord("/"):
                if d == ord("/"):
                    return TK_IDIV
            elif c == ord("~"):
                if d == ord("="):
                    return TK_NE
            elif c == ord(":"):
                if d == ord(":"):
                    return TK_DBCOLON
            elif c == ord(".") and d == ord("."):  # '.' before a digit is a numeral
                if codes[p + 2] == ord("."):
                    self.pos = p + 3
                    return TK_DOTS
                return TK_CONCAT
            self.pos = p + 1
            kind = _SINGLE[c]  # ("?" for a char above 255: none)
            if kind == 0:  # not a Lua symbol: the parser reports it
                self.value = src[p]
                return TK_OTHER
            return kind

    def skip_comment(self, p):
        """After '--': a long comment, or up to the end of the line."""
        src = self.src
        if src[p] == "[":
            level = self.long_bracket(p)
            if level >= 0:
                self.read_long_string(p, level, False)
                return
        q = src.find("\n", p, self.n)
        self.pos = q if q >= 0 else self.n

    def long_bracket(self, p):
        """skip_sep at a '[': the level of an opening long bracket, -1 for
        a lone '[', -2 for '[=' ... not followed by '['."""
        src = self.src
        q = p + 1
        while src[q] == "=":
            q += 1
        if src[q] == "[":
            return q - p - 1
        return -1 if q == p + 1 else -2

    def read_long_string(self, start, level, is_string):
        """read_long_string: the bracket at ``start`` opens a level-``level`` string."""
        src = self.src
        line0 = self.line
        p = start + level + 2
        closing = "]" + "=" * level + "]"
        q = src.find(closing, p, self.n)
        if q < 0:
            self.line += src.count("\n", p, self.n)
            self.pos = self.n
            what = "string" if is_string else "comment"
            self.error(f"unfinished long {what} (starting at line {line0})", "<eof>")
        nl = src.count("\n", p, q)
        if nl:
            self.line += nl
            self.position = Position(self.line)
        self.pos = q + level + 2
        if is_string:
            raw = src[p:q]
            value = raw[1:] if raw[:1] == "\n" else raw  # the first newline is dropped
            self.value = (value, raw, src[start:p])
        return TK_STRING

    def read_numeral(self, p):
        """read_numeral: greedy over hex digits and '.', exponent marks take a sign."""
        src = self.src
        q = p
        # the common case first: a decimal integer of up to 18 digits (it fits)
        codes = self.codes
        v = 0
        b = codes[q]
        while q - p < 18 and _digit(b):
            v = v * 10 + (b - ord("0"))
            q += 1
            b = codes[q]
        if q > p and q - p <= 18 and b != ord(".") and not _name_char(b):
            self.pos = q
            self.value = v
            self.numerals[self.ntok] = src[p:q]
            return TK_INT
        q = p
        if src[q] == ".":
            q += 1
        exp1 = "e"
        exp2 = "E"
        if src[q] == "0" and (src[q + 1] == "x" or src[q + 1] == "X"):
            q += 2
            exp1 = "p"
            exp2 = "P"
        while True:
            c = src[q]
            if c == exp1 or c == exp2:
                q += 1
                if src[q] == "-" or src[q] == "+":
                    q += 1
            elif _is_xdigit(c) or c == ".":
                q += 1
            else:
                break
        if _is_alpha(src[q]):  # a numeral touching a letter: force an error
            q += 1
        self.pos = q
        return self.numeral(src[p:q])

    def numeral(self, text):
        """The token of a numeral's text."""
        value = str2number(text)
        if value is None:
            self.error("malformed number", f"'{_cstr(text)}'")
        self.value = value
        self.numerals[self.ntok] = text
        return TK_INT if type(value) is int else TK_FLT

    def read_string(self, start, delim):
        """read_string, with Lua's buffer for exact error texts."""
        src = self.src
        p = start + 1
        # the common case: no escapes, all on one line
        codes = self.codes
        end = ord(delim)
        q = p
        b = codes[q]
        while b != end and b != ord("\\") and b != ord("\n") and b != 0:
            q += 1
            b = codes[q]
        if b == end:
            raw = src[p:q]
            self.pos = q + 1
            self.value = (raw, raw, src[start])
            return TK_STRING
        buf = [src[start:q]]  # the delimiter and the plain chars
        self.pos = q
        while True:
            c = src[self.pos]
            if c == delim:
                break
            if c == EOZ and self.pos >= self.n:
                self.error("unfinished string", "<eof>")
            if c == "\n":
                self.error("unfinished string", "'{}'".format(_cstr("".join(buf))))
            if c != "\\":
                buf.append(src[self.pos])
                self.pos += 1
                continue
            self.read_escape(buf)
        raw = src[p:self.pos]
        self.pos += 1
        self.value = ("".join(buf)[1:], raw, src[start])
        return TK_STRING

    def escape_check(self, buf, ok, msg):
        if not ok:
            if self.pos < self.n:
                buf.append(self.src[self.pos])  # add current to buffer for error message
                self.pos += 1
            self.error(msg, "'{}'".format(_cstr("".join(buf))))

    def gethexa(self, buf):
        buf.append(self.src[self.pos])  # save_and_next
        self.pos += 1
        c = self.src[self.pos]
        self.escape_check(buf, _is_xdigit(c), "hexadecimal digit expected")
        return _hexvalue(c)

    def read_escape(self, buf):
        """One escape sequence at the '\\'; its value goes onto buf."""
        src = self.src
        bs = len(buf)  # where this escape starts in the buffer
        buf.append("\\")  # kept for error messages
        self.pos += 1
        c = src[self.pos]
        if c == EOZ and self.pos >= self.n:
            return  # 'unfinished string' comes next
        simple = _SIMPLE_ESC.get(src[self.pos])
        if simple is not None:
            self.pos += 1
            buf[bs] = simple
        elif c == "x":
            r = self.gethexa(buf) << 4
            r += self.gethexa(buf)
            self.pos += 1
            del buf[bs:]
            buf.append(chr(r))
        elif c == "u":
            buf.append(src[self.pos])  # save_and_next: skip 'u'
            self.pos += 1
            self.escape_check(buf, src[self.pos] == "{", "missing '{'")
            r = self.gethexa(buf)  # must have at least one digit
            while True:
                buf.append(src[self.pos])
                self.pos += 1
                c = src[self.pos]
                if not _is_xdigit(c):
                    break
                self.escape_check(buf, r <= (0x7FFFFFFF >> 4), "UTF-8 value too large")
                r = (r << 4) + _hexvalue(c)
            self.escape_check(buf, src[self.pos] == "}", "missing '}'")
            self.pos += 1
            del buf[bs:]
            buf.append(utf8esc(r))
        elif c == "\n":
            self.pos += 1
            self.newline()
            buf[bs] = "\n"
        elif c == "z":
            buf.pop()
            self.pos += 1
            while True:
                c = src[self.pos]
                if c == "\n":
                    self.pos += 1
                    self.newline()
                elif c == " " or c == "\t" or c == "\f" or c == "\v" or c == "\r":
                    self.pos += 1
                else:
                    break
        else:
            self.escape_check(buf, _is_digit(c), "invalid escape sequence")
            r = 0
            i = 0
            while i < 3 and _is_digit(src[self.pos]):
                r = 10 * r + ord(src[self.pos]) - 48
                buf.append(src[self.pos])
                self.pos += 1
                i += 1
            self.escape_check(buf, r <= 255, "decimal escape too large")
            del buf[bs:]
            buf.append(chr(r))


# -- the pure Python fast path -------------------------------------------------------
# One match per token for what most code is made of; anything else (and the
# end of the chunk) is read by Lexer.lex, so the tokens are the same.
_FAST_PATTERN = r"""[ \t\f\v]*(?:
    (\n)
  | ([A-Za-z_][A-Za-z0-9_]*)
  | (\.\.\.|\.\.|==|~=|<=|>=|<<|>>|//|::|-(?!-)|[+*/%^\#&~|<>=(){}\];:,]|\[(?![=\[])|\.(?![0-9]))
  | (--(?!\[=*\[)[^\n]*)
  | ("[^"\\\n]*"|'[^'\\\n]*')
  | (\.?(?:0[xX](?:[pP][-+]?|[0-9a-fA-F.])*|[0-9](?:[eE][-+]?|[0-9a-fA-F.])*)[A-Za-z_]?)
)"""
_FAST = []  # compiled by the first pure tokenize (the compiled lexer has no use for it)


def _tokenize_fast(lx):
    src = lx.src
    n = lx.n
    if not _FAST:
        import re

        _FAST.append(re.compile(_FAST_PATTERN, re.VERBOSE))
    match = _FAST[0].match
    kinds, vals, lines = lx.kinds, lx.vals, lx.lines
    reserved, symbols = RESERVED, SYMBOLS
    position = lx.position
    line = lx.line
    pos = 0
    while True:
        m = match(src, pos, n)  # never the NUL after the end
        if m is not None:
            g = m.lastindex
            if g == 1:
                pos = m.end()
                line += 1
                position = Position(line)
                continue
            if g == 2:
                word = m.group(2)
                kind = reserved.get(word)
                kinds.append(TK_NAME if kind is None else kind)
                vals.append(word if kind is None else None)
            elif g == 3:
                kinds.append(symbols[m.group(3)])
                vals.append(None)
            elif g == 4:
                pos = m.end()
                continue
            elif g == 5:
                text = m.group(5)
                raw = text[1:-1]
                kinds.append(TK_STRING)
                vals.append((raw, raw, text[0]))
            else:
                text = m.group(6)
                value = str2number(text)
                if value is None:  # malformed: Lexer reports it
                    m = None
                else:
                    lx.numerals[len(kinds)] = text
                    kinds.append(TK_INT if type(value) is int else TK_FLT)
                    vals.append(value)
            if m is not None:
                lines.append(position)
                pos = m.end()
                continue
        # Lexer reads this one
        lx.ntok = len(kinds)
        lx.pos = pos
        lx.line = line
        lx.position = position
        if not lx.scan_one():
            return
        pos = lx.pos
        line = lx.line
        position = lx.position


def tokenize(src, chunkname):
    """The tokens of a chunk, in pure Python: a Lexer whose lists are
    filled, ending with TK_EOS or TK_ERROR."""
    lx = Lexer(src, chunkname)
    _tokenize_fast(lx)
    return lx


def scan(src, chunkname):
    """The same, every token read by the port (the compiled lexer's way)."""
    # tl.lua has a token for every 3.5 bytes; at most 2**20 made at once (a large file
    # of long strings or comments would otherwise get lists far longer than its tokens)
    lx = Lexer(src, chunkname, min(len(src) // 3 + 2, 1 << 20))
    lx.scan()
    return lx

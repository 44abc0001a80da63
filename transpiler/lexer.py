"""A port of lua5.4's llex.c: tokens, literal values and lexical errors.

The source is a ``str`` holding one char per byte (latin-1 view).  String
literal values are returned the same way.  Error messages reproduce llex.c
exactly, including the ``near`` text, which Lua takes from its token buffer
(the token as read so far, with escapes already decoded).
"""
import re

__all__ = ["LuaSyntaxError", "Lexer", "str2number", "token2str",
           "EOS", "NAME", "STRING", "INT", "FLT", "RESERVED"]


class LuaSyntaxError(Exception):
    """A compile-time error; ``msg`` is exactly what lua5.4 reports."""

    def __init__(self, msg, lineno=None):
        super().__init__(msg)
        self.msg = msg
        self.lineno = lineno

    def __str__(self):
        return self.msg


# Token kinds: reserved words and symbols are their own text; these four
# are Lua's spellings, which luaX_token2str prints unquoted.
EOS, NAME, STRING, INT, FLT = "<eof>", "<name>", "<string>", "<integer>", "<number>"

RESERVED = frozenset("""and break do else elseif end false for function goto if
    in local nil not or repeat return then true until while""".split())

_SYMBOLS3 = {"...": "..."}
_SYMBOLS2 = frozenset(["==", "~=", "<=", ">=", "//", "::", "<<", ">>", ".."])

_NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SPACE_RE = re.compile(r"[ \t\f\v]+")
# read_numeral: greedy scan of '%x|%.' with exponent marks taking a sign,
# then one touching letter is kept to force an error.
_NUMERAL_RE = re.compile(
    r"\.?(?:0[xX](?:[pP][-+]?|[0-9a-fA-F.])*|[0-9](?:[eE][-+]?|[0-9a-fA-F.])*)"
    r"[A-Za-z_]?")
_SIMPLE_STR = {'"': re.compile(r'"[^"\\\n\r]*"'), "'": re.compile(r"'[^'\\\n\r]*'")}
_DEC_INT_RE = re.compile(r"[0-9]+\Z")
_HEX_INT_RE = re.compile(r"0[xX][0-9a-fA-F]+\Z")
_DEC_FLT_RE = re.compile(r"(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?\Z")
_HEX_FLT_RE = re.compile(
    r"0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][-+]?[0-9]+)?\Z")
_HEXDIGITS = frozenset("0123456789abcdefABCDEF")
_DIGITS = frozenset("0123456789")
_SPACES = frozenset(" \t\n\v\f\r")
_SIMPLE_ESC = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
               "t": "\t", "v": "\v", "\\": "\\", '"': '"', "'": "'"}


def str2number(text):
    """luaO_str2num on a numeral as the lexer read it; None if malformed."""
    if _DEC_INT_RE.match(text):
        v = int(text)
        return v if v < 2 ** 63 else float(text)  # overflow: read as float
    if _HEX_INT_RE.match(text):
        v = int(text, 16) & 0xFFFFFFFFFFFFFFFF  # hex integers wrap around
        return v - 2 ** 64 if v >= 2 ** 63 else v
    if _DEC_FLT_RE.match(text):
        return float(text)
    if _HEX_FLT_RE.match(text):
        try:
            return float.fromhex(text)
        except OverflowError:  # strtod gives HUGE_VAL
            return float("inf")
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


def token2str(tok):
    """luaX_token2str."""
    if len(tok) == 1:
        c = ord(tok)
        return "'%s'" % tok if 32 <= c < 127 else "'<\\%d>'" % c
    if tok in (EOS, NAME, STRING, INT, FLT):
        return tok
    return "'%s'" % tok


def _cstr(s):
    """Lua formats the near text with %s, which stops at a NUL byte."""
    i = s.find("\0")
    return s if i < 0 else s[:i]


class Lexer:
    """Streaming lexer with one token of lookahead, like LexState.

    ``token`` is the current token kind, ``value`` its semantic value and
    ``line`` the lexer's line number (ls->linenumber) used in messages.
    ``literals`` maps the source offset of every string and numeral to its
    value, so the AST builder can take values from here.
    """

    def __init__(self, src, chunkname):
        self.src = src
        self.n = len(src)
        self.pos = 0
        self.line = 1
        self.chunkname = chunkname
        self.literals = {}
        self.token = None
        self.value = None
        self.text = None  # buffer text for 'near' (names, strings, numerals)
        self.start = 0
        self.lastline = 1
        self._ahead = None

    # -- errors -------------------------------------------------------------

    def error(self, msg, near=None, line=None):
        """lexerror/luaX_syntaxerror: 'chunk:line: msg near token'."""
        line = self.line if line is None else line
        full = "%s:%d: %s" % (self.chunkname, line, msg)
        if near is not None:
            full += " near " + near
        raise LuaSyntaxError(full, line)

    def near_current(self):
        """txtToken for the current token."""
        if self.token in (NAME, STRING, INT, FLT):
            return "'%s'" % _cstr(self.text)
        return token2str(self.token)

    def syntax_error(self, msg):
        self.error(msg, self.near_current())

    def sem_error(self, msg):
        """luaK_semerror: no 'near' part."""
        self.error(msg)

    # -- token stream -------------------------------------------------------

    def next(self):
        self.lastline = self.line
        if self._ahead is not None:
            (self.token, self.value, self.text, self.start), self._ahead = self._ahead, None
        else:
            self.token, self.value, self.text, self.start = self._lex()

    def lookahead(self):
        if self._ahead is None:
            self._ahead = self._lex()
        return self._ahead[0]

    # -- scanning -----------------------------------------------------------

    def _newline(self):
        """inclinenumber: '\\n', '\\r', '\\n\\r' and '\\r\\n' are one line."""
        src, p = self.src, self.pos
        old = src[p]
        p += 1
        if p < self.n and src[p] in "\n\r" and src[p] != old:
            p += 1
        self.pos = p
        self.line += 1

    def _lex(self):
        src, n = self.src, self.n
        while True:
            p = self.pos
            if p >= n:
                return (EOS, None, None, p)
            c = src[p]
            if c == "\n" or c == "\r":
                self._newline()
            elif c in " \t\f\v":
                self.pos = _SPACE_RE.match(src, p).end()
            elif c == "-":
                if src.startswith("--", p):
                    self._comment(p + 2)
                else:
                    self.pos = p + 1
                    return ("-", None, None, p)
            elif c.isascii() and (c.isalpha() or c == "_"):
                m = _NAME_RE.match(src, p)
                word = m.group()
                self.pos = m.end()
                if word in RESERVED:
                    return (word, None, None, p)
                return (NAME, word, word, p)
            elif c in _DIGITS or (c == "." and p + 1 < n and src[p + 1] in _DIGITS):
                return self._numeral(p)
            elif c == '"' or c == "'":
                return self._string(p, c)
            elif c == "[":
                sep, q = self._skip_sep(p)
                if sep >= 2:
                    return self._long_string(p, sep, q, True)
                if sep == 0:
                    self.pos = q
                    self.error("invalid long string delimiter", "'%s'" % src[p:q])
                self.pos = p + 1
                return ("[", None, None, p)
            else:
                three = src[p:p + 3]
                if three == "...":
                    self.pos = p + 3
                    return ("...", None, None, p)
                two = three[:2]
                if two in _SYMBOLS2:
                    self.pos = p + 2
                    return (two, None, None, p)
                self.pos = p + 1  # single-char token, valid or not
                return (c, None, None, p)

    def _comment(self, p):
        src = self.src
        if p < self.n and src[p] == "[":
            sep, q = self._skip_sep(p)
            if sep >= 2:
                self._long_string(p, sep, q, False)
                return
        while p < self.n and src[p] not in "\n\r":
            p += 1
        self.pos = p

    def _skip_sep(self, p):
        """skip_sep: returns (count, position after the scanned part)."""
        src = self.src
        s = src[p]
        q = p + 1
        while q < self.n and src[q] == "=":
            q += 1
        count = q - p - 1
        if q < self.n and src[q] == s:
            return count + 2, q
        return (1 if count == 0 else 0), q

    def _long_string(self, start, sep, q, is_string):
        """read_long_string; q points at the second opening bracket."""
        src, n = self.src, self.n
        line0 = self.line
        self.pos = q + 1
        if self.pos < n and src[self.pos] in "\n\r":
            self._newline()  # the first newline is dropped
        parts = []
        closing = "]" + "=" * (sep - 2) + "]"
        while True:
            p = self.pos
            # copy plain text up to the next newline or ']'
            m = _LONG_CHUNK_RE.search(src, p)
            if m is None:
                parts.append(src[p:])
                self.pos = n
                what = "string" if is_string else "comment"
                self.error("unfinished long %s (starting at line %d)" % (what, line0), EOS)
            i = m.start()
            parts.append(src[p:i])
            if src[i] == "]":
                if src.startswith(closing, i):
                    self.pos = i + len(closing)
                    break
                parts.append("]")
                self.pos = i + 1
            else:
                parts.append("\n")
                self.pos = i
                self._newline()
        if not is_string:
            return None
        value = "".join(parts)
        self.literals[start] = value
        text = src[start:q + 1] + value + closing
        return (STRING, value, text, start)

    def _numeral(self, p):
        m = _NUMERAL_RE.match(self.src, p)
        text = m.group()
        self.pos = m.end()
        value = str2number(text)
        if value is None:
            self.error("malformed number", "'%s'" % _cstr(text))
        self.literals[p] = value
        return (INT if type(value) is int else FLT, value, text, p)

    def _string(self, p, delim):
        m = _SIMPLE_STR[delim].match(self.src, p)
        if m is not None:  # fast path: no escapes, no newlines
            self.pos = m.end()
            text = m.group()
            value = text[1:-1]
            self.literals[p] = value
            return (STRING, value, text, p)
        return self._read_string(p, delim)

    def _read_string(self, start, delim):
        """read_string with Lua's buffer, for exact error texts."""
        src, n = self.src, self.n
        buf = [delim]
        self.pos = start + 1

        def cur():
            return src[self.pos] if self.pos < n else None

        def save_next():
            buf.append(src[self.pos])
            self.pos += 1

        def esc_check(ok, msg):
            if not ok:
                if self.pos < n:
                    save_next()  # add current to buffer for error message
                self.error(msg, "'%s'" % _cstr("".join(buf)))

        def gethexa():
            save_next()
            c = cur()
            esc_check(c is not None and c in _HEXDIGITS, "hexadecimal digit expected")
            return int(c, 16)

        while True:
            c = cur()
            if c == delim:
                break
            if c is None:
                self.error("unfinished string", EOS)
            if c == "\n" or c == "\r":
                self.error("unfinished string", "'%s'" % _cstr("".join(buf)))
            if c != "\\":
                save_next()
                continue
            bs = len(buf)  # where this escape starts in the buffer
            save_next()  # keep '\\' for error messages
            c = cur()
            if c is None:
                continue  # will raise 'unfinished string' next loop
            if c in _SIMPLE_ESC:
                self.pos += 1
                buf[-1] = _SIMPLE_ESC[c]
            elif c == "x":
                r = gethexa() << 4
                r += gethexa()
                self.pos += 1
                del buf[bs:]
                buf.append(chr(r))
            elif c == "u":
                save_next()  # skip 'u'
                esc_check(cur() == "{", "missing '{'")
                r = gethexa()  # must have at least one digit
                while True:
                    save_next()
                    c = cur()
                    if c is None or c not in _HEXDIGITS:
                        break
                    esc_check(r <= (0x7FFFFFFF >> 4), "UTF-8 value too large")
                    r = (r << 4) + int(c, 16)
                esc_check(cur() == "}", "missing '}'")
                self.pos += 1
                del buf[bs:]
                buf.append(utf8esc(r))
            elif c == "\n" or c == "\r":
                self._newline()
                buf[-1] = "\n"
            elif c == "z":
                buf.pop()
                self.pos += 1
                while self.pos < n and src[self.pos] in _SPACES:
                    if src[self.pos] in "\n\r":
                        self._newline()
                    else:
                        self.pos += 1
            else:
                esc_check(c in _DIGITS, "invalid escape sequence")
                r = 0
                i = 0
                while i < 3 and cur() is not None and cur() in _DIGITS:
                    r = 10 * r + int(cur())
                    save_next()
                    i += 1
                esc_check(r <= 255, "decimal escape too large")
                del buf[bs:]
                buf.append(chr(r))
        self.pos += 1
        buf.append(delim)
        text = "".join(buf)
        value = text[1:-1]
        self.literals[start] = value
        return (STRING, value, text, start)


_LONG_CHUNK_RE = re.compile(r"[\]\n\r]")

"""The `cjson` and `cjson.safe` modules: lua-cjson 2.1.0 (Debian's lua-cjson) for lua2py.

Encoding follows lua_cjson.c: strings escaped with its table (`/` becomes `\\/`,
control characters and DEL `\\uXXXX`), numbers printed with `%.14g` (the
precision set by encode_number_precision) after conversion to a double, tables
that are "arrays" (positive integer keys only, not excessively sparse) as
arrays and any other table as an object, `cjson.null` and nil as `null`.
Objects list their keys in `pairs` order, which in lua2py is insertion order
(lua5.4 uses its hash order).

Decoding has two paths.  `_Decoder` is a port of lua-cjson's tokenizer and
parser: C's strtod for numbers (so hex, `inf`, `nan`, leading zeros and `+`
are read as lua-cjson reads them), every value a float as lua_pushnumber makes
it, an embedded NUL read as the end of the text, and its error messages.
`_fast_decode` first tries Python's C JSON parser; its soundness condition:
on text without NUL bytes, where any `\\u` escape decodes to valid UTF-8 with no
lone surrogate, that parser accepts only JSON that lua-cjson accepts too and
builds the same values (its numbers are strict JSON, which strtod reads the
same way; `NaN`/`Infinity` are accepted only when lua-cjson accepts them).  Any
failure, and any document nested deeper than decode_max_depth, is decoded again
by `_Decoder`, which gives lua-cjson's result or error.
"""
import json as _json
import math
import re

from ..core.args import arg_error, check_int
from ..core.errors import LuaError
from ..core.table import BoolKey, LuaTable, traversal_keys
from ..core.values import type_name
from . import API_CODES
from . import l_error as lerror
from ..core.args import check_str
from ..core.args import typename_for_error
from ..core.frames import runtime_module

runtime_module(__file__)

VERSION = "2.1.0"
INT_MAX = 2147483647


class _Null:
    """cjson.null: a NULL light userdata."""
    __slots__ = ()
    lua_type = "userdata"
    lua_meta = None

    def lua_tostring(self):
        return "userdata: (nil)"

    def __repr__(self):
        return "cjson.null"


NULL = _Null()


class Config:
    __slots__ = ("sparse_convert", "sparse_ratio", "sparse_safe", "encode_max_depth",
                 "decode_max_depth", "encode_invalid_numbers", "decode_invalid_numbers",
                 "keep_buffer", "precision", "numfmt")

    def __init__(self):
        self.sparse_convert = 0
        self.sparse_ratio = 2
        self.sparse_safe = 10
        self.encode_max_depth = 1000
        self.decode_max_depth = 1000
        self.encode_invalid_numbers = 0
        self.decode_invalid_numbers = 1
        self.keep_buffer = 1
        self.precision = 14
        self.numfmt = "%.14g"


def _error(msg):
    lerror(msg)


# ---------------------------------------------------------------- encoding

_ESCAPES = {}
for _c in range(32):
    _ESCAPES[_c] = "\\u%04x" % _c
_ESCAPES.update({8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r", 34: '\\"', 47: "\\/",
                 92: "\\\\", 127: "\\u007f"})
_ESCAPE_RE = re.compile('[\\x00-\\x1f"/\\\\\\x7f]')


class _Encoder:
    def __init__(self, cfg):
        self.cfg = cfg
        self.numfmt = cfg.numfmt
        self.invalid = cfg.encode_invalid_numbers
        self.max_depth = cfg.encode_max_depth
        self.out = []

    def exception(self, v, reason):
        _error("Cannot serialise %s: %s" % (type_name(v), reason))

    def number(self, v):
        if v.__class__ is float and (v != v or v in (math.inf, -math.inf)):
            if self.invalid == 0:
                self.exception(v, "must not be NaN or Inf")
            if self.invalid == 1:
                if v != v:
                    return "nan"
            else:
                return "null"
        return self.numfmt % v

    def array_length(self, t):
        """lua_array_length: the array size of a table, or -1 for an object."""
        n = len(t)
        if n and all(map(t.__contains__, range(1, n + 1))):
            return n  # exactly the keys 1..n: an array, never sparse
        mx = 0
        items = 0
        for k in t:
            c = k.__class__
            if (c is int and k >= 1) or (c is float and k >= 1 and (k == math.inf or k.is_integer())):
                if k > mx:
                    # C's double -> int conversion (x86: out of range gives INT_MIN)
                    mx = int(k) if k <= INT_MAX else -INT_MAX - 1
                items += 1
                continue
            return -1
        cfg = self.cfg
        if cfg.sparse_ratio > 0 and mx > items * cfg.sparse_ratio and mx > cfg.sparse_safe:
            if not cfg.sparse_convert:
                self.exception(t, "excessively sparse array")
            return -1
        return mx

    def value(self, v, depth):
        c = v.__class__
        out = self.out
        if c is str:
            out.append('"' + v + '"' if _ESCAPE_RE.search(v) is None
                       else '"' + v.translate(_ESCAPES) + '"')
        elif c is int:
            out.append(self.numfmt % v)
        elif c is float:
            out.append(self.number(v))
        elif c is LuaTable:
            depth += 1
            if depth > self.max_depth:
                _error("Cannot serialise, excessive nesting (%d)" % depth)
            n = self.array_length(v)
            get = dict.get
            value = self.value
            numfmt = self.numfmt
            search = _ESCAPE_RE.search
            append = out.append
            if n > 0:
                append("[")
                for i in range(1, n + 1):
                    if i > 1:
                        append(",")
                    x = get(v, i)
                    xc = x.__class__
                    if xc is str and search(x) is None:
                        append('"' + x + '"')
                    elif xc is int:
                        append(numfmt % x)
                    elif x is None:
                        append("null")
                    else:
                        value(x, depth)
                append("]")
            else:
                append("{")
                first = True
                for k in traversal_keys(v):  # lua_next's order
                    x = get(v, k)
                    if x is None:
                        continue
                    if first:
                        first = False
                    else:
                        append(",")
                    kc = k.__class__
                    if kc is str:
                        append(('"' + k + '":') if search(k) is None
                               else '"' + k.translate(_ESCAPES) + '":')
                    elif kc is int or kc is float:
                        append('"')
                        append(self.number(k))
                        append('":')
                    else:
                        self.exception(k.value if kc is BoolKey else k,
                                       "table key must be a number or string")
                    xc = x.__class__
                    if xc is str and search(x) is None:
                        append('"' + x + '"')
                    elif xc is int:
                        append(numfmt % x)
                    else:
                        value(x, depth)
                append("}")
        elif v is True:
            out.append("true")
        elif v is False:
            out.append("false")
        elif v is None or v is NULL:
            out.append("null")
        else:
            self.exception(v, "type not supported")


def encode(cfg, v):
    enc = _Encoder(cfg)
    enc.value(v, 0)
    return "".join(enc.out)


# ---------------------------------------------------------------- decoding

(T_OBJ_BEGIN, T_OBJ_END, T_ARR_BEGIN, T_ARR_END, T_STRING, T_NUMBER, T_BOOLEAN, T_NULL, T_COLON,
 T_COMMA, T_END, T_WHITESPACE, T_ERROR, T_UNKNOWN) = range(14)
TOKEN_NAMES = ["T_OBJ_BEGIN", "T_OBJ_END", "T_ARR_BEGIN", "T_ARR_END", "T_STRING", "T_NUMBER",
               "T_BOOLEAN", "T_NULL", "T_COLON", "T_COMMA", "T_END", "T_WHITESPACE", "T_ERROR",
               "T_UNKNOWN"]

CH2TOKEN = [T_ERROR] * 256
for _ch, _tok in (("{", T_OBJ_BEGIN), ("}", T_OBJ_END), ("[", T_ARR_BEGIN), ("]", T_ARR_END),
                  (",", T_COMMA), (":", T_COLON), ("\0", T_END), (" ", T_WHITESPACE),
                  ("\t", T_WHITESPACE), ("\n", T_WHITESPACE), ("\r", T_WHITESPACE)):
    CH2TOKEN[ord(_ch)] = _tok
for _ch in 'fiInNt"+-0123456789':
    CH2TOKEN[ord(_ch)] = T_UNKNOWN
ESCAPE2CHAR = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "t": "\t", "n": "\n", "f": "\f",
               "r": "\r", "u": "u"}

_DEC_RE = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_HEX_RE = re.compile(r"([+-]?)0[xX]((?:[0-9a-fA-F]+(?:\.[0-9a-fA-F]*)?|\.[0-9a-fA-F]+))"
                     r"(?:[pP]([+-]?[0-9]+))?")
_INF_RE = re.compile(r"([+-]?)(?:[iI][nN][fF](?:[iI][nN][iI][tT][yY])?)")
_NAN_RE = re.compile(r"([+-]?)[nN][aA][nN](?:\([0-9A-Za-z_]*\))?")
_NEG_NAN = math.copysign(math.nan, -1.0)


def c_strtod(s, pos):
    """C's strtod at s[pos:] (glibc, "C" locale): (value, end), end == pos if no number."""
    m = _HEX_RE.match(s, pos)
    if m:
        mant = m.group(2)
        exp = m.group(3)
        text = "0x" + mant + ("p" + exp if exp is not None else "p0")
        try:
            v = float.fromhex(text)
        except OverflowError:
            v = math.inf
        return (-v if m.group(1) == "-" else v), m.end()
    m = _INF_RE.match(s, pos)
    if m:
        return (-math.inf if m.group(1) == "-" else math.inf), m.end()
    m = _NAN_RE.match(s, pos)
    if m:
        return (_NEG_NAN if m.group(1) == "-" else math.nan), m.end()
    m = _DEC_RE.match(s, pos)
    if m:
        return float(m.group()), m.end()
    return 0.0, pos


class _ParseError(Exception):
    pass


class _Decoder:
    """lua-cjson's tokenizer and recursive parser."""

    def __init__(self, cfg, data):
        self.cfg = cfg
        self.data = data
        self.n = len(data)
        self.ptr = 0
        self.depth = 0

    def char(self, i):
        return self.data[i] if i < self.n else "\0"

    def token_error(self, kind, where):
        return (T_ERROR, where, kind)

    def is_invalid_number(self):
        data = self.data
        p = self.ptr
        ch = self.char(p)
        if ch == "+":
            return True
        if ch == "-":
            p += 1
            ch = self.char(p)
        if ch == "0":
            ch2 = self.char(p + 1)
            return ch2 in "xX" or "0" <= ch2 <= "9"
        if ch <= "9":
            return False
        low = data[p:p + 3].lower()
        return low == "inf" or low == "nan"

    def number_token(self, start):
        v, end = c_strtod(self.data, self.ptr)
        if end == self.ptr:
            return self.token_error("invalid number", self.ptr)
        self.ptr = end
        return (T_NUMBER, start, v)

    def string_token(self, start):
        data = self.data
        n = self.n
        p = self.ptr + 1
        out = []
        while True:
            ch = data[p] if p < n else "\0"
            if ch == '"':
                break
            if ch == "\0":
                self.ptr = p
                return self.token_error("unexpected end of string", p)
            if ch == "\\":
                esc = ESCAPE2CHAR.get(data[p + 1] if p + 1 < n else "\0")
                if esc == "u":
                    r = self.unicode_escape(p)
                    if r is None:
                        self.ptr = p
                        return self.token_error("invalid unicode escape code", p)
                    out.append(r[0])
                    p += r[1]
                    continue
                if esc is None:
                    self.ptr = p
                    return self.token_error("invalid escape code", p)
                out.append(esc)
                p += 2
                continue
            # a run of plain characters
            q = p + 1
            while q < n and data[q] not in '"\\\0':
                q += 1
            out.append(data[p:q])
            p = q
        self.ptr = p + 1
        return (T_STRING, start, "".join(out))

    def hex4(self, p):
        h = self.data[p:p + 4]
        if len(h) < 4 or not all(c in "0123456789abcdefABCDEF" for c in h):
            return -1
        return int(h, 16)

    def unicode_escape(self, p):
        """(utf-8 text, escape length) for the escape at p, or None."""
        cp = self.hex4(p + 2)
        if cp < 0:
            return None
        length = 6
        if cp & 0xF800 == 0xD800:
            if cp & 0x400:
                return None
            if self.char(p + 6) != "\\" or self.char(p + 7) != "u":
                return None
            low = self.hex4(p + 8)
            if low < 0 or low & 0xFC00 != 0xDC00:
                return None
            cp = (((cp & 0x3FF) << 10) | (low & 0x3FF)) + 0x10000
            length = 12
        return chr(cp).encode("utf-8", "surrogatepass").decode("latin-1"), length

    def next_token(self):
        data = self.data
        n = self.n
        p = self.ptr
        while True:
            ch = data[p] if p < n else "\0"
            tok = CH2TOKEN[ord(ch)]
            if tok != T_WHITESPACE:
                break
            p += 1
        self.ptr = p
        if tok == T_ERROR:
            return self.token_error("invalid token", p)
        if tok == T_END:
            return (T_END, p, None)
        if tok != T_UNKNOWN:
            self.ptr = p + 1
            return (tok, p, None)
        if ch == '"':
            return self.string_token(p)
        cfg = self.cfg
        if ch == "-" or "0" <= ch <= "9":
            if not cfg.decode_invalid_numbers and self.is_invalid_number():
                return self.token_error("invalid number", p)
            return self.number_token(p)
        if data.startswith("true", p):
            self.ptr = p + 4
            return (T_BOOLEAN, p, True)
        if data.startswith("false", p):
            self.ptr = p + 5
            return (T_BOOLEAN, p, False)
        if data.startswith("null", p):
            self.ptr = p + 4
            return (T_NULL, p, None)
        if cfg.decode_invalid_numbers and self.is_invalid_number():
            return self.number_token(p)
        return self.token_error("invalid token", p)

    def parse_error(self, expected, token):
        found = token[2] if token[0] == T_ERROR else TOKEN_NAMES[token[0]]
        raise _ParseError("Expected %s but found %s at character %d" % (expected, found,
                                                                         token[1] + 1))

    def descend(self):
        self.depth += 1
        if self.depth > self.cfg.decode_max_depth:
            raise _ParseError("Found too many nested data structures (%d) at character %d"
                              % (self.depth, self.ptr))

    def object(self):
        self.descend()
        t = LuaTable()
        token = self.next_token()
        if token[0] == T_OBJ_END:
            self.depth -= 1
            return t
        while True:
            if token[0] != T_STRING:
                self.parse_error("object key string", token)
            key = token[2]
            token = self.next_token()
            if token[0] != T_COLON:
                self.parse_error("colon", token)
            token = self.next_token()
            dict.__setitem__(t, key, self.value(token))
            token = self.next_token()
            if token[0] == T_OBJ_END:
                self.depth -= 1
                return t
            if token[0] != T_COMMA:
                self.parse_error("comma or object end", token)
            token = self.next_token()

    def array(self):
        self.descend()
        t = LuaTable()
        token = self.next_token()
        if token[0] == T_ARR_END:
            self.depth -= 1
            return t
        i = 1
        while True:
            dict.__setitem__(t, i, self.value(token))
            i += 1
            token = self.next_token()
            if token[0] == T_ARR_END:
                self.depth -= 1
                return t
            if token[0] != T_COMMA:
                self.parse_error("comma or array end", token)
            token = self.next_token()

    def value(self, token):
        kind = token[0]
        if kind == T_STRING or kind == T_NUMBER or kind == T_BOOLEAN:
            return token[2]
        if kind == T_OBJ_BEGIN:
            return self.object()
        if kind == T_ARR_BEGIN:
            return self.array()
        if kind == T_NULL:
            return NULL
        self.parse_error("value", token)

    def decode(self):
        v = self.value(self.next_token())
        token = self.next_token()
        if token[0] != T_END:
            self.parse_error("the end", token)
        return v


def _reject_constant(name):
    raise ValueError(name)


_CONSTANTS = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}
_FAST_DECODERS = {
    True: _json.JSONDecoder(parse_int=float, parse_constant=_CONSTANTS.__getitem__, strict=False),
    False: _json.JSONDecoder(parse_int=float, parse_constant=_reject_constant, strict=False),
}
_SURROGATE = re.compile("[\ud800-\udfff]")


class _NotFast(Exception):
    pass


def _fast_decode(cfg, text):
    """Python's C parser where it agrees with lua-cjson (see the module docstring), else None."""
    if "\0" in text:
        return None
    utf8 = "\\u" in text
    if utf8:
        try:
            text = text.encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            return None
    try:
        v = _FAST_DECODERS[bool(cfg.decode_invalid_numbers)].decode(text)
    except (ValueError, RecursionError):
        return None
    try:
        return _convert(v, utf8, cfg.decode_max_depth)
    except _NotFast:
        return None


def _lua_text(s):
    if s.isascii():
        return s
    if _SURROGATE.search(s):
        raise _NotFast()
    return s.encode("utf-8").decode("latin-1")


def _convert(v, utf8, max_depth):
    """Python's JSON values as lua-cjson's: lists and dicts as tables, None as cjson.null."""
    c = v.__class__
    if c is float:
        return v
    if c is str:
        return _lua_text(v) if utf8 else v
    if c is not list and c is not dict:
        return NULL if v is None else v
    root = LuaTable()
    todo = [(v, root, 1)]
    pop = todo.pop
    push = todo.append
    setitem = dict.__setitem__
    while todo:
        src, dst, depth = pop()
        if depth > max_depth:
            raise _NotFast()
        if src.__class__ is list:
            items = enumerate(src, 1)
        else:
            items = src.items()
            if utf8:
                items = [(_lua_text(k), x) for k, x in items]
        for k, x in items:
            c = x.__class__
            if c is float or c is bool:
                setitem(dst, k, x)
            elif c is str:
                setitem(dst, k, _lua_text(x) if utf8 else x)
            elif x is None:
                setitem(dst, k, NULL)
            else:
                t = LuaTable()
                setitem(dst, k, t)
                push((x, t, depth + 1))
    return root


def decode(cfg, text):
    if len(text) >= 2 and (text[0] == "\0" or text[1] == "\0"):
        _error("JSON parser does not support UTF-16 or UTF-32")
    v = _fast_decode(cfg, text)
    if v is not None:
        return v
    try:
        return _Decoder(cfg, text).decode()
    except _ParseError as e:
        _error(str(e))


# ---------------------------------------------------------------- the Lua functions

def _arg_init(args, nargs, fname):
    if len(args) > nargs:
        arg_error(nargs + 1, fname, "found too many arguments")
    return tuple(args) + (None,) * (nargs - len(args))


def _integer_option(v, setting, lo, hi, cfg, fname, argn):
    if v is not None:
        value = check_int(v, argn, fname)
        if not lo <= value <= hi:
            arg_error(1, fname, "expected integer between %d and %d" % (lo, hi))
        setattr(cfg, setting, value)
    return getattr(cfg, setting)


_BOOL_OPTIONS = ("off", "on")


def _enum_option(v, setting, cfg, fname, argn, options=None):
    if options is None:
        options = _BOOL_OPTIONS
    if v is not None:
        if v is True or v is False:
            setattr(cfg, setting, 1 if v else 0)
        else:
            if v.__class__ is not str:
                v = check_str(v, argn, fname)
            if v not in options:
                arg_error(argn, fname, "invalid option '%s'" % v)
            setattr(cfg, setting, options.index(v))
    value = getattr(cfg, setting)
    if value in (0, 1):
        return value == 1
    return options[value]


def _check_one(args, fname):
    if len(args) != 1:
        arg_error(1, fname, "expected 1 argument")


def _new_module(safe):
    cfg = Config()

    def json_encode(*args):
        _check_one(args, "encode")
        return encode(cfg, args[0])

    def json_decode(*args):
        _check_one(args, "decode")
        text = args[0]
        if text.__class__ is not str:
            text = check_str(text, 1, "decode")
        return decode(cfg, text)

    def safe_decode(text):
        # called by the protected wrapper (C calling C): lauxlib names no function
        if text.__class__ is not str:
            if text.__class__ is int or text.__class__ is float:
                text = check_str(text, 1, "decode")
            else:
                raise LuaError("bad argument #1 to '?' (string expected, got %s)"
                               % typename_for_error(text))
        return decode(cfg, text)

    def encode_sparse_array(*args):
        convert, ratio, safe_ = _arg_init(args, 3, "encode_sparse_array")
        return (_enum_option(convert, "sparse_convert", cfg, "encode_sparse_array", 1),
                _integer_option(ratio, "sparse_ratio", 0, INT_MAX, cfg, "encode_sparse_array", 2),
                _integer_option(safe_, "sparse_safe", 0, INT_MAX, cfg, "encode_sparse_array", 3))

    def encode_max_depth(*args):
        (v,) = _arg_init(args, 1, "encode_max_depth")
        return _integer_option(v, "encode_max_depth", 1, INT_MAX, cfg, "encode_max_depth", 1)

    def decode_max_depth(*args):
        (v,) = _arg_init(args, 1, "decode_max_depth")
        return _integer_option(v, "decode_max_depth", 1, INT_MAX, cfg, "decode_max_depth", 1)

    def encode_number_precision(*args):
        (v,) = _arg_init(args, 1, "encode_number_precision")
        r = _integer_option(v, "precision", 1, 14, cfg, "encode_number_precision", 1)
        cfg.numfmt = "%%.%dg" % cfg.precision
        return r

    def encode_keep_buffer(*args):
        (v,) = _arg_init(args, 1, "encode_keep_buffer")
        return _enum_option(v, "keep_buffer", cfg, "encode_keep_buffer", 1)

    def encode_invalid_numbers(*args):
        (v,) = _arg_init(args, 1, "encode_invalid_numbers")
        return _enum_option(v, "encode_invalid_numbers", cfg, "encode_invalid_numbers", 1,
                            ("off", "on", "null"))

    def decode_invalid_numbers(*args):
        (v,) = _arg_init(args, 1, "decode_invalid_numbers")
        return _enum_option(v, "decode_invalid_numbers", cfg, "decode_invalid_numbers", 1)

    def new(*_):
        return _new_module(safe)

    m = LuaTable()
    for name, fn in (("encode", json_encode), ("decode", json_decode),
                     ("encode_sparse_array", encode_sparse_array),
                     ("encode_max_depth", encode_max_depth),
                     ("decode_max_depth", decode_max_depth),
                     ("encode_number_precision", encode_number_precision),
                     ("encode_keep_buffer", encode_keep_buffer),
                     ("encode_invalid_numbers", encode_invalid_numbers),
                     ("decode_invalid_numbers", decode_invalid_numbers), ("new", new)):
        dict.__setitem__(m, name, fn)
    if safe:
        for name, fn in (("encode", json_encode), ("decode", safe_decode)):
            dict.__setitem__(m, name, _protect(fn, name))
    dict.__setitem__(m, "null", NULL)
    dict.__setitem__(m, "_NAME", "cjson")
    dict.__setitem__(m, "_VERSION", VERSION)
    return m


def _protect(fn, name):
    """json_protect_conversion: errors become nil and the message."""
    def protected(*args):
        _check_one(args, name)
        try:
            return fn(args[0])
        except LuaError as e:
            return (None, e.value)
    API_CODES.add(protected.__code__)
    API_CODES.add(fn.__code__)
    return protected


def _register_codes():
    """The Lua-visible functions: their errors are positioned at their caller (luaL_error)."""
    m = _new_module(False)
    for fn in dict.values(m):
        code = getattr(fn, "__code__", None)
        if code is not None:
            API_CODES.add(code)


_register_codes()


def luaopen(G=None):
    """luaopen_cjson."""
    return _new_module(False)


def luaopen_safe(G=None):
    """luaopen_cjson_safe."""
    return _new_module(True)

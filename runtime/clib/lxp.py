"""LuaExpat (`require "lxp"`, Debian's lua-expat 1.5.1): a SAX XML parser, on Python's
pyexpat, which is the same Expat library LuaExpat binds.

A port of lxplib.c: `lxp.new(callbacks [, separator [, merge]])` makes a parser object
(userdata, metatable "Expat") with parse, close, pos, getcurrentbytecount, setencoding,
getcallbacks, getbase, setbase, returnnstriplet, stop, setblamaxamplification and
setblathreshold.  The Lua modules of the package (lxp.lom, lxp.totable, lxp.threat) are
Lua files and load as they are.

What lxplib.c does and pyexpat does not offer is done here on top of it:
- a callback's error does not stop Expat: the rest of that parse call runs with every
  callback skipped, then the error is raised with its value unchanged (docall's pcall);
  pyexpat would clear its handlers instead, so every handler is wrapped;
- character data is joined while other events do not intervene, within one parse call
  (merge, the default), by this module rather than pyexpat's buffer_text, which flushes
  at its buffer's size;
- the integer keys of a StartElement's attribute table list the attributes the tag
  specified (XML_GetSpecifiedAttributeCount): pyexpat reports only the specified ones
  (specified_attributes) and the defaults are added from the ATTLIST declarations seen;
- `stop` (XML_StopParser) and `getcurrentbytecount` (XML_GetCurrentByteCount) are not in
  pyexpat: stop skips the rest of the parse call's callbacks and makes its result
  "parsing aborted" (then "parsing finished"), positioned after the event being handled,
  whose extent is read from the document's bytes, as is the byte count.
- setblamaxamplification / setblathreshold: pyexpat of Python before 3.12 cannot set
  them, so they return nil and LuaExpat's failure message (Expat's defaults stay on).
"""
import pyexpat
from pyexpat import model as _model

from ..core.args import arg_error, check_number, check_int, check_str, type_error
from ..core.ops import first, index as _field
from ..core.table import LuaTable, lua_next, rawset
from ..core.values import c_call, truthy, type_name
from . import l_error
from ..core.frames import runtime_module

runtime_module(__file__)

VERSION = "LuaExpat 1.5.1"
PARSER_TYPE = "Expat"

CALLBACK_KEYS = (
    "StartCdataSection", "EndCdataSection", "CharacterData", "Comment",
    "Default", "DefaultExpand", "StartElement", "EndElement",
    "ExternalEntityRef", "StartNamespaceDecl", "EndNamespaceDecl",
    "NotationDecl", "NotStandalone", "ProcessingInstruction",
    "UnparsedEntityDecl", "EntityDecl", "StartDoctypeDecl", "EndDoctypeDecl",
    "XmlDecl", "AttlistDecl", "SkippedEntity", "ElementDecl")

# lxplib.c's parser states
PRE, OK, FINISHED, ERROR, STRING = range(5)

_CTYPE = {_model.XML_CTYPE_EMPTY: "EMPTY", _model.XML_CTYPE_ANY: "ANY",
          _model.XML_CTYPE_MIXED: "MIXED", _model.XML_CTYPE_NAME: "NAME",
          _model.XML_CTYPE_CHOICE: "CHOICE", _model.XML_CTYPE_SEQ: "SEQUENCE"}
_CQUANT = {_model.XML_CQUANT_OPT: "?", _model.XML_CQUANT_REP: "*", _model.XML_CQUANT_PLUS: "+"}


def _lua(s):
    """A string from pyexpat (UTF-8 decoded) as Lua's bytes; None stays nil."""
    return None if s is None else s.encode("utf-8", "surrogateescape").decode("latin-1")


class Parser:
    """The userdata lxp.new returns (metatable "Expat")."""

    lua_type = "userdata"
    lua_meta = None  # PARSER_META, below
    __slots__ = ("__weakref__", "callbacks", "sep", "merge", "xp", "state", "error",
                 "chars", "data", "defaults", "stopped_at", "aborted", "encoding", "base",
                 "triplet", "closed", "in_end")

    def __init__(self, callbacks, sep, merge, parent=None, xp=None):
        """`parent`, `xp`: the parser an external entity's parser is made for
        (XML_ExternalEntityParserCreate), and that pyexpat parser."""
        self.callbacks = callbacks
        self.sep = sep
        self.merge = merge
        self.state = PRE
        self.error = None  # the exception of a callback (state ERROR)
        self.chars = []  # character data being joined (state STRING)
        self.data = bytearray()  # the document so far: event extents are read from it
        # element -> [(attribute, default)] of the ATTLISTs seen (an entity's parser adds
        # to its document's)
        self.defaults = {} if parent is None else parent.defaults
        self.stopped_at = None  # (line, column, byte index) after the event stop() ended
        self.aborted = None  # the error code name once stopped: then every parse fails
        self.encoding = None if parent is None else parent.encoding
        self.base = None if parent is None else parent.base
        self.triplet = False if parent is None else parent.triplet
        self.closed = False
        self.in_end = False  # an EndElement callback runs (its byte count may be 0)
        self.xp = None
        self._make(xp)

    def __del__(self):  # __gc
        self.closed = True

    def _make(self, xp=None):
        """The pyexpat parser (again after setencoding, which pyexpat takes only at creation)."""
        if xp is None:
            if self.sep:
                xp = pyexpat.ParserCreate(self.encoding, namespace_separator=self.sep)
            else:
                xp = pyexpat.ParserCreate(self.encoding)
        xp.ordered_attributes = True
        xp.specified_attributes = True
        xp.namespace_prefixes = self.triplet
        if self.base is not None:
            xp.SetBase(self.base)
        self.xp = xp
        cb = self.callbacks
        has = {k for k in CALLBACK_KEYS if _field(cb, k) is not None}
        if "StartCdataSection" in has or "EndCdataSection" in has:
            xp.StartCdataSectionHandler = self._strings("StartCdataSection")
            xp.EndCdataSectionHandler = self._strings("EndCdataSection")
        if "CharacterData" in has:
            xp.CharacterDataHandler = self._chardata
        # callbacks given Expat's strings and nothing else
        for key, attr in (("Comment", "CommentHandler"), ("Default", "DefaultHandler"),
                          ("DefaultExpand", "DefaultHandlerExpand"),
                          ("NotationDecl", "NotationDeclHandler"),
                          ("ProcessingInstruction", "ProcessingInstructionHandler"),
                          ("UnparsedEntityDecl", "UnparsedEntityDeclHandler"),
                          ("EndDoctypeDecl", "EndDoctypeDeclHandler")):
            if key in has:
                setattr(xp, attr, self._strings(key))
        for key, attr in (("StartDoctypeDecl", "StartDoctypeDeclHandler"),
                          ("SkippedEntity", "SkippedEntityHandler"),
                          ("EntityDecl", "EntityDeclHandler"), ("XmlDecl", "XmlDeclHandler"),
                          ("ElementDecl", "ElementDeclHandler")):
            if key in has:
                setattr(xp, attr, getattr(self, "_on_" + key))
        if "StartElement" in has or "EndElement" in has:
            xp.StartElementHandler = self._on_StartElement
            xp.EndElementHandler = self._on_EndElement
        if "StartNamespaceDecl" in has or "EndNamespaceDecl" in has:
            xp.StartNamespaceDeclHandler = self._strings("StartNamespaceDecl")
            xp.EndNamespaceDeclHandler = self._strings("EndNamespaceDecl")
        if "NotStandalone" in has:
            xp.NotStandaloneHandler = self._on_NotStandalone
        if "ExternalEntityRef" in has:
            xp.ExternalEntityRefHandler = self._on_ExternalEntityRef
        # the defaults of attributes (for StartElement's table); with a Default handler and
        # no AttlistDecl one, Expat hands the declaration's text to Default instead
        if "AttlistDecl" in has or not ({"Default", "DefaultExpand"} & has):
            xp.AttlistDeclHandler = self._on_AttlistDecl

    # ---------------------------------------------------------------- calling Lua

    def _handle(self, key):
        """getHandle: the callback for `key`, or None when there is none or an earlier
        callback failed (pending character data is handed over first)."""
        if self.state == STRING:
            self._discharge()
        if self.state == ERROR or self.stopped_at is not None:
            return None
        f = _field(self.callbacks, key)
        if not truthy(f):
            return None
        if not _is_function(f):
            l_error("lxp '%s' callback is not a function" % key)
        return f

    def _docall(self, f, *args):
        try:
            return c_call(f, self, *args)
        except Exception as e:  # lua_pcall: kept, raised when the parse call ends
            self.state = ERROR
            self.error = e
            return None

    def _discharge(self):
        self.state = OK
        text = "".join(self.chars)
        self.chars = []
        f = _field(self.callbacks, "CharacterData")
        self._docall(f, text)

    def _strings(self, key):
        """The handler of a callback that gets Expat's arguments (strings or None) as they are."""
        def handler(*args):
            f = self._handle(key)
            if f is not None:
                self._docall(f, *map(_lua, args))
        return handler

    def _chardata(self, s):
        if self.state == OK:
            f = self._handle("CharacterData")
            if f is None:
                return
            if self.merge:
                self.state = STRING
            else:
                self._docall(f, _lua(s))
        if self.state == STRING:
            self.chars.append(_lua(s))

    def _on_StartElement(self, name, attrs):
        f = self._handle("StartElement")
        if f is None:
            return
        t = LuaTable()
        n = 1
        for i in range(0, len(attrs), 2):
            k = _lua(attrs[i])
            rawset(t, n, k)
            n += 1
            rawset(t, k, _lua(attrs[i + 1]))
        for k, v in self.defaults.get(name, ()):
            k = _lua(k)
            if dict.get(t, k) is None:
                rawset(t, k, _lua(v))
        self._docall(f, _lua(name), t)

    def _on_EndElement(self, name):
        f = self._handle("EndElement")
        if f is not None:
            self.in_end = True
            try:
                self._docall(f, _lua(name))
            finally:
                self.in_end = False

    def _on_NotStandalone(self):
        f = self._handle("NotStandalone")
        if f is None:
            return 1
        return 1 if truthy(first(self._docall(f))) else 0

    def _on_EntityDecl(self, name, is_param, value, base, sysid, pubid, notation):
        f = self._handle("EntityDecl")
        if f is not None:
            self._docall(f, _lua(name), bool(is_param), _lua(value), _lua(base), _lua(sysid),
                         _lua(pubid), _lua(notation))

    def _on_ElementDecl(self, name, model):
        f = self._handle("ElementDecl")
        if f is None:
            return
        ctype, quant, _, children = model
        args = [_lua(name), _CTYPE.get(ctype, "unknown"), _CQUANT.get(quant)]
        if children:
            args.append(_children(children))
        self._docall(f, *args)

    def _on_AttlistDecl(self, element, attribute, atype, default, required):
        if default is not None:  # Expat keeps the first declaration of an attribute
            known = self.defaults.setdefault(element, [])
            if all(k != attribute for k, _ in known):
                known.append((attribute, default))
        f = self._handle("AttlistDecl")
        if f is not None:
            self._docall(f, _lua(element), _lua(attribute), _lua(atype), _lua(default),
                         bool(required))

    def _on_SkippedEntity(self, name, is_param):
        f = self._handle("SkippedEntity")
        if f is not None:
            self._docall(f, _lua(name), bool(is_param))

    def _on_StartDoctypeDecl(self, name, sysid, pubid, internal):
        f = self._handle("StartDoctypeDecl")
        if f is not None:
            self._docall(f, _lua(name), _lua(sysid), _lua(pubid), bool(internal))

    def _on_XmlDecl(self, version, encoding, standalone):
        f = self._handle("XmlDecl")
        if f is None:
            return
        if standalone >= 0:
            self._docall(f, _lua(version), _lua(encoding), bool(standalone))
        else:
            self._docall(f, _lua(version), _lua(encoding))

    def _on_ExternalEntityRef(self, context, base, sysid, pubid):
        f = self._handle("ExternalEntityRef")
        if f is None:
            return 1
        child = Parser(self.callbacks, self.sep, self.merge, self,
                       self.xp.ExternalEntityParserCreate(context))
        status = truthy(first(self._docall(f, child, _lua(base), _lua(sysid), _lua(pubid))))
        child.closed = True
        return 1 if status else 0

    # ---------------------------------------------------------------- positions

    def position(self):
        xp = self.xp
        return (xp.CurrentLineNumber, xp.CurrentColumnNumber + 1, xp.CurrentByteIndex + 1)

    def event_bytes(self):
        """XML_GetCurrentByteCount: the length of the text of the event being handled."""
        start = self.xp.CurrentByteIndex
        if start < 0:
            return 0
        if self.in_end and not self.data.startswith(b"</", start):
            return 0  # the end of an empty-element tag <x/>: Expat counts it 0
        return _extent(self.data, start)

    def stop(self):
        if self.stopped_at is None and self.state in (OK, STRING):
            if self.state == STRING:
                self._discharge()
            line, col, index = self.position()
            n = self.event_bytes()
            text = bytes(self.data[index - 1:index - 1 + n])
            nl = text.count(b"\n")
            if nl:
                line += nl
                col = len(text) - text.rfind(b"\n")
            else:
                col += len(text.decode("utf-8", "replace"))
            self.stopped_at = (line, col, index + n)
        return True

    # ---------------------------------------------------------------- parse

    def parse(self, s):
        """parse_aux: (parser,) on success, (nil, message, line, column, position) on error."""
        if self.aborted is not None:  # after stop: Expat refuses every later call
            return (None, self.aborted) + self.stopped_at
        self.state = OK
        self.error = None
        final = s is None
        data = b"" if final else s.encode("latin-1")
        self.data += data
        failure = None
        try:
            self.xp.Parse(data, final)
        except pyexpat.ExpatError as e:
            failure = (None, pyexpat.ErrorString(e.code), e.lineno, e.offset + 1,
                       self.xp.ErrorByteIndex + 1)
        if self.state == STRING:
            self._discharge()
        if self.state == ERROR:
            error, self.error = self.error, None
            raise error
        if self.stopped_at is not None:
            self.aborted = "parsing finished"
            return (None, "parsing aborted") + self.stopped_at
        if final:
            self.state = FINISHED
        if failure is not None:
            return failure
        return (self,)


def _is_function(v):
    return type_name(v) == "function"


def _children(children):
    t = LuaTable()
    for i, (ctype, quant, name, sub) in enumerate(children, 1):
        c = LuaTable()
        rawset(c, "type", _CTYPE.get(ctype, "unknown"))
        q = _CQUANT.get(quant)
        if q is not None:
            rawset(c, "quantifier", q)
        if name is not None:
            rawset(c, "name", _lua(name))
        if sub:
            rawset(c, "children", _children(sub))
        rawset(t, i, c)
    return t


def _extent(data, start):
    """The length of the markup or text that starts at byte `start` of the document."""
    n = len(data)
    if start >= n:
        return 0
    if data.startswith(b"<!--", start):
        end = data.find(b"-->", start + 4)
        return (end + 3 - start) if end >= 0 else n - start
    if data.startswith(b"<?", start):
        end = data.find(b"?>", start + 2)
        return (end + 2 - start) if end >= 0 else n - start
    if data.startswith(b"<![CDATA[", start):
        return 9
    if data.startswith(b"]]>", start):
        return 3
    if data[start] == 0x3C:  # a tag: to its '>', quotes skipped
        i, quote = start + 1, 0
        while i < n:
            c = data[i]
            if quote:
                if c == quote:
                    quote = 0
            elif c in (0x22, 0x27):
                quote = c
            elif c == 0x3E:
                return i + 1 - start
            i += 1
        return n - start
    if data[start] == 0x26:  # a reference
        end = data.find(b";", start)
        return (end + 1 - start) if end >= 0 else n - start
    i = start
    while i < n and data[i] not in (0x3C, 0x26):
        i += 1
    return i - start


# ---------------------------------------------------------------- the parser's methods

def _check(args, n, fname):
    p = args[0] if args else None
    if p.__class__ is not Parser:
        type_error(1, fname, PARSER_TYPE, p, not args)
    if p.closed:
        arg_error(1, fname, "parser is closed")
    return p


def parse(*args):
    p = _check(args, 1, "parse")
    s = args[1] if len(args) > 1 else None
    if s is not None:
        s = check_str(s, 2, "parse")
    if p.state == FINISHED:
        if s is not None:
            return None, "cannot parse - document is finished"
        return p
    r = p.parse(s)
    return r[0] if len(r) == 1 else r


def close(*args):
    p = args[0] if args else None
    if p.__class__ is not Parser:
        type_error(1, "close", PARSER_TYPE, p, not args)
    if p.closed:
        return p
    r = (p,)
    if p.state != FINISHED:
        r = p.parse(None)
    p.closed = True
    if len(r) > 1:
        l_error("error closing parser: %s" % r[1])
    return p


def gc(*args):
    p = args[0] if args else None
    if p.__class__ is not Parser:
        type_error(1, "__gc", PARSER_TYPE, p, not args)
    p.closed = True
    return ()


def pos(*args):
    return _check(args, 1, "pos").position()


def getcurrentbytecount(*args):
    return _check(args, 1, "getcurrentbytecount").event_bytes()


def setencoding(*args):
    p = _check(args, 1, "setencoding")
    encoding = check_str(args[1] if len(args) > 1 else None, 2, "setencoding", len(args) < 2)
    if p.state != PRE:
        arg_error(1, "setencoding", "invalid parser state")
    p.encoding = encoding
    p._make()
    return p


def getcallbacks(*args):
    return _check(args, 1, "getcallbacks").callbacks


def getbase(*args):
    return _lua(_check(args, 1, "getbase").xp.GetBase())


def setbase(*args):
    p = _check(args, 1, "setbase")
    base = check_str(args[1] if len(args) > 1 else None, 2, "setbase", len(args) < 2)
    p.base = base.encode("latin-1").decode("utf-8", "surrogateescape")
    p.xp.SetBase(p.base)
    return p


def returnnstriplet(*args):
    p = _check(args, 1, "returnnstriplet")
    if p.state != PRE:
        arg_error(1, "returnnstriplet", "invalid parser state")
    p.triplet = truthy(args[1] if len(args) > 1 else None)
    p.xp.namespace_prefixes = p.triplet
    return p


def stop(*args):
    return _check(args, 1, "stop").stop()


def setblamaxamplification(*args):
    _check(args, 1, "setblamaxamplification")
    check_number(args[1] if len(args) > 1 else None, 2, "setblamaxamplification", len(args) < 2)
    return None, "failed to set BLA maximum amplification"


def setblathreshold(*args):
    _check(args, 1, "setblathreshold")
    check_int(args[1] if len(args) > 1 else None, 2, "setblathreshold", len(args) < 2)
    return None, "failed to set BLA activation threshold"


METHODS = (
    ("parse", parse), ("close", close), ("__gc", gc), ("pos", pos),
    ("getcurrentbytecount", getcurrentbytecount), ("setencoding", setencoding),
    ("getcallbacks", getcallbacks), ("getbase", getbase), ("setbase", setbase),
    ("returnnstriplet", returnnstriplet), ("stop", stop),
    ("setblamaxamplification", setblamaxamplification), ("setblathreshold", setblathreshold),
)


def _metatable():
    mt = LuaTable()
    dict.__setitem__(mt, "__name", PARSER_TYPE)  # luaL_newmetatable
    dict.__setitem__(mt, "__index", mt)
    for k, v in METHODS:
        dict.__setitem__(mt, k, v)
    return mt


Parser.lua_meta = _metatable()


# ---------------------------------------------------------------- the module

def new(*args):
    """lxp.new(callbacks [, separator [, merge]])."""
    merge = not (len(args) > 2 and args[2] is False)
    sep = args[1] if len(args) > 1 else None
    sep = "" if sep is None else check_str(sep, 2, "new")
    callbacks = args[0] if args else None
    if callbacks.__class__ is not LuaTable:
        # lxplib.c made the parser (at index 1 when no argument came) before this check
        type_error(1, "new", "table", callbacks if args else Parser.__new__(Parser))
    if _field(callbacks, "_nonstrict") is None:
        k = lua_next(callbacks)
        while k is not None:
            key = k[0]
            if key.__class__ is int or key.__class__ is float:
                key = check_str(key, -1, "new")
            elif key.__class__ is not str:
                type_error(-1, "new", "string", key)
            if key not in CALLBACK_KEYS:
                arg_error(-1, "new", "invalid option '%s'" % key)
            k = lua_next(callbacks, k[0])
    return Parser(callbacks, sep[:1].encode("latin-1").decode("utf-8", "replace") if sep else "",
                  merge)


def luaopen(G=None):
    t = LuaTable()
    dict.__setitem__(t, "new", new)
    dict.__setitem__(t, "_COPYRIGHT",
                     "Copyright (C) 2003-2007 The Kepler Project, 2013-2022 Matthew Wild")
    dict.__setitem__(t, "_DESCRIPTION", "LuaExpat is a SAX XML parser based on the Expat library")
    dict.__setitem__(t, "_VERSION", VERSION)
    dict.__setitem__(t, "_EXPAT_VERSION", pyexpat.EXPAT_VERSION)
    features = LuaTable()
    for name, value in pyexpat.features:
        dict.__setitem__(features, name, value)
    dict.__setitem__(t, "_EXPAT_FEATURES", features)
    return t

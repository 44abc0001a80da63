"""lua5.4's parser (a port of lparser.c 5.4.4) building luaparser's tree.

It walks the tokens the way lparser.c does, so the first error it reports
(syntax error, goto/label/const/vararg/attribute error, nesting limit) is
the one lua5.4 reports, worded the same, at the same line; instead of code
it builds the tree the passes consume: luaparser's ``astnodes``, shaped
exactly as luaparser's own (ANTLR) builder shapes them, down to which nodes
carry first/last tokens (``_first_token.line`` is all the passes read of a
token, so tokens are ``lexer.Position`` objects) and the order of each
node's ``__dict__`` (the passes walk it).  tests/test_parser_crosscheck.py
compares the two builders on the golden and real-world corpus.

Where luaparser's builder loses code, this tree keeps it: luaparser drops
the calls that follow a method call on a parenthesised receiver
(``(f):m()()`` loses its last call); here they are Call nodes as anywhere
else.

The compile-time checks of lparser.c are made on the way (variables,
labels, gotos and blocks below), with lua5.4's messages: lua5.4 reports the
line it has read up to, so lines in messages come from token indexes
(``Lexer.endline``), while node positions are where tokens start.

The module is pure Python and complete; setup.py also compiles this same
source with Cython into ``_cparser`` (types in ``_cparser.pxd``), which
``frontend/__init__.py`` uses, with the compiled lexer, when they were built.
"""
from .errors import LuaSyntaxError
from .tokens import (
    TK_AMP,
    TK_AND,
    TK_ASSIGN,
    TK_BREAK,
    TK_CARET,
    TK_COLON,
    TK_COMMA,
    TK_CONCAT,
    TK_DBCOLON,
    TK_DO,
    TK_DOT,
    TK_DOTS,
    TK_ELSE,
    TK_ELSEIF,
    TK_END,
    TK_EOS,
    TK_EQ,
    TK_ERROR,
    TK_FALSE,
    TK_FLT,
    TK_FOR,
    TK_FUNCTION,
    TK_GE,
    TK_GOTO,
    TK_GT,
    TK_HASH,
    TK_IDIV,
    TK_IF,
    TK_IN,
    TK_INT,
    TK_LBRACE,
    TK_LBRACKET,
    TK_LE,
    TK_LOCAL,
    TK_LPAREN,
    TK_LT,
    TK_MINUS,
    TK_NAME,
    TK_NE,
    TK_NIL,
    TK_NOT,
    TK_OR,
    TK_PERCENT,
    TK_PIPE,
    TK_PLUS,
    TK_RBRACE,
    TK_RBRACKET,
    TK_REPEAT,
    TK_RETURN,
    TK_RPAREN,
    TK_SEMI,
    TK_SHL,
    TK_SHR,
    TK_SLASH,
    TK_STAR,
    TK_STRING,
    TK_THEN,
    TK_TILDE,
    TK_TRUE,
    TK_UNTIL,
    TK_WHILE,
    token2str,
)

__all__ = ["MAX_C_LEVELS", "parse"]

MAX_C_LEVELS = 200  # LUAI_MAXCCALLS
MAXVARS = 200

# Variable kinds (lparser.h)
VDKREG = 0
RDKCONST = 1
RDKTOCLOSE = 2

# What an expression is, as far as the checks need it (expkind)
E_OTHER = 0
E_CALL = 1
E_VAR = 2      # a name (local or global)
E_INDEXED = 3

UNARY_PRIORITY = 12
# (left, right) priorities from lparser.c, by token kind (0: not a binary operator)
_LEFT = [0] * 80
_RIGHT = [0] * 80
for _k, _l, _r in ((TK_PLUS, 10, 10), (TK_MINUS, 10, 10), (TK_STAR, 11, 11),
                   (TK_PERCENT, 11, 11), (TK_CARET, 14, 13), (TK_SLASH, 11, 11),
                   (TK_IDIV, 11, 11), (TK_AMP, 6, 6), (TK_PIPE, 4, 4), (TK_TILDE, 5, 5),
                   (TK_SHL, 7, 7), (TK_SHR, 7, 7), (TK_CONCAT, 9, 8), (TK_EQ, 3, 3),
                   (TK_LT, 3, 3), (TK_LE, 3, 3), (TK_NE, 3, 3), (TK_GT, 3, 3), (TK_GE, 3, 3),
                   (TK_AND, 2, 2), (TK_OR, 1, 1)):
    _LEFT[_k] = _l
    _RIGHT[_k] = _r
_UNOPS = [False] * 80
for _k in (TK_NOT, TK_MINUS, TK_TILDE, TK_HASH):
    _UNOPS[_k] = True
_COMPARISON = [False] * 80
for _k in (TK_EQ, TK_LT, TK_LE, TK_NE, TK_GT, TK_GE):
    _COMPARISON[_k] = True


# -- the tree -----------------------------------------------------------------------
# luaparser's classes load with the first tree built (checking alone builds
# none, and luaparser loads ANTLR's runtime).  Nodes are made without their
# __init__ (which clones ANTLR tokens): each gets the attributes luaparser's
# constructors give it, set in the same order (the order of the node's
# __dict__, which the passes walk).

A = None  # luaparser.astnodes
_BINCLASS = [None] * 80  # luaparser's class of each operator, and its _name
_BINNAME = [None] * 80
_UNCLASS = [None] * 80
_UNNAME = [None] * 80
_DELIMITER = None
_DOT = _SQUARE = _PARENS = _NO_PARENS = None


def _load_tree():
    global A, _DELIMITER, _DOT, _SQUARE, _PARENS, _NO_PARENS
    from luaparser import astnodes
    for kind, cls in ((TK_PLUS, astnodes.AddOp), (TK_MINUS, astnodes.SubOp),
                      (TK_STAR, astnodes.MultOp), (TK_PERCENT, astnodes.ModOp),
                      (TK_CARET, astnodes.ExpoOp), (TK_SLASH, astnodes.FloatDivOp),
                      (TK_IDIV, astnodes.FloorDivOp), (TK_AMP, astnodes.BAndOp),
                      (TK_PIPE, astnodes.BOrOp), (TK_TILDE, astnodes.BXorOp),
                      (TK_SHL, astnodes.BShiftLOp), (TK_SHR, astnodes.BShiftROp),
                      (TK_CONCAT, astnodes.Concat), (TK_EQ, astnodes.EqToOp),
                      (TK_LT, astnodes.LessThanOp), (TK_LE, astnodes.LessOrEqThanOp),
                      (TK_NE, astnodes.NotEqToOp), (TK_GT, astnodes.GreaterThanOp),
                      (TK_GE, astnodes.GreaterOrEqThanOp), (TK_AND, astnodes.AndLoOp),
                      (TK_OR, astnodes.OrLoOp)):
        _BINCLASS[kind] = cls
        _BINNAME[kind] = cls(None, None)._name
    for kind, cls in ((TK_NOT, astnodes.ULNotOp), (TK_MINUS, astnodes.UMinusOp),
                      (TK_TILDE, astnodes.UBNotOp), (TK_HASH, astnodes.ULengthOP)):
        _UNCLASS[kind] = cls
        _UNNAME[kind] = cls(None)._name
    _DELIMITER = {'"': astnodes.StringDelimiter.DOUBLE_QUOTE,
                  "'": astnodes.StringDelimiter.SINGLE_QUOTE,
                  "[": astnodes.StringDelimiter.DOUBLE_SQUARE}
    _DOT = astnodes.IndexNotation.DOT
    _SQUARE = astnodes.IndexNotation.SQUARE
    _PARENS = astnodes.CallStyle.DEFAULT
    _NO_PARENS = astnodes.CallStyle.NO_PARENTHESIS
    A = astnodes


_new = object.__new__
# every node's `comments`: one empty list for all (no pass reads comments; a list per
# node was a quarter of a large tree's memory, 9 MB of tl.lua's 35)
_NO_COMMENTS = []


def _name(ident, first, last):
    node = _new(A.Name)
    node._name = "Name"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.id = ident
    node.attribute = None
    return node


def _block(body, first, last):
    node = _new(A.Block)
    node._name = "Block"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.body = body
    return node


def _chunk(body, first, last):
    node = _new(A.Chunk)
    node._name = "Chunk"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.body = body
    return node


def _index(idx, value, notation, first, last):
    node = _new(A.Index)
    node._name = "Index"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.idx = idx
    node.value = value
    node.notation = notation
    return node


def _call(func, args, style, first, last):
    node = _new(A.Call)
    node._name = "Call"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.func = func
    node.args = args
    node.style = style
    return node


def _invoke(source, func, args, style, first, last):
    node = _new(A.Invoke)
    node._name = "Invoke"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.source = source
    node.func = func
    node.args = args
    node.style = style
    return node


def _leaf(cls, name, first, last):
    node = _new(cls)
    node._name = name
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    return node


def _binop(cls, name, left, right, first, last):
    node = _new(cls)
    node._name = name
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.left = left
    node.right = right
    return node


def _unop(cls, name, operand, first, last):
    node = _new(cls)
    node._name = name
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.operand = operand
    return node


def _number(n, first, last):
    node = _new(A.Number)
    node._name = "Number"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.n = n
    return node


def _string(s, raw, delimiter, first, last):
    node = _new(A.String)
    node._name = "String"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.s = s
    node.raw = raw
    node.delimiter = delimiter
    return node


def _boolean(value, first, last):
    node = _new(A.TrueExpr if value else A.FalseExpr)
    node._name = "True" if value else "False"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.value = value
    return node


def _table(fields, first, last):
    node = _new(A.Table)
    node._name = "Table"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.fields = fields
    return node


def _field(key, value, between_brackets, index, first, last):
    node = _new(A.Field)
    node._name = "Field"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.key = key
    node.value = value
    node.between_brackets = between_brackets
    node._index = index
    return node


def _function(cls, name, fname, args, body, first, last):
    node = _new(cls)
    node._name = name
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.name = fname
    node.args = args
    node.body = body
    return node


def _method(source, mname, args, body, first, last):
    node = _new(A.Method)
    node._name = "Method"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.source = source
    node.name = mname
    node.args = args
    node.body = body
    return node


def _anonymous(args, body, first, last):
    node = _new(A.AnonymousFunction)
    node._name = "AnonymousFunction"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.args = args
    node.body = body
    return node


def _assign(cls, name, targets, values, first, last):
    node = _new(cls)
    node._name = name
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.targets = targets
    node.values = values
    return node


def _while(test, body, first, last):
    node = _new(A.While)
    node._name = "While"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.test = test
    node.body = body
    return node


def _do(body, first, last):
    node = _new(A.Do)
    node._name = "Do"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.body = body
    return node


def _repeat(body, test, first, last):
    node = _new(A.Repeat)
    node._name = "Repeat"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.body = body
    node.test = test
    return node


def _if(cls, name, test, body, first, last):
    node = _new(cls)
    node._name = name
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.test = test
    node.body = body
    node.orelse = None
    return node


def _fornum(target, start, stop, step, body, first, last):
    node = _new(A.Fornum)
    node._name = "Fornum"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.target = target
    node.start = start
    node.stop = stop
    node.step = step
    node.body = body
    return node


def _forin(body, values, targets, first, last):
    node = _new(A.Forin)
    node._name = "Forin"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.body = body
    node.iter = values
    node.targets = targets
    return node


def _return(values, first, last):
    node = _new(A.Return)
    node._name = "Return"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.values = values
    return node


def _goto(label, first, last):
    node = _new(A.Goto)
    node._name = "Goto"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.label = label
    return node


def _label(label, first, last):
    node = _new(A.Label)
    node._name = "Label"
    node.comments = _NO_COMMENTS
    node._first_token = first
    node._last_token = last
    node.wrapped = False
    node.id = label
    return node


def _attribute(name):
    node = _new(A.Attribute)
    node._name = "Attribute"
    node.comments = _NO_COMMENTS
    node._first_token = None
    node._last_token = None
    node.name = name
    return node


# -- compile-time check state (lparser.h) ---------------------------------------------

class _BlockCnt:
    __slots__ = ("firstgoto", "firstlabel", "isloop", "nactvar", "previous")


class _FuncState:
    __slots__ = (
        "bl",
        "firstlabel",
        "firstlocal",
        "is_vararg",
        "linedefined",
        "nactvar",
        "prev",
    )


class _LabelDesc:
    __slots__ = ("line", "nactvar", "name")

    def __init__(self, name, line, nactvar):
        self.name = name
        self.line = line
        self.nactvar = nactvar


# -- the parser -------------------------------------------------------------------------

class Parser:
    """One chunk's parse: the token lists from the lexer, lparser's state.

    With ``build`` false it makes every check and builds no node (``lua2py
    check``: most of a parse's time goes into making the tree's objects);
    the node-making code is under ``if self.build``, and nodes are None."""

    def __init__(self, lx, base_level, build):
        self.lx = lx
        self.kinds = lx.kinds
        self.vals = lx.vals
        self.lines = lx.lines
        self.build = build
        if build and A is None:
            _load_tree()
        self.i = 0
        self.tok = lx.kinds[0]
        self.level = base_level
        # variables: Dyndata's actvar, as two sequences (kinds a byte each); nconst
        # counts the active ones that are not regular (<const>, <close>): while there
        # are none, no assignment needs singlevar's search
        self.actnames = []
        self.actkinds = bytearray()
        self.nconst = 0
        self.gt = []      # pending gotos
        self.label = []   # active labels
        self.fs = None
        self.last_kind = E_OTHER  # expkind of the last suffixedexp
        self.last_name = None     # its name when that is E_VAR

    # -- tokens ----------------------------------------------------------------------

    def next(self):
        i = self.i + 1
        self.i = i
        self.tok = self.kinds[i]
        if self.tok == TK_ERROR:
            raise self.vals[i]

    def lookahead(self):
        kind = self.kinds[self.i + 1]
        if kind == TK_ERROR:
            raise self.vals[self.i + 1]
        return kind

    def linenumber(self):
        """ls->linenumber while the current token is current."""
        return self.lx.endline(self.i)

    def line_at(self, i):
        return -1 if i < 0 else self.lx.endline(i)

    def last(self):
        """The position of the token before the current one (ANTLR's LT(-1))."""
        return self.lines[self.i - 1] if self.i > 0 else None

    # -- errors ----------------------------------------------------------------------

    def error(self, msg, near=True):
        """luaX_syntaxerror ('near' the current token) / luaK_semerror (no 'near')."""
        line = self.linenumber()
        full = f"{self.lx.chunkname}:{line}: {msg}"
        if near:
            text = self.lx.near(self.i)
            if text is not None:
                full += " near " + text
        raise LuaSyntaxError(full, line)

    def error_expected(self, tok):
        self.error(f"{token2str(tok)} expected")

    def enterlevel(self):
        self.level += 1
        if self.level >= MAX_C_LEVELS:
            # luaE_checkcstack: a runtime error raised during parsing, so
            # Lua adds no position to it
            raise LuaSyntaxError("C stack overflow", self.linenumber())

    def testnext(self, tok):
        if self.tok == tok:
            self.next()
            return True
        return False

    def checknext(self, tok):
        if self.tok != tok:
            self.error_expected(tok)
        self.next()

    def check_match(self, what, who, where):
        """Close the construct opened by ``who`` at token index ``where``."""
        if self.tok != what:
            line = self.line_at(where)
            if line == self.linenumber():
                self.error_expected(what)
            self.error(f"{token2str(what)} expected (to close {token2str(who)} at line {line})")
        self.next()

    def str_checkname(self):
        if self.tok != TK_NAME:
            self.error_expected(TK_NAME)
        name = self.vals[self.i]
        self.next()
        return name

    def block_follow(self, withuntil):
        tok = self.tok
        return (tok == TK_ELSE or tok == TK_ELSEIF or tok == TK_END or tok == TK_EOS
                or (withuntil and tok == TK_UNTIL))

    # -- variables --------------------------------------------------------------------

    def new_localvar(self, name, kind):
        fs = self.fs
        if len(self.actnames) + 1 - fs.firstlocal > MAXVARS:
            self.errorlimit(MAXVARS, "local variables")
        self.actnames.append(name)
        self.actkinds.append(kind)

    def errorlimit(self, limit, what):
        line = self.fs.linedefined
        where = "main function" if line < 0 else f"function at line {self.line_at(line)}"
        self.error(f"too many {what} (limit is {limit}) in {where}")

    def adjustlocalvars(self, nvars):
        fs = self.fs
        first = fs.firstlocal + fs.nactvar
        kinds = self.actkinds
        for j in range(first, first + nvars):
            if kinds[j] != VDKREG:
                self.nconst += 1
        fs.nactvar += nvars

    def removevars(self, tolevel):
        fs = self.fs
        n = len(self.actnames)
        first = n - (fs.nactvar - tolevel)
        if self.nconst:
            kinds = self.actkinds
            for j in range(first, n):
                if kinds[j] != VDKREG:
                    self.nconst -= 1
        del self.actnames[first:]
        del self.actkinds[first:]
        fs.nactvar = tolevel

    def check_readonly(self, name):
        """An assignment to ``name`` (singlevar + check_readonly): the innermost
        active declaration of the name, searched function by function."""
        if self.nconst == 0:
            return 0
        names = self.actnames
        fs = self.fs
        while fs is not None:
            j = fs.firstlocal + fs.nactvar - 1
            while j >= fs.firstlocal:
                if names[j] == name:
                    if self.actkinds[j] != VDKREG:
                        self.error(f"attempt to assign to const variable '{name}'", False)
                    return 0
                j -= 1
            fs = fs.prev
        return 0

    # -- blocks, labels and gotos -------------------------------------------------------

    def enterblock(self, isloop):
        bl = _BlockCnt()
        fs = self.fs
        bl.isloop = isloop
        bl.nactvar = fs.nactvar
        bl.firstlabel = len(self.label)
        bl.firstgoto = len(self.gt)
        bl.previous = fs.bl
        fs.bl = bl

    def leaveblock(self):
        fs = self.fs
        bl = fs.bl
        self.removevars(bl.nactvar)
        if bl.isloop:  # fix pending breaks
            self.createlabel("break", 0, False)
        del self.label[bl.firstlabel:]
        fs.bl = bl.previous
        if bl.previous is not None:
            for gt in self.gt[bl.firstgoto:]:  # movegotosout
                gt.nactvar = bl.nactvar
        elif bl.firstgoto < len(self.gt):
            self.undefgoto(self.gt[bl.firstgoto])

    def undefgoto(self, gt):
        if gt.name == "break":
            msg = f"break outside loop at line {gt.line}"
        else:
            msg = f"no visible label '{gt.name}' for <goto> at line {gt.line}"
        self.error(msg, False)

    def findlabel(self, name):
        for lb in self.label[self.fs.firstlabel:]:
            if lb.name == name:
                return lb
        return None

    def createlabel(self, name, line, last):
        fs = self.fs
        lb = _LabelDesc(name, line, fs.bl.nactvar if last else fs.nactvar)
        self.label.append(lb)
        # solvegotos
        gt = self.gt
        i = fs.bl.firstgoto
        while i < len(gt):
            g = gt[i]
            if g.name == name:
                if g.nactvar < lb.nactvar:  # jumpscopeerror
                    varname = self.actnames[fs.firstlocal + g.nactvar]
                    self.error(f"<goto {g.name}> at line {g.line} jumps into the scope"
                               f" of local '{varname}'", False)
                del gt[i]
            else:
                i += 1

    def newgotoentry(self, name, line):
        self.gt.append(_LabelDesc(name, line, self.fs.nactvar))

    # -- functions ------------------------------------------------------------------------

    def open_func(self, linedefined):
        fs = _FuncState()
        fs.prev = self.fs
        fs.firstlocal = len(self.actnames)
        fs.firstlabel = len(self.label)
        fs.nactvar = 0
        fs.is_vararg = False
        fs.linedefined = linedefined
        fs.bl = None
        self.fs = fs
        self.enterblock(False)
        return fs

    def close_func(self):
        self.leaveblock()
        self.fs = self.fs.prev

    def mainfunc(self):
        fs = self.open_func(-1)
        fs.is_vararg = True
        if self.tok == TK_ERROR:
            raise self.vals[0]
        body = []
        self.statlist(body)
        if self.tok != TK_EOS:
            self.error_expected(TK_EOS)
        self.close_func()
        if not self.build:
            return None
        first = self.lines[0]
        last = self.last()
        return _chunk(_block(body, first, last), first, last)

    # -- statements ---------------------------------------------------------------------

    def statlist(self, body):
        while not self.block_follow(True):
            if self.tok == TK_RETURN:
                self.statement(body)
                break  # 'return' is the last statement
            self.statement(body)

    def block(self):
        """block -> statlist, in a scope of its own: the Block node."""
        self.enterblock(False)
        start = self.i
        body = []
        self.statlist(body)
        self.leaveblock()
        return _block(body, self.lines[start], self.last()) if self.build else None

    def statement(self, body):
        """One statement; its node (if any) is appended to ``body``."""
        start = self.i
        self.enterlevel()
        tok = self.tok
        node = None
        if tok == TK_SEMI:
            self.next()
            if self.build:
                node = _leaf(A.SemiColon, "SemiColon", None, None)
        elif tok == TK_IF:
            node = self.ifstat(start)
        elif tok == TK_WHILE:
            self.next()
            test = self.expr()
            self.enterblock(True)
            self.checknext(TK_DO)
            block = self.block()
            self.check_match(TK_END, TK_WHILE, start)
            self.leaveblock()
            if self.build:
                node = _while(test, block, self.lines[start], self.last())
        elif tok == TK_DO:
            self.next()
            block = self.block()
            self.check_match(TK_END, TK_DO, start)
            if self.build:
                node = _do(block, self.lines[start], self.last())
        elif tok == TK_FOR:
            node = self.forstat(start)
        elif tok == TK_REPEAT:
            self.enterblock(True)
            self.enterblock(False)
            self.next()
            first = self.i
            stats = []
            self.statlist(stats)
            block = _block(stats, self.lines[first], self.last()) if self.build else None
            self.check_match(TK_UNTIL, TK_REPEAT, start)
            test = self.expr()
            self.leaveblock()
            self.leaveblock()
            if self.build:
                node = _repeat(block, test, self.lines[start], self.last())
        elif tok == TK_FUNCTION:
            node = self.funcstat(start)
        elif tok == TK_LOCAL:
            self.next()
            if self.testnext(TK_FUNCTION):
                node = self.localfunc(start)
            else:
                node = self.localstat(start)
        elif tok == TK_DBCOLON:
            self.next()
            self.labelstat(self.str_checkname(), start, body)  # appends its nodes
        elif tok == TK_RETURN:
            self.next()
            values = []
            if not (self.block_follow(True) or self.tok == TK_SEMI):
                self.explist(values)
            self.testnext(TK_SEMI)
            if self.build:
                node = _return(values, self.lines[start], self.last())
        elif tok == TK_BREAK:
            self.newgotoentry("break", self.linenumber())
            self.next()
            if self.build:
                node = _leaf(A.Break, "Break", self.lines[start], self.lines[start])
        elif tok == TK_GOTO:
            self.next()
            line = self.linenumber()
            name = self.str_checkname()
            if self.findlabel(name) is None:  # forward jump
                self.newgotoentry(name, line)
            if self.build:
                node = _goto(_name(name, None, None), self.lines[start], self.last())
        else:
            node = self.exprstat(start)
        if tok != TK_DBCOLON:
            body.append(node)
        self.level -= 1

    def ifstat(self, start):
        """IF cond THEN block {ELSEIF cond THEN block} [ELSE block] END"""
        build = self.build
        test, block = self.test_then_block()
        node = tail = None
        if build:
            node = tail = _if(A.If, "If", test, block, self.lines[start], None)
        while self.tok == TK_ELSEIF:
            first = self.i
            test, block = self.test_then_block()
            if build:
                elseif = _if(A.ElseIf, "ElseIf", test, block, self.lines[first], self.last())
                tail.orelse = elseif
                tail = elseif
        if self.testnext(TK_ELSE):
            block = self.block()
            if build:
                tail.orelse = block
        self.check_match(TK_END, TK_IF, start)
        if build:
            node._last_token = self.last()
        return node

    def test_then_block(self):
        """[IF | ELSEIF] cond THEN block: (cond, Block)"""
        self.next()
        test = self.expr()
        self.checknext(TK_THEN)
        first = self.i
        body = []
        if self.tok == TK_BREAK:  # 'if x then break'
            line = self.linenumber()
            if self.build:
                body.append(_leaf(A.Break, "Break", self.lines[self.i], self.lines[self.i]))
            self.next()
            self.enterblock(False)
            self.newgotoentry("break", line)
            while self.tok == TK_SEMI:  # skip semicolons (lparser reads them here)
                if self.build:
                    body.append(_leaf(A.SemiColon, "SemiColon", None, None))
                self.next()
            if self.block_follow(False):
                self.leaveblock()
                return test, (_block(body, self.lines[first], self.last()) if self.build else None)
        else:
            self.enterblock(False)
        self.statlist(body)
        self.leaveblock()
        return test, (_block(body, self.lines[first], self.last()) if self.build else None)

    def forstat(self, start):
        self.enterblock(True)
        self.next()
        varname = self.str_checkname()
        if self.tok == TK_ASSIGN:  # fornum
            for _ in range(3):
                self.new_localvar("(for state)", VDKREG)
            self.new_localvar(varname, VDKREG)
            self.next()
            first = self.expr()
            self.checknext(TK_COMMA)
            stop = self.expr()
            step = 1  # luaparser's default: the int, not a node
            if self.testnext(TK_COMMA):
                step = self.expr()
            self.adjustlocalvars(3)
            block = self.forbody(1)
            self.check_match(TK_END, TK_FOR, start)
            self.leaveblock()
            if not self.build:
                return None
            return _fornum(_name(varname, None, None), first, stop, step, block,
                           self.lines[start], self.last())
        if self.tok == TK_COMMA or self.tok == TK_IN:  # forlist
            for _ in range(4):
                self.new_localvar("(for state)", VDKREG)
            self.new_localvar(varname, VDKREG)
            names = [varname]
            while self.testnext(TK_COMMA):
                name = self.str_checkname()
                self.new_localvar(name, VDKREG)
                names.append(name)
            self.checknext(TK_IN)
            values = []
            self.explist(values)
            self.adjustlocalvars(4)
            block = self.forbody(len(names))
            self.check_match(TK_END, TK_FOR, start)
            self.leaveblock()
            if not self.build:
                return None
            return _forin(block, values, [_name(name, None, None) for name in names],
                          self.lines[start], self.last())
        self.error("'=' or 'in' expected")

    def forbody(self, nvars):
        self.checknext(TK_DO)
        self.enterblock(False)
        self.adjustlocalvars(nvars)
        block = self.block()
        self.leaveblock()
        return block

    def funcstat(self, start):
        """FUNCTION funcname body"""
        build = self.build
        self.next()
        # funcname -> NAME {'.' NAME} [':' NAME]
        first = self.i
        name = self.str_checkname()
        root = _name(name, None, None) if build else None
        readonly = name
        while self.tok == TK_DOT:
            self.next()
            key = self.str_checkname()
            if build:
                root = _index(_name(key, None, None), root, _DOT, None, None)
            readonly = None
        if self.tok == TK_COLON:
            self.next()
            method = self.str_checkname()
            args, block = self.body(True, start)
            if not build:
                return None
            return _method(root, _name(method, None, None), args, block,
                           self.lines[start], self.last())
        if build:
            root._first_token = self.lines[first]
            root._last_token = self.last()
        args, block = self.body(False, start)
        if readonly is not None:
            self.check_readonly(readonly)
        if not build:
            return None
        return _function(A.Function, "Function", root, args, block, self.lines[start], self.last())

    def localfunc(self, start):
        name = self.str_checkname()
        self.new_localvar(name, VDKREG)
        self.adjustlocalvars(1)
        args, block = self.body(False, self.i)
        if not self.build:
            return None
        return _function(A.LocalFunction, "LocalFunction", _name(name, None, None), args, block,
                         self.lines[start], self.last())

    def localstat(self, start):
        """LOCAL attnamelist ['=' explist]"""
        build = self.build
        targets = []
        toclose = False
        while True:
            name = self.str_checkname()
            target = _name(name, None, None) if build else None
            self.new_localvar(name, VDKREG)
            kind = VDKREG
            if self.testnext(TK_LT):  # getlocalattribute
                attr = self.str_checkname()
                self.checknext(TK_GT)
                if attr == "const":
                    kind = RDKCONST
                elif attr == "close":
                    kind = RDKTOCLOSE
                else:
                    self.error(f"unknown attribute '{attr}'", False)
                self.actkinds[-1] = kind
                if build:
                    target.attribute = _attribute(_name(attr, None, None))
            if kind == RDKTOCLOSE:
                if toclose:
                    self.error("multiple to-be-closed variables in local list", False)
                toclose = True
            targets.append(target)
            if not self.testnext(TK_COMMA):
                break
        values = []
        if self.testnext(TK_ASSIGN):
            self.explist(values)
        self.adjustlocalvars(len(targets))
        if not build:
            return None
        return _assign(A.LocalAssign, "LocalAssign", targets, values, self.lines[start], self.last())

    def labelstat(self, name, start, body):
        """'::' NAME '::', then the no-op statements lparser reads with it."""
        line = self.line_at(start)
        self.checknext(TK_DBCOLON)
        if self.build:
            body.append(_label(_name(name, None, None), self.lines[start], self.last()))
        while self.tok == TK_SEMI or self.tok == TK_DBCOLON:
            self.statement(body)  # skip other no-op statements
        lb = self.findlabel(name)
        if lb is not None:
            self.error(f"label '{name}' already defined on line {lb.line}", False)
        self.createlabel(name, line, self.block_follow(False))

    def exprstat(self, start):
        """stat -> func | assignment"""
        target = self.suffixedexp()
        kind = self.last_kind
        if self.tok != TK_ASSIGN and self.tok != TK_COMMA:
            if kind != E_CALL:
                self.error("syntax error")
            return target
        targets = [target]
        nextra = 0
        while True:  # restassign, its recursion unrolled
            if kind != E_VAR and kind != E_INDEXED:
                self.error("syntax error")
            if kind == E_VAR:
                self.check_readonly(self.last_name)
            if self.tok != TK_COMMA:
                break
            self.next()
            target = self.suffixedexp()
            kind = self.last_kind
            targets.append(target)
            self.enterlevel()
            nextra += 1
        self.checknext(TK_ASSIGN)
        values = []
        self.explist(values)
        self.level -= nextra
        if not self.build:
            return None
        return _assign(A.Assign, "Assign", targets, values, self.lines[start], self.last())

    # -- function bodies -------------------------------------------------------------------

    def body(self, ismethod, line):
        """'(' parlist ')' block END: (args, Block); ``line``: token index
        where the function was defined."""
        build = self.build
        fs = self.open_func(line)
        if ismethod:
            self.new_localvar("self", VDKREG)
            self.adjustlocalvars(1)
        self.checknext(TK_LPAREN)
        args = []
        nparams = 0
        if self.tok != TK_RPAREN:  # parlist
            while True:
                if self.tok == TK_NAME:
                    name = self.vals[self.i]
                    self.next()
                    self.new_localvar(name, VDKREG)
                    if build:
                        args.append(_name(name, None, None))
                    nparams += 1
                elif self.tok == TK_DOTS:
                    self.next()
                    fs.is_vararg = True
                    if build:
                        args.append(_leaf(A.Varargs, "Varargs", None, None))
                else:
                    self.error("<name> or '...' expected")
                if fs.is_vararg or not self.testnext(TK_COMMA):
                    break
        self.adjustlocalvars(nparams)
        self.checknext(TK_RPAREN)
        first = self.i
        stats = []
        self.statlist(stats)
        block = _block(stats, self.lines[first], self.last()) if build else None
        self.check_match(TK_END, TK_FUNCTION, line)
        self.close_func()
        return args, block

    # -- expressions -----------------------------------------------------------------------

    def explist(self, out):
        out.append(self.expr())
        while self.tok == TK_COMMA:
            self.next()
            out.append(self.expr())

    def expr(self):
        return self.subexpr(0)

    def subexpr(self, limit):
        """subexpr -> (simpleexp | unop subexpr) { binop subexpr }; each
        operand and result spans its tokens, as an ANTLR exp context does."""
        self.enterlevel()
        start = self.i
        tok = self.tok
        if _UNOPS[tok]:
            self.next()
            operand = self.subexpr(UNARY_PRIORITY)
            node = None
            if self.build:
                node = _unop(_UNCLASS[tok], _UNNAME[tok], operand, self.lines[start], self.last())
        else:
            node = self.simpleexp()
            if self.build:
                node._first_token = self.lines[start]
                node._last_token = self.last()
        op = self.tok
        while _LEFT[op] > limit:
            opi = self.i
            self.next()
            right = self.subexpr(_RIGHT[op])
            if self.build:
                node = _binop(_BINCLASS[op], _BINNAME[op], node, right, self.lines[start],
                              self.last())
                # the line lua5.4 gives the operation's instruction (codegen reads it):
                # a comparison's is its last token's, the others' their operator's
                if op == TK_CONCAT and right.__class__ is node.__class__ and not right.wrapped:
                    node.lua_line = right.lua_line  # a .. b .. c is one instruction, the last '..'s
                else:
                    node.lua_line = (self.last() if _COMPARISON[op] else self.lines[opi]).line
            op = self.tok
        self.level -= 1
        return node

    def simpleexp(self):
        tok = self.tok
        i = self.i
        if tok == TK_NAME or tok == TK_LPAREN:
            return self.suffixedexp()
        if tok == TK_STRING:
            self.next()
            return self.string(i)
        if tok == TK_INT or tok == TK_FLT:
            self.next()
            if not self.build:
                return None
            return _number(self.vals[i], None, None)
        if tok == TK_NIL:
            self.next()
            return _leaf(A.Nil, "Nil", None, None) if self.build else None
        if tok == TK_TRUE or tok == TK_FALSE:
            self.next()
            if not self.build:
                return None
            return _boolean(tok == TK_TRUE, None, None)
        if tok == TK_DOTS:
            if not self.fs.is_vararg:
                self.error("cannot use '...' outside a vararg function")
            self.next()
            return _leaf(A.Dots, "Dots", None, None) if self.build else None
        if tok == TK_LBRACE:
            return self.constructor()
        if tok == TK_FUNCTION:
            self.next()
            args, block = self.body(False, self.i)
            if not self.build:
                return None
            return _anonymous(args, block, None, None)
        return self.suffixedexp()  # reports the unexpected symbol

    def string(self, i):
        if not self.build:
            return None
        value, raw, delim = self.vals[i]
        pos = self.lines[i]
        return _string(value, raw, _DELIMITER[delim[0]], pos, pos)

    def primaryexp(self):
        """NAME | '(' expr ')'; sets last_kind (and last_name)."""
        if self.tok == TK_NAME:
            name = self.vals[self.i]
            self.next()
            self.last_kind = E_VAR
            self.last_name = name
            return _name(name, None, None) if self.build else None
        if self.tok == TK_LPAREN:
            start = self.i
            self.next()
            node = self.expr()
            self.check_match(TK_RPAREN, TK_LPAREN, start)
            if self.build:
                node.wrapped = True
            self.last_kind = E_OTHER
            return node
        self.error("unexpected symbol")

    def suffixedexp(self):
        """primaryexp { '.' NAME | '[' exp ']' | ':' NAME funcargs | funcargs }

        Tokens as luaparser's builder gives them: an Index spans its own
        suffix; a Call spans its arguments and the suffixes since the last
        call; an Invoke spans from the start of the chain to the end of
        the calls that follow it (ANTLR's functioncall contexts)."""
        build = self.build
        start = self.i
        node = self.primaryexp()
        kind = self.last_kind
        seg = -1          # first token of the suffixes since the last call
        invoke = None     # the last Invoke, while calls extend its context
        while True:
            tok = self.tok
            if tok == TK_DOT:
                i = self.i
                self.next()
                key = self.str_checkname()
                if build:
                    node = _index(_name(key, None, None), node, _DOT, self.lines[i], self.last())
                if seg < 0:
                    seg = i
                kind = E_INDEXED
            elif tok == TK_LBRACKET:
                i = self.i
                self.next()
                key = self.expr()
                self.checknext(TK_RBRACKET)
                if build:
                    node = _index(key, node, _SQUARE, self.lines[i], self.last())
                if seg < 0:
                    seg = i
                kind = E_INDEXED
            elif tok == TK_COLON:
                self.next()
                method = self.str_checkname()
                args, style = self.funcargs(start)
                if build:
                    node = invoke = _invoke(node, _name(method, None, None), args, style,
                                            self.lines[start], self.last())
                    node.lua_line = self.lines[start].line  # (funcargs' line: the chain's start)
                seg = -1
                kind = E_CALL
            elif tok == TK_LPAREN or tok == TK_STRING or tok == TK_LBRACE:
                i = self.i if seg < 0 else seg
                args, style = self.funcargs(start)
                if build:
                    node = _call(node, args, style, self.lines[i], self.last())
                    node.lua_line = self.lines[start].line
                    if invoke is not None:
                        invoke._last_token = node._last_token
                seg = -1
                kind = E_CALL
            else:
                self.last_kind = kind
                return node

    def funcargs(self, line):
        """The arguments of a call: (list of nodes, call style)."""
        tok = self.tok
        if tok == TK_LPAREN:
            self.next()
            args = []
            if self.tok != TK_RPAREN:
                self.explist(args)
            self.check_match(TK_RPAREN, TK_LPAREN, line)
            return args, _PARENS
        if tok == TK_LBRACE:
            return [self.constructor()], _NO_PARENS
        if tok == TK_STRING:
            i = self.i
            self.next()
            return [self.string(i)], _NO_PARENS
        self.error("function arguments expected")

    def constructor(self):
        """'{' [ field { sep field } [sep] ] '}'"""
        build = self.build
        start = self.i
        self.checknext(TK_LBRACE)
        fields = []
        npos = 0
        while self.tok != TK_RBRACE:
            first = self.i
            if self.tok == TK_NAME and self.lookahead() == TK_ASSIGN:
                key = self.vals[self.i]
                self.next()
                self.next()
                value = self.expr()
                if build:
                    fields.append(_field(_name(key, None, None), value, False, None,
                                         self.lines[first], self.last()))
            elif self.tok == TK_LBRACKET:
                self.next()
                key = self.expr()
                self.checknext(TK_RBRACKET)
                self.checknext(TK_ASSIGN)
                value = self.expr()
                if build:
                    fields.append(_field(key, value, True, None, self.lines[first], self.last()))
            else:
                npos += 1
                value = self.expr()
                if build:
                    fields.append(_field(None, value, False, npos, self.lines[first], self.last()))
            if not (self.testnext(TK_COMMA) or self.testnext(TK_SEMI)):
                break
        self.check_match(TK_RBRACE, TK_LBRACE, start)
        if not build:
            return None
        return _table(fields, self.lines[start], self.last())


def parse(lx, base_level, build):
    """Parse a chunk's tokens (a filled Lexer) into luaparser's Chunk, or
    raise LuaSyntaxError with lua5.4's message.  ``base_level``: C levels in
    use when parsing starts (see frontend.FILE_BASE_LEVEL).  ``build``
    false: make the checks only, build nothing and return None."""
    return Parser(lx, base_level, build).mainfunc()

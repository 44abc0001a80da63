"""The compile-time checks lua5.4 makes, with its exact messages.

``check_source`` is a port of lparser.c (5.4.4) without code generation: it
walks the token stream the way Lua's parser does, so the first error it
reports -- syntax error, goto/label/const/vararg/attribute error or nesting
limit -- is the one lua5.4 would report, at the same line.

``check_chunk`` makes the semantic checks on a luaparser AST, for ASTs
that did not come through ``check_source`` (parse_chunk already runs it).
"""
from luaparser import astnodes as ast

from .lexer import (EOS, FLT, INT, NAME, STRING, Lexer, LuaSyntaxError,
                    token2str)

__all__ = ["check_source", "check_chunk", "LuaSyntaxError", "MAX_C_LEVELS",
           "FILE_BASE_LEVEL", "LOAD_BASE_LEVEL"]

MAX_C_LEVELS = 200  # LUAI_MAXCCALLS
# C levels already in use when the parser starts (measured with lua5.4):
FILE_BASE_LEVEL = 1  # `lua5.4 file.lua`
LOAD_BASE_LEVEL = 2  # load() called from Lua code
MAXVARS = 200

# Variable kinds (lparser.h)
VDKREG, RDKCONST, RDKTOCLOSE = 0, 1, 2

# Expression kinds, as far as the checks need them
E_OTHER, E_CALL, E_VAR, E_INDEXED = 0, 1, 2, 3

_UNOPS = frozenset(["not", "-", "~", "#"])
_BINPRI = {  # (left, right) priorities from lparser.c
    "+": (10, 10), "-": (10, 10), "*": (11, 11), "%": (11, 11),
    "^": (14, 13), "/": (11, 11), "//": (11, 11),
    "&": (6, 6), "|": (4, 4), "~": (5, 5), "<<": (7, 7), ">>": (7, 7),
    "..": (9, 8),
    "==": (3, 3), "<": (3, 3), "<=": (3, 3), "~=": (3, 3), ">": (3, 3), ">=": (3, 3),
    "and": (2, 2), "or": (1, 1),
}
_UNARY_PRIORITY = 12
_BLOCK_FOLLOW = frozenset(["else", "elseif", "end", EOS])


class _Block:
    __slots__ = ("previous", "nactvar", "firstlabel", "firstgoto", "isloop")


class _Func:
    __slots__ = ("prev", "bl", "firstlocal", "firstlabel", "nactvar",
                 "is_vararg", "linedefined")


class _Label:
    __slots__ = ("name", "line", "nactvar")

    def __init__(self, name, line, nactvar):
        self.name, self.line, self.nactvar = name, line, nactvar


class _Parser:
    def __init__(self, src, chunkname, base_level):
        self.ls = Lexer(src, chunkname)
        self.level = base_level
        self.actvar = []  # [name, kind] for all open functions (Dyndata)
        self.gt = []      # pending gotos
        self.label = []   # active labels
        self.fs = None

    # -- helpers (lparser.c names) -------------------------------------------

    def enterlevel(self):
        self.level += 1
        if self.level >= MAX_C_LEVELS:
            # luaE_checkcstack: a runtime error raised during parsing, so
            # Lua adds no position to it
            raise LuaSyntaxError("C stack overflow", self.ls.line)

    def error_expected(self, tok):
        self.ls.syntax_error("%s expected" % token2str(tok))

    def testnext(self, tok):
        if self.ls.token == tok:
            self.ls.next()
            return True
        return False

    def check(self, tok):
        if self.ls.token != tok:
            self.error_expected(tok)

    def checknext(self, tok):
        self.check(tok)
        self.ls.next()

    def check_match(self, what, who, where):
        if not self.testnext(what):
            if where == self.ls.line:
                self.error_expected(what)
            self.ls.syntax_error("%s expected (to close %s at line %d)"
                                 % (token2str(what), token2str(who), where))

    def str_checkname(self):
        self.check(NAME)
        name = self.ls.value
        self.ls.next()
        return name

    def block_follow(self, withuntil):
        tok = self.ls.token
        return tok in _BLOCK_FOLLOW or (withuntil and tok == "until")

    # -- variables ------------------------------------------------------------

    def new_localvar(self, name, kind=VDKREG):
        fs = self.fs
        if len(self.actvar) + 1 - fs.firstlocal > MAXVARS:
            self.errorlimit(MAXVARS, "local variables")
        self.actvar.append([name, kind])
        return len(self.actvar) - 1 - fs.firstlocal

    def errorlimit(self, limit, what):
        line = self.fs.linedefined
        where = "main function" if line == 0 else "function at line %d" % line
        self.ls.syntax_error("too many %s (limit is %d) in %s" % (what, limit, where))

    def adjustlocalvars(self, n):
        self.fs.nactvar += n

    def removevars(self, tolevel):
        fs = self.fs
        del self.actvar[len(self.actvar) - (fs.nactvar - tolevel):]
        fs.nactvar = tolevel

    def singlevar(self, name):
        """Returns (E_VAR, readonly name or None); globals are indexed."""
        fs = self.fs
        while fs is not None:
            base = fs.firstlocal
            for i in range(fs.nactvar - 1, -1, -1):
                vname, kind = self.actvar[base + i]
                if vname == name:
                    return E_VAR, (name if kind != VDKREG else None)
            fs = fs.prev
        return E_INDEXED, None

    # -- blocks, labels and gotos ----------------------------------------------

    def enterblock(self, isloop):
        bl = _Block()
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
            msg = "break outside loop at line %d" % gt.line
        else:
            msg = "no visible label '%s' for <goto> at line %d" % (gt.name, gt.line)
        self.ls.sem_error(msg)

    def findlabel(self, name):
        for lb in self.label[self.fs.firstlabel:]:
            if lb.name == name:
                return lb
        return None

    def createlabel(self, name, line, last):
        fs = self.fs
        lb = _Label(name, line, fs.bl.nactvar if last else fs.nactvar)
        self.label.append(lb)
        # solvegotos
        i = fs.bl.firstgoto
        while i < len(self.gt):
            gt = self.gt[i]
            if gt.name == name:
                if gt.nactvar < lb.nactvar:  # jumpscopeerror
                    varname = self.actvar[fs.firstlocal + gt.nactvar][0]
                    self.ls.sem_error(
                        "<goto %s> at line %d jumps into the scope of local '%s'"
                        % (gt.name, gt.line, varname))
                del self.gt[i]
            else:
                i += 1

    def newgotoentry(self, name, line):
        self.gt.append(_Label(name, line, self.fs.nactvar))

    # -- functions -------------------------------------------------------------

    def open_func(self, linedefined):
        fs = _Func()
        fs.prev = self.fs
        fs.firstlocal = len(self.actvar)
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
        fs = self.open_func(0)
        fs.is_vararg = True
        self.ls.next()
        self.statlist()
        self.check(EOS)
        self.close_func()

    # -- statements ------------------------------------------------------------

    def statlist(self):
        while not self.block_follow(True):
            if self.ls.token == "return":
                self.statement()
                return
            self.statement()

    def block(self):
        self.enterblock(False)
        self.statlist()
        self.leaveblock()

    def statement(self):
        ls = self.ls
        line = ls.line
        self.enterlevel()
        tok = ls.token
        if tok == ";":
            ls.next()
        elif tok == "if":
            self.ifstat(line)
        elif tok == "while":
            ls.next()
            self.expr()
            self.enterblock(True)
            self.checknext("do")
            self.block()
            self.check_match("end", "while", line)
            self.leaveblock()
        elif tok == "do":
            ls.next()
            self.block()
            self.check_match("end", "do", line)
        elif tok == "for":
            self.forstat(line)
        elif tok == "repeat":
            self.enterblock(True)
            self.enterblock(False)
            ls.next()
            self.statlist()
            self.check_match("until", "repeat", line)
            self.expr()
            self.leaveblock()
            self.leaveblock()
        elif tok == "function":
            ls.next()
            kind, ro, ismethod = self.funcname()
            self.body(ismethod, line)
            if ro:
                self.check_readonly(ro)
        elif tok == "local":
            ls.next()
            if self.testnext("function"):
                self.new_localvar(self.str_checkname())
                self.adjustlocalvars(1)
                self.body(False, ls.line)
            else:
                self.localstat()
        elif tok == "::":
            ls.next()
            self.labelstat(self.str_checkname(), line)
        elif tok == "return":
            ls.next()
            if not (self.block_follow(True) or ls.token == ";"):
                self.explist()
            self.testnext(";")
        elif tok == "break":
            bline = ls.line
            ls.next()
            self.newgotoentry("break", bline)
        elif tok == "goto":
            ls.next()
            gline = ls.line
            name = self.str_checkname()
            if self.findlabel(name) is None:  # forward jump
                self.newgotoentry(name, gline)
        else:
            self.exprstat()
        self.level -= 1

    def ifstat(self, line):
        self.test_then_block()
        while self.ls.token == "elseif":
            self.test_then_block()
        if self.testnext("else"):
            self.block()
        self.check_match("end", "if", line)

    def test_then_block(self):
        ls = self.ls
        ls.next()
        self.expr()
        self.checknext("then")
        if ls.token == "break":  # 'if x then break'
            line = ls.line
            ls.next()
            self.enterblock(False)
            self.newgotoentry("break", line)
            while self.testnext(";"):
                pass
            if self.block_follow(False):
                self.leaveblock()
                return
        else:
            self.enterblock(False)
        self.statlist()
        self.leaveblock()

    def forstat(self, line):
        ls = self.ls
        self.enterblock(True)
        ls.next()
        varname = self.str_checkname()
        if ls.token == "=":
            for _ in range(3):
                self.new_localvar("(for state)")
            self.new_localvar(varname)
            self.checknext("=")
            self.expr()
            self.checknext(",")
            self.expr()
            if self.testnext(","):
                self.expr()
            self.adjustlocalvars(3)
            self.forbody(1)
        elif ls.token in (",", "in"):
            for _ in range(4):
                self.new_localvar("(for state)")
            self.new_localvar(varname)
            nvars = 1
            while self.testnext(","):
                self.new_localvar(self.str_checkname())
                nvars += 1
            self.checknext("in")
            self.explist()
            self.adjustlocalvars(4)
            self.forbody(nvars)
        else:
            ls.syntax_error("'=' or 'in' expected")
        self.check_match("end", "for", line)
        self.leaveblock()

    def forbody(self, nvars):
        self.checknext("do")
        self.enterblock(False)
        self.adjustlocalvars(nvars)
        self.block()
        self.leaveblock()

    def funcname(self):
        """funcname -> NAME {fieldsel} [':' NAME]; returns (kind, ro, ismethod)."""
        kind, ro = self.singlevar(self.str_checkname())
        ismethod = False
        while self.ls.token == ".":
            self.ls.next()
            self.str_checkname()
            kind, ro = E_INDEXED, None
        if self.ls.token == ":":
            self.ls.next()
            self.str_checkname()
            kind, ro, ismethod = E_INDEXED, None, True
        return kind, ro, ismethod

    def body(self, ismethod, line):
        fs = self.open_func(line)
        if ismethod:
            self.new_localvar("self")
            self.adjustlocalvars(1)
        self.checknext("(")
        self.parlist(fs)
        self.checknext(")")
        self.statlist()
        self.check_match("end", "function", line)
        self.close_func()

    def parlist(self, fs):
        ls = self.ls
        nparams = 0
        if ls.token != ")":
            while True:
                if ls.token == NAME:
                    self.new_localvar(self.str_checkname())
                    nparams += 1
                elif ls.token == "...":
                    ls.next()
                    fs.is_vararg = True
                else:
                    ls.syntax_error("<name> or '...' expected")
                if fs.is_vararg or not self.testnext(","):
                    break
        self.adjustlocalvars(nparams)

    def localstat(self):
        ls = self.ls
        toclose = False
        nvars = 0
        while True:
            vidx = self.new_localvar(self.str_checkname())
            kind = self.getlocalattribute()
            self.actvar[self.fs.firstlocal + vidx][1] = kind
            if kind == RDKTOCLOSE:
                if toclose:
                    ls.sem_error("multiple to-be-closed variables in local list")
                toclose = True
            nvars += 1
            if not self.testnext(","):
                break
        if self.testnext("="):
            self.explist()
        self.adjustlocalvars(nvars)

    def getlocalattribute(self):
        if self.testnext("<"):
            attr = self.str_checkname()
            self.checknext(">")
            if attr == "const":
                return RDKCONST
            if attr == "close":
                return RDKTOCLOSE
            self.ls.sem_error("unknown attribute '%s'" % attr)
        return VDKREG

    def labelstat(self, name, line):
        self.checknext("::")
        while self.ls.token in (";", "::"):
            self.statement()  # skip other no-op statements
        lb = self.findlabel(name)
        if lb is not None:
            self.ls.sem_error("label '%s' already defined on line %d" % (name, lb.line))
        self.createlabel(name, line, self.block_follow(False))

    def check_readonly(self, varname):
        self.ls.sem_error("attempt to assign to const variable '%s'" % varname)

    def exprstat(self):
        ls = self.ls
        kind, ro = self.suffixedexp()
        if ls.token in ("=", ","):
            self.restassign(kind, ro)
        elif kind != E_CALL:
            ls.syntax_error("syntax error")

    def restassign(self, kind, ro):
        ls = self.ls
        nextra = 0
        while True:  # the recursion of lparser.c, unrolled
            if kind not in (E_VAR, E_INDEXED):
                ls.syntax_error("syntax error")
            if ro:
                self.check_readonly(ro)
            if not self.testnext(","):
                break
            kind, ro = self.suffixedexp()
            self.enterlevel()
            nextra += 1
        self.checknext("=")
        self.explist()
        self.level -= nextra

    # -- expressions -----------------------------------------------------------

    def explist(self):
        self.expr()
        while self.testnext(","):
            self.expr()

    def expr(self):
        return self.subexpr(0)[0]

    def subexpr(self, limit):
        """Returns (expression kind, first untreated operator)."""
        ls = self.ls
        self.enterlevel()
        if ls.token in _UNOPS:
            ls.next()
            self.subexpr(_UNARY_PRIORITY)
            kind = E_OTHER
        else:
            kind = self.simpleexp()
        op = ls.token
        pri = _BINPRI.get(op)
        while pri is not None and pri[0] > limit:
            ls.next()
            op = self.subexpr(pri[1])[1]
            pri = _BINPRI.get(op)
            kind = E_OTHER
        self.level -= 1
        return kind, op

    def simpleexp(self):
        ls = self.ls
        tok = ls.token
        if tok in (FLT, INT, STRING, "nil", "true", "false"):
            ls.next()
            return E_OTHER
        if tok == "...":
            if not self.fs.is_vararg:
                ls.syntax_error("cannot use '...' outside a vararg function")
            ls.next()
            return E_OTHER
        if tok == "{":
            self.constructor()
            return E_OTHER
        if tok == "function":
            ls.next()
            self.body(False, ls.line)
            return E_OTHER
        return self.suffixedexp()[0]

    def primaryexp(self):
        ls = self.ls
        if ls.token == "(":
            line = ls.line
            ls.next()
            self.expr()
            self.check_match(")", "(", line)
            return E_OTHER, None
        if ls.token == NAME:
            name = ls.value
            ls.next()
            return self.singlevar(name)
        ls.syntax_error("unexpected symbol")

    def suffixedexp(self):
        ls = self.ls
        line = ls.line
        kind, ro = self.primaryexp()
        while True:
            tok = ls.token
            if tok == ".":
                ls.next()
                self.str_checkname()
            elif tok == "[":
                ls.next()
                self.expr()
                self.checknext("]")
            elif tok == ":":
                ls.next()
                self.str_checkname()
                self.funcargs(line)
                kind = E_CALL
                continue
            elif tok in ("(", STRING, "{"):
                self.funcargs(line)
                kind = E_CALL
                continue
            else:
                return kind, ro
            kind, ro = E_INDEXED, None

    def funcargs(self, line):
        ls = self.ls
        tok = ls.token
        if tok == "(":
            ls.next()
            if ls.token != ")":
                self.explist()
            self.check_match(")", "(", line)
        elif tok == "{":
            self.constructor()
        elif tok == STRING:
            ls.next()
        else:
            ls.syntax_error("function arguments expected")

    def constructor(self):
        ls = self.ls
        line = ls.line
        self.checknext("{")
        while ls.token != "}":
            if ls.token == NAME:
                if ls.lookahead() != "=":
                    self.expr()
                else:
                    ls.next()
                    self.checknext("=")
                    self.expr()
            elif ls.token == "[":
                ls.next()
                self.expr()
                self.checknext("]")
                self.checknext("=")
                self.expr()
            else:
                self.expr()
            if not (self.testnext(",") or self.testnext(";")):
                break
        self.check_match("}", "{", line)


def check_source(src, chunkname, base_level=FILE_BASE_LEVEL):
    """Parse ``src`` like lua5.4 without generating code.

    Raises LuaSyntaxError with lua5.4's message for the first error.
    Returns the lexer's literal table: source offset -> value of every
    string and numeral token.
    """
    p = _Parser(src, chunkname, base_level)
    p.mainfunc()
    return p.ls.literals


# -- checks on a luaparser AST ---------------------------------------------------

class _AstChecker:
    """The semantic checks of lparser.c, over a luaparser AST.

    Lines come from the nodes, so they can differ from lua5.4's where Lua
    reports the line it had read up to (e.g. after a function's 'end').
    """

    def __init__(self, chunkname):
        self.chunkname = chunkname

    def error(self, node, msg, fallback=None):
        line = node.line if node is not None else None
        if line is None:  # luaparser leaves some names without tokens
            line = fallback.line if fallback is not None and fallback.line else 0
        raise LuaSyntaxError("%s:%d: %s" % (self.chunkname, line, msg), line)

    def function(self, node, params, body, scopes):
        vararg = any(isinstance(p, ast.Varargs) for p in params)
        scope = {p.id: VDKREG for p in params if isinstance(p, ast.Name)}
        self.block(body, scopes + [scope], vararg, loop=False, func_node=node)

    def block(self, block, scopes, vararg, loop, func_node=None, repeat=False):
        """Checks one block; gotos that leave it are returned (name, line, node)."""
        stmts = block.body if isinstance(block, ast.Block) else block
        scopes = scopes + [{}]
        labels = {}  # name -> (line, number of locals declared before it)
        pending = []
        nlocals = 0
        for i, st in enumerate(stmts):
            if isinstance(st, ast.Label):
                name = st.id.id
                if name in labels or any(name in s for s in self._outer_labels):
                    prev = labels.get(name) or self._find_outer(name)
                    self.error(st, "label '%s' already defined on line %d" % (name, prev[0]))
                rest = stmts[i + 1:]
                # 'until' does not end the block for this (block_follow(ls, 0))
                last = not repeat and all(isinstance(s, (ast.Label, ast.SemiColon))
                                          for s in rest)
                labels[name] = (st.line, 0 if last else nlocals)
                still = []
                for g in pending:
                    if g[0] == name:
                        if g[3] < labels[name][1]:
                            self.error(st, "<goto %s> at line %d jumps into the scope of local '%s'"
                                       % (name, g[1], g[4]))
                    else:
                        still.append(g)
                pending = still
                continue
            if isinstance(st, ast.Goto):
                name = st.label.id
                if name not in labels and self._find_outer(name) is None:
                    pending.append((name, st.line, st, nlocals, None))
                continue
            if isinstance(st, ast.Break):
                if not loop:
                    pending.append(("break", st.line, st, nlocals, None))
                continue
            if isinstance(st, ast.LocalAssign):
                closes = 0
                for v in st.values:
                    self.expr(v, scopes, vararg)
                for t in st.targets:
                    kind = VDKREG
                    if t.attribute is not None:
                        attr = t.attribute.name.id
                        if attr == "const":
                            kind = RDKCONST
                        elif attr == "close":
                            kind = RDKTOCLOSE
                            closes += 1
                            if closes > 1:
                                self.error(st, "multiple to-be-closed variables in local list")
                        else:
                            self.error(st, "unknown attribute '%s'" % attr)
                    scopes[-1][t.id] = kind
                    self._mark_local(pending, nlocals, t.id)
                    nlocals += 1
                continue
            if isinstance(st, ast.LocalFunction):
                scopes[-1][st.name.id] = VDKREG
                self._mark_local(pending, nlocals, st.name.id)
                nlocals += 1
                self.function(st, st.args, st.body, scopes)
                continue
            # gotos leaving a nested block now sit at this block's level
            pending.extend((g[0], g[1], g[2], nlocals, None)
                           for g in self.stat(st, scopes, vararg, loop, labels))
        if func_node is not None and pending:
            g = pending[0]
            if g[0] == "break":
                self.error(g[2], "break outside loop at line %d" % g[1])
            self.error(g[2], "no visible label '%s' for <goto> at line %d" % (g[0], g[1]))
        return pending

    def _mark_local(self, pending, nlocals, name):
        # remember the first local a pending goto would jump over
        for j, g in enumerate(pending):
            if g[4] is None and g[3] == nlocals:
                pending[j] = g[:4] + (name,)

    _outer_labels = ()

    def _find_outer(self, name):
        for labels in reversed(self._outer_labels):
            if name in labels:
                return labels[name]
        return None

    def nested(self, block, scopes, vararg, loop, labels, repeat=False):
        saved = self._outer_labels
        self._outer_labels = saved + (labels,)
        try:
            return self.block(block, scopes, vararg, loop, repeat=repeat)
        finally:
            self._outer_labels = saved

    def stat(self, st, scopes, vararg, loop, labels):
        out = []
        if isinstance(st, ast.Assign):
            for t in st.targets:
                self.assign_target(t, scopes, vararg, st)
            for v in st.values:
                self.expr(v, scopes, vararg)
        elif isinstance(st, ast.Do):
            out = self.nested(st.body, scopes, vararg, loop, labels)
        elif isinstance(st, (ast.While, ast.Repeat)):
            self.expr(st.test, scopes, vararg)
            out = self.nested(st.body, scopes, vararg, True, labels,
                              repeat=isinstance(st, ast.Repeat))
        elif isinstance(st, (ast.If, ast.ElseIf)):
            self.expr(st.test, scopes, vararg)
            out = self.nested(st.body, scopes, vararg, loop, labels)
            if st.orelse is not None:
                if isinstance(st.orelse, ast.Block):
                    out += self.nested(st.orelse, scopes, vararg, loop, labels)
                else:
                    out += self.stat(st.orelse, scopes, vararg, loop, labels)
        elif isinstance(st, ast.Fornum):
            for e in (st.start, st.stop, st.step):
                if isinstance(e, ast.Node):
                    self.expr(e, scopes, vararg)
            out = self.nested(st.body, scopes + [{st.target.id: VDKREG}], vararg, True, labels)
        elif isinstance(st, ast.Forin):
            for e in st.iter:
                self.expr(e, scopes, vararg)
            inner = {t.id: VDKREG for t in st.targets}
            out = self.nested(st.body, scopes + [inner], vararg, True, labels)
        elif isinstance(st, ast.Function):
            self.assign_target(st.name, scopes, vararg, st)
            self.function_isolated(st, st.args, st.body, scopes)
        elif isinstance(st, ast.Method):
            self.expr(st.source, scopes, vararg)
            params = [ast.Name("self")] + list(st.args)
            self.function_isolated(st, params, st.body, scopes)
        elif isinstance(st, ast.Return):
            for v in st.values:
                self.expr(v, scopes, vararg)
        else:
            self.expr(st, scopes, vararg)
        return out

    def function_isolated(self, node, params, body, scopes):
        saved = self._outer_labels
        self._outer_labels = ()  # labels are per function
        try:
            self.function(node, params, body, scopes)
        finally:
            self._outer_labels = saved

    def lookup(self, name, scopes):
        for scope in reversed(scopes):
            if name in scope:
                return scope[name]
        return None

    def assign_target(self, t, scopes, vararg, stmt):
        if isinstance(t, ast.Name):
            kind = self.lookup(t.id, scopes)
            if kind is not None and kind != VDKREG:
                self.error(t, "attempt to assign to const variable '%s'" % t.id, stmt)
        else:
            self.expr(t, scopes, vararg)

    def expr(self, e, scopes, vararg):
        if isinstance(e, ast.Dots):
            if not vararg:
                self.error(e, "cannot use '...' outside a vararg function near '...'")
        elif isinstance(e, ast.AnonymousFunction):
            self.function_isolated(e, e.args, e.body, scopes)
        elif isinstance(e, ast.Node):
            for v in vars(e).values():
                if isinstance(v, ast.Node):
                    self.expr(v, scopes, vararg)
                elif isinstance(v, list):
                    for x in v:
                        if isinstance(x, ast.Node):
                            self.expr(x, scopes, vararg)


def check_chunk(chunk, chunkname):
    """Raise LuaSyntaxError for the first semantic error lua5.4 would report."""
    c = _AstChecker(chunkname)
    c.function(chunk, [ast.Varargs()], chunk.body, [])

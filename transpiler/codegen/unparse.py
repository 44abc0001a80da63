"""The written `.py` text of a generated module, fast: `unparse(tree)`.

It writes exactly what `module._PositionUnparser` (ast.unparse indenting by one
space, noting where it writes each node) writes, and notes the same positions,
in a fraction of the time: a function per node class that returns the node's
text, given the column it starts at, instead of ast's visitor with a context
manager per bracket.  The precedence each parent gives a child lives in a
dict keyed by node, as in ast's unparser, so a node object used in two places
reads what ast's would.

Only the node shapes code generation builds are known; any other (a
docstring, a decorator, a comprehension, ...) raises Unsupported, and the
caller writes the module with `_PositionUnparser` instead.
`tests/test_unparse.py` holds the two to the same text and maps on the corpus.

    text, positions = unparse(module)

positions: [node, line, col, end_line, end_col] in the order ast's unparser
would note them (with full=False only those the maps use) (a node before its children), columns in UTF-8 bytes: a
statement from after its indentation to the end of its last line, an
expression inside the parentheses its precedence adds.
"""
import ast
import sys

_INFSTR = "1e" + repr(sys.float_info.max_10_exp + 1)
_MINUS_2_63 = -9223372036854775808.0
# (module-level names: a compiled twin reads them from a cache, `ast.X` is a lookup each time)
_Constant, _UnaryOp = ast.Constant, ast.UnaryOp

# ast._Precedence, as plain ints
NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR = 1, 2, 3, 4, 5, 6, 7, 8, 9
BOR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM = 9, 10, 11, 12, 13, 14, 15, 16, 17, 18

_BINOP = {
    ast.Add: (" + ", ARITH), ast.Sub: (" - ", ARITH), ast.Mult: (" * ", TERM),
    ast.MatMult: (" @ ", TERM), ast.Div: (" / ", TERM), ast.Mod: (" % ", TERM),
    ast.LShift: (" << ", SHIFT), ast.RShift: (" >> ", SHIFT), ast.BitOr: (" | ", BOR),
    ast.BitXor: (" ^ ", BXOR), ast.BitAnd: (" & ", BAND), ast.FloorDiv: (" // ", TERM),
    ast.Pow: (" ** ", POWER),
}
_CMPOP = {
    ast.Eq: " == ", ast.NotEq: " != ", ast.Lt: " < ", ast.LtE: " <= ", ast.Gt: " > ",
    ast.GtE: " >= ", ast.Is: " is ", ast.IsNot: " is not ", ast.In: " in ", ast.NotIn: " not in ",
}
_UNOP = {ast.Invert: ("~", FACTOR), ast.Not: ("not ", NOT), ast.UAdd: ("+", FACTOR), ast.USub: ("-", FACTOR)}
_AUGOP = {k: " " + v[0].strip() + "= " for k, v in _BINOP.items()}


class Unsupported(Exception):
    """A node this writer does not know: write the module with ast's unparser."""


def _negated(node):
    new = ast.UnaryOp(op=ast.USub(), operand=ast.Constant(-node.value))
    ast.copy_location(new, node)
    new.operand.lineno = new.operand.end_lineno = new.lineno
    new.operand.col_offset = new.operand.end_col_offset = 0
    return new


def _constant_text(value):
    if value.__class__ is float or value.__class__ is complex:
        return repr(value).replace("inf", _INFSTR).replace("nan", f"({_INFSTR}-{_INFSTR})")
    return repr(value)


# what may share the first line of a site in the site-lines layout: nodes that cannot fail
_TRIVIAL = (ast.Name, ast.Constant)
# nodes that cannot stand in parentheses: written in place, their children as the parent's
_UNWRAPPABLE = (ast.Starred, ast.Slice)


class _Resumed:
    """A line of the site-lines layout where the text of `node` goes on after a wrapped child:
    the line is the node's Lua line; not the node's start (no site, no def)."""

    __slots__ = ("lineno",)
    col_offset = 0

    def __init__(self, node):
        self.lineno = node.lineno


class _Writer:
    def __init__(self, full=False, site_lines=False):
        self.full = full    # note every node, not only statements and sites
        self.lines = []
        self.positions = []
        self.prec = {}
        self.line = 1       # the line being written (expressions never span lines, but see site_lines)
        self.norec = 0      # inside lambda arguments: ast writes them into a buffer, unnoted
        self.raw = False    # as ast.unparse: negative numbers as repr() writes them
        # the site-lines layout (see unparse): each site's node starts a line of its own
        self.site_lines = site_lines
        self.in_site = False  # writing the children of a site's node
        self.cur = None       # the statement or wrapped node being written

    # ------------------------------------------------------------ expressions

    def ex(self, node, col):
        cls = node.__class__
        if cls is _Constant:
            v = node.value
            if self.site_lines and v == _MINUS_2_63 and v.__class__ is float:
                # PyPy 3.9 reads `-9.223372036854776e+18` as the integer -2**63
                return "(0.0 - 9.223372036854776e+18)"
            if (v.__class__ is int or v.__class__ is float) and not self.raw and (
                    v < 0 or (v == 0 and str(v).startswith("-"))):
                if v.__class__ is int and (self.norec or not (self.full or getattr(node, "col_offset", 0))):
                    # what the unary minus of _negated writes, with nothing to note
                    text = "-" + repr(-v)
                    return "(" + text + ")" if self.prec.get(node, TEST) > FACTOR else text
                new = _negated(node)
                if node in self.prec:
                    self.prec[new] = self.prec[node]
                node = new
                cls = _UnaryOp
        fn = _EXPR.get(cls)
        if fn is None:
            raise Unsupported(cls.__name__)
        if self.site_lines and not self.norec:
            return self._ex_lines(node, cls, fn, col)
        if self.norec or not (self.full or getattr(node, "col_offset", 0)):
            return fn(self, node, col, None)
        line = self.line
        rec = [node, line, col, line, None]
        self.positions.append(rec)
        text = fn(self, node, col, rec)
        if rec[4] is None:
            rec[4] = col + len(text)
        return text

    def _ex_lines(self, node, cls, fn, col):
        """ex() in the site-lines layout: a site's node is written in parentheses from the
        start of a new line, and so is each child of it that is not a name or a constant,
        and the text after it goes on on a new line: the line a site's node starts on holds
        no other operation that could fail (Python gives an operation the line its node
        starts on).  A node of another Lua line than the one being written starts a line too,
        so that every operation's line maps to its own Lua line.  Every line starts with a noted node, or a _Resumed one standing for
        the node whose text goes on there.  Columns are not kept (the maps use lines)."""
        site = getattr(node, "col_offset", 0)
        in_site = self.in_site
        if cls in _UNWRAPPABLE:
            return fn(self, node, col, None)
        if not site and (cls in _TRIVIAL or not (in_site or (
                self.cur is not None and node.lineno != self.cur.lineno))):
            self.in_site = False
            try:
                if not self.full:
                    return fn(self, node, col, None)
                rec = [node, self.line, col, self.line, None]
                self.positions.append(rec)
                text = fn(self, node, col, rec)
                if rec[4] is None:
                    rec[4] = col + len(text)
                return text
            finally:
                self.in_site = in_site
        self.line += 1
        self.in_site = bool(site)
        outer = self.cur
        self.cur = node
        rec = [node, self.line, 0, self.line, None]
        self.positions.append(rec)
        try:
            text = fn(self, node, 0, rec)
        finally:
            self.in_site = in_site
            self.cur = outer
        rec[3] = self.line
        rec[4] = len(text) - text.rfind("\n") - 1
        self.line += 1
        self.positions.append([_Resumed(node if outer is None else outer), self.line, 0, self.line, 0])
        return "(\n" + text + "\n)"

    def _paren(self, rec, col, inner_fn, node):
        """`(inner)`, the node noted inside the parentheses."""
        inner = inner_fn(self, node, col + 1)
        if rec is not None:
            rec[2] = col + 1
            rec[4] = col + 1 + len(inner)
        return "(" + inner + ")"

    def x_name(self, node, col, rec):
        return node.id

    def x_constant(self, node, col, rec):
        value = node.value
        if value.__class__ is tuple:
            if len(value) == 1:
                return "(" + _constant_text(value[0]) + ",)"
            return "(" + ", ".join(_constant_text(v) for v in value) + ")"
        if value is ...:
            return "..."
        text = _constant_text(value)
        if getattr(node, "kind", None) == "u":
            return "u" + text
        return text

    def x_attribute(self, node, col, rec):
        v = node.value
        self.prec[v] = ATOM
        text = self.ex(v, col)
        if v.__class__ is ast.Constant and isinstance(v.value, int):
            text += " "
        return text + "." + node.attr

    def x_call(self, node, col, rec):
        self.prec[node.func] = ATOM
        text = self.ex(node.func, col) + "("
        if self.site_lines and rec is not None and self.line != rec[1] and getattr(node, "col_offset", 0):
            # a call whose callee spans lines: Cython gives the call the line of its
            # argument list's "(" (no other node starts there), so the site is noted there too
            self.positions.append([node, self.line, 0, self.line, 0])
        c = col + len(text)
        first = True
        for e in node.args:
            if first:
                first = False
            else:
                text += ", "
                c += 2
            t = self.ex(e, c)
            text += t
            c += len(t)
        for e in node.keywords:
            if first:
                first = False
            else:
                text += ", "
                c += 2
            t = self.keyword(e, c)
            text += t
            c += len(t)
        return text + ")"

    def keyword(self, node, col):
        rec = None
        if not self.norec and (self.full or getattr(node, "col_offset", 0)):
            rec = [node, self.line, col, self.line, None]
            self.positions.append(rec)
        if node.arg is None:
            text = "**" + self.ex(node.value, col + 2)
        else:
            text = node.arg + "=" + self.ex(node.value, col + len(node.arg) + 1)
        if rec is not None:
            rec[4] = col + len(text)
        return text

    def _items(self, elts, col, tuple_comma):
        """Elements joined by ', ' (a single one followed by ',' when tuple_comma)."""
        if tuple_comma and len(elts) == 1:
            return self.ex(elts[0], col) + ","
        text = ""
        c = col
        for i, e in enumerate(elts):
            if i:
                text += ", "
                c += 2
            t = self.ex(e, c)
            text += t
            c += len(t)
        return text

    def x_subscript(self, node, col, rec):
        self.prec[node.value] = ATOM
        text = self.ex(node.value, col) + "["
        s = node.slice
        if s.__class__ is ast.Tuple and s.elts:
            return text + self._items(s.elts, col + len(text), True) + "]"
        return text + self.ex(s, col + len(text)) + "]"

    def x_starred(self, node, col, rec):
        self.prec[node.value] = EXPR
        return "*" + self.ex(node.value, col + 1)

    def x_slice(self, node, col, rec):
        text = ""
        if node.lower:
            text = self.ex(node.lower, col)
        text += ":"
        if node.upper:
            text += self.ex(node.upper, col + len(text))
        if node.step:
            text += ":"
            text += self.ex(node.step, col + len(text))
        return text

    def x_list(self, node, col, rec):
        return "[" + self._items(node.elts, col + 1, False) + "]"

    def x_set(self, node, col, rec):
        if node.elts:
            return "{" + self._items(node.elts, col + 1, False) + "}"
        return "{*()}"

    def x_tuple(self, node, col, rec):
        if not node.elts or self.prec.get(node, TEST) > TUPLE:
            return "(" + self._items(node.elts, col + 1, True) + ")"
        return self._items(node.elts, col, True)

    def x_dict(self, node, col, rec):
        text = "{"
        c = col + 1
        for i, (k, v) in enumerate(zip(node.keys, node.values)):
            if i:
                text += ", "
                c += 2
            if k is None:
                self.prec[v] = EXPR
                t = "**" + self.ex(v, c + 2)
            else:
                t = self.ex(k, c)
                t += ": "
                t += self.ex(v, c + len(t))
            text += t
            c += len(t)
        return text + "}"

    def x_ifexp(self, node, col, rec):
        if self.prec.get(node, TEST) > TEST:
            return self._paren(rec, col, _Writer._ifexp, node)
        return self._ifexp(node, col)

    def _ifexp(self, node, col):
        prec = self.prec
        prec[node.body] = OR
        prec[node.test] = OR
        text = self.ex(node.body, col) + " if "
        text += self.ex(node.test, col + len(text)) + " else "
        prec[node.orelse] = TEST
        return text + self.ex(node.orelse, col + len(text))

    def x_unaryop(self, node, col, rec):
        op, p = _UNOP[node.op.__class__]
        if self.prec.get(node, TEST) > p:
            return self._paren(rec, col, _Writer._unaryop, node)
        return self._unaryop(node, col)

    def _unaryop(self, node, col):
        op, p = _UNOP[node.op.__class__]
        self.prec[node.operand] = p
        return op + self.ex(node.operand, col + len(op))

    def x_binop(self, node, col, rec):
        op, p = _BINOP[node.op.__class__]
        if self.prec.get(node, TEST) > p:
            return self._paren(rec, col, _Writer._binop, node)
        return self._binop(node, col)

    def _binop(self, node, col):
        op, p = _BINOP[node.op.__class__]
        if p == POWER:
            lp, rp = p + 1, p
        else:
            lp, rp = p, p + 1
        self.prec[node.left] = lp
        text = self.ex(node.left, col) + op
        self.prec[node.right] = rp
        return text + self.ex(node.right, col + len(text))

    def x_compare(self, node, col, rec):
        if self.prec.get(node, TEST) > CMP:
            return self._paren(rec, col, _Writer._compare, node)
        return self._compare(node, col)

    def _compare(self, node, col):
        prec = self.prec
        prec[node.left] = EXPR
        for e in node.comparators:
            prec[e] = EXPR
        text = self.ex(node.left, col)
        for o, e in zip(node.ops, node.comparators):
            text += _CMPOP[o.__class__]
            text += self.ex(e, col + len(text))
        return text

    def x_boolop(self, node, col, rec):
        p = AND if node.op.__class__ is ast.And else OR
        if self.prec.get(node, TEST) > p:
            return self._paren(rec, col, _Writer._boolop, node)
        return self._boolop(node, col)

    def _boolop(self, node, col):
        if node.op.__class__ is ast.And:
            p, sep = AND, " and "
        else:
            p, sep = OR, " or "
        prec = self.prec
        text = ""
        for i, v in enumerate(node.values):
            if i:
                text += sep
            # ast's unparser raises the level for each operand in turn
            if p < ATOM:
                p += 1
            prec[v] = p
            text += self.ex(v, col + len(text))
        return text

    def x_namedexpr(self, node, col, rec):
        if self.prec.get(node, TEST) > NAMED_EXPR:
            return self._paren(rec, col, _Writer._namedexpr, node)
        return self._namedexpr(node, col)

    def _namedexpr(self, node, col):
        self.prec[node.target] = ATOM
        self.prec[node.value] = ATOM
        text = self.ex(node.target, col) + " := "
        return text + self.ex(node.value, col + len(text))

    def x_yield(self, node, col, rec):
        if self.prec.get(node, TEST) > YIELD:
            return self._paren(rec, col, _Writer._yield, node)
        return self._yield(node, col)

    def _yield(self, node, col):
        if node.value:
            self.prec[node.value] = ATOM
            return "yield " + self.ex(node.value, col + 6)
        return "yield"

    def x_yieldfrom(self, node, col, rec):
        if self.prec.get(node, TEST) > YIELD:
            return self._paren(rec, col, _Writer._yieldfrom, node)
        return self._yieldfrom(node, col)

    def _yieldfrom(self, node, col):
        if not node.value:
            raise Unsupported("YieldFrom without a value")
        self.prec[node.value] = ATOM
        return "yield from " + self.ex(node.value, col + 11)

    def x_lambda(self, node, col, rec):
        if self.prec.get(node, TEST) > TEST:
            return self._paren(rec, col, _Writer._lambda, node)
        return self._lambda(node, col)

    def _lambda(self, node, col):
        self.norec += 1
        try:
            args = self.arguments(node.args, 0)
        finally:
            self.norec -= 1
        text = "lambda" + (" " + args if args else "") + ": "
        self.prec[node.body] = TEST
        return text + self.ex(node.body, col + len(text))

    def x_joinedstr(self, node, col, rec):
        # written by ast's unparser into buffers, nothing inside noted (as there)
        from .module import _PositionUnparser

        text = _PositionUnparser().visit(node)
        if "\n" in text:
            raise Unsupported("f-string over lines")
        return text

    # ------------------------------------------------------------ arguments

    def arg(self, node, col):
        if node.annotation:
            raise Unsupported("annotation")
        if not self.norec and (self.full or getattr(node, "col_offset", 0)):
            self.positions.append([node, self.line, col, self.line, col + len(node.arg)])
        return node.arg

    def arguments(self, node, col):
        text = ""
        all_args = node.posonlyargs + node.args
        defaults = [None] * (len(all_args) - len(node.defaults)) + node.defaults
        npos = len(node.posonlyargs)
        first = True
        for index, (a, d) in enumerate(zip(all_args, defaults), 1):
            if first:
                first = False
            else:
                text += ", "
            text += self.arg(a, col + len(text))
            if d:
                text += "="
                text += self.ex(d, col + len(text))
            if index == npos:
                text += ", /"
        if node.vararg or node.kwonlyargs:
            if first:
                first = False
            else:
                text += ", "
            text += "*"
            if node.vararg:
                if node.vararg.annotation:
                    raise Unsupported("annotation")
                text += node.vararg.arg
        if node.kwonlyargs:
            for a, d in zip(node.kwonlyargs, node.kw_defaults):
                text += ", "
                text += self.arg(a, col + len(text))
                if d:
                    text += "="
                    text += self.ex(d, col + len(text))
        if node.kwarg:
            if node.kwarg.annotation:
                raise Unsupported("annotation")
            if not first:
                text += ", "
            text += "**" + node.kwarg.arg
        return text

    # ------------------------------------------------------------ statements

    def body(self, stmts, indent):
        for s in stmts:
            fn = _STMT.get(s.__class__)
            if fn is None:
                raise Unsupported(s.__class__.__name__)
            line = len(self.lines) + 1
            rec = [s, line, indent, None, None]
            self.positions.append(rec)
            self.cur = s
            fn(self, s, indent, rec)
            self._end(rec)

    def _end(self, rec):
        rec[3] = len(self.lines)
        rec[4] = len(self.lines[-1])

    def _simple(self, indent, text):
        if self.site_lines and "\n" in text:
            self.lines.extend((" " * indent + text).split("\n"))
            return
        self.lines.append(" " * indent + text)

    def s_expr(self, node, indent, rec):
        self.line = len(self.lines) + 1
        self.prec[node.value] = YIELD
        self._simple(indent, self.ex(node.value, indent))

    def s_assign(self, node, indent, rec):
        if getattr(node, "type_comment", None):
            raise Unsupported("type comment")
        self.line = len(self.lines) + 1
        text = ""
        c = indent
        for t in node.targets:
            self.prec[t] = TUPLE
            s = self.ex(t, c) + " = "
            text += s
            c += len(s)
        self._simple(indent, text + self.ex(node.value, c))

    def s_augassign(self, node, indent, rec):
        self.line = len(self.lines) + 1
        text = self.ex(node.target, indent) + _AUGOP[node.op.__class__]
        self._simple(indent, text + self.ex(node.value, indent + len(text)))

    def s_return(self, node, indent, rec):
        self.line = len(self.lines) + 1
        if node.value:
            self._simple(indent, "return " + self.ex(node.value, indent + 7))
        else:
            self._simple(indent, "return")

    def s_pass(self, node, indent, rec):
        self._simple(indent, "pass")

    def s_break(self, node, indent, rec):
        self._simple(indent, "break")

    def s_continue(self, node, indent, rec):
        self._simple(indent, "continue")

    def s_delete(self, node, indent, rec):
        self.line = len(self.lines) + 1
        self._simple(indent, "del " + self._items(node.targets, indent + 4, False))

    def s_assert(self, node, indent, rec):
        self.line = len(self.lines) + 1
        text = "assert " + self.ex(node.test, indent + 7)
        if node.msg:
            text += ", "
            text += self.ex(node.msg, indent + len(text))
        self._simple(indent, text)

    def s_global(self, node, indent, rec):
        self._simple(indent, "global " + ", ".join(node.names))

    def s_nonlocal(self, node, indent, rec):
        self._simple(indent, "nonlocal " + ", ".join(node.names))

    def s_raise(self, node, indent, rec):
        self.line = len(self.lines) + 1
        if not node.exc:
            if node.cause:
                raise Unsupported("raise from without an exception")
            self._simple(indent, "raise")
            return
        text = "raise " + self.ex(node.exc, indent + 6)
        if node.cause:
            text += " from "
            text += self.ex(node.cause, indent + len(text))
        self._simple(indent, text)

    def _alias(self, node, col):
        text = node.name
        if node.asname:
            text += " as " + node.asname
        if not self.norec and (self.full or getattr(node, "col_offset", 0)):
            self.positions.append([node, self.line, col, self.line, col + len(text)])
        return text

    def s_import(self, node, indent, rec):
        self.line = len(self.lines) + 1
        text = "import "
        for i, a in enumerate(node.names):
            if i:
                text += ", "
            text += self._alias(a, indent + len(text))
        self._simple(indent, text)

    def s_importfrom(self, node, indent, rec):
        self.line = len(self.lines) + 1
        text = "from " + "." * (node.level or 0) + (node.module or "") + " import "
        for i, a in enumerate(node.names):
            if i:
                text += ", "
            text += self._alias(a, indent + len(text))
        self._simple(indent, text)

    def _block(self, indent, head, stmts):
        self._simple(indent, head + ":")
        self.body(stmts, indent + 1)

    def _else(self, indent, word, stmts):
        if stmts:
            self._block(indent, word, stmts)

    def s_functiondef(self, node, indent, rec):
        if node.decorator_list or node.returns or getattr(node, "type_comment", None):
            raise Unsupported("decorated or annotated def")
        if _docstring(node):
            raise Unsupported("docstring")
        if self.lines:
            self.lines.append("")
        self.line = rec[1] = len(self.lines) + 1
        text = "def " + node.name + "("
        text += self.arguments(node.args, indent + len(text))
        self._block(indent, text + ")", node.body)

    def open_def(self, node, indent):
        """Write a def's first line as s_functiondef does, for a body written after it
        (by body(), at indent + 1); returns its record, which close() ends."""
        if node.decorator_list or node.returns or getattr(node, "type_comment", None) or node.body:
            raise Unsupported("open_def of a decorated or annotated def, or one with a body")
        rec = [node, len(self.lines) + 1, indent, None, None]
        self.positions.append(rec)
        if self.lines:
            self.lines.append("")
        self.line = rec[1] = len(self.lines) + 1
        text = "def " + node.name + "("
        text += self.arguments(node.args, indent + len(text))
        self._simple(indent, text + "):")
        return rec

    def close(self, rec):
        self._end(rec)

    def s_for(self, node, indent, rec):
        if getattr(node, "type_comment", None):
            raise Unsupported("type comment")
        self.line = len(self.lines) + 1
        self.prec[node.target] = TUPLE
        text = "for " + self.ex(node.target, indent + 4) + " in "
        text += self.ex(node.iter, indent + len(text))
        self._block(indent, text, node.body)
        self._else(indent, "else", node.orelse)

    def s_while(self, node, indent, rec):
        self.line = len(self.lines) + 1
        self._block(indent, "while " + self.ex(node.test, indent + 6), node.body)
        self._else(indent, "else", node.orelse)

    def s_if(self, node, indent, rec):
        self.line = len(self.lines) + 1
        self._block(indent, "if " + self.ex(node.test, indent + 3), node.body)
        elifs = []
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If):
            node = node.orelse[0]
            self.line = len(self.lines) + 1
            erec = [node, self.line, indent, None, None]
            self.positions.append(erec)
            self.cur = node
            elifs.append(erec)
            self._block(indent, "elif " + self.ex(node.test, indent + 5), node.body)
        self._else(indent, "else", node.orelse)
        for erec in elifs:
            self._end(erec)

    def s_with(self, node, indent, rec):
        if getattr(node, "type_comment", None):
            raise Unsupported("type comment")
        self.line = len(self.lines) + 1
        text = "with "
        for i, item in enumerate(node.items):
            if i:
                text += ", "
            text += self.ex(item.context_expr, indent + len(text))
            if item.optional_vars:
                text += " as "
                text += self.ex(item.optional_vars, indent + len(text))
        self._block(indent, text, node.body)

    def s_try(self, node, indent, rec):
        self._block(indent, "try", node.body)
        for h in node.handlers:
            if h.__class__ is not ast.ExceptHandler:
                raise Unsupported(h.__class__.__name__)
            hrec = [h, len(self.lines) + 1, indent, None, None]
            self.positions.append(hrec)
            self.cur = h
            self.line = hrec[1]
            text = "except"
            if h.type:
                text += " " + self.ex(h.type, indent + 7)
            if h.name:
                text += " as " + h.name
            self._block(indent, text, h.body)
            self._end(hrec)
        self._else(indent, "else", node.orelse)
        self._else(indent, "finally", node.finalbody)


def _docstring(node):
    if not node.body:
        return False
    first = node.body[0]
    return (first.__class__ is ast.Expr and first.value.__class__ is ast.Constant
            and isinstance(first.value.value, str))


_EXPR = {
    ast.Name: _Writer.x_name, ast.Constant: _Writer.x_constant, ast.Attribute: _Writer.x_attribute,
    ast.Call: _Writer.x_call, ast.Subscript: _Writer.x_subscript, ast.Starred: _Writer.x_starred,
    ast.Slice: _Writer.x_slice, ast.List: _Writer.x_list, ast.Set: _Writer.x_set,
    ast.Tuple: _Writer.x_tuple, ast.Dict: _Writer.x_dict, ast.IfExp: _Writer.x_ifexp,
    ast.UnaryOp: _Writer.x_unaryop, ast.BinOp: _Writer.x_binop, ast.Compare: _Writer.x_compare,
    ast.BoolOp: _Writer.x_boolop, ast.NamedExpr: _Writer.x_namedexpr, ast.Yield: _Writer.x_yield,
    ast.YieldFrom: _Writer.x_yieldfrom, ast.Lambda: _Writer.x_lambda, ast.JoinedStr: _Writer.x_joinedstr,
}
_STMT = {
    ast.Expr: _Writer.s_expr, ast.Assign: _Writer.s_assign, ast.AugAssign: _Writer.s_augassign,
    ast.Return: _Writer.s_return, ast.Pass: _Writer.s_pass, ast.Break: _Writer.s_break,
    ast.Continue: _Writer.s_continue, ast.Delete: _Writer.s_delete, ast.Assert: _Writer.s_assert,
    ast.Global: _Writer.s_global, ast.Nonlocal: _Writer.s_nonlocal, ast.Raise: _Writer.s_raise,
    ast.Import: _Writer.s_import, ast.ImportFrom: _Writer.s_importfrom,
    ast.FunctionDef: _Writer.s_functiondef, ast.For: _Writer.s_for, ast.While: _Writer.s_while,
    ast.If: _Writer.s_if, ast.With: _Writer.s_with, ast.Try: _Writer.s_try,
}


def expr_text(node):
    """ast.unparse(node) of an expression (nothing noted)."""
    w = _Writer()
    w.norec = 1
    w.raw = True
    return w.ex(node, 0)


def unparse(module, full=False, site_lines=False):
    """(text, positions) of an ast.Module, as _PositionUnparser writes and notes them
    (see the module docstring); raises Unsupported for a node it does not know.

    Unless `full`, only the positions the written module's maps use are noted: every
    statement (the first node of each line, a def's line) and every node with a site
    (a column other than 0); an expression is never the first node of its line.

    site_lines: the layout for Pythons without column positions (PyPy 3.9, whose
    code objects have no co_positions) and for Cython (whose frames have a line
    only): every site's node starts a line of its own, on which no other
    operation that can fail starts (_Writer._ex_lines), so a frame's line alone
    names the site; such an expression spans lines, and a line's first noted node
    is a site's node or a statement."""
    if _docstring(module) or module.type_ignores:
        raise Unsupported("docstring or type ignores")
    w = _Writer(full, site_lines)
    w.body(module.body, 0)
    utf8_columns(w.lines, w.positions)
    return "\n".join(w.lines), w.positions


def utf8_columns(lines, positions, first=0):
    """Turn the columns of the positions, which count characters, into UTF-8 bytes on
    the lines that are not ASCII (of those from index `first`, where they all are)."""
    wide = {i + 1 for i in range(first, len(lines)) if not lines[i].isascii()}
    if wide:
        for rec in positions:
            if rec[1] in wide:
                rec[2] = len(lines[rec[1] - 1][:rec[2]].encode("utf-8"))
            if rec[3] in wide:
                rec[4] = len(lines[rec[3] - 1][:rec[4]].encode("utf-8"))

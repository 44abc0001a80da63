"""The vocabulary code generation builds Python `ast` nodes with.

Every node is stamped with its position when it is built (as Hy's `asty` does):
`lineno` is the Lua line being compiled (`HERE.line`, which the code generation
context moves as it enters statements and expressions: `Context.at`), and
`col_offset` is a *site* number, 0 unless the operation can fail with an error
message naming a variable (see `Context.site`).  So Python tracebacks and
`frame.f_lineno` speak Lua lines, and the runtime finds a failing operation's
description from the frame's column.

    py.If(test=t, body=b, orelse=[])   any ast node class, stamped (site=N sets the column)
    N(x) / S(x)        a name read / a name stored
    C(v)               a constant
    CALL(f, args, starred=None, site=0)
                       f(*args, *starred); f is a name or an expression
    IS / ISNOT         `a is b` / `a is not b` (folded when both are constants)
    CLASS(e)           e.__class__ (cheaper than type(e))
    AND / OR           boolean chains (AND drops Nones; AND() is True)
    IFEXP(t, a, b)     a if t else b
    SUB / SUBS         e[k] read (site=N: may fail) / stored
    ATTR(e, name)      e.name read
    ASSIGN(t, v)       t = v (t a name or a target node)
    WALRUS(x, v)       (x := v)
    COMPARE(a, op, b)  a <op> b for one ast comparison operator instance
    TUPLE(elts) / TUPLE_S(elts) / LIST(elts)
    GUARDED(cell, lookup)
                       a library guard cell's value while it holds this _ENV, else the lookup
    is_simple(e)       can e be evaluated twice without cost or effect?
"""
import ast
import threading

LOAD = ast.Load()
STORE = ast.Store()


class _Here(threading.local):
    """The Lua line nodes built now come from (one per thread: compiles do not share it)."""
    line = 1


HERE = _Here()


class _Builders:
    """`py.<AstClass>(**fields, site=0)`: the ast node, stamped with the current position."""

    def __getattr__(self, name):
        cls = getattr(ast, name)
        if "lineno" in cls._attributes:
            def build(*args, site=0, **fields):
                node = cls(*args, **fields)
                node.lineno = node.end_lineno = HERE.line
                node.col_offset = node.end_col_offset = site
                return node
        else:
            def build(*args, **fields):
                return cls(*args, **fields)
        setattr(self, name, build)
        return build


py = _Builders()


def N(name):
    return py.Name(id=name, ctx=LOAD)


def S(name):
    return py.Name(id=name, ctx=STORE)


def C(value):
    return py.Constant(value=value)


def CALL(func, args=(), starred=None, site=0):
    args = list(args)
    if starred is not None:
        args.append(py.Starred(value=starred, ctx=LOAD))
    return py.Call(func=N(func) if isinstance(func, str) else func, args=args, keywords=[], site=site)


def IS(a, b):
    if isinstance(a, ast.Constant) and isinstance(b, ast.Constant):
        return C(a.value is b.value)
    return py.Compare(left=a, ops=[ast.Is()], comparators=[b])


def ISNOT(a, b):
    if isinstance(a, ast.Constant) and isinstance(b, ast.Constant):
        return C(a.value is not b.value)
    return py.Compare(left=a, ops=[ast.IsNot()], comparators=[b])


def COMPARE(a, op, b):
    return py.Compare(left=a, ops=[op], comparators=[b])


def CLASS(e):
    return py.Attribute(value=e, attr="__class__", ctx=LOAD)


def ATTR(e, name):
    return py.Attribute(value=e, attr=name, ctx=LOAD)


def AND(*vals):
    vals = [v for v in vals if v is not None]
    if not vals:
        return C(True)
    if len(vals) == 1:
        return vals[0]
    return py.BoolOp(op=ast.And(), values=list(vals))


def OR(*vals):
    return py.BoolOp(op=ast.Or(), values=list(vals))


def NOT(e):
    return py.UnaryOp(op=ast.Not(), operand=e)


def IFEXP(test, body, orelse):
    return py.IfExp(test=test, body=body, orelse=orelse)


def SUB(value, key, site=0):
    return py.Subscript(value=value, slice=key, ctx=LOAD, site=site)


def SUBS(value, key):
    return py.Subscript(value=value, slice=key, ctx=STORE)


def ASSIGN(target, value):
    if isinstance(target, str):
        target = S(target)
    return py.Assign(targets=[target], value=value)


def WALRUS(name, value):
    return py.NamedExpr(target=S(name), value=value)


def TUPLE(elts):
    return py.Tuple(elts=list(elts), ctx=LOAD)


def TUPLE_S(elts):
    return py.Tuple(elts=list(elts), ctx=STORE)


def LIST(elts):
    return py.List(elts=list(elts), ctx=LOAD)


def EXPR(value):
    return py.Expr(value=value)


def IF(test, body, orelse=()):
    return py.If(test=test, body=body, orelse=list(orelse))


def GUARDED(cell, lookup):
    """A guarded library name (runtime/libguard.py): the value its cell caches while the
    cell holds this _ENV, else the lookup."""
    return IFEXP(IS(SUB(N(cell), C(0)), N("_ENV")), SUB(N(cell), C(1)), lookup)


def is_simple(e):
    """A Python expression that can be evaluated twice without cost or side effects."""
    return isinstance(e, (ast.Name, ast.Constant))


def FUNCDEF(name, args, body):
    return py.FunctionDef(name=name, args=args, body=body, decorator_list=[], returns=None)


def ARGUMENTS(args=(), vararg=None, kwonly=(), kw_defaults=(), defaults=()):
    """ast.arguments: positional parameter names, the *vararg name, keyword-only names."""
    return ast.arguments(
        posonlyargs=[], args=[py.arg(arg=a) for a in args],
        vararg=py.arg(arg=vararg) if vararg is not None else None,
        kwonlyargs=[py.arg(arg=k) for k in kwonly], kw_defaults=list(kw_defaults),
        kwarg=None, defaults=list(defaults))

"""Library call sites and library guards.

Reads of `print`, `math.floor`, ... go through the guard cells of
runtime/libguard.py (`GUARDED`); `string.format("<constant>", ...)` and
`math.sqrt(x)` compile to Python's own `%` and `math.sqrt` at the call site while
the callee is still the library's and the arguments have the right types.
"""
import ast

from luaparser import astnodes as A

from ...runtime.core import libguard
from ...runtime.stdlib.lformat import KIND_INT, KIND_STR, KIND_UINT, whole_conversions, whole_value_fits
from ..analysis import typeinfer as T
from ..analysis.syntax import is_multi
from .calls import CALL_SITES, call_expr, gen_call, truncate
from .core import operands
from .pyast import AND, CALL, CLASS, COMPARE, IFEXP, IS, TUPLE, WALRUS, C, N, clone, py


def library_name(e, ctx):
    """(lib, name) when the Index node e reads `lib.name` (or `lib["name"]`) of a global
    `lib` of the chunk's _ENV, else None."""
    v = e.value
    if v.__class__ is not A.Name or ctx.sym(v) is not None or ctx.env(v) is not None:
        return None
    if e.notation == A.IndexNotation.DOT:
        return v.id, e.idx.id
    if e.idx.__class__ is A.String and isinstance(e.idx.s, str):
        return v.id, e.idx.s
    return None


def library_field(e, ctx):
    """The guard's cell when e reads `lib.name` of a global library table (libguard)."""
    ln = library_name(e, ctx)
    return None if ln is None else libguard.field_cell(*ln)


def library_callee(e, lib, name, ctx):
    """Is e a call of global `lib`.`name`?"""
    return e.func.__class__ is A.Index and library_name(e.func, ctx) == (lib, name)


def guarded_library_call(conds, fast, fn, lib_name, lib_args, args, csite, single, ctx):
    """A library call done in place: `fast` when `conds` hold (the callee, held in fn,
    is still the library function lib_name and the arguments have the right types);
    the library function with the arguments already evaluated when only the callee
    test passed; otherwise the ordinary call of fn, evaluating `args` itself."""
    lib = py.Call(func=N(lib_name), args=lib_args, keywords=[], site=csite)
    if ctx.gen:
        other = gen_call(N(fn), args, csite, ctx)
    else:
        other = py.Call(func=N(fn), args=args, keywords=[], site=csite)
    if single:
        other = truncate(other, ctx)
    return IFEXP(AND(*conds), fast, IFEXP(IS(N(fn), N(lib_name)), lib, other))


def sqrt_call(e, ctx, single):
    """math.sqrt(x): Python's math.sqrt at the call site while the callee is still
    the library's and x is a non-negative float; the library call otherwise."""
    if not library_callee(e, "math", "sqrt", ctx) or len(e.args) != 1 or is_multi(e.args[0]):
        return None
    func = ctx.value(e.func).expr
    csite = ctx.site(ctx.desc(e.func))
    a = ctx.value(e.args[0])
    arg, at_ = a.expr, a.type
    fn = ctx.temp("_f")
    conds, (ra,) = operands(ctx, [arg])
    conds.insert(0, IS(WALRUS(fn, func), N("L_m_sqrt")))
    if not T.is_sub(at_, T.FLOAT):
        conds.append(IS(CLASS(ra), N("float")))
    conds.append(COMPARE(ra, ast.GtE(), C(0.0)))
    return guarded_library_call(conds, CALL("L_fsqrt", [ra]), fn, "L_m_sqrt", [ra],
                                [clone(arg)], csite, single, ctx)


def _format_shape(f, rest, convs, ctx):
    """format_call's callee, arguments and tests, or None when a constant argument
    does not have its conversion's type."""
    func = ctx.value(f).expr
    csite = ctx.site(ctx.desc(f))
    vals = []
    for i, x in enumerate(rest):
        if i == len(rest) - 1 and is_multi(x):
            # the last value may be several: the type test below also rules out a tuple
            vals.append((call_expr(x, ctx, single=False), T.ANY))
        else:
            r = ctx.value(x)
            vals.append((r.expr, r.type))
    fn = ctx.temp("_f")
    conds, refs = operands(ctx, [v for v, _ in vals])
    conds.insert(0, IS(WALRUS(fn, func), N("L_str_format")))
    for (kind, form), ref, (_, t) in zip(convs, refs, vals):
        if isinstance(ref, ast.Constant):
            if not whole_value_fits(kind, form, ref.value):
                return None
            continue
        if kind == KIND_INT:  # %d %i
            if not T.is_sub(t, T.INT):
                conds.append(IS(CLASS(ref), N("int")))
        elif kind == KIND_STR:  # %s: with a width or precision C stops at a zero byte, lua5.4 refuses
            if not T.is_sub(t, T.STR):
                conds.append(IS(CLASS(ref), N("str")))
            if form != "%s":
                conds.append(COMPARE(C("\0"), ast.NotIn(), ref))
        elif kind == KIND_UINT:  # %x %X %o: C prints negatives in two's complement
            if not T.is_sub(t, T.INT):
                conds.append(IS(CLASS(ref), N("int")))
            conds.append(COMPARE(ref, ast.GtE(), C(0)))
        else:  # float conversions of finite floats (Python spells inf/nan its own way)
            if not T.is_sub(t, T.FLOAT):
                conds.append(IS(CLASS(ref), N("float")))
            conds.append(COMPARE(py.BinOp(left=ref, op=ast.Sub(), right=ref), ast.Eq(), C(0.0)))
    return csite, vals, fn, conds, refs


def format_call(e, ctx, single):
    """string.format(<constant>, ...) whose conversions Python's % operator does
    exactly for arguments of the right types (lformat.whole_conversions): one
    %-operation at the call site while the callee is still the library's format
    and every argument has its conversion's type; the library call otherwise.
    Lua's order holds: the callee first, then the arguments, each evaluated once."""
    f = e.func
    if not (library_callee(e, "string", "format", ctx) and e.args and e.args[0].__class__ is A.String):
        return None
    fmt = e.args[0].s
    convs = whole_conversions(fmt)
    rest = e.args[1:]
    if convs is None or len(rest) != len(convs) or (rest and rest[-1].__class__ in (A.Varargs, A.Dots)):
        return None
    # compiled aside: when a constant argument has the wrong type the plain call is
    # compiled instead, and what these compiles hoisted must not run as well
    with ctx.preceding() as pre:
        shape = _format_shape(f, rest, convs, ctx)
    if shape is None:
        return None
    ctx.hoist(*pre)
    csite, vals, fn, conds, refs = shape
    fast = py.BinOp(left=C(fmt), op=ast.Mod(), right=TUPLE(refs))
    fargs = [C(fmt)] + list(refs)
    if rest and is_multi(rest[-1]):
        last = refs[-1]
        fargs[-1] = py.Starred(value=IFEXP(IS(CLASS(last), N("tuple")), last, TUPLE([last])), ctx=ast.Load())
    args = [clone(v) for v, _ in vals]
    if rest and is_multi(rest[-1]):
        last = args[-1]
        tmp = ctx.temp("_r")
        args[-1] = py.Starred(value=IFEXP(IS(CLASS(WALRUS(tmp, last)), N("tuple")), N(tmp), TUPLE([N(tmp)])),
                              ctx=ast.Load())
    args.insert(0, C(fmt))
    return guarded_library_call(conds, fast, fn, "L_str_format", fargs, args, csite, single, ctx)


CALL_SITES.extend([format_call, sqrt_call])

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
from .pyast import AND, CALL, CLASS, COMPARE, IFEXP, IS, ISNOT, OR, TUPLE, WALRUS, C, N, clone, py


def bind(name, value):
    """`((name := value) is not None or True)`: evaluates value in an `and` chain."""
    return OR(ISNOT(WALRUS(name, value), C(None)), C(True))


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


def guarded_library_call(binds, tests, fast, fn, lib_name, args, csite, single, ctx):
    """A library call done in place.  `binds` evaluate the callee into fn, then the
    arguments (always true; `args` name their values); then `fast` when `tests` hold
    (fn is still the library function lib_name and the arguments have the right
    types), the library function when only fn is, otherwise the ordinary call of fn,
    all with the arguments evaluated once, in Lua's order."""
    lib = py.Call(func=N(lib_name), args=args, keywords=[], site=csite)
    if ctx.gen:
        other = gen_call(N(fn), [clone(a) for a in args], csite, ctx)
    else:
        # (fn is whatever the name holds now: a value Python cannot call may have __call)
        other = py.Call(func=CALL("L_cf", [N(fn)]), args=[clone(a) for a in args], keywords=[], site=csite)
    if single:
        other = truncate(other, ctx)
    is_lib = IS(N(fn), N(lib_name))
    return IFEXP(AND(*binds, is_lib, *tests), fast, IFEXP(clone(is_lib), lib, other))


def sqrt_call(e, ctx, single):
    """math.sqrt(x): Python's math.sqrt at the call site while the callee is still
    the library's and x is a non-negative float; the library call otherwise."""
    if ctx.cold or not library_callee(e, "math", "sqrt", ctx) or len(e.args) != 1 or is_multi(e.args[0]):
        return None
    func = ctx.value(e.func).expr
    csite = ctx.site(ctx.desc(e.func))
    a = ctx.value(e.args[0])
    arg, at_ = a.expr, a.type
    fn = ctx.temp("_f")
    binds, (ra,) = operands(ctx, [arg])
    binds.insert(0, bind(fn, func))
    tests = []
    if not T.is_sub(at_, T.FLOAT):
        tests.append(IS(CLASS(ra), N("float")))
    tests.append(COMPARE(ra, ast.GtE(), C(0.0)))
    return guarded_library_call(binds, tests, CALL("L_fsqrt", [ra]), fn, "L_m_sqrt", [ra], csite, single, ctx)


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
    binds, refs = operands(ctx, [v for v, _ in vals])
    binds.insert(0, bind(fn, func))
    conds = []
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
    return csite, vals, fn, binds, conds, refs


def format_call(e, ctx, single):
    """string.format(<constant>, ...) whose conversions Python's % operator does
    exactly for arguments of the right types (lformat.whole_conversions): one
    %-operation at the call site while the callee is still the library's format
    and every argument has its conversion's type; the library call otherwise.
    Lua's order holds: the callee first, then the arguments, each evaluated once."""
    f = e.func
    if ctx.cold or not (library_callee(e, "string", "format", ctx) and e.args and e.args[0].__class__ is A.String):
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
    csite, vals, fn, binds, conds, refs = shape
    fast = py.BinOp(left=C(fmt), op=ast.Mod(), right=TUPLE(refs))
    fargs = [C(fmt)] + list(refs)
    if rest and is_multi(rest[-1]):
        last = refs[-1]
        fargs[-1] = py.Starred(value=IFEXP(IS(CLASS(last), N("tuple")), last, TUPLE([last])), ctx=ast.Load())
    return guarded_library_call(binds, conds, fast, fn, "L_str_format", fargs, csite, single, ctx)


CALL_SITES.extend([format_call, sqrt_call])

"""Comparison and logic: `< <= > >=`, `== ~=`, `and`, `or`, `not`, and Lua truth
as a Python condition (`condition`).

Only nil and false are false in Lua: a condition is `x is not None and x is not
False` unless the type is known.  `a and b` / `a or b` give an operand, not a
boolean.
"""
import ast

from luaparser import astnodes as A

from ..analysis import typeinfer as T
from .core import Result, binary_operands, expression, operands, slow
from .pyast import (
    AND,
    CLASS,
    COMPARE,
    IFEXP,
    IS,
    ISNOT,
    NOT,
    OR,
    WALRUS,
    C,
    N,
    is_simple,
    py,
)

_COMPARE = {
    A.LessThanOp: ("L_lt", ast.Lt, False),
    A.GreaterThanOp: ("L_lt", ast.Gt, True),
    A.LessOrEqThanOp: ("L_le", ast.LtE, False),
    A.GreaterOrEqThanOp: ("L_le", ast.GtE, True),
}


def truth(v, ctx):
    """Lua truth of the Python value v: (the test, a name or constant holding v)."""
    if is_simple(v):
        return AND(ISNOT(v, C(None)), ISNOT(v, C(False))), v
    tmp = ctx.temp()
    return AND(ISNOT(WALRUS(tmp, v), C(None)), ISNOT(N(tmp), C(False))), N(tmp)


def condition(e, ctx):
    """A Lua expression as a Python condition (its statements, function definitions
    only, are hoisted: see Context.expr)."""
    c = e.__class__
    if c is A.AndLoOp:
        return AND(condition(e.left, ctx), condition(e.right, ctx))
    if c is A.OrLoOp:
        return OR(condition(e.left, ctx), condition(e.right, ctx))
    if c is A.ULNotOp:
        return NOT(condition(e.operand, ctx))
    if c is A.TrueExpr:
        return C(True)
    if c in (A.FalseExpr, A.Nil):
        return C(False)
    r = ctx.value(e)
    v, t = r.expr, r.type
    if t and (t & ~T.BOOL) == 0:
        return v
    if t and (t & (T.NIL | T.BOOL)) == 0:
        if is_simple(v):
            return C(True)
        return OR(ISNOT(v, C(None)), C(True))
    return truth(v, ctx)[0]


@expression(*_COMPARE)
def build_order(e, ctx):
    helper, pyop, swap = _COMPARE[e.__class__]
    a = ctx.value(e.left)
    b = ctx.value(e.right)
    at_, bt_ = a.type, b.type
    if (T.is_sub(at_, T.NUM) and T.is_sub(bt_, T.NUM)) or (T.is_sub(at_, T.STR) and T.is_sub(bt_, T.STR)):
        return Result(COMPARE(a.expr, pyop(), b.expr), T.BOOL)
    conds, (ra, rb) = binary_operands(ctx, a.expr, b.expr)
    fallback = slow(ctx, helper, [rb, ra] if swap else [ra, rb])
    if not (at_ & T.NUM or bt_ & T.NUM) or ctx.cold:
        if conds:
            return Result(IFEXP(AND(*conds), fallback, C(None)), T.BOOL)
        return Result(fallback, T.BOOL)
    # inline the int-int case (and float-float when either side may be a float)
    if T.is_sub(at_, T.INT) or T.is_sub(bt_, T.INT) or not (at_ & T.FLOAT or bt_ & T.FLOAT):
        if not T.is_sub(at_, T.INT):
            conds.append(IS(CLASS(ra), N("int")))
        if not T.is_sub(bt_, T.INT):
            conds.append(IS(CLASS(rb), N("int")))
    else:
        cls = ctx.temp("_k")
        conds.append(IS(WALRUS(cls, CLASS(ra)), CLASS(rb)))
        conds.append(OR(IS(N(cls), N("float")), IS(N(cls), N("int"))))
    return Result(IFEXP(AND(*conds), COMPARE(ra, pyop(), rb), fallback), T.BOOL)


@expression(A.EqToOp, A.NotEqToOp)
def build_equality(e, ctx):
    a = ctx.value(e.left)
    b = ctx.value(e.right)
    r = eq_expr(a.expr, a.type, b.expr, b.type, ctx)
    if e.__class__ is A.NotEqToOp:
        return Result(NOT(r), T.BOOL)
    return Result(r, T.BOOL)


def eq_expr(a, at_, b, bt_, ctx):
    # constants whose Python equality is Lua's
    for x, y in ((a, b), (b, a)):
        if isinstance(y, ast.Constant):
            v = y.value
            if v is None or v is True or v is False:
                return IS(a, b)
            if v.__class__ is str:
                return COMPARE(a, ast.Eq(), b)
            if v.__class__ in (int, float) and v not in (0, 1):
                # Python's True == 1 and False == 0 are the only cross-type equalities
                return COMPARE(a, ast.Eq(), b)
            if v.__class__ in (int, float):
                # 0 and 1: the other operand must not be a boolean (a constant has no
                # side effects, so either order evaluates the operand once, in place)
                conds, (rx,) = operands(ctx, [x])
                return AND(*(conds + [COMPARE(rx, ast.Eq(), y), ISNOT(CLASS(rx), N("bool"))]))
    if (T.is_sub(at_, T.NUM) and T.is_sub(bt_, T.NUM)) or (T.is_sub(at_, T.STR) and T.is_sub(bt_, T.STR)):
        return COMPARE(a, ast.Eq(), b)
    if (at_ and T.is_sub(at_, T.NIL | T.BOOL)) or (bt_ and T.is_sub(bt_, T.NIL | T.BOOL)):
        # nil and booleans equal only themselves, and they are singletons
        return IS(a, b)
    conds, (ra, rb) = binary_operands(ctx, a, b)
    if ctx.cold:
        return AND(*(conds + [slow(ctx, "L_eq", [ra, rb])]))
    # Inline equality (docs/architecture.md, fast paths): the same object is equal to
    # itself unless it is a NaN float; nil equals only nil; two ints or two strings
    # compare with Python's ==; everything else (tables with __eq, int with float,
    # userdata) goes to the helper.
    k = ctx.temp("_k")
    same_class = AND(IS(WALRUS(k, CLASS(ra)), CLASS(rb)), OR(IS(N(k), N("str")), IS(N(k), N("int"))))
    other = AND(ISNOT(ra, C(None)), ISNOT(rb, C(None)),
                IFEXP(same_class, COMPARE(ra, ast.Eq(), rb), slow(ctx, "L_eq", [ra, rb])))
    same = OR(ISNOT(CLASS(ra), N("float")), COMPARE(ra, ast.Eq(), rb))
    return AND(*(conds + [IFEXP(IS(ra, rb), same, other)]))


@expression(A.ULNotOp)
def build_not(e, ctx):
    return Result(NOT(condition(e.operand, ctx)), T.BOOL)


@expression(A.AndLoOp)
def build_and(e, ctx):
    # b's statements are function definitions only (Context.expr): safe to run first
    a = ctx.value(e.left)
    b = ctx.value(e.right)
    t = (a.type & (T.NIL | T.BOOL)) | b.type
    if T.is_sub(a.type, T.BOOL):
        return Result(py.BoolOp(op=ast.And(), values=[a.expr, b.expr]), t)
    test, ref = truth(a.expr, ctx)
    return Result(IFEXP(test, b.expr, ref), t)


@expression(A.OrLoOp)
def build_or(e, ctx):
    # b's statements are function definitions only (Context.expr): safe to run first
    a = ctx.value(e.left)
    b = ctx.value(e.right)
    if T.is_sub(a.type, T.BOOL):
        return Result(py.BoolOp(op=ast.Or(), values=[a.expr, b.expr]), T.BOOL | b.type)
    test, ref = truth(a.expr, ctx)
    return Result(IFEXP(test, ref, b.expr), (a.type & ~T.NIL) | b.type)

"""Names and literals: locals, upvalues, globals (through _ENV), constants and `...`.

A local is its Python variable (a one-element list when boxed: captured and
declared in a loop or a block with labels).  A global of the chunk's own _ENV
is `_ENV["name"]`, read through its library guard cell when the name is a
library's (runtime/libguard.py); a global under a declared `local _ENV` indexes
that value.
"""
import math

from luaparser import astnodes as A

from ...runtime.core import libguard
from ..analysis import typeinfer as T
from .core import Result, expression, read_symbol, slow
from .pyast import CALL, GUARDED, IFEXP, SUB, C, N


@expression(A.Nil)
def build_nil(e, ctx):
    return Result(C(None), T.NIL)


@expression(A.TrueExpr)
def build_true(e, ctx):
    return Result(C(True), T.BOOL)


@expression(A.FalseExpr)
def build_false(e, ctx):
    return Result(C(False), T.BOOL)


@expression(A.Number)
def build_number(e, ctx):
    v = e.n
    if v.__class__ is float:
        if math.isnan(v) or math.isinf(v):
            return Result(CALL("float", [C(repr(v))]), T.FLOAT)
        return Result(C(v), T.FLOAT)
    return Result(C(v), T.INT)


@expression(A.String)
def build_string(e, ctx):
    return Result(C(e.s), T.STR)


@expression(A.Varargs, A.Dots)
def build_varargs(e, ctx):
    """`...` in a single-value position: its first value."""
    return Result(IFEXP(N("varargs"), SUB(N("varargs"), C(0)), C(None)), T.ANY)


@expression(A.Name)
def build_name(e, ctx):
    sym = ctx.sym(e)
    if sym is not None:
        return Result(read_symbol(sym), ctx.type_of(sym) or T.ANY)
    env = ctx.env(e)
    if e.id == "_ENV" and env is None:
        return Result(N("_ENV"), T.ANY)
    if env is None:
        # a failing subscript (nil _ENV) is reported by the error converter through this site
        read = SUB(N("_ENV"), C(e.id), site=ctx.site("upvalue '_ENV'"))
        cell = libguard.global_cell(e.id)
        return Result(read if cell is None or ctx.cold else GUARDED(cell, read), T.ANY)
    site = ctx.site("upvalue '_ENV'" if env.func is not ctx.fn.scope else "local '_ENV'")
    return Result(slow(ctx, "L_index", [read_symbol(env), C(e.id)], site), T.ANY)

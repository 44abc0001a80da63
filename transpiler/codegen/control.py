"""Control flow: `if`, `while`, `repeat ... until`, numeric and generic `for`.

An integer numeric `for` is a Python `for` over `range` (exact, no overflow
possible); other bounds call L_forrange.  A generic `for` calls L_forin, which
returns the iterator and the closing value; the loop closes that value however
it ends when the iterator list may hold one.
"""
import ast

from luaparser import astnodes as A

from ..analysis import typeinfer as T
from ..analysis.syntax import is_multi
from . import floatloops
from .blocks import (
    after_loop_checks,
    block,
    closing,
    closing_try,
    in_tbc_scope,
    loop_body,
)
from .calls import explist
from .compare import condition
from .core import LoopCtx, expr_line, first_line, operands, statement
from .pyast import (
    AND,
    ASSIGN,
    CALL,
    CLASS,
    IF,
    IFEXP,
    IS,
    ISNOT,
    LIST,
    NOT,
    TUPLE_S,
    C,
    N,
    S,
    py,
)


@statement(A.If, A.ElseIf)
def build_if(s, ctx):
    test = floatloops.split_condition(s.test, ctx, condition)
    body = block(s.body.body, ctx) or [py.Pass()]
    o = s.orelse
    if o is None:
        orelse = []
    elif isinstance(o, A.Block):
        orelse = block(o.body, ctx)
    else:
        # elseif: its test's statements go inside the else branch.  What the elseif
        # builds itself (its `if`, the test's connectives, hoisted statements) is
        # stamped with the line of the last statement of its branches, known only
        # after them (as before the split); its test's operands with its own line
        line = first_line(o) or ctx.last_line
        ctx.last_line = line
        pending = _PendingLine(line)
        with ctx.at(pending, fallback=line), ctx.preceding() as pre:
            inner = build_if(o, ctx)
        orelse = pre + inner
        for stmt in pre:
            _settle(stmt, pending, ctx.last_line)
        elif_stmt = inner[0]
        _settle(elif_stmt.test, pending, ctx.last_line)
        for n in [elif_stmt] + elif_stmt.body[:1]:
            if n.lineno is pending:
                n.lineno = n.end_lineno = ctx.last_line
    return [py.If(test=test, body=body, orelse=orelse)]


class _PendingLine(int):
    """A line a node is built with before the line it gets is known (see build_if)."""


def _settle(tree, pending, line):
    """Give the nodes of `tree` built with the pending line that line (a walk of the nodes'
    fields: ast.walk's generators cost 2% of a compile of `elseif` chains)."""
    stack = [tree]
    while stack:
        n = stack.pop()
        d = n.__dict__
        if d.get("lineno") is pending:
            n.lineno = n.end_lineno = line
        for v in d.values():
            if v.__class__ is list:
                stack.extend([x for x in v if isinstance(x, _AST)])
            elif isinstance(v, _AST):
                stack.append(v)


_AST = ast.AST


def _float_loop(build):
    """A loop builder that makes the outermost loop of a float loop (floatloops.py): the
    flag's setting, then the loop compiled with it."""
    def build_loop(s, ctx):
        entry = floatloops.begin(s, ctx)
        if entry is None:
            return build(s, ctx)
        try:
            return entry + build(s, ctx)
        finally:
            floatloops.end(ctx)
    build_loop.__name__ = build.__name__
    return build_loop


@statement(A.While)
@_float_loop
def build_while(s, ctx):
    with ctx.preceding() as test_pre:
        test = floatloops.split_condition(s.test, ctx, condition)
    loop = LoopCtx("loop")
    body = loop_body(s.body.body, loop, ctx) or [py.Pass()]
    if test_pre:
        stmt = py.While(test=C(True), body=test_pre + [IF(NOT(test), [py.Break()])] + body, orelse=[])
    else:
        stmt = py.While(test=test, body=body, orelse=[])
    return [stmt] + after_loop_checks(loop, ctx)


@statement(A.Repeat)
@_float_loop
def build_repeat(s, ctx):
    loop = LoopCtx("loop")
    ctx.fn.loops.append(loop)
    # the until condition sees the body's locals: compile body and test in one block
    body = block(s.body.body, ctx)
    # the test's operands without a position of their own get the `until` line
    ctx.last_line = first_line(s.test) or ctx.last_line
    with ctx.at(ctx.line, fallback=ctx.last_line), ctx.preceding() as test_pre:
        test = floatloops.split_condition(s.test, ctx, condition)
    ctx.fn.loops.pop()
    body = body + test_pre + [IF(test, [py.Break()])]
    return [py.While(test=C(True), body=body, orelse=[])] + after_loop_checks(loop, ctx)


@statement(A.Fornum)
@_float_loop
def build_fornum(s, ctx):
    start_r = ctx.value(s.start)
    start, st = start_r.expr, start_r.type
    stop = ctx.value(s.stop).expr
    if isinstance(s.step, A.Node):
        step = ctx.value(s.step).expr
        step_node = s.step
    else:
        step = C(1)
        step_node = None
    sym = ctx.sym(s.target)
    loop = LoopCtx("loop")
    body = loop_body(s.body.body, loop, ctx) or [py.Pass()]
    # integer loops over a range: exact, no overflow, and the fastest loop Python has
    int_start = T.is_sub(st, T.INT)
    step_const = step_node is None or (isinstance(step_node, A.Number) and step_node.n.__class__ is int)
    stepv = 1 if step_node is None else (step_node.n if step_const else None)
    stop_t = ctx.expr_type(s.stop)
    step_args = [C(stepv)] if stepv != 1 else []
    if int_start and step_const and stepv != 0 and isinstance(s.stop, A.Number) and s.stop.n.__class__ is int:
        lim = s.stop.n
        it = CALL("range", [start, C(lim + 1 if stepv > 0 else lim - 1)] + step_args)
    elif int_start and step_const and stepv != 0 and T.is_sub(stop_t, T.INT):
        lim = py.BinOp(left=stop, op=ast.Add() if stepv > 0 else ast.Sub(), right=C(1))
        it = CALL("range", [start, lim] + step_args)
    elif step_const and stepv != 0:
        # bounds of unknown type: a range when they are integers at run time
        conds, (rs, re_) = operands(ctx, [start, stop])
        if not int_start:
            conds.append(IS(CLASS(rs), N("int")))
        if not T.is_sub(stop_t, T.INT):
            conds.append(IS(CLASS(re_), N("int")))
        lim = py.BinOp(left=re_, op=ast.Add() if stepv > 0 else ast.Sub(), right=C(1))
        fast = CALL("range", [rs, lim] + step_args)
        it = IFEXP(AND(*conds), fast, CALL("L_forrange", [rs, re_, step]))
    else:
        it = CALL("L_forrange", [start, stop, step])
    if sym.boxed:
        loopvar = ctx.temp("_t")
        body = [ASSIGN(sym.pyname, LIST([N(loopvar)]))] + body
    else:
        loopvar = sym.pyname
    return [py.For(target=S(loopvar), iter=it, body=body, orelse=[])] + after_loop_checks(loop, ctx)


# the prefix of a generic for's closing value's Python name (runtime ldebug reads it)
CLOSING_PREFIX = "_fc_"


@statement(A.Forin)
@_float_loop
def build_forin(s, ctx):
    # lua5.4 gives the loop's calls of its iterator the line of the first expression after
    # `in` (lparser's forlist)
    line = expr_line(s.iter[0]) if s.iter else None
    with ctx.at(line if line is not None else ctx.line):
        return _build_forin(s, ctx)


def _build_forin(s, ctx):
    targets = [ctx.sym(t) for t in s.targets]
    n = len(targets)
    args = explist(s.iter, ctx)
    it_name = ctx.temp("_t")
    # the closing value, the loop's 4th "(for state)" local: named after the first
    # variable (unique in the chunk, the same in the generator version), for debug.getlocal
    cl_name = CLOSING_PREFIX + targets[0].pyname
    prep = ASSIGN(TUPLE_S([S(it_name), S(cl_name)]), CALL("L_forin_gen" if ctx.gen else "L_forin", [C(n)] + args))
    loop = LoopCtx("loop")
    with in_tbc_scope(ctx):  # the closing value is a to-be-closed variable (lparser.c, forlist)
        body = loop_body(s.body.body, loop, ctx) or [py.Pass()]
    loopvars = []
    pre = []
    for sym in targets:
        if sym.boxed:
            tmp = ctx.temp("_t")
            loopvars.append(tmp)
            pre.append(ASSIGN(sym.pyname, LIST([N(tmp)])))
        else:
            loopvars.append(sym.pyname)
    if n == 1:
        target = S(loopvars[0])
    else:
        target = TUPLE_S([S(v) for v in loopvars])
    if ctx.gen:
        x = ctx.temp("_x")
        step = ASSIGN(x, py.YieldFrom(value=CALL("L_for_next", [N(it_name)])))
        stop = IF(IS(N(x), N("L_END")), [py.Break()])
        bind = ASSIGN(target, N(x))
        stmt = py.While(test=C(True), body=[step, stop, bind] + pre + body, orelse=[])
    else:
        stmt = py.For(target=target, iter=N(it_name), body=pre + body, orelse=[])
    # the closing value (4th value) is closed when the loop ends, however it ends
    may_close = len(s.iter) >= 4 or (s.iter and is_multi(s.iter[-1]))
    if not may_close:
        return [prep, stmt] + after_loop_checks(loop, ctx)
    return [prep] + closing_try(ctx, [stmt] + after_loop_checks(loop, ctx),
                                lambda e: closing(ctx, "L_close_var_error", [N(cl_name), e]),
                                lambda: closing(ctx, "L_close_var", [N(cl_name)]),
                                exit_test=ISNOT(N(cl_name), C(None)))

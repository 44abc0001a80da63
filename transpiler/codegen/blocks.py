"""Blocks: statement lists, `do ... end`, `break`, `goto`/labels, and `<close>` variables.

A block with labels becomes a dispatch loop over its segments (`while True:`
with one `if g <= k:` per segment; a goto sets the segment variable and
continues; a goto out of nested Python loops sets it negative and breaks out,
each loop on the way passing it on, until its dispatcher flips it).  The rest
of a block after `local x <close>` runs inside a try whose exits close x.
"""
import ast
from contextlib import contextmanager

from luaparser import astnodes as A

from ..analysis.syntax import attribute_of
from ..frontend import LuaSyntaxError
from . import floatloops
from .core import LoopCtx, read_symbol, statement
from .pyast import AND, ASSIGN, ATTR, CALL, COMPARE, EXPR, IF, IS, LIST, TUPLE, C, N, py


def block(stmts, ctx):
    """Compile a list of Lua statements.  Blocks with labels become goto dispatchers."""
    if any(isinstance(s, A.Label) for s in stmts):
        return block_with_labels(stmts, ctx)
    out = []
    in_float_loop = ctx.fn is not None and ctx.fn.float_loop is not None
    for i, s in enumerate(stmts):
        out.extend(floatloops.compile_statement(s, ctx) if in_float_loop else ctx.stmt(s))
        if isinstance(s, A.LocalAssign) and any(_is_close(t) for t in s.targets):
            with in_tbc_scope(ctx):
                rest = block(stmts[i + 1:], ctx)
            out.extend(close_wrap(s, rest, ctx))
            return out
    return out


@contextmanager
def in_tbc_scope(ctx):
    """Compile in the scope of a to-be-closed variable (a `<close>` local, a generic
    for's closing value): lua5.4 makes no tail calls there (lparser.c, retstat)."""
    ctx.fn.tbc_depth += 1
    try:
        yield
    finally:
        ctx.fn.tbc_depth -= 1


def _is_close(target):
    return attribute_of(target) == "close"


def close_wrap(s, rest, ctx):
    """The rest of a block after `local x <close> = v`: close x on every exit."""
    sym = None
    for t in s.targets:
        if _is_close(t):
            sym = ctx.sym(t)
    # built at the line of the block's last statement (as before the split)
    with ctx.at(ctx.last_line):
        var = read_symbol(sym)
        return closing_try(ctx, rest, lambda e: closing(ctx, "L_close_var_error", [var, e]),
                           lambda: closing(ctx, "L_close_var", [read_symbol(sym)]), exit_line=ctx.block_end)


def closing_try(ctx, body, on_error, on_exit, exit_test=None, exit_line=None):
    """[flag = None, try: body / except: raise on_error(exc) / finally: on_exit]: the
    frame of every to-be-closed scope.  on_error(exc) gives the exception to raise
    after closing; on_exit() (a statement expression) runs on a normal exit only, on
    exit_line when given (where lua5.4 closes: the block's `end`)."""
    exc, flag = ctx.temp("_e"), ctx.temp("_c")
    handler = py.ExceptHandler(type=N("BaseException"), name=exc, body=[
        ASSIGN(flag, N(exc)), py.Raise(exc=on_error(N(exc)), cause=None)])
    with ctx.at(exit_line if exit_line is not None else ctx.line):
        final = [IF(AND(IS(N(flag), C(None)), exit_test), [EXPR(on_exit())])]
    return [ASSIGN(flag, C(None)), py.Try(body=body or [py.Pass()], handlers=[handler], orelse=[],
                                           finalbody=final)]


def closing(ctx, helper, args):
    """A call closing a to-be-closed value; inside a generator version __close may yield."""
    if ctx.gen:
        return py.YieldFrom(value=CALL(helper + "_gen", args))
    return CALL(helper, args)


def block_with_labels(stmts, ctx):
    """A block with labels: segments dispatched by a `while True` loop, gotos set the segment."""
    fn = ctx.fn
    loop = LoopCtx("dispatch")
    loop.goto_var = fn.new_temp("_g")
    seg = 0
    for s in stmts:
        if isinstance(s, A.Label):
            seg += 1
            loop.label_index[s.id.id] = seg
    # <close> variables of a dispatcher block go on a list with their segment: the
    # dispatch loop closes those declared at or after a label a goto jumps back to,
    # and the block's exit (normal or by error) closes the rest
    cl = None
    fn.loops.append(loop)
    segments = [[]]
    closes = []  # (segment body, its index, symbol): list appends, built after the block
    for s in stmts:
        if isinstance(s, A.Label):
            segments.append([])
            continue
        segments[-1].extend(ctx.stmt(s))
        if isinstance(s, A.LocalAssign):
            for t in s.targets:
                if _is_close(t):
                    cl = cl or fn.new_temp("_cl")
                    closes.append((segments[-1], len(segments[-1]), len(segments) - 1, ctx.sym(t)))
    fn.loops.pop()
    # the dispatcher is built at the line of the block's last statement (as before the split)
    with ctx.at(ctx.last_line):
        for body, pos, index, sym in reversed(closes):
            entry = TUPLE([C(index), read_symbol(sym)])
            body.insert(pos, EXPR(py.Call(func=ATTR(N(cl), "append"), args=[entry], keywords=[])))
        g = loop.goto_var
        body = []
        if loop.crossing_gotos:
            body.append(IF(COMPARE(N(g), ast.Lt(), C(0)), [ASSIGN(g, py.UnaryOp(op=ast.USub(), operand=N(g)))]))
        if cl is not None:
            body.append(IF(N(cl), [EXPR(CALL("L_close_from", [N(cl), N(g)]))]))
        for idx, seg_body in enumerate(segments):
            if not seg_body:
                continue
            if idx == 0:
                test = COMPARE(N(g), ast.Eq(), C(0))
            else:
                test = COMPARE(N(g), ast.LtE(), C(idx))
            body.append(IF(test, seg_body))
        body.append(py.Break())
        out = [ASSIGN(g, C(0))]
        if loop.needs_brk_flag:
            out.append(ASSIGN(loop.brk_flag, C(False)))
        out.append(py.While(test=C(True), body=body, orelse=[]))
        if loop.needs_brk_flag:
            out.append(IF(N(loop.brk_flag), break_stmts(ctx)))
        # a goto out of this block to an enclosing block's label
        out.extend(after_loop_checks(loop, ctx))
        if cl is not None:
            out = [ASSIGN(cl, LIST([]))] + closing_try(
                ctx, out, lambda e: CALL("L_close_list_error", [N(cl), e]),
                lambda: CALL("L_close_from", [N(cl), C(0)]), exit_line=ctx.block_end)
    return out


def break_stmts(ctx):
    """A Lua break at the current point: leave dispatchers on the way out to the loop."""
    loops = ctx.fn.loops
    if not loops:
        return [py.Break()]
    top = loops[-1]
    if top.kind == "loop":
        return [py.Break()]
    # inside a goto dispatcher: flag it and leave the dispatcher
    if top.brk_flag is None:
        top.brk_flag = ctx.temp("_b")
    top.needs_brk_flag = True
    return [ASSIGN(top.brk_flag, C(True)), py.Break()]


def after_loop_checks(loop, ctx):
    """After a Python loop that a goto or a self tail call left early: continue the
    dispatcher or the function's restart loop, or keep leaving."""
    out = []
    loops = ctx.fn.loops
    if loop.tail_exit:
        flag = ctx.fn.tail_flag
        if loops:
            out.append(IF(N(flag), [py.Break()]))
        else:
            out.append(IF(N(flag), [ASSIGN(flag, C(False)), py.Continue()]))
    # in the order the gotos were compiled: the same output on every run
    for var, dispatcher in loop.pending_gotos:
        # is the target dispatcher the innermost enclosing one?
        if loops and id(loops[-1]) == dispatcher:
            act = [py.Continue()]
        else:
            act = [py.Break()]
            if loops:
                loops[-1].pending_gotos[var, dispatcher] = True
        out.append(IF(COMPARE(N(var), ast.Lt(), C(0)), act))
    return out


def loop_body(stmts, loop, ctx):
    """The body of a Lua loop compiled as the Python loop `loop`."""
    ctx.fn.loops.append(loop)
    try:
        return block(stmts, ctx)
    finally:
        ctx.fn.loops.pop()


@statement(A.Goto)
def build_goto(s, ctx):
    name = s.label.id
    loops = ctx.fn.loops
    for crossed, loop in enumerate(reversed(loops)):
        if loop.kind == "dispatch" and name in loop.label_index:
            if crossed == 0:
                return [ASSIGN(loop.goto_var, C(loop.label_index[name])), py.Continue()]
            # leave the inner Python loops; each checks the goto variable after it
            # ends: negative while the jump is on its way (the dispatcher flips it)
            loop.crossing_gotos = True
            for inner in loops[len(loops) - crossed:]:
                inner.pending_gotos[loop.goto_var, id(loop)] = True
            return [ASSIGN(loop.goto_var, C(-loop.label_index[name])), py.Break()]
    raise LuaSyntaxError(f"{ctx.chunkname}:{ctx.line}: no visible label '{name}' for goto")


@statement(A.Label, A.SemiColon)
def build_nothing(s, ctx):
    return []


@statement(A.Do)
def build_do(s, ctx):
    return block(s.body.body, ctx) or [py.Pass()]


@statement(A.Break)
def build_break(s, ctx):
    return break_stmts(ctx)

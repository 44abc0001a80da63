"""Code generation: a resolved luaparser tree -> a Python `ast.Module`.

One method per Lua node kind: `stmt_<Kind>` for statements, `expr_<Kind>` for
expressions.  Expressions compile to `(python_expr, lua_type)`; a Lua expression
that needs statements first (a function expression becomes a `def`) appends
them to `self.pre`, which the statement compiler emits before its own code.

Every generated node carries the Lua line as `lineno`, so Python tracebacks and
`frame.f_lineno` speak Lua lines.  Operations that can fail with a message
naming a variable ("attempt to index a nil value (local 't')") are numbered as
*sites*: the site number is stored in the node's `col_offset`, and the module
registers the table of site descriptions; the runtime looks it up only when an
error is raised.

The shape of the generated module:

    from lua2py.runtime.prelude import *
    L_register(<filename>, <chunkname>, <sites>)
    def __lua_chunk__(_ENV):
        def main(*varargs):
            ...the chunk...
        return main
"""
import ast
import copy

from luaparser import astnodes as A

from . import typeinfer as T
from .frontend import LuaSyntaxError
from ..runtime.stdlib.lformat import whole_conversions
from ..runtime.core import libguard
from .scope import FUNCTION_NODES, node_children

_LOAD = ast.Load()
_STORE = ast.Store()

MAXINT = (1 << 63) - 1
# overflow checks compare with small bounds first: CPython's fast int compare covers
# 30-bit values; a result outside them takes the helper, which checks the real 64-bit range
SMALL = (1 << 30) - 1
L_POS_MARK = object()
MININT = -(1 << 63)


def N(name):
    return ast.Name(id=name, ctx=_LOAD)


def S(name):
    return ast.Name(id=name, ctx=_STORE)


def C(value):
    return ast.Constant(value=value)


def CALL(func, args=(), starred=None):
    args = list(args)
    if starred is not None:
        args.append(ast.Starred(value=starred, ctx=_LOAD))
    return ast.Call(func=N(func) if isinstance(func, str) else func, args=args, keywords=[])


def IS(a, b):
    if isinstance(a, ast.Constant) and isinstance(b, ast.Constant):
        return C(a.value is b.value)
    return ast.Compare(left=a, ops=[ast.Is()], comparators=[b])


def ISNOT(a, b):
    if isinstance(a, ast.Constant) and isinstance(b, ast.Constant):
        return C(a.value is not b.value)
    return ast.Compare(left=a, ops=[ast.IsNot()], comparators=[b])


def CLASS(e):
    return ast.Attribute(value=e, attr="__class__", ctx=_LOAD)


def AND(*vals):
    vals = [v for v in vals if v is not None]
    if not vals:
        return C(True)
    if len(vals) == 1:
        return vals[0]
    return ast.BoolOp(op=ast.And(), values=list(vals))


def OR(*vals):
    return ast.BoolOp(op=ast.Or(), values=list(vals))


def IFEXP(test, body, orelse):
    return ast.IfExp(test=test, body=body, orelse=orelse)


def SUB(value, key):
    return ast.Subscript(value=value, slice=key, ctx=_LOAD)


def SUBS(value, key):
    return ast.Subscript(value=value, slice=key, ctx=_STORE)


def ASSIGN(target, value):
    if isinstance(target, str):
        target = S(target)
    return ast.Assign(targets=[target], value=value)


def WALRUS(name, value):
    return ast.NamedExpr(target=S(name), value=value)


def GUARDED(cell, lookup):
    """A guarded library name (runtime/libguard.py): the value its cell caches while the
    cell holds this _ENV, else the lookup."""
    return IFEXP(IS(SUB(N(cell), C(0)), N("_ENV")), SUB(N(cell), C(1)), lookup)


def library_name(e):
    """(lib, name) when the Index node e reads `lib.name` (or `lib["name"]`) of a global
    `lib` of the chunk's _ENV, else None."""
    v = e.value
    if v.__class__ is not A.Name or getattr(v, "sym", None) is not None or getattr(v, "env", None) is not None:
        return None
    if e.notation == A.IndexNotation.DOT:
        return v.id, e.idx.id
    if e.idx.__class__ is A.String and isinstance(e.idx.s, str):
        return v.id, e.idx.s
    return None


def TRUTHY(e):
    """Lua truth: everything but nil and false."""
    if isinstance(e, ast.Name):
        return AND(ISNOT(e, C(None)), ISNOT(N(e.id), C(False)))
    return None


def is_simple(e):
    """A Python expression that can be evaluated twice without cost or side effects."""
    return isinstance(e, (ast.Name, ast.Constant))


def is_multi(e):
    return e.__class__ in (A.Call, A.Invoke, A.Varargs, A.Dots) and not getattr(e, "wrapped", False)


_ARITH = {
    A.AddOp: ("+", "L_add", ast.Add),
    A.SubOp: ("-", "L_sub", ast.Sub),
    A.MultOp: ("*", "L_mul", ast.Mult),
    A.FloatDivOp: ("/", "L_div", ast.Div),
    A.ModOp: ("%", "L_mod", ast.Mod),
    A.FloorDivOp: ("//", "L_idiv", ast.FloorDiv),
    A.ExpoOp: ("^", "L_pow", ast.Pow),
}
_BITWISE = {
    A.BAndOp: ("L_band", ast.BitAnd),
    A.BOrOp: ("L_bor", ast.BitOr),
    A.BXorOp: ("L_bxor", ast.BitXor),
    A.BShiftLOp: ("L_shl", None),
    A.BShiftROp: ("L_shr", None),
}
_COMPARE = {
    A.LessThanOp: ("L_lt", ast.Lt, False),
    A.GreaterThanOp: ("L_lt", ast.Gt, True),
    A.LessOrEqThanOp: ("L_le", ast.LtE, False),
    A.GreaterOrEqThanOp: ("L_le", ast.GtE, True),
}



def _whole_kind_ok(kind, form, v):
    """format_call's test for a constant argument, made at compile time."""
    c = v.__class__
    if kind == 1:
        return c is int
    if kind == 2:
        return c is str and (form == "%s" or "\0" not in v)
    if kind == 3:
        return c is int and v >= 0
    return c is float and v - v == 0.0

class LoopCtx:
    """What a Lua `break` inside the current Python loop must do."""

    def __init__(self, kind, brk_flag=None):
        self.kind = kind  # "loop" (a Python loop for a Lua loop) or "dispatch" (a goto dispatcher)
        self.brk_flag = brk_flag
        self.label_index = {}
        self.goto_var = None
        self.needs_brk_flag = False


class FuncCtx:
    def __init__(self, scope, parent):
        self.scope = scope
        self.parent = parent
        self.temp = 0
        self.loops = []  # stack of LoopCtx
        self.self_name = None  # Python name this function is bound to, for self tail calls
        self.tail_params = None  # list of param pynames when self tail calls loop
        self.tail_used = False
        self.self_sym = None
        self.self_global = None
        self.assigns_env = False

    def new_temp(self, prefix="_t"):
        self.temp += 1
        return "%s%d" % (prefix, self.temp)


class Compiler:
    def __init__(self, chunkname, filename):
        self.display = chunkname
        self.chunkname = chunkname
        self.filename = filename
        self.sites = []
        self._site_ids = {}
        self.line = 1
        self.pre = []
        self.fn = None
        self.gen_mode = False
        self.in_guarded = False
        self.block_end = None  # line of the `end` of the innermost enclosing block statement
        self.gen_defs = []  # (plain name, line, generator FunctionDef)
        self.upvalue_defs = []  # (plain name, line, ((Lua name, Python name, boxed), ...)) for debug.getupvalue

    # ------------------------------------------------------------ positions and sites

    def site(self, *descs):
        """Number a site whose error messages name `descs` (one per operand)."""
        if not any(descs):
            return 0
        key = tuple(descs)
        n = self._site_ids.get(key)
        if n is None:
            self.sites.append(key)
            n = len(self.sites)
            self._site_ids[key] = n
        return n

    def at(self, node, site=0):
        """Stamp a node with the current Lua line (and a site number in col_offset)."""
        node.lineno = node.end_lineno = self.line
        node.col_offset = node.end_col_offset = site
        return node

    def stamp(self, tree, line):
        for n in ast.walk(tree):
            if "lineno" in n._attributes and not hasattr(n, "lineno"):
                n.lineno = n.end_lineno = line
                n.col_offset = n.end_col_offset = 0
        return tree

    _EVENTS = {
        "L_add": "__add", "L_sub": "__sub", "L_mul": "__mul", "L_div": "__div", "L_mod": "__mod",
        "L_idiv": "__idiv", "L_pow": "__pow", "L_band": "__band", "L_bor": "__bor", "L_bxor": "__bxor",
        "L_shl": "__shl", "L_shr": "__shr", "L_concat": "__concat",
    }
    _UNARY_EVENTS = {"L_unm": "__unm", "L_bnot": "__bnot"}

    def slow(self, helper, args, site=0):
        """A runtime helper for an operation that may run a metamethod.  Inside a generator
        version the metamethod may yield, so the call goes through a generator helper."""
        if not self.gen_mode:
            return self.at(CALL(helper, args), site)
        if helper in self._EVENTS or helper in ("L_lt", "L_le", "L_eq"):
            # only a table's metamethod can yield: other operands take the plain helper
            if all(is_simple(x) for x in args):
                if helper in self._EVENTS:
                    gcall = CALL("L_arith_gen", [N(helper), C(self._EVENTS[helper])] + args)
                else:
                    gcall = CALL(helper + "_gen", [N(helper)] + args)
                checks = [ISNOT(CLASS(x), N("L_Table")) for x in args if not isinstance(x, ast.Constant)]
                if not checks:
                    return self.at(CALL(helper, args), site)
                test = AND(*checks)
                return IFEXP(test, self.at(CALL(helper, args), site),
                             self.at(ast.YieldFrom(value=self.at(gcall, site)), site))
        if helper in self._EVENTS:
            call = CALL("L_arith_gen", [N(helper), C(self._EVENTS[helper])] + args)
        elif helper in self._UNARY_EVENTS:
            call = CALL("L_unary_gen", [N(helper), C(self._UNARY_EVENTS[helper])] + args)
        elif helper == "L_len":
            call = CALL("L_len_gen", [N(helper)] + args)
        elif helper in ("L_lt", "L_le", "L_eq"):
            call = CALL(helper + "_gen", [N(helper)] + args)
        elif helper == "L_index":
            call = CALL("L_index_gen", args)
        elif helper == "L_setindex":
            call = CALL("L_setindex_gen", args)
        else:
            return self.at(CALL(helper, args), site)
        return self.at(ast.YieldFrom(value=self.at(call, site)), site)

    def line_of(self, node):
        try:
            ln = node.line
        except Exception:
            ln = None
        return ln if ln else self.line

    def desc(self, e):
        """Lua's varinfo for an expression: "local 'x'", "global 'x'", "field 'k'", ..."""
        c = e.__class__
        if c is A.Name:
            sym = getattr(e, "sym", None)
            if sym is None:
                return "global '%s'" % e.id
            if sym.func is not self.fn.scope:
                return "upvalue '%s'" % e.id
            return "local '%s'" % e.id
        if c is A.Index:
            v = e.value
            is_env = v.__class__ is A.Name and v.id == "_ENV" and getattr(v, "sym", None) is None
            kind = "global" if is_env else "field"
            if e.notation == A.IndexNotation.DOT:
                return "%s '%s'" % (kind, e.idx.id)
            k = e.idx
            if k.__class__ is A.String:
                return "%s '%s'" % (kind, k.s)
            if k.__class__ is A.Number and k.n.__class__ is int and 0 <= k.n <= 255:
                return "field 'integer index'"  # lcode.c: OP_GETI for small integer constants
            return "field '?'"
        if c is A.String:
            return "constant '%s'" % e.s
        return None

    # ------------------------------------------------------------ module

    def compile_chunk(self, chunk):
        scope = chunk.scope
        self.fn = FuncCtx(scope, None)
        body = self.block(chunk.body.body)
        body = self.wrap_function_body(body, scope)
        if self.fn.assigns_env:
            body.insert(0, ast.Nonlocal(names=["_ENV"]))
        # the main chunk's generator version: a chunk run by load/require inside a coroutine may yield
        self.gen_mode = True
        self.fn = FuncCtx(scope, None)
        gbody = self.block(chunk.body.body)
        gbody = self.wrap_function_body(gbody, scope)
        if self.fn.assigns_env:
            gbody.insert(0, ast.Nonlocal(names=["_ENV"]))
        self.gen_mode = False
        gmain = ast.FunctionDef(
            name="main__gen",
            args=ast.arguments(posonlyargs=[], args=[], vararg=ast.arg(arg="varargs"), kwonlyargs=[],
                               kw_defaults=[], kwarg=None, defaults=[]),
            body=gbody, decorator_list=[], returns=None,
        )
        self.line = 1
        self.at(gmain)
        self.gen_defs.append(("main", 1, gmain))
        main = ast.FunctionDef(
            name="main",
            args=ast.arguments(
                posonlyargs=[], args=[], vararg=ast.arg(arg="varargs"), kwonlyargs=[],
                kw_defaults=[], kwarg=None, defaults=[],
            ),
            body=body,
            decorator_list=[],
            returns=None,
        )
        self.line = 1
        self.at(main)
        self.upvalue_defs.append(("main", 1, (("_ENV", "_ENV", False),)))
        outer = ast.FunctionDef(
            name="__lua_chunk__",
            args=ast.arguments(
                posonlyargs=[], args=[ast.arg(arg="_ENV")], vararg=None, kwonlyargs=[],
                kw_defaults=[], kwarg=None, defaults=[],
            ),
            body=[main, ast.Return(value=N("main"))],
            decorator_list=[],
            returns=None,
        )
        self.line = 1
        self.at(outer)
        imp = ast.ImportFrom(module="lua2py.runtime.prelude", names=[ast.alias(name="*")], level=0)
        reg = ast.Expr(
            value=CALL(
                "L_register",
                [C(self.filename), C(self.chunkname), ast.Tuple(elts=[C(s) for s in self.sites], ctx=_LOAD)],
            )
        )
        mod = ast.Module(body=[imp, reg, outer], type_ignores=[])
        self.stamp(mod, 1)
        return mod

    def wrap_function_body(self, body, scope):
        if not body or not isinstance(body[-1], ast.Return):
            body.append(self.at(ast.Return(value=ast.Tuple(elts=[], ctx=_LOAD))))
        return body

    # ------------------------------------------------------------ blocks and goto

    def block(self, stmts):
        """Compile a list of Lua statements.  Blocks with labels become goto dispatchers."""
        labels = [s for s in stmts if isinstance(s, A.Label)]
        if labels:
            return self.block_with_labels(stmts, labels)
        out = []
        i = 0
        n = len(stmts)
        while i < n:
            s = stmts[i]
            if isinstance(s, A.LocalAssign) and any(
                getattr(t, "attribute", None) is not None and t.attribute.name.id == "close" for t in s.targets
            ):
                out.extend(self.stmt(s))
                rest = self.block(stmts[i + 1:])
                out.extend(self.close_wrap(s, rest))
                return out
            out.extend(self.stmt(s))
            i += 1
        return out

    def close_wrap(self, s, rest):
        """The rest of a block after `local x <close> = v`: close x on every exit."""
        sym = None
        for t in s.targets:
            if getattr(t, "attribute", None) is not None and t.attribute.name.id == "close":
                sym = t.sym
        var = self.read_sym_expr(sym)
        out = self.closing_try(rest, lambda e: self.closing("L_close_var_error", [var, e]),
                               self.closing("L_close_var", [self.read_sym_expr(sym)]), exit_line=self.block_end)
        for o in out:
            self.stamp(o, self.line)
        return out

    def closing_try(self, body, on_error, on_exit, exit_test=None, exit_line=None):
        """[flag = None, try: body / except: raise on_error(exc) / finally: on_exit]: the
        frame of every to-be-closed scope.  on_error(exc) gives the exception to raise
        after closing; on_exit (a statement expression) runs on a normal exit only, on
        exit_line when given (where lua5.4 closes: the block's `end`)."""
        exc, flag = self.fn.new_temp("_e"), self.fn.new_temp("_c")
        handler = ast.ExceptHandler(type=N("BaseException"), name=exc, body=[
            ASSIGN(flag, N(exc)), ast.Raise(exc=on_error(N(exc)), cause=None)])
        final = [ast.If(test=AND(IS(N(flag), C(None)), exit_test), body=[ast.Expr(value=on_exit)], orelse=[])]
        if exit_line is not None:
            for o in final:
                self.stamp(o, exit_line)
        return [ASSIGN(flag, C(None)), ast.Try(body=body or [ast.Pass()], handlers=[handler], orelse=[],
                                                finalbody=final)]

    def closing(self, helper, args):
        """A call closing a to-be-closed value; inside a generator version __close may yield."""
        if self.gen_mode:
            return ast.YieldFrom(value=CALL(helper + "_gen", args))
        return CALL(helper, args)

    def block_with_labels(self, stmts, labels):
        """A block with labels: segments dispatched by a `while True` loop, gotos set the segment."""
        fn = self.fn
        ctx = LoopCtx("dispatch")
        ctx.goto_var = fn.new_temp("_g")
        seg = 0
        ctx.label_index = {}
        for s in stmts:
            if isinstance(s, A.Label):
                seg += 1
                ctx.label_index[s.id.id] = seg
        # <close> variables of a dispatcher block go on a list with their segment: the
        # dispatch loop closes those declared at or after a label a goto jumps back to,
        # and the block's exit (normal or by error) closes the rest
        cl = None
        fn.loops.append(ctx)
        segments = [[]]
        for s in stmts:
            if isinstance(s, A.Label):
                segments.append([])
                continue
            segments[-1].extend(self.stmt(s))
            if isinstance(s, A.LocalAssign):
                for t in s.targets:
                    if getattr(t, "attribute", None) is not None and t.attribute.name.id == "close":
                        cl = cl or fn.new_temp("_cl")
                        entry = ast.Tuple(elts=[C(len(segments) - 1), self.read_sym_expr(t.sym)], ctx=_LOAD)
                        segments[-1].append(ast.Expr(value=ast.Call(
                            func=ast.Attribute(value=N(cl), attr="append", ctx=_LOAD), args=[entry], keywords=[])))
        fn.loops.pop()
        g = ctx.goto_var
        body = []
        if getattr(ctx, "crossing_gotos", False):
            body.append(ast.If(test=ast.Compare(left=N(g), ops=[ast.Lt()], comparators=[C(0)]),
                               body=[ASSIGN(g, ast.UnaryOp(op=ast.USub(), operand=N(g)))], orelse=[]))
        if cl is not None:
            body.append(ast.If(test=N(cl), body=[ast.Expr(value=CALL("L_close_from", [N(cl), N(g)]))], orelse=[]))
        for idx, seg_body in enumerate(segments):
            if not seg_body:
                continue
            if idx == 0:
                test = ast.Compare(left=N(g), ops=[ast.Eq()], comparators=[C(0)])
            else:
                test = ast.Compare(left=N(g), ops=[ast.LtE()], comparators=[C(idx)])
            body.append(ast.If(test=test, body=seg_body, orelse=[]))
        body.append(ast.Break())
        out = [ASSIGN(g, C(0))]
        if ctx.needs_brk_flag:
            out.append(ASSIGN(ctx.brk_flag, C(False)))
        out.append(ast.While(test=C(True), body=body, orelse=[]))
        if ctx.needs_brk_flag:
            out.append(ast.If(test=N(ctx.brk_flag), body=self.break_stmts(), orelse=[]))
        # a goto out of this block to an enclosing block's label
        out.extend(self.after_loop_checks(ctx))
        if cl is not None:
            out = [ASSIGN(cl, ast.List(elts=[], ctx=_LOAD))] + self.closing_try(
                out, lambda e: CALL("L_close_list_error", [N(cl), e]), CALL("L_close_from", [N(cl), C(0)]),
                exit_line=self.block_end)
        for o in out:
            self.stamp(o, self.line)
        return out

    def break_stmts(self):
        """A Lua break at the current point: leave dispatchers on the way out to the loop."""
        loops = self.fn.loops
        if not loops:
            return [ast.Break()]
        top = loops[-1]
        if top.kind == "loop":
            return [ast.Break()]
        # inside a goto dispatcher: flag it and leave the dispatcher
        if top.brk_flag is None:
            top.brk_flag = self.fn.new_temp("_b")
        top.needs_brk_flag = True
        return [ASSIGN(top.brk_flag, C(True)), ast.Break()]

    def stmt_Goto(self, s):
        name = s.label.id
        loops = self.fn.loops
        crossed = 0
        for ctx in reversed(loops):
            if ctx.kind == "dispatch" and name in ctx.label_index:
                if crossed == 0:
                    out = [ASSIGN(ctx.goto_var, C(ctx.label_index[name])), ast.Continue()]
                else:
                    # leave the inner Python loops; each checks the goto variable after it
                    # ends: negative while the jump is on its way (the dispatcher flips it)
                    ctx.crossing_gotos = True
                    out = [ASSIGN(ctx.goto_var, C(-ctx.label_index[name])), ast.Break()]
                    for inner in loops[len(loops) - crossed:]:
                        inner.pending_gotos = getattr(inner, "pending_gotos", set()) | {(ctx.goto_var, id(ctx))}
                return out
            crossed += 1
        raise LuaSyntaxError("%s:%d: no visible label '%s' for goto" % (self.display, self.line, name))

    def after_loop_checks(self, ctx):
        """After a Python loop that a goto left early: continue the dispatcher or keep leaving."""
        out = []
        pend = getattr(ctx, "pending_gotos", None)
        if not pend:
            return out
        loops = self.fn.loops
        for var, ctx_id in pend:
            # is the target dispatcher the innermost enclosing one?
            if loops and id(loops[-1]) == ctx_id:
                act = [ast.Continue()]
            else:
                act = [ast.Break()]
                if loops:
                    loops[-1].pending_gotos = getattr(loops[-1], "pending_gotos", set()) | {(var, ctx_id)}
            out.append(ast.If(test=ast.Compare(left=N(var), ops=[ast.Lt()], comparators=[C(0)]), body=act, orelse=[]))
        return out

    def stmt_Label(self, s):
        return []

    # ------------------------------------------------------------ statements

    # statements whose blocks end at their own `end` (where lua5.4 closes <close> variables)
    _BLOCK_STMTS = ("Do", "While", "Repeat", "Fornum", "Forin", "If", "LocalFunction", "Function", "Method")

    def stmt(self, s):
        self.line = self.line_of(s)
        line = self.line
        saved_pre = self.pre
        self.pre = []
        saved_end = self.block_end
        if s.__class__.__name__ in self._BLOCK_STMTS:
            last = getattr(s, "_last_token", None)
            if last is not None and getattr(last, "line", None):
                self.block_end = last.line
        m = getattr(self, "stmt_" + s.__class__.__name__)
        try:
            out = m(s)
        finally:
            self.block_end = saved_end
        out = self.pre + out
        self.pre = saved_pre
        for o in out:
            self.stamp(o, line)
        return out

    def stmt_SemiColon(self, s):
        return []

    def stmt_Call(self, s):
        return [ast.Expr(value=self.call_expr(s, single=None))]

    stmt_Invoke = stmt_Call

    def stmt_Do(self, s):
        return self.block(s.body.body) or [ast.Pass()]

    def stmt_Break(self, s):
        return self.break_stmts()

    def stmt_Return(self, s):
        vals = s.values
        fn = self.fn
        if len(vals) == 1 and is_multi(vals[0]):
            e = vals[0]
            # self tail call: rebind the parameters and loop
            if fn.tail_params is not None and not self.gen_mode and e.__class__ is A.Call and self.is_self_ref(e.func):
                return self.self_tail_call(e)
            if e.__class__ in (A.Varargs, A.Dots):
                return [ast.Return(value=CALL("L_ret", [N("varargs")]))]
            return [ast.Return(value=self.call_expr(e, single=False))]
        if not vals:
            return [ast.Return(value=ast.Tuple(elts=[], ctx=_LOAD))]
        if len(vals) == 1:
            v, _ = self.expr(vals[0])
            return [ast.Return(value=v)]
        elts = self.explist(vals)
        return [ast.Return(value=ast.Tuple(elts=elts, ctx=_LOAD))]

    def is_self_ref(self, f):
        fn = self.fn
        if f.__class__ is A.Name:
            sym = getattr(f, "sym", None)
            if sym is not None and fn.self_name is not None and sym is fn.self_sym:
                return True
            if sym is None and fn.self_global is not None and f.id == fn.self_global and getattr(f, "env", None) is None:
                return True
        return False

    def self_tail_call(self, e):
        fn = self.fn
        fn.tail_used = True
        callee, _ = self.expr(e.func)
        params = fn.tail_params
        args = self.explist(e.args, want=len(params))
        tmp = fn.new_temp("_f")
        out = [ASSIGN(tmp, callee)]
        rebind = [ast.Assign(targets=[ast.Tuple(elts=[S(p) for p in params], ctx=_STORE)], value=ast.Tuple(elts=args, ctx=_LOAD))] if params else [ast.Expr(value=ast.Tuple(elts=args, ctx=_LOAD))]
        out.append(ast.If(test=IS(N(tmp), N(fn.self_name)), body=rebind + [ast.Continue()], orelse=[]))
        out.append(ast.Return(value=CALL(N(tmp), args)))
        return out

    # --- local declarations and assignment

    def stmt_LocalAssign(self, s):
        targets = s.targets
        values = s.values
        for t in targets:
            attrib = getattr(t, "attribute", None)
            if attrib is not None and attrib.name.id not in ("const", "close"):
                raise LuaSyntaxError("%s:%d: unknown attribute '%s'" % (self.display, self.line, attrib.name.id))
        out = []
        nt = len(targets)
        if nt == 1 and len(values) <= 1:
            if values:
                v, _ = self.expr(values[0])
            else:
                v = C(None)
            out.extend(self.bind_local(targets[0].sym, v, declare=True))
            if getattr(targets[0], "attribute", None) is not None and targets[0].attribute.name.id == "close":
                out.append(ast.Expr(value=CALL("L_check_close", [self.read_sym_expr(targets[0].sym), C(targets[0].id)])))
            return out
        if len(values) == 1 and is_multi(values[0]):
            # local a, b = f(): one unpacking of the results when there are exactly enough
            out.extend(self.unpack_locals(targets, values[0]))
            return out
        vals = self.adjust(values, nt)
        temps = []
        for v in vals:
            if is_simple(v):
                temps.append(v)
            else:
                tmp = self.fn.new_temp()
                out.append(ASSIGN(tmp, v))
                temps.append(N(tmp))
        for t, v in zip(targets, temps):
            out.extend(self.bind_local(t.sym, v, declare=True))
        for t in targets:
            if getattr(t, "attribute", None) is not None and t.attribute.name.id == "close":
                out.append(ast.Expr(value=CALL("L_check_close", [self.read_sym_expr(t.sym), C(t.id)])))
        return out

    def unpack_locals(self, targets, value):
        n = len(targets)
        m = N("varargs") if value.__class__ in (A.Varargs, A.Dots) else self.call_expr(value, single=False)
        r = self.fn.new_temp("_r")
        names = []
        bind = []
        for t in targets:
            if t.sym.boxed:
                tmp = self.fn.new_temp()
                names.append(tmp)
                bind.extend(self.bind_local(t.sym, N(tmp), declare=True))
            else:
                names.append(t.sym.pyname)
        if isinstance(m, ast.Name):  # varargs: already a tuple
            test, src = ast.Compare(left=CALL("len", [m]), ops=[ast.Eq()], comparators=[C(n)]), m
        else:
            test = AND(IS(CLASS(WALRUS(r, m)), N("tuple")),
                       ast.Compare(left=CALL("len", [N(r)]), ops=[ast.Eq()], comparators=[C(n)]))
            src = N(r)
        value = IFEXP(test, src, CALL("L_adjust", [src, C(n)]))
        unpack = ast.Assign(targets=[ast.Tuple(elts=[ast.Name(id=x, ctx=ast.Store()) for x in names], ctx=ast.Store())],
                            value=value)
        out = [unpack] + bind
        for t in targets:
            if getattr(t, "attribute", None) is not None and t.attribute.name.id == "close":
                out.append(ast.Expr(value=CALL("L_check_close", [self.read_sym_expr(t.sym), C(t.id)])))
        return out

    def adjust(self, values, n):
        """Evaluate an expression list, in order, adjusted to exactly n values (Python expressions)."""
        res = []
        nv = len(values)
        for i, v in enumerate(values):
            if i == nv - 1 and is_multi(v) and len(res) < n:
                m = self.multi_expr(v)
                tmp = self.fn.new_temp()
                self.pre.append(ASSIGN(tmp, m))
                for j in range(n - len(res)):
                    res.append(IFEXP(ast.Compare(left=CALL("len", [N(tmp)]), ops=[ast.Gt()], comparators=[C(j)]),
                                     SUB(N(tmp), C(j)), C(None)))
                return res
            e, _ = self.expr(v)
            if not isinstance(e, ast.Constant) and (nv > 1 or i >= n):
                tmp = self.fn.new_temp()
                self.pre.append(ASSIGN(tmp, e))
                e = N(tmp)
            if i < n:
                res.append(e)
        while len(res) < n:
            res.append(C(None))
        return res

    def bind_local(self, sym, value, declare=False):
        if sym.boxed:
            if declare:
                return [ASSIGN(sym.pyname, ast.List(elts=[value], ctx=_LOAD))]
            return [ast.Assign(targets=[SUBS(N(sym.pyname), C(0))], value=value)]
        return [ASSIGN(sym.pyname, value)]

    def read_sym_expr(self, sym):
        if sym.boxed:
            return SUB(N(sym.pyname), C(0))
        return N(sym.pyname)

    def stmt_Assign(self, s):
        targets = s.targets
        values = s.values
        if len(targets) == 1 and len(values) == 1:
            return self.assign_to(targets[0], values[0])
        out = []
        # evaluate table and key expressions of the targets first, as lua5.4 does
        prepared = []
        for t in targets:
            if isinstance(t, A.Name):
                prepared.append((t, None, None, None, None))
            else:
                obj, ot = self.expr(t.value)
                if not isinstance(obj, ast.Constant):
                    tmp = self.fn.new_temp()
                    self.pre.append(ASSIGN(tmp, obj))
                    obj = N(tmp)
                if t.notation == A.IndexNotation.DOT:
                    key, kt = C(t.idx.id), T.STR
                else:
                    key, kt = self.expr(t.idx)
                    if not isinstance(key, ast.Constant):
                        tmp = self.fn.new_temp()
                        self.pre.append(ASSIGN(tmp, key))
                        key = N(tmp)
                prepared.append((t, obj, key, ot, kt))
        vals = self.adjust(values, len(targets))
        temps = []
        for v in vals:
            if isinstance(v, ast.Constant):
                temps.append(v)
            else:
                tmp = self.fn.new_temp()
                self.pre.append(ASSIGN(tmp, v))
                temps.append(N(tmp))
        # lua5.4 stores from the last target to the first
        for (t, obj, key, ot, kt), v in reversed(list(zip(prepared, temps))):
            if obj is None:
                out.extend(self.assign_name(t, v, T.ANY))
            else:
                out.extend(self.store_index(obj, key, v, T.ANY, t, ot=ot, kt=kt))
        return out

    def assign_to(self, target, value_node):
        if isinstance(target, A.Name):
            v, vt = self.expr(value_node)
            return self.assign_name(target, v, vt)
        obj, ot = self.expr(target.value)
        if target.notation == A.IndexNotation.DOT:
            key, kt = C(target.idx.id), T.STR
        else:
            key, kt = self.expr(target.idx)
        if not is_simple(obj):
            tmp = self.fn.new_temp()
            self.pre.append(ASSIGN(tmp, obj))
            obj = N(tmp)
        if not is_simple(key):
            tmp = self.fn.new_temp()
            self.pre.append(ASSIGN(tmp, key))
            key = N(tmp)
        v, vt = self.expr(value_node)
        return self.store_index(obj, key, v, vt, target, ot=ot, kt=kt)

    def assign_name(self, target, v, vt):
        sym = getattr(target, "sym", None)
        if sym is not None:
            if sym.attrib in ("const", "close"):
                raise LuaSyntaxError(
                    "%s:%d: attempt to assign to const variable '%s'" % (self.display, self.line, sym.name)
                )
            return self.bind_local(sym, v)
        if target.id == "_ENV" and getattr(target, "env", None) is None:
            self.fn.assigns_env = True
            return [ASSIGN("_ENV", v)]
        env = self.env_expr(target)
        return self.store_index(env, C(target.id), v, vt, target, is_env=getattr(target, "env", None) is None)

    def env_expr(self, name_node):
        env = getattr(name_node, "env", None)
        if env is None:
            return N("_ENV")
        return self.read_sym_expr(env)

    def store_index(self, obj, key, v, vt, target, is_env=False, ot=T.ANY, kt=None):
        """obj[key] = v with Lua semantics; plain tables without metatables are stored into directly."""
        # keys that need no normalisation: strings and integers (floats and booleans do)
        key_ok = (isinstance(key, ast.Constant) and key.value.__class__ in (str, int)) or (
            kt is not None and (T.is_sub(kt, T.INT) or T.is_sub(kt, T.STR)))
        site = self.site(self.desc(target.value) if isinstance(target, A.Index) else None)
        # a store that may replace a library function goes through setindex, which keeps
        # the library guards true: a watched constant key into a watched table (the
        # globals or a library table), or a watched string key only known at run time
        watched_target = None
        if isinstance(key, ast.Constant) and key.value in libguard.WATCH_KEYS:
            watched_target = ast.Compare(left=obj, ops=[ast.NotIn()], comparators=[N("L_WATCHED")])
            if is_env and key.value not in libguard.ENV_KEYS:
                # a function name stored as a global: only matters if _ENV is a library table
                watched_target = OR(watched_target, IS(obj, SUB(N("L_TRACKED"), C(0))))
        unwatched = ast.Compare(left=key, ops=[ast.NotIn()], comparators=[N("L_WATCH_KEYS")])
        key_check = None
        if not key_ok:
            if not is_simple(key):
                return [ast.Expr(value=self.slow("L_setindex", [obj, key, v], site))]
            # decided at run time: ints and strings need no normalisation
            key_check = OR(IS(CLASS(key), N("int")), AND(IS(CLASS(key), N("str")), unwatched))
        elif not isinstance(key, ast.Constant) and not T.is_sub(kt, T.INT):
            key_check = unwatched
        if not is_simple(v):
            tmp = self.fn.new_temp("_v")
            self.pre.append(ASSIGN(tmp, v))
            v = N(tmp)
        conds = []
        if key_check is not None:
            conds.append(key_check)
        if not is_env and ot != T.TABLE:
            conds.append(IS(CLASS(obj), N("L_Table")))
        # no metatable, an existing key, or a metatable without __newindex (objects
        # getting their fields): a raw store
        conds.append(
            OR(IS(ast.Attribute(value=obj, attr="meta", ctx=_LOAD), C(None)),
               ast.Compare(left=key, ops=[ast.In()], comparators=[obj]),
               ast.Compare(left=C("__newindex"), ops=[ast.NotIn()],
                           comparators=[ast.Attribute(value=obj, attr="meta", ctx=_LOAD)]))
        )
        if vt & T.NIL:
            conds.append(ISNOT(v, C(None)))
        if watched_target is not None:
            conds.append(watched_target)
        fast = ast.Assign(targets=[SUBS(obj, key)], value=v)
        slow = ast.Expr(value=self.slow("L_setindex", [obj, key, v], site))
        return [ast.If(test=AND(*conds), body=[fast], orelse=[slow])]

    # --- functions

    def stmt_LocalFunction(self, s):
        sym = s.name.sym
        fdef = self.function(s, s.args, s.body, s.name.id, self_sym=sym,
                             pyname=None if sym.boxed else sym.pyname)
        out = list(self.pre)
        self.pre = []
        if sym.boxed:
            out.append(ASSIGN(sym.pyname, ast.List(elts=[C(None)], ctx=_LOAD)))
            out.append(fdef)
            out.append(ast.Assign(targets=[SUBS(N(sym.pyname), C(0))], value=N(fdef.name)))
        else:
            out.append(fdef)
        return out

    def stmt_Function(self, s):
        n = s.name
        if isinstance(n, A.Name):
            sym = getattr(n, "sym", None)
            fdef = self.function(s, s.args, s.body, n.id, self_sym=sym, self_global=n.id if sym is None else None)
            out = [fdef]
            out.extend(self.assign_name(n, N(fdef.name), T.FUNC))
            return out
        fdef = self.function(s, s.args, s.body, _lua_name(n))
        obj, _ = self.expr(n.value)
        out = [fdef]
        if not is_simple(obj):
            tmp = self.fn.new_temp()
            out.append(ASSIGN(tmp, obj))
            obj = N(tmp)
        out.extend(self.store_index(obj, C(n.idx.id), N(fdef.name), T.FUNC, n))
        return out

    def stmt_Method(self, s):
        fdef = self.function(s, s.args, s.body, "%s:%s" % (_lua_name(s.source), s.name.id), method=True)
        obj, _ = self.expr(s.source)
        out = [fdef]
        if not is_simple(obj):
            tmp = self.fn.new_temp()
            out.append(ASSIGN(tmp, obj))
            obj = N(tmp)
        target = A.Index(A.Name(s.name.id), s.source, A.IndexNotation.DOT)
        out.extend(self.store_index(obj, C(s.name.id), N(fdef.name), T.FUNC, target))
        return out

    def function(self, node, args, body, luaname=None, method=False, self_sym=None, self_global=None, pyname=None):
        """A Lua function: a plain `def`, plus a generator version (see cogen.py) when it makes calls.

        The plain def is built once per Lua function and reused wherever it appears
        (the parent's plain and generator bodies both define it); the generator
        version is collected in self.gen_defs and emitted as a module-level maker."""
        cached = getattr(node, "_l2p_fdef", None)
        if cached is not None:
            return cached
        saved_end = self.block_end
        last = getattr(node, "_last_token", None)
        if last is not None and getattr(last, "line", None):
            self.block_end = last.line
        try:
            return self._function(node, args, body, luaname, method, self_sym, self_global, pyname)
        finally:
            self.block_end = saved_end

    def _function(self, node, args, body, luaname, method, self_sym, self_global, pyname):
        scope = node.scope
        if pyname is None:
            pyname = _py_func_name(luaname, self.fn)
        params = ([node.self_sym] if method else []) + [a.sym for a in args if isinstance(a, A.Name)]
        self.direct = self_sym is not None and self_sym.direct
        saved = (self.line, self.pre, self.gen_mode)
        self.gen_mode = False
        fbody = self.function_body(node, body, params, scope, pyname, self_sym, self_global)
        gen_body = None
        if _makes_calls(body.body):
            self.gen_mode = True
            gen_body = self.function_body(node, body, params, scope, pyname, None, None)
        self.line, self.pre, self.gen_mode = saved
        saved_line = self.line
        self.line = self.line_of(node)
        direct = self_sym is not None and self_sym.direct
        fdef = ast.FunctionDef(name=pyname, args=self.function_args(params, scope, scope_boxes=True, direct=direct),
                               body=fbody, decorator_list=[], returns=None)
        self.at(fdef)
        self.stamp(fdef, self.line)
        if scope.free:
            self.upvalue_defs.append((pyname, self.line, tuple((s.name, s.pyname, s.boxed) for s in scope.free)))
        if gen_body is not None:
            gdef = ast.FunctionDef(name=pyname + "__gen", args=self.function_args(params, scope, scope_boxes=False, direct=direct),
                                   body=gen_body, decorator_list=[], returns=None)
            self.at(gdef)
            self.stamp(gdef, self.line)
            self.gen_defs.append((pyname, self.line, gdef))
        self.line = saved_line
        node._l2p_fdef = fdef
        return fdef

    def function_args(self, params, scope, scope_boxes, direct=False):
        # boxed locals of enclosing functions are bound at definition time (fresh per loop iteration)
        boxed_free = sorted({s.pyname for s in scope.free if s.boxed})
        if direct:
            # called only by name with exactly these arguments: the fastest Python signature
            return ast.arguments(
                posonlyargs=[], args=[ast.arg(arg=p.pyname) for p in params], vararg=None,
                kwonlyargs=[ast.arg(arg=b) for b in boxed_free],
                kw_defaults=[N(b) if scope_boxes else C(None) for b in boxed_free],
                kwarg=None, defaults=[])
        return ast.arguments(
            posonlyargs=[],
            args=[ast.arg(arg=p.pyname) for p in params],
            vararg=ast.arg(arg="varargs" if scope.is_vararg else "_"),
            kwonlyargs=[ast.arg(arg=b) for b in boxed_free],
            kw_defaults=[N(b) if scope_boxes else C(None) for b in boxed_free],
            kwarg=None,
            defaults=[C(None) for _ in params],
        )

    def function_body(self, node, body, params, scope, pyname, self_sym, self_global):
        outer_fn = self.fn
        fn = FuncCtx(scope, outer_fn)
        fn.self_sym = self_sym
        fn.self_global = self_global
        fn.self_name = pyname if (self_sym is not None or self_global is not None) else None
        self.fn = fn
        self.pre = []
        # self tail calls loop instead of recursing, when no closure can see the parameters
        can_loop = (
            fn.self_name is not None and not scope.is_vararg and not scope.has_inner_functions
            and not scope.has_label and not any(p.boxed for p in params)
        )
        if can_loop:
            fn.tail_params = [p.pyname for p in params]
        stmts = self.block(body.body)
        stmts = self.wrap_function_body(stmts, scope)
        clone_params = [] if self.gen_mode else _int_clone_params(params, body.body)
        if clone_params:
            # a guarded clone: when the parameters used in arithmetic are integers (checked
            # once on entry), a copy of the body compiled knowing it runs instead
            saved = T.infer_clone(body.body, clone_params)
            try:
                clone = self.wrap_function_body(self.block(body.body), scope)
            finally:
                T.restore(saved)
            guard = AND(*[IS(CLASS(N(p.pyname)), N("int")) for p in clone_params])
            stmts = [ast.If(test=guard, body=clone, orelse=[])] + stmts
        pre_body = []
        for p in params:
            if p.boxed:
                pre_body.append(ASSIGN(p.pyname, ast.List(elts=[N(p.pyname)], ctx=_LOAD)))
        nonlocals = sorted({s.pyname for s in scope.nonlocal_writes if not s.boxed})
        head = []
        if fn.assigns_env:
            nonlocals.append("_ENV")
        if nonlocals:
            head.append(ast.Nonlocal(names=nonlocals))
        if fn.tail_used:
            stmts = [ast.While(test=C(True), body=stmts, orelse=[])]
        self.fn = outer_fn
        return head + pre_body + stmts

    # --- control flow

    def test(self, e):
        """A Lua expression as a Python condition."""
        c = e.__class__
        if c is A.AndLoOp:
            return AND(self.test(e.left), self.test(e.right))
        if c is A.OrLoOp:
            return OR(self.test(e.left), self.test(e.right))
        if c is A.ULNotOp:
            return ast.UnaryOp(op=ast.Not(), operand=self.test(e.operand))
        if c is A.TrueExpr:
            return C(True)
        if c in (A.FalseExpr, A.Nil):
            return C(False)
        v, t = self.expr(e)
        if t and (t & ~T.BOOL) == 0:
            return v
        if t and (t & (T.NIL | T.BOOL)) == 0:
            if is_simple(v):
                return C(True)
            return OR(ast.Compare(left=v, ops=[ast.IsNot()], comparators=[C(None)]), C(True))
        if is_simple(v):
            return AND(ISNOT(v, C(None)), ISNOT(v, C(False)))
        tmp = self.fn.new_temp()
        return AND(ISNOT(WALRUS(tmp, v), C(None)), ISNOT(N(tmp), C(False)))

    def stmt_If(self, s):
        test = self.test(s.test)
        body = self.block(s.body.body) or [ast.Pass()]
        o = s.orelse
        if o is None:
            orelse = []
        elif isinstance(o, A.Block):
            orelse = self.block(o.body)
        else:
            saved = self.pre
            self.pre = []
            self.line = self.line_of(o)
            inner = self.stmt_If(o)
            orelse = self.pre + inner
            self.pre = saved
            for x in orelse:
                self.stamp(x, self.line)
        return [ast.If(test=test, body=body, orelse=orelse)]

    stmt_ElseIf = stmt_If

    def loop_body(self, stmts, ctx):
        self.fn.loops.append(ctx)
        body = self.block(stmts)
        self.fn.loops.pop()
        return body

    def stmt_While(self, s):
        saved = self.pre
        self.pre = []
        test = self.test(s.test)
        test_pre = self.pre
        self.pre = saved
        ctx = LoopCtx("loop")
        body = self.loop_body(s.body.body, ctx) or [ast.Pass()]
        if test_pre:
            loop = ast.While(
                test=C(True),
                body=test_pre + [ast.If(test=ast.UnaryOp(op=ast.Not(), operand=test), body=[ast.Break()], orelse=[])] + body,
                orelse=[],
            )
        else:
            loop = ast.While(test=test, body=body, orelse=[])
        return [loop] + self.after_loop_checks(ctx)

    def stmt_Repeat(self, s):
        ctx = LoopCtx("loop")
        self.fn.loops.append(ctx)
        # the until condition sees the body's locals: compile body and test in one block
        body = self.block(s.body.body)
        saved = self.pre
        self.pre = []
        self.line = self.line_of(s.test)
        test = self.test(s.test)
        test_pre = self.pre
        self.pre = saved
        self.fn.loops.pop()
        body = body + test_pre + [ast.If(test=test, body=[ast.Break()], orelse=[])]
        return [ast.While(test=C(True), body=body, orelse=[])] + self.after_loop_checks(ctx)

    def stmt_Fornum(self, s):
        start, st = self.expr(s.start)
        stop, _ = self.expr(s.stop)
        if isinstance(s.step, A.Node):
            step, spt = self.expr(s.step)
            step_node = s.step
        else:
            step, spt = C(1), T.INT
            step_node = None
        sym = s.target.sym
        ctx = LoopCtx("loop")
        body = self.loop_body(s.body.body, ctx) or [ast.Pass()]
        # integer loops over a range: exact, no overflow, and the fastest loop Python has
        int_start = T.is_sub(st, T.INT)
        step_const = step_node is None or (isinstance(step_node, A.Number) and step_node.n.__class__ is int)
        stepv = 1 if step_node is None else (step_node.n if step_const else None)
        stop_t = T.expr_type(s.stop)
        if int_start and step_const and stepv != 0 and isinstance(s.stop, A.Number) and s.stop.n.__class__ is int:
            lim = s.stop.n
            it = CALL("range", [start, C(lim + 1 if stepv > 0 else lim - 1)] + ([C(stepv)] if stepv != 1 else []))
        elif int_start and step_const and stepv != 0 and T.is_sub(stop_t, T.INT):
            lim = ast.BinOp(left=stop, op=ast.Add() if stepv > 0 else ast.Sub(), right=C(1))
            it = CALL("range", [start, lim] + ([C(stepv)] if stepv != 1 else []))
        elif step_const and stepv != 0:
            # bounds of unknown type: a range when they are integers at run time
            conds, (rs, re_) = self.operands([start, stop])
            if not int_start:
                conds.append(IS(CLASS(rs), N("int")))
            if not T.is_sub(stop_t, T.INT):
                conds.append(IS(CLASS(re_), N("int")))
            lim = ast.BinOp(left=re_, op=ast.Add() if stepv > 0 else ast.Sub(), right=C(1))
            fast = CALL("range", [rs, lim] + ([C(stepv)] if stepv != 1 else []))
            it = IFEXP(AND(*conds), fast, CALL("L_forrange", [rs, re_, step]))
        else:
            it = CALL("L_forrange", [start, stop, step])
        if sym.boxed:
            loopvar = self.fn.new_temp("_t")
            body = [ASSIGN(sym.pyname, ast.List(elts=[N(loopvar)], ctx=_LOAD))] + body
        else:
            loopvar = sym.pyname
        return [ast.For(target=S(loopvar), iter=it, body=body, orelse=[])] + self.after_loop_checks(ctx)

    def stmt_Forin(self, s):
        targets = [t.sym for t in s.targets]
        n = len(targets)
        args = self.explist(s.iter)
        it_name = self.fn.new_temp("_t")
        cl_name = self.fn.new_temp("_t")
        prep = ast.Assign(
            targets=[ast.Tuple(elts=[S(it_name), S(cl_name)], ctx=_STORE)],
            value=CALL("L_forin", [C(n)] + args),
        )
        if self.gen_mode:
            prep.value.func = N("L_forin_gen")
        ctx = LoopCtx("loop")
        body = self.loop_body(s.body.body, ctx) or [ast.Pass()]
        loopvars = []
        pre = []
        for sym in targets:
            if sym.boxed:
                tmp = self.fn.new_temp("_t")
                loopvars.append(tmp)
                pre.append(ASSIGN(sym.pyname, ast.List(elts=[N(tmp)], ctx=_LOAD)))
            else:
                loopvars.append(sym.pyname)
        if n == 1:
            target = S(loopvars[0])
        else:
            target = ast.Tuple(elts=[S(v) for v in loopvars], ctx=_STORE)
        if self.gen_mode:
            x = self.fn.new_temp("_x")
            step = ASSIGN(x, ast.YieldFrom(value=CALL("L_for_next", [N(it_name)])))
            stop = ast.If(test=IS(N(x), N("L_END")), body=[ast.Break()], orelse=[])
            bind = ast.Assign(targets=[target], value=N(x))
            loop = ast.While(test=C(True), body=[step, stop, bind] + pre + body, orelse=[])
        else:
            loop = ast.For(target=target, iter=N(it_name), body=pre + body, orelse=[])
        # the closing value (4th value) is closed when the loop ends, however it ends
        may_close = len(s.iter) >= 4 or (s.iter and is_multi(s.iter[-1]))
        if not may_close:
            return [prep, loop] + self.after_loop_checks(ctx)
        return [prep] + self.closing_try([loop] + self.after_loop_checks(ctx),
                                         lambda e: self.closing("L_close_var_error", [N(cl_name), e]),
                                         self.closing("L_close_var", [N(cl_name)]),
                                         exit_test=ISNOT(N(cl_name), C(None)))

    # ------------------------------------------------------------ expressions

    def expr(self, e):
        """Compile an expression in a single-value position: (python_expr, lua_type)."""
        saved = self.line
        ln = getattr(e, "_first_token", None)
        if ln is not None:
            self.line = ln.line
        m = getattr(self, "expr_" + e.__class__.__name__)
        r, t = m(e)
        self.stamp(r, self.line)
        self.line = saved
        return r, t

    def expr_Nil(self, e):
        return C(None), T.NIL

    def expr_TrueExpr(self, e):
        return C(True), T.BOOL

    def expr_FalseExpr(self, e):
        return C(False), T.BOOL

    def expr_Number(self, e):
        v = e.n
        if v.__class__ is float:
            if v != v or v in (float("inf"), float("-inf")):
                return CALL("float", [C(repr(v))]), T.FLOAT
            return C(v), T.FLOAT
        return C(v), T.INT

    def expr_String(self, e):
        return C(e.s), T.STR

    def expr_Varargs(self, e):
        return IFEXP(N("varargs"), SUB(N("varargs"), C(0)), C(None)), T.ANY

    expr_Dots = expr_Varargs

    def expr_Name(self, e):
        sym = getattr(e, "sym", None)
        if sym is not None:
            return self.read_sym_expr(sym), (sym.type if sym.type else T.ANY)
        env = getattr(e, "env", None)
        if e.id == "_ENV" and env is None:
            return N("_ENV"), T.ANY
        if env is None:
            # a failing subscript (nil _ENV) is reported by the error converter through this site
            read = self.at(SUB(N("_ENV"), C(e.id)), self.site("upvalue '_ENV'"))
            cell = libguard.global_cell(e.id)
            return (read if cell is None else GUARDED(cell, read)), T.ANY
        site = self.site("upvalue '_ENV'" if env.func is not self.fn.scope else "local '_ENV'")
        return self.slow("L_index", [self.read_sym_expr(env), C(e.id)], site), T.ANY

    def expr_Index(self, e):
        cell = self.library_field(e)
        obj, ot = self.expr(e.value)
        if e.notation == A.IndexNotation.DOT:
            key, kt = C(e.idx.id), T.STR
        else:
            key, kt = self.expr(e.idx)
        site = self.site(self.desc(e.value))
        read = self.index_expr(obj, ot, key, kt, site)
        return (read if cell is None else GUARDED(cell, read)), T.ANY

    def library_field(self, e):
        """The guard's cell when e reads `lib.name` of a global library table (libguard)."""
        ln = library_name(e)
        return None if ln is None else libguard.field_cell(*ln)

    def index_expr(self, obj, ot, key, kt, site):
        if isinstance(obj, ast.Constant):
            return self.slow("L_index", [obj, key], site)
        if ot == T.TABLE and not self.gen_mode:
            # a local that only ever holds tables
            if kt & T.BOOL:
                conds, (rk,) = self.operands([key])
                conds.append(ISNOT(CLASS(rk), N("bool")))
                return IFEXP(AND(*conds), SUB(obj, rk), self.slow("L_index", [obj, rk], site))
            return SUB(obj, key)
        if not is_simple(obj):
            tmp = self.fn.new_temp()
            first = WALRUS(tmp, obj)
            obj = N(tmp)
        else:
            first = obj
        conds = [IS(CLASS(first), N("L_Table"))]
        if self.gen_mode:
            # tables with metatables go through the helper: an __index function may yield
            conds.append(IS(ast.Attribute(value=obj, attr="meta", ctx=_LOAD), C(None)))
        if kt & T.BOOL:
            if not is_simple(key):
                tmp = self.fn.new_temp()
                conds.append(ISNOT(CLASS(WALRUS(tmp, key)), N("bool")))
                key = N(tmp)
            else:
                conds.append(ISNOT(CLASS(key), N("bool")))
        elif not is_simple(key):
            tmp = self.fn.new_temp()
            # evaluate the key before the test so both paths see one evaluation
            conds.append(OR(ast.Compare(left=WALRUS(tmp, key), ops=[ast.IsNot()], comparators=[C(None)]), C(True)))
            key = N(tmp)
        return IFEXP(AND(*conds), SUB(obj, key), self.slow("L_index", [obj, key], site))

    def expr_Call(self, e):
        return self.call_expr(e, single=True), T.ANY

    expr_Invoke = expr_Call

    def call_expr(self, e, single):
        """A call; in a single-value position the result is truncated to one value."""
        if e.__class__ is A.Call:
            r = self.format_call(e, single) or self.sqrt_call(e, single)
            if r is not None:
                return r
        if e.__class__ is A.Invoke:
            obj, ot = self.expr(e.source)
            if not is_simple(obj):
                tmp = self.fn.new_temp()
                objfirst = WALRUS(tmp, obj)
                obj = N(tmp)
            else:
                objfirst = obj
            site = self.site(self.desc(e.source))
            if isinstance(obj, ast.Constant):
                func = self.slow("L_index", [obj, C(e.func.id)], site)
            elif ot == T.TABLE and not self.gen_mode:
                func = self.method_lookup(objfirst, obj, e.func.id)
            elif self.gen_mode:
                func = IFEXP(AND(IS(CLASS(objfirst), N("L_Table")), IS(ast.Attribute(value=obj, attr="meta", ctx=_LOAD), C(None))),
                             SUB(obj, C(e.func.id)), self.slow("L_index", [obj, C(e.func.id)], site))
            else:
                func = IFEXP(IS(CLASS(objfirst), N("L_Table")), self.method_lookup(obj, obj, e.func.id),
                             self.at(CALL("L_index", [obj, C(e.func.id)]), site))
            args = [obj] + self.explist(e.args)
            csite = self.site("method '%s'" % e.func.id)
        else:
            func, _ = self.expr(e.func)
            fsym = getattr(e.func, "sym", None) if e.func.__class__ is A.Name else None
            if fsym is not None and fsym.direct:
                args = self.explist(e.args, want=fsym.nparams)
                csite = self.site(self.desc(e.func))
                if self.gen_mode:
                    call = self.gen_call(func, args, csite, discard=single is None, lua_fn=True)
                    return call if not single or not fsym.returns_one else self.truncate(call)
                call = self.at(ast.Call(func=func, args=args, keywords=[]), csite)
                if fsym.returns_one:
                    return call
                return self.truncate(call) if single else call
            args = self.explist(e.args)
            csite = self.site(self.desc(e.func))
        if self.gen_mode:
            call = self.gen_call(func, args, csite, discard=single is None)
        else:
            call = self.at(ast.Call(func=func, args=args, keywords=[]), csite)
        if not single:
            return call
        return self.truncate(call)

    def library_callee(self, e, lib, name):
        """Is e a call of global `lib`.`name`?"""
        return e.func.__class__ is A.Index and library_name(e.func) == (lib, name)

    def sqrt_call(self, e, single):
        """math.sqrt(x): Python's math.sqrt at the call site while the callee is still
        the library's and x is a non-negative float; the library call otherwise."""
        if not self.library_callee(e, "math", "sqrt") or len(e.args) != 1 or is_multi(e.args[0]):
            return None
        func, _ = self.expr(e.func)
        csite = self.site(self.desc(e.func))
        arg, at_ = self.expr(e.args[0])
        fn = self.fn.new_temp("_f")
        conds, (ra,) = self.operands([arg])
        conds.insert(0, IS(WALRUS(fn, func), N("L_m_sqrt")))
        if not T.is_sub(at_, T.FLOAT):
            conds.append(IS(CLASS(ra), N("float")))
        conds.append(ast.Compare(left=ra, ops=[ast.GtE()], comparators=[C(0.0)]))
        return self.guarded_library_call(conds, CALL("L_fsqrt", [ra]), fn, "L_m_sqrt", [ra],
                                         [copy.deepcopy(arg)], csite, single)

    def guarded_library_call(self, conds, fast, fn, lib_name, lib_args, args, csite, single):
        """A library call done in place: `fast` when `conds` hold (the callee, held in fn,
        is still the library function lib_name and the arguments have the right types);
        the library function with the arguments already evaluated when only the callee
        test passed; otherwise the ordinary call of fn, evaluating `args` itself."""
        lib = self.at(ast.Call(func=N(lib_name), args=lib_args, keywords=[]), csite)
        if self.gen_mode:
            other = self.gen_call(N(fn), args, csite)
        else:
            other = self.at(ast.Call(func=N(fn), args=args, keywords=[]), csite)
        if single:
            other = self.truncate(other)
        return IFEXP(AND(*conds), fast, IFEXP(IS(N(fn), N(lib_name)), lib, other))

    def format_call(self, e, single):
        """string.format(<constant>, ...) whose conversions Python's % operator does
        exactly for arguments of the right types (lformat.whole_conversions): one
        %-operation at the call site while the callee is still the library's format
        and every argument has its conversion's type; the library call otherwise.
        Lua's order holds: the callee first, then the arguments, each evaluated once."""
        f = e.func
        if not (self.library_callee(e, "string", "format") and e.args and e.args[0].__class__ is A.String):
            return None
        fmt = e.args[0].s
        convs = whole_conversions(fmt)
        rest = e.args[1:]
        if convs is None or len(rest) != len(convs) or (rest and rest[-1].__class__ in (A.Varargs, A.Dots)):
            return None
        func, _ = self.expr(f)
        csite = self.site(self.desc(f))
        vals = []
        for i, x in enumerate(rest):
            if i == len(rest) - 1 and is_multi(x):
                # the last value may be several: the type test below also rules out a tuple
                vals.append((self.call_expr(x, single=False), T.ANY))
            else:
                vals.append(self.expr(x))
        fn = self.fn.new_temp("_f")
        conds, refs = self.operands([v for v, _ in vals])
        conds.insert(0, IS(WALRUS(fn, func), N("L_str_format")))
        for (kind, form), ref, (_, t) in zip(convs, refs, vals):
            if isinstance(ref, ast.Constant):
                if not _whole_kind_ok(kind, form, ref.value):
                    return None
                continue
            if kind == 1:  # %d %i
                if not T.is_sub(t, T.INT):
                    conds.append(IS(CLASS(ref), N("int")))
            elif kind == 2:  # %s: with a width or precision C stops at a zero byte, lua5.4 refuses
                if not T.is_sub(t, T.STR):
                    conds.append(IS(CLASS(ref), N("str")))
                if form != "%s":
                    conds.append(ast.Compare(left=C("\0"), ops=[ast.NotIn()], comparators=[ref]))
            elif kind == 3:  # %x %X %o: C prints negatives in two's complement
                if not T.is_sub(t, T.INT):
                    conds.append(IS(CLASS(ref), N("int")))
                conds.append(ast.Compare(left=ref, ops=[ast.GtE()], comparators=[C(0)]))
            else:  # float conversions of finite floats (Python spells inf/nan its own way)
                if not T.is_sub(t, T.FLOAT):
                    conds.append(IS(CLASS(ref), N("float")))
                conds.append(ast.Compare(left=ast.BinOp(left=ref, op=ast.Sub(), right=ref), ops=[ast.Eq()],
                                         comparators=[C(0.0)]))
        fast = ast.BinOp(left=C(fmt), op=ast.Mod(), right=ast.Tuple(elts=list(refs), ctx=_LOAD))
        fargs = [C(fmt)] + list(refs)
        if rest and is_multi(rest[-1]):
            last = refs[-1]
            fargs[-1] = ast.Starred(value=IFEXP(IS(CLASS(last), N("tuple")), last,
                                                ast.Tuple(elts=[last], ctx=_LOAD)), ctx=_LOAD)
        args = [copy.deepcopy(v) for v, _ in vals]
        if rest and is_multi(rest[-1]):
            last = args[-1]
            tmp = self.fn.new_temp("_r")
            args[-1] = ast.Starred(value=IFEXP(IS(CLASS(WALRUS(tmp, last)), N("tuple")), N(tmp),
                                               ast.Tuple(elts=[N(tmp)], ctx=_LOAD)), ctx=_LOAD)
        args.insert(0, C(fmt))
        return self.guarded_library_call(conds, fast, fn, "L_str_format", fargs, args, csite, single)

    def method_lookup(self, first, obj, name):
        """obj.name for obj:name(...) on a table: the object's own field, else the field
        of its metatable's __index table (its class), else of that table's (the parent
        class), looked up with C-level dict.get calls; deeper chains and __index
        functions take the subscript, whose __missing__ walks the whole chain (only
        reads of raw tables come before it)."""
        m, mt, ix = self.fn.new_temp("_m"), self.fn.new_temp("_mt"), self.fn.new_temp("_ix")

        def get(t, k):
            return ast.Call(func=ast.Attribute(value=t, attr="get", ctx=_LOAD), args=[C(k)], keywords=[])

        def level(t):
            # t's metatable's __index is a table holding the name
            return [ISNOT(WALRUS(mt, ast.Attribute(value=t, attr="meta", ctx=_LOAD)), C(None)),
                    IS(CLASS(WALRUS(ix, get(N(mt), "__index"))), N("L_Table"))]

        # the class, then its parent class
        via_class = AND(*level(obj), OR(ISNOT(WALRUS(m, get(N(ix), name)), C(None)),
                                        AND(*level(N(ix)), ISNOT(WALRUS(m, get(N(ix), name)), C(None)))))
        return IFEXP(ISNOT(WALRUS(m, get(first, name)), C(None)), N(m),
                     IFEXP(via_class, N(m), SUB(obj, C(name))))

    def truncate(self, call):
        """A call's result in a single-value position: one result comes back bare, zero or several as a tuple."""
        tmp = self.fn.new_temp("_r")
        return IFEXP(ISNOT(CLASS(WALRUS(tmp, call)), N("tuple")), N(tmp),
                     IFEXP(N(tmp), SUB(N(tmp), C(0)), C(None)))

    def gen_call(self, func, args, csite, discard=False, lua_fn=False):
        """A call inside a generator version: `yield from` the callee's generator version
        when it has one (it may yield), a plain call otherwise.  The callee is evaluated
        first, then the arguments, as in Lua.  Small argument lists are written out in
        each branch; in larger ones, arguments that are not plain names or constants
        are evaluated into temporaries first, which each branch then mentions.
        coroutine.yield yields the values straight to resume; coroutine.resume runs
        plainly unless its coroutine sends up I/O."""
        f, g = self.fn.new_temp("_f"), self.fn.new_temp("_g")
        evals = []
        if any(isinstance(a, ast.Starred) for a in args):
            # a multi-valued last argument: pack them all once
            a = self.fn.new_temp("_a")
            evals = [OR(ISNOT(WALRUS(f, func), C(None)), C(True)),
                     OR(ISNOT(WALRUS(a, ast.Tuple(elts=args, ctx=_LOAD)), C(None)), C(True))]

            def yielded():
                return N(a)

            def call(fn):
                return self.at(CALL(fn, [], starred=N(a)), csite)
        else:
            if sum(1 for a in args for _ in ast.walk(a)) <= 40:
                # small: written out in each branch (only one runs)
                conds, refs = [], args
            else:
                conds, refs = self.operands(args)
            if conds:
                evals = [OR(ISNOT(WALRUS(f, func), C(None)), C(True))] + conds

            def yielded():
                return ast.Tuple(elts=[copy.deepcopy(r) for r in refs], ctx=_LOAD)

            def call(fn):
                return self.at(ast.Call(func=fn, args=[copy.deepcopy(r) for r in refs], keywords=[]), csite)
        first = N(f) if evals else WALRUS(f, func)
        viagen = self.at(ast.YieldFrom(value=call(N(g))), csite)
        plain = call(N(f))
        y = ast.Yield(value=yielded())
        direct_yield = y if discard else CALL("L_ret", [y])
        p = self.fn.new_temp("_p")
        resume = IFEXP(IS(CLASS(WALRUS(p, call(N("L_co_resume_in")))), N("tuple")), N(p),
                       ast.YieldFrom(value=ast.Call(func=ast.Attribute(value=N(p), attr="rest", ctx=_LOAD),
                                                    args=[], keywords=[])))

        def has_gen(fn):
            # fn.lua_gen when gen_of has been asked before (None: call plainly), else gen_of(fn)
            look = CALL("getattr", [fn, C("lua_gen"), N("L_UNSET")])
            return AND(ISNOT(WALRUS(g, look), C(None)),
                       OR(ISNOT(N(g), N("L_UNSET")), ISNOT(WALRUS(g, CALL("L_gen_of", [N(f)])), C(None))))

        if lua_fn:
            # a local function of this chunk: neither coroutine.yield nor resume
            return IFEXP(AND(*evals, has_gen(first)), viagen, plain)
        return IFEXP(AND(*evals, IS(first, N("L_co_yield"))), direct_yield,
                     IFEXP(IS(N(f), N("L_co_resume")), resume, IFEXP(has_gen(N(f)), viagen, plain)))

    def multi_expr(self, e):
        """A multi-valued expression as a Python tuple."""
        if e.__class__ in (A.Varargs, A.Dots):
            return N("varargs")
        fsym = getattr(e.func, "sym", None) if e.__class__ is A.Call and e.func.__class__ is A.Name else None
        call = self.call_expr(e, single=False)
        if fsym is not None and fsym.direct and fsym.returns_one:
            return ast.Tuple(elts=[call], ctx=_LOAD)
        tmp = self.fn.new_temp("_r")
        return IFEXP(IS(CLASS(WALRUS(tmp, call)), N("tuple")), N(tmp), ast.Tuple(elts=[N(tmp)], ctx=_LOAD))

    def explist(self, exprs, want=None):
        """Python argument expressions for a Lua expression list (the last one expanded)."""
        out = []
        n = len(exprs)
        for i, x in enumerate(exprs):
            xs = getattr(x.func, "sym", None) if x.__class__ is A.Call and x.func.__class__ is A.Name else None
            if i == n - 1 and is_multi(x) and not (xs is not None and xs.direct and xs.returns_one):
                if x.__class__ in (A.Varargs, A.Dots):
                    out.append(ast.Starred(value=N("varargs"), ctx=_LOAD))
                else:
                    out.append(ast.Starred(value=self.multi_expr(x), ctx=_LOAD))
            elif i == n - 1 and is_multi(x):
                out.append(self.call_expr(x, single=False))  # a direct call with exactly one result
            else:
                v, _ = self.expr(x)
                out.append(v)
        if want is not None:
            # self tail calls: exactly `want` values
            if out and isinstance(out[-1], ast.Starred):
                star = out.pop()
                tmp = self.fn.new_temp()
                self.pre.append(ASSIGN(tmp, ast.Tuple(elts=out + [star], ctx=_LOAD)))
                return [IFEXP(ast.Compare(left=CALL("len", [N(tmp)]), ops=[ast.Gt()], comparators=[C(i)]),
                              SUB(N(tmp), C(i)), C(None)) for i in range(want)]
            if len(out) > want:
                extra = out[want:]
                out = out[:want]
                for x in extra:
                    self.pre.append(ast.Expr(value=x))
            out = out + [C(None)] * (want - len(out))
        return out

    def expr_AnonymousFunction(self, e):
        fdef = self.function(e, e.args, e.body, None)
        self.pre.append(fdef)
        return N(fdef.name), T.FUNC

    def expr_Table(self, e):
        fields = e.fields
        if not fields:
            return CALL("L_Table"), T.TABLE
        pos = []
        pos_types = []
        kv = []
        order = []  # source order: ("pos", expr) / ("kv", key, value)
        named_only = True
        nf = len(fields)
        rest = None
        for i, f in enumerate(fields):
            if f.key is None:
                named_only = False
                if i == nf - 1 and is_multi(f.value):
                    if f.value.__class__ in (A.Varargs, A.Dots):
                        rest = N("varargs")
                    else:
                        rest = self.multi_expr(f.value)
                else:
                    v, vt = self.expr(f.value)
                    pos.append(v)
                    pos_types.append((v, vt))
                    order.append((L_POS_MARK, v))
            else:
                if f.between_brackets:
                    k, _ = self.expr(f.key)
                    named_only = named_only and isinstance(k, ast.Constant) and k.value.__class__ is str
                else:
                    k = C(f.key.id)
                v, vt = self.expr(f.value)
                kv.append((k, v, vt))
                order.append((k, v))
        if named_only and kv:
            keys = [k.value for k, _, _ in kv]
            if len(set(keys)) == len(keys):
                d = ast.Dict(keys=[k for k, _, _ in kv], values=[v for _, v, _ in kv])
                if all(not (vt & T.NIL) for _, _, vt in kv):
                    return CALL("L_Table", [d]), T.TABLE
                return CALL("L_mktable_kv", [d]), T.TABLE
        if kv and (pos or rest is not None):
            flat = []
            for k, v in order:
                flat.extend([N("L_POS") if k is L_POS_MARK else k, v])
            args = [ast.Tuple(elts=flat, ctx=_LOAD)]
            if rest is not None:
                args.append(rest)
            return CALL("L_mktable_mixed", args), T.TABLE
        if not kv and rest is None and len(pos) <= 16:
            # {a, b, c}: a dict literal {1: a, 2: b, 3: c} when no value is nil
            ptypes = [t for _, t in pos_types]
            if all(not (t & T.NIL) for t in ptypes):
                return CALL("L_Table", [ast.Dict(keys=[C(i + 1) for i in range(len(pos))], values=pos)]), T.TABLE
            conds, refs = self.operands(pos)
            conds += [ISNOT(r, C(None)) for r, t in zip(refs, ptypes) if t & T.NIL]
            lit = CALL("L_Table", [ast.Dict(keys=[C(i + 1) for i in range(len(refs))], values=list(refs))])
            general = CALL("L_mktable", [ast.Tuple(elts=[copy.deepcopy(r) for r in refs], ctx=_LOAD), ast.Tuple(elts=[], ctx=_LOAD)])
            return IFEXP(AND(*conds), lit, general), T.TABLE
        flat = []
        for k, v, _ in kv:
            flat.extend([k, v])
        if rest is not None:
            pos.append(ast.Starred(value=rest, ctx=_LOAD))
        return CALL("L_mktable", [ast.Tuple(elts=pos, ctx=_LOAD), ast.Tuple(elts=flat, ctx=_LOAD)]), T.TABLE

    # --- operators

    def operands(self, vals):
        """Make operands safe to mention several times: conditions that evaluate the
        non-simple ones in order (always true), and the names to use afterwards."""
        conds = []
        refs = []
        for v in vals:
            if is_simple(v):
                refs.append(v)
            else:
                tmp = self.fn.new_temp()
                conds.append(OR(ISNOT(WALRUS(tmp, v), C(None)), C(True)))
                refs.append(N(tmp))
        return conds, refs

    def arith(self, e):
        if not self.in_guarded:
            r = self.guarded_arith(e)
            if r is not None:
                return r
        op, helper, pyop = _ARITH[e.__class__]
        lt_, rt_ = T.expr_type(e.left), T.expr_type(e.right)
        site = self.site(self.desc(e.left), self.desc(e.right))
        a, at_ = self.expr(e.left)
        b, bt_ = self.expr(e.right)
        if op in "+-*":
            if T.is_sub(at_, T.FLOAT) and T.is_sub(bt_, T.NUM) or T.is_sub(bt_, T.FLOAT) and T.is_sub(at_, T.NUM):
                return ast.BinOp(left=a, op=pyop(), right=b), T.FLOAT
            if T.is_sub(at_, T.INT) and T.is_sub(bt_, T.INT):
                tmp = self.fn.new_temp()
                r = ast.BinOp(left=a, op=pyop(), right=b)
                return self.wrap_int(r), T.INT
            if T.is_sub(at_, T.NUM) and T.is_sub(bt_, T.NUM):
                tmp = self.fn.new_temp()
                r = WALRUS(tmp, ast.BinOp(left=a, op=pyop(), right=b))
                ok = OR(IS(CLASS(r), N("float")),
                        ast.Compare(left=C(-SMALL), ops=[ast.LtE(), ast.LtE()], comparators=[N(tmp), C(SMALL)]))
                return IFEXP(ok, N(tmp), CALL("L_wrap", [N(tmp)])), T.NUM
            # unknown operands: inline the float-float and int-int cases, the helper does the rest
            conds, (ra, rb) = self.operands([a, b])
            rtype = T.NUM if T.is_sub(at_ | bt_, T.NUM | T.STR) else T.ANY
            slow = self.slow(helper, [ra, rb], site)
            if T.is_sub(at_, T.FLOAT) or T.is_sub(bt_, T.FLOAT):
                # one side is a float: the other need only be a number
                other = rb if T.is_sub(at_, T.FLOAT) else ra
                test = AND(*(conds + [OR(IS(CLASS(other), N("float")), IS(CLASS(other), N("int")))]))
                return IFEXP(test, ast.BinOp(left=ra, op=pyop(), right=rb), slow), rtype
            fl = []
            if not T.is_sub(at_, T.FLOAT):
                fl.append(IS(CLASS(ra), N("float")))
            if not T.is_sub(bt_, T.FLOAT):
                fl.append(IS(CLASS(rb), N("float")))
            if T.is_sub(bt_, T.INT) and at_ & T.FLOAT:
                # float op int: Python converts the int as Lua does (to nearest), then the float op
                fl = [IS(CLASS(ra), N("float"))]
            elif T.is_sub(at_, T.INT) and bt_ & T.FLOAT:
                fl = [IS(CLASS(rb), N("float"))]
            elif not (at_ & T.FLOAT and bt_ & T.FLOAT):
                fl = None  # one side can never be a float: no float path
            ints = []
            if not T.is_sub(at_, T.INT):
                ints.append(IS(CLASS(ra), N("int")))
            if not T.is_sub(bt_, T.INT):
                ints.append(IS(CLASS(rb), N("int")))
            # both ints: the result, wrapped to 64 bits when it leaves the small range
            int_val = self.wrap_int(ast.BinOp(left=ra, op=pyop(), right=rb))
            if fl is None:
                return IFEXP(AND(*(conds + ints)), int_val, slow), rtype
            int_path = IFEXP(AND(*ints), int_val, slow)
            return IFEXP(AND(*(conds + fl)), ast.BinOp(left=ra, op=pyop(), right=rb), int_path), rtype
        if op == "/":
            if T.is_sub(at_, T.NUM) and T.is_sub(bt_, T.NUM):
                if isinstance(b, ast.Constant) and b.value != 0:
                    return ast.BinOp(left=a, op=ast.Div(), right=C(float(b.value))), T.FLOAT
                # Python's / is Lua's when a float is involved (the other side converts
                # first); two ints and zero divisors take the helper
                conds, (ra, rb) = self.operands([a, b])
                if not (T.is_sub(at_, T.FLOAT) or T.is_sub(bt_, T.FLOAT)):
                    conds.append(OR(IS(CLASS(ra), N("float")), IS(CLASS(rb), N("float"))))
                conds.append(rb)
                return IFEXP(AND(*conds), ast.BinOp(left=ra, op=ast.Div(), right=rb),
                             CALL("L_fdiv", [ra, rb])), T.FLOAT
            rtype = T.FLOAT if T.is_sub(at_ | bt_, T.NUM | T.STR) else T.ANY
            if isinstance(b, ast.Constant) and b.value.__class__ in (int, float) and b.value != 0:
                # x / nonzero constant: any number x divides as a float
                conds, (ra,) = self.operands([a])
                test = AND(*(conds + [OR(IS(CLASS(ra), N("float")), IS(CLASS(ra), N("int")))]))
                return IFEXP(test, ast.BinOp(left=ra, op=ast.Div(), right=C(float(b.value))),
                             self.slow(helper, [ra, b], site)), rtype
            conds, (ra, rb) = self.operands([a, b])
            fl = [IS(CLASS(ra), N("float"))] if not T.is_sub(at_, T.FLOAT) else []
            fl += [IS(CLASS(rb), N("float"))] if not T.is_sub(bt_, T.FLOAT) else []
            fl.append(rb)  # a zero divisor takes the helper (IEEE results instead of ZeroDivisionError)
            return IFEXP(AND(*(conds + fl)), ast.BinOp(left=ra, op=ast.Div(), right=rb),
                         self.slow(helper, [ra, rb], site)), rtype
        if op == "%":
            if T.is_sub(at_, T.INT) and T.is_sub(bt_, T.INT) and isinstance(b, ast.Constant) and b.value != 0:
                return ast.BinOp(left=a, op=ast.Mod(), right=b), T.INT
            # ints: Python's % floors like Lua's; a zero divisor and floats take the helper
            conds, (ra, rb) = self.operands([a, b])
            if not T.is_sub(at_, T.INT):
                conds.append(IS(CLASS(ra), N("int")))
            if not T.is_sub(bt_, T.INT):
                conds.append(IS(CLASS(rb), N("int")))
            if not (isinstance(rb, ast.Constant) and rb.value):
                conds.append(rb)
            return IFEXP(AND(*conds), ast.BinOp(left=ra, op=ast.Mod(), right=rb),
                         self.slow(helper, [ra, rb], site)), expr_type_safe(e)
        if op == "//":
            if T.is_sub(at_, T.INT) and T.is_sub(bt_, T.INT) and isinstance(b, ast.Constant) and b.value not in (0, -1):
                return ast.BinOp(left=a, op=ast.FloorDiv(), right=b), T.INT
            return self.slow(helper, [a, b], site), expr_type_safe(e)
        if op == "^":
            return self.slow(helper, [a, b], site), (T.FLOAT if T.is_sub(at_ | bt_, T.NUM | T.STR) else T.ANY)
        raise AssertionError(op)

    def guarded_arith(self, e):
        """An arithmetic expression of two or more operators over locals of unknown type
        and numeric constants, e.g. (x * 1103515245 + 12345) % 2147483648: one class
        test per local, then the whole tree compiled for integers (or floats), with the
        general code as the fallback.  Reading a local has no effects, so testing them
        all first changes nothing Lua can observe."""
        syms = []
        ops = [0]

        def walk(x):
            if x.__class__ in _GUARDED_OPS:
                ops[0] += 1
                return walk(x.left) and walk(x.right)
            if x.__class__ is A.Number:
                return True
            if x.__class__ is A.Name:
                sym = getattr(x, "sym", None)
                if sym is None:
                    return False
                t = sym.type or T.ANY
                if T.is_sub(t, T.INT) or T.is_sub(t, T.FLOAT):
                    return True  # already known: no test needed
                if not t & T.NUM:
                    return False
                if sym not in syms:
                    syms.append(sym)
                return True
            return False

        if not walk(e) or ops[0] < 2 or not syms or len(syms) > 3:
            return None
        saved = [sym.type for sym in syms]
        self.in_guarded = True
        try:
            general, gt = self.arith(e)
            branches = []
            for kind, cls in ((T.INT, "int"), (T.FLOAT, "float")):
                if kind == T.FLOAT and e.__class__ is A.ModOp:
                    continue  # float % needs lua's fmod rules: the general code has them
                if not all(t is None or t & kind for t in saved):
                    continue
                for sym in syms:
                    sym.type = kind
                try:
                    code, _ = self.arith(e)
                finally:
                    for sym, t in zip(syms, saved):
                        sym.type = t
                test = AND(*[IS(CLASS(self.read_sym_expr(sym)), N(cls)) for sym in syms])
                branches.append((test, code))
        finally:
            self.in_guarded = False
        r = general
        for test, code in reversed(branches):
            r = IFEXP(test, code, r)
        return r, gt

    def wrap_int(self, r):
        """Wrap an int result to 64 bits when it overflows (one range check)."""
        tmp = self.fn.new_temp()
        test = ast.Compare(left=C(-SMALL), ops=[ast.LtE(), ast.LtE()], comparators=[WALRUS(tmp, r), C(SMALL)])
        full = ast.Compare(left=C(MININT), ops=[ast.LtE(), ast.LtE()], comparators=[N(tmp), C(MAXINT)])
        return IFEXP(test, N(tmp), IFEXP(full, N(tmp), CALL("L_wrap", [N(tmp)])))

    expr_AddOp = expr_SubOp = expr_MultOp = expr_FloatDivOp = expr_ModOp = expr_FloorDivOp = expr_ExpoOp = arith

    def bitwise(self, e):
        helper, pyop = _BITWISE[e.__class__]
        site = self.site(self.desc(e.left), self.desc(e.right))
        a, at_ = self.expr(e.left)
        b, bt_ = self.expr(e.right)
        if pyop is not None and T.is_sub(at_, T.INT) and T.is_sub(bt_, T.INT):
            return ast.BinOp(left=a, op=pyop(), right=b), T.INT
        if pyop is None and T.is_sub(at_, T.INT) and isinstance(b, ast.Constant) and b.value.__class__ is int \
                and 0 <= b.value < 64 and not self.gen_mode:
            conds, (ra,) = self.operands([a])
            if helper == "L_shr":
                # a logical shift: Python's >> agrees for non-negative values
                test = AND(*(conds + [ast.Compare(left=ra, ops=[ast.GtE()], comparators=[C(0)])]))
                return IFEXP(test, ast.BinOp(left=ra, op=ast.RShift(), right=b), self.slow(helper, [ra, b], site)), T.INT
            r = ast.BinOp(left=ra, op=ast.LShift(), right=b)
            return (IFEXP(AND(*conds), self.wrap_int(r), C(None)) if conds else self.wrap_int(r)), T.INT
        return self.slow(helper, [a, b], site), T.INT

    expr_BAndOp = expr_BOrOp = expr_BXorOp = expr_BShiftLOp = expr_BShiftROp = bitwise

    def expr_UBNotOp(self, e):
        site = self.site(self.desc(e.operand))
        a, at_ = self.expr(e.operand)
        if T.is_sub(at_, T.INT):
            return ast.UnaryOp(op=ast.Invert(), operand=a), T.INT
        return self.slow("L_bnot", [a], site), T.INT

    def expr_UMinusOp(self, e):
        o = e.operand
        if isinstance(o, A.Number):
            v = o.n
            if v.__class__ is int:
                return C(-v if v != MININT else v), T.INT
            return C(-v), T.FLOAT
        site = self.site(self.desc(o))
        a, at_ = self.expr(o)
        if T.is_sub(at_, T.FLOAT):
            return ast.UnaryOp(op=ast.USub(), operand=a), T.FLOAT
        if T.is_sub(at_, T.INT):
            return self.wrap_int(ast.UnaryOp(op=ast.USub(), operand=a)), T.INT
        return self.slow("L_unm", [a], site), (at_ if T.is_sub(at_, T.NUM) else T.ANY)

    def expr_ULNotOp(self, e):
        return ast.UnaryOp(op=ast.Not(), operand=self.test(e.operand)), T.BOOL

    def expr_ULengthOP(self, e):
        site = self.site(self.desc(e.operand))
        a, at_ = self.expr(e.operand)
        if T.is_sub(at_, T.STR):
            return CALL("len", [a]), T.INT
        if self.gen_mode:
            return self.slow("L_len", [a], site), T.ANY
        conds, (ra,) = self.operands([a])
        conds += [IS(CLASS(ra), N("L_Table")), IS(ast.Attribute(value=ra, attr="meta", ctx=_LOAD), C(None))]
        # a sequence (keys 1..n only): n = len(t) is the border, found with C-level dict
        # operations; LuaTable.length() searches otherwise
        n = self.fn.new_temp("_n")
        seq = AND(ast.Compare(left=WALRUS(n, CALL("len", [ra])), ops=[ast.In()], comparators=[ra]),
                  ast.Compare(left=ast.BinOp(left=N(n), op=ast.Add(), right=C(1)), ops=[ast.NotIn()], comparators=[ra]))
        fast = IFEXP(seq, N(n), ast.Call(func=ast.Attribute(value=ra, attr="length", ctx=_LOAD), args=[], keywords=[]))
        return IFEXP(AND(*conds), fast, self.slow("L_len", [ra], site)), T.ANY

    def expr_Concat(self, e):
        # flatten the right-associative chain a .. (b .. (c .. d))
        items = [e.left]
        x = e.right
        while x.__class__ is A.Concat and not getattr(x, "wrapped", False):
            items.append(x.left)
            x = x.right
        items.append(x)
        descs = [self.desc(i) for i in items]
        site = self.site(*descs)
        vals = [self.expr(i) for i in items]
        if all(T.is_sub(t, T.STR) for _, t in vals) and len(vals) == 2:
            return ast.BinOp(left=vals[0][0], op=ast.Add(), right=vals[1][0]), T.STR
        if all(T.is_sub(t, T.STR) or T.is_sub(t, T.INT) or T.is_sub(t, T.FLOAT) for _, t in vals):
            # strings and numbers of known kinds: one f-string (str(int) is Lua's %d;
            # floats need Lua's %.14g)
            parts = []
            for v, t in vals:
                if isinstance(v, ast.Constant) and v.value.__class__ is str:
                    parts.append(ast.Constant(v.value))
                    continue
                if T.is_sub(t, T.FLOAT):
                    v = CALL("L_fmt_float", [v])
                parts.append(ast.FormattedValue(value=v, conversion=-1, format_spec=None))
            return ast.JoinedStr(values=parts), T.STR
        if len(vals) == 2:
            (a, at_), (b, bt_) = vals
            conds, (ra, rb) = self.operands([a, b])
            if not T.is_sub(at_, T.STR):
                conds.append(IS(CLASS(ra), N("str")))
            if not T.is_sub(bt_, T.STR):
                conds.append(IS(CLASS(rb), N("str")))
            return IFEXP(AND(*conds), ast.BinOp(left=ra, op=ast.Add(), right=rb),
                         self.slow("L_concat", [ra, rb], site)), T.ANY
        # all strings at run time (the usual case): one f-string, else the helper
        conds, refs = self.operands([v for v, _ in vals])
        parts = []
        for ref, (_, t) in zip(refs, vals):
            if isinstance(ref, ast.Constant) and ref.value.__class__ is str:
                parts.append(ast.Constant(ref.value))
                continue
            if T.is_sub(t, T.FLOAT):
                ref = CALL("L_fmt_float", [ref])
            elif not T.is_sub(t, T.STR) and not T.is_sub(t, T.INT):
                conds.append(IS(CLASS(ref), N("str")))
            parts.append(ast.FormattedValue(value=ref, conversion=-1, format_spec=None))
        if self.gen_mode:
            # a __concat metamethod may yield: fold pairwise from the right, as Lua does;
            # only the last pair's right operand is still a named value
            r = refs[-1]
            last = len(refs) - 2
            for i in range(last, -1, -1):
                psite = self.site(descs[i], descs[i + 1] if i == last else None)
                r = self.slow("L_concat", [refs[i], r], psite)
            other = r
        else:
            other = self.at(CALL("L_concat_n", list(refs)), site)
        return IFEXP(AND(*conds), ast.JoinedStr(values=parts), other), T.ANY

    def compare(self, e):
        helper, pyop, swap = _COMPARE[e.__class__]
        a, at_ = self.expr(e.left)
        b, bt_ = self.expr(e.right)
        if (T.is_sub(at_, T.NUM) and T.is_sub(bt_, T.NUM)) or (T.is_sub(at_, T.STR) and T.is_sub(bt_, T.STR)):
            return ast.Compare(left=a, ops=[pyop()], comparators=[b]), T.BOOL
        conds, (ra, rb) = self.operands([a, b])
        site = 0
        slow = self.slow(helper, [rb, ra] if swap else [ra, rb])
        if not (at_ & T.NUM or bt_ & T.NUM):
            if conds:
                return IFEXP(AND(*conds), slow, C(None)), T.BOOL
            return slow, T.BOOL
        # inline the int-int case (and float-float when either side may be a float)
        if T.is_sub(at_, T.INT) or T.is_sub(bt_, T.INT) or not (at_ & T.FLOAT or bt_ & T.FLOAT):
            if not T.is_sub(at_, T.INT):
                conds.append(IS(CLASS(ra), N("int")))
            if not T.is_sub(bt_, T.INT):
                conds.append(IS(CLASS(rb), N("int")))
        else:
            cls = self.fn.new_temp("_k")
            conds.append(IS(WALRUS(cls, CLASS(ra)), CLASS(rb)))
            conds.append(OR(IS(N(cls), N("float")), IS(N(cls), N("int"))))
        return IFEXP(AND(*conds), ast.Compare(left=ra, ops=[pyop()], comparators=[rb]), slow), T.BOOL

    expr_LessThanOp = expr_GreaterThanOp = expr_LessOrEqThanOp = expr_GreaterOrEqThanOp = compare

    def equality(self, e, negate):
        a, at_ = self.expr(e.left)
        b, bt_ = self.expr(e.right)
        r = self.eq_expr(a, at_, b, bt_)
        if negate:
            return ast.UnaryOp(op=ast.Not(), operand=r), T.BOOL
        return r, T.BOOL

    def eq_expr(self, a, at_, b, bt_):
        # constants whose Python equality is Lua's
        for x, xt, y, yt in ((a, at_, b, bt_), (b, bt_, a, at_)):
            if isinstance(y, ast.Constant):
                v = y.value
                if v is None or v is True or v is False:
                    return IS(a, b)
                if v.__class__ is str:
                    return ast.Compare(left=a, ops=[ast.Eq()], comparators=[b])
                if v.__class__ in (int, float) and v not in (0, 1):
                    # Python's True == 1 and False == 0 are the only cross-type equalities
                    return ast.Compare(left=a, ops=[ast.Eq()], comparators=[b])
                if v.__class__ in (int, float) and x is a:
                    conds, (rx,) = self.operands([x])
                    return AND(*(conds + [ast.Compare(left=rx, ops=[ast.Eq()], comparators=[y]),
                                          ISNOT(CLASS(rx), N("bool"))]))
        if (T.is_sub(at_, T.NUM) and T.is_sub(bt_, T.NUM)) or (T.is_sub(at_, T.STR) and T.is_sub(bt_, T.STR)):
            return ast.Compare(left=a, ops=[ast.Eq()], comparators=[b])
        return self.slow("L_eq", [a, b])

    def expr_EqToOp(self, e):
        return self.equality(e, False)

    def expr_NotEqToOp(self, e):
        return self.equality(e, True)

    def expr_AndLoOp(self, e):
        a, at_ = self.expr(e.left)
        b, bt_ = self.expr(e.right)
        if T.is_sub(at_, T.BOOL):
            return ast.BoolOp(op=ast.And(), values=[a, b]), (at_ & (T.NIL | T.BOOL)) | bt_
        if is_simple(a):
            return IFEXP(AND(ISNOT(a, C(None)), ISNOT(a, C(False))), b, a), (at_ & (T.NIL | T.BOOL)) | bt_
        tmp = self.fn.new_temp()
        return IFEXP(AND(ISNOT(WALRUS(tmp, a), C(None)), ISNOT(N(tmp), C(False))), b, N(tmp)), (at_ & (T.NIL | T.BOOL)) | bt_

    def expr_OrLoOp(self, e):
        a, at_ = self.expr(e.left)
        b, bt_ = self.expr(e.right)
        if T.is_sub(at_, T.BOOL):
            return ast.BoolOp(op=ast.Or(), values=[a, b]), T.BOOL | bt_
        if is_simple(a):
            return IFEXP(AND(ISNOT(a, C(None)), ISNOT(a, C(False))), a, b), (at_ & ~T.NIL) | bt_
        tmp = self.fn.new_temp()
        return IFEXP(AND(ISNOT(WALRUS(tmp, a), C(None)), ISNOT(N(tmp), C(False))), N(tmp), b), (at_ & ~T.NIL) | bt_


def _int_clone_params(params, stmts):
    """Parameters worth a guarded integer clone: never boxed, used directly as operands of
    arithmetic or comparisons in a function body of moderate size."""
    cands = {p for p in params if not p.boxed and not p.captured}
    if not cands:
        return []
    used = set()
    count = 0
    stack = list(stmts)
    while stack:
        n = stack.pop()
        if isinstance(n, list):
            stack.extend(n)
            continue
        if not isinstance(n, A.Node) or n.__class__ in FUNCTION_NODES:
            continue
        count += 1
        if count > 400:
            return []
        if isinstance(n, (A.AriOp, A.RelOp)) and not isinstance(n, (A.EqToOp, A.NotEqToOp)):
            for side in (n.left, n.right):
                s = getattr(side, "sym", None) if side.__class__ is A.Name else None
                if s in cands:
                    used.add(s)
        stack.extend(node_children(n))
    return [p for p in params if p in used]


def _makes_calls(stmts):
    """Can a function body (not counting nested functions) yield: does it call anything or use an
    operation that may run a metamethod?  Only then does it get a generator version."""
    stack = list(stmts)
    while stack:
        n = stack.pop()
        if isinstance(n, list):
            stack.extend(n)
            continue
        if not isinstance(n, A.Node):
            continue
        c = n.__class__
        if c is A.Call or c is A.Invoke or c is A.Index or c is A.Forin:
            return True
        # operators can run metamethods, which may yield
        if isinstance(n, A.BinaryOp) and not isinstance(n, A.LoOp):
            return True
        if isinstance(n, A.UnaryOp) and c is not A.ULNotOp:
            return True
        if c in (A.AnonymousFunction,):
            continue
        if c in (A.Function, A.LocalFunction, A.Method):
            # the statement assigns a function (may run __newindex) but its body is not ours
            stack.append(getattr(n, "name", None))
            stack.append(getattr(n, "source", None))
            continue
        stack.extend(node_children(n))
    return False


_GUARDED_OPS = (A.AddOp, A.SubOp, A.MultOp, A.ModOp, A.FloorDivOp, A.FloatDivOp)


def expr_type_safe(e):
    t = T.expr_type(e)
    return t if t else T.ANY


def _lua_name(n):
    if isinstance(n, A.Name):
        return n.id
    if isinstance(n, A.Index) and n.notation == A.IndexNotation.DOT:
        return "%s.%s" % (_lua_name(n.value), n.idx.id)
    return "?"


def _py_func_name(luaname, fn):
    base = "anon"
    if luaname:
        base = "".join(ch if (ch.isalnum() or ch == "_") else "_" for ch in luaname.split(".")[-1].split(":")[-1])
        if not base or not base.isidentifier():
            base = "anon"
    if fn is None:
        return "f_" + base
    return fn.new_temp("L_fn_%s_" % base)

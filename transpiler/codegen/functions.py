"""Functions: `function` statements and expressions, `local function`, methods, `return`.

A Lua function is a plain Python `def`, plus a generator version (see
runtime/cogen.py) when its body can yield; the generator version is built after
every plain body (ctx.defer_generator_version), collected in ctx.gen_defs and
emitted as a module-level maker (module.py).  A "direct"
local function gets an exact-arity signature.  A function whose parameters feed
arithmetic may get a *guarded clone*: `if n.__class__ is int:` then a copy of the
body compiled assuming those parameters are integers (typeinfer.clone_types).
A function's tail call to itself rebinds the parameters and loops.
"""
import ast

from luaparser import astnodes as A

from ..analysis import typeinfer as T
from ..analysis.syntax import FUNCTION_NODES, is_multi, node_children
from .assign import assign_name
from .blocks import block
from .calls import call_expr, exact_args, explist
from .core import FuncCtx, Result, end_line, expression, first_line, local_entries, statement
from .pyast import (
    AND,
    ARGUMENTS,
    ASSIGN,
    CALL,
    CLASS,
    FUNCDEF,
    IF,
    IS,
    LIST,
    SUBS,
    TUPLE,
    TUPLE_S,
    C,
    N,
    clone,
    S,
    is_simple,
    py,
)
from .tables import store_index


@statement(A.LocalFunction)
def build_local_function(s, ctx):
    sym = ctx.sym(s.name)
    own_name = not sym.boxed and _keeps_own_name(sym)
    fdef = function(s, s.args, s.body, s.name.id, ctx, self_sym=sym, pyname=sym.pyname if own_name else None)
    if sym.boxed:
        return [ASSIGN(sym.pyname, LIST([C(None)])), fdef, ASSIGN(SUBS(N(sym.pyname), C(0)), N(fdef.name))]
    if not own_name:
        return [fdef, ASSIGN(sym.pyname, N(fdef.name))]
    return [fdef]


@statement(A.Function)
def build_function_statement(s, ctx):
    n = s.name
    if isinstance(n, A.Name):
        sym = ctx.sym(n)
        fdef = function(s, s.args, s.body, n.id, ctx, self_sym=sym, self_global=n.id if sym is None else None)
        return [fdef] + assign_name(n, N(fdef.name), T.FUNC, ctx)
    fdef = function(s, s.args, s.body, _lua_name(n), ctx)
    return [fdef] + _store_function(ctx.value(n.value).expr, n.idx.id, fdef, n, ctx)


@statement(A.Method)
def build_method(s, ctx):
    fdef = function(s, s.args, s.body, f"{_lua_name(s.source)}:{s.name.id}", ctx, method=True)
    target = A.Index(A.Name(s.name.id), s.source, A.IndexNotation.DOT)
    return [fdef] + _store_function(ctx.value(s.source).expr, s.name.id, fdef, target, ctx)


def _store_function(obj, key, fdef, target, ctx):
    """obj.key = the function just defined (`function a.b.c()` / `function a:m()`)."""
    out = []
    if not is_simple(obj):
        tmp = ctx.temp()
        out.append(ASSIGN(tmp, obj))
        obj = N(tmp)
    return out + store_index(obj, C(key), N(fdef.name), T.FUNC, target, ctx)


@expression(A.AnonymousFunction)
def build_function_expression(e, ctx):
    fdef = function(e, e.args, e.body, None, ctx)
    ctx.hoist(fdef)
    return Result(N(fdef.name), T.FUNC)


def function(node, args, body, luaname, ctx, method=False, self_sym=None, self_global=None, pyname=None):
    """The `def` of a Lua function, built once per function and reused wherever it
    appears (the parent's plain, clone and generator bodies all define it)."""
    cached = ctx.functions.get(id(node))
    if cached is not None:
        return cached
    scope = ctx.scope(node)
    if pyname is None:
        pyname = _py_func_name(luaname, ctx)
    params = ([ctx.self_sym(node)] if method else []) + [ctx.sym(a) for a in args if isinstance(a, A.Name)]
    direct = self_sym is not None and self_sym.direct
    # the Lua line of the code around: an empty body's final return has it
    entry_line = ctx.fallback
    line = first_line(node) or entry_line
    saved_last = ctx.last_line
    with ctx.block_ending(end_line(node)), ctx.at(line):
        ctx.last_line = entry_line
        with ctx.generator_version(False):
            fbody = function_body(body, params, scope, pyname, self_sym, self_global, ctx)
        if ctx.with_gens and _makes_calls(body.body):
            ctx.defer_generator_version(
                lambda: _generator_version(body, params, scope, pyname, direct, line, ctx))
        ctx.last_line = saved_last
        fdef = FUNCDEF(pyname, function_args(params, scope, True, direct, ctx), fbody)
        if scope.free:
            ctx.upvalue_defs.append((pyname, line, tuple((s.name, s.pyname, s.boxed) for s in scope.free)))
        if scope.symbols:
            ctx.local_defs.append((pyname, line, local_entries(scope)))
        ctx.span_defs.append((pyname, line, code_span(node, body.body)))
    ctx.functions[id(node)] = fdef
    return fdef


def code_span(node, stmts):
    """(last line, first code line) of a function or chunk for debug.getinfo: the line of
    its last token (`end`: lastlinedefined, where lua5.4's final return is) and of its
    first statement (the end line when it has none)."""
    last = end_line(node) or first_line(node) or 1
    first = first_line(stmts[0]) if stmts else None
    return (last, first or last)


def _generator_version(body, params, scope, pyname, direct, line, ctx):
    with ctx.generator_version(True):
        gen_body = function_body(body, params, scope, pyname, None, None, ctx)
    gdef = FUNCDEF(pyname + "__gen", function_args(params, scope, False, direct, ctx), gen_body)
    ctx.gen_defs.append((pyname, line, gdef))


def function_args(params, scope, scope_boxes, direct, ctx):
    # boxed locals of enclosing functions are bound at definition time (fresh per loop iteration)
    boxed_free = sorted({s.pyname for s in scope.free if s.boxed})
    kw_defaults = [N(b) if scope_boxes else C(None) for b in boxed_free]
    names = [p.pyname for p in params]
    if direct:
        # called only by name with exactly these arguments: the fastest Python signature
        return ARGUMENTS(names, kwonly=boxed_free, kw_defaults=kw_defaults)
    return ARGUMENTS(names, vararg="varargs" if scope.is_vararg else "_", kwonly=boxed_free,
                     kw_defaults=kw_defaults, defaults=[C(None) for _ in params])


def function_body(body, params, scope, pyname, self_sym, self_global, ctx):
    fn = FuncCtx(scope)
    fn.self_sym = self_sym
    fn.self_global = self_global
    fn.self_name = pyname if (self_sym is not None or self_global is not None) else None
    # self tail calls loop instead of recursing, when no closure can see the parameters
    can_loop = (
        fn.self_name is not None and not scope.is_vararg and not scope.has_inner_functions
        and not scope.has_label and not any(p.boxed for p in params)
    )
    if can_loop:
        fn.tail_params = [p.pyname for p in params]
    with ctx.function(fn):
        stmts = function_block(body.body, ctx)
        clone_params = [] if ctx.gen else _int_clone_params(params, body.body, ctx)
        if clone_params:
            # a guarded clone: when the parameters used in arithmetic are integers (checked
            # once on entry), a copy of the body compiled knowing it runs instead
            with ctx.assuming(T.clone_types(body.body, clone_params, ctx.analysis)):
                clone = function_block(body.body, ctx)
            guard = AND(*[IS(CLASS(N(p.pyname)), N("int")) for p in clone_params])
            stmts = [IF(guard, clone)] + stmts
    pre_body = []
    for p in params:
        if p.boxed:
            pre_body.append(ASSIGN(p.pyname, LIST([N(p.pyname)])))
    nonlocals = sorted({s.pyname for s in scope.nonlocal_writes if not s.boxed})
    head = []
    if fn.assigns_env:
        nonlocals.append("_ENV")
    if nonlocals:
        head.append(py.Nonlocal(names=nonlocals))
    if fn.tail_used:
        stmts = [py.While(test=C(True), body=stmts, orelse=[])]
        if fn.tail_flag is not None:
            stmts.insert(0, ASSIGN(fn.tail_flag, C(False)))
    return head + pre_body + stmts


def function_block(stmts, ctx, tuple_at_return=False):
    """A function's statements, ending with a return (of no values when Lua's has none).
    The added return has the line of the last statement, its `()` the function's line
    or, with tuple_at_return, the return's (as before the split)."""
    out = block(stmts, ctx)
    if not out or not isinstance(out[-1], ast.Return):
        no_values = None if tuple_at_return else TUPLE([])
        with ctx.at(ctx.last_line):
            out.append(py.Return(value=no_values or TUPLE([])))
    return out


@statement(A.Return)
def build_return(s, ctx):
    vals = s.values
    fn = ctx.fn
    if len(vals) == 1 and is_multi(vals[0]):
        e = vals[0]
        if (fn.tail_params is not None and not ctx.gen and fn.tbc_depth == 0 and e.__class__ is A.Call
                and _is_self_ref(e.func, ctx)):
            return self_tail_call(e, ctx)
        if e.__class__ in (A.Varargs, A.Dots):
            return [py.Return(value=CALL("L_ret", [N("varargs")]))]
        # a tail call, except in the scope of a to-be-closed variable (lparser.c, retstat)
        return [py.Return(value=call_expr(e, ctx, single=False, tail=fn.tbc_depth == 0))]
    if not vals:
        return [py.Return(value=TUPLE([]))]
    if len(vals) == 1:
        return [py.Return(value=ctx.value(vals[0]).expr)]
    return [py.Return(value=TUPLE(explist(vals, ctx)))]


def _is_self_ref(f, ctx):
    """Does the callee expression f name the function being compiled?"""
    fn = ctx.fn
    if f.__class__ is A.Name:
        sym = ctx.sym(f)
        if sym is not None and fn.self_name is not None and sym is fn.self_sym:
            return True
        if sym is None and fn.self_global is not None and f.id == fn.self_global and ctx.env(f) is None:
            return True
    return False


def self_tail_call(e, ctx):
    """`return f(...)` inside f, while f still names this function: rebind the
    parameters and restart the body (a `continue` of the loop around it; from inside
    Lua loops, a flag and a `break` out of each, see blocks.after_loop_checks)."""
    fn = ctx.fn
    fn.tail_used = True
    params = fn.tail_params
    callee, args = exact_args(ctx.value(e.func).expr, e.args, len(params), ctx)
    tmp = ctx.temp("_f")
    out = [ASSIGN(tmp, callee)]
    if params:
        restart = [ASSIGN(TUPLE_S([S(p) for p in params]), TUPLE(args))]
    else:
        restart = []
    if fn.loops:
        if fn.tail_flag is None:
            fn.tail_flag = ctx.temp("_tc")
        for loop in fn.loops:
            loop.tail_exit = True
        restart += [ASSIGN(fn.tail_flag, C(True)), py.Break()]
    else:
        restart.append(py.Continue())
    out.append(IF(IS(N(tmp), N(fn.self_name)), restart))
    out.append(py.Return(value=py.Call(func=N(tmp), args=clone(args), keywords=[])))
    return out


def _int_clone_params(params, stmts, ctx):
    """Parameters worth a guarded integer clone: never boxed, used directly as operands of
    arithmetic or comparisons in a function body of moderate size."""
    # (scope resolution marked the symbols it met as such operands: without one, no walk)
    cands = {p for p in params if not p.boxed and not p.captured and p.arith_operand}
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
                s = ctx.sym(side) if side.__class__ is A.Name else None
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
        if c is A.AnonymousFunction:
            continue
        if c in (A.Function, A.LocalFunction, A.Method):
            # the statement assigns a function (may run __newindex) but its body is not ours
            stack.append(getattr(n, "name", None))
            stack.append(getattr(n, "source", None))
            continue
        stack.extend(node_children(n))
    return False


def _lua_name(n):
    if isinstance(n, A.Name):
        return n.id
    if isinstance(n, A.Index) and n.notation == A.IndexNotation.DOT:
        return f"{_lua_name(n.value)}.{n.idx.id}"
    return "?"


def _py_func_name(luaname, ctx):
    """The Python name of a function's `def`: unique in the chunk (generator versions are
    found by name and line, runtime/support/cogen.py), and read back as its Lua name
    by the runtime (ldebug.lua_function_name: `L_fn_<name>_<n>`)."""
    base = "anon"
    if luaname:
        base = "".join(ch if (ch.isalnum() or ch == "_") else "_" for ch in luaname.split(".")[-1].split(":")[-1])
        if not base or not base.isidentifier():
            base = "anon"
    ctx.function_count += 1
    return f"L_fn_{base}_{ctx.function_count}"


def _keeps_own_name(sym):
    """Can a local function's `def` take the local's Python name?  Only when that is
    its Lua name and the runtime reads it back unchanged (not `v_range` for a Lua
    `range`, `f_1` for a second `f`, or a shape ldebug.lua_function_name rewrites)."""
    name = sym.pyname
    return name == sym.name and not name.startswith("f_") and not name.endswith("__gen")

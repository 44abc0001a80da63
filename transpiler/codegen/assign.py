"""Assignment: `local` declarations (with `<const>`/`<close>`), `a, b = ...`, and the
adjustment of expression lists to a number of values."""
import ast

from luaparser import astnodes as A

from ..analysis import typeinfer as T
from ..analysis.syntax import attribute_of, is_multi
from ..frontend import LuaSyntaxError
from .calls import call_expr, multi_expr
from .core import read_symbol, statement
from .pyast import (
    AND,
    ASSIGN,
    CALL,
    CLASS,
    COMPARE,
    EXPR,
    IFEXP,
    IS,
    LIST,
    SUB,
    SUBS,
    TUPLE_S,
    WALRUS,
    C,
    N,
    S,
    is_simple,
)
from .tables import store_index


def bind_local(sym, value, declare=False):
    """Store into a local; a boxed local is a one-element list made at its declaration."""
    if sym.boxed:
        if declare:
            return [ASSIGN(sym.pyname, LIST([value]))]
        return [ASSIGN(SUBS(N(sym.pyname), C(0)), value)]
    return [ASSIGN(sym.pyname, value)]


def _check_close(targets, ctx):
    """`local x <close> = v`: v must have a __close metamethod (or be nil/false)."""
    return [EXPR(CALL("L_check_close", [read_symbol(ctx.sym(t)), C(t.id)]))
            for t in targets if attribute_of(t) == "close"]


@statement(A.LocalAssign)
def build_local_assign(s, ctx):
    targets = s.targets
    values = s.values
    for t in targets:
        attrib = attribute_of(t)
        if attrib is not None and attrib not in ("const", "close"):
            raise LuaSyntaxError(f"{ctx.chunkname}:{ctx.line}: unknown attribute '{attrib}'")
    out = []
    nt = len(targets)
    if nt == 1 and len(values) <= 1:
        v = ctx.value(values[0]).expr if values else C(None)
        out.extend(bind_local(ctx.sym(targets[0]), v, declare=True))
        return out + _check_close(targets, ctx)
    if len(values) == 1 and is_multi(values[0]):
        # local a, b = f(): one unpacking of the results when there are exactly enough
        return unpack_locals(targets, values[0], ctx)
    vals = adjust(values, nt, ctx)
    temps = []
    for v in vals:
        if is_simple(v):
            temps.append(v)
        else:
            tmp = ctx.temp()
            out.append(ASSIGN(tmp, v))
            temps.append(N(tmp))
    for t, v in zip(targets, temps):
        out.extend(bind_local(ctx.sym(t), v, declare=True))
    return out + _check_close(targets, ctx)


def unpack_locals(targets, value, ctx, declare=True):
    """`local a, b = f()` (declare) or `a, b = f()` of distinct locals: one unpacking of
    the call's results when there are exactly enough, else of L_adjust's."""
    n = len(targets)
    m = N("varargs") if value.__class__ in (A.Varargs, A.Dots) else call_expr(value, ctx, single=False)
    r = ctx.temp("_r")
    names = []
    bind = []
    for t in targets:
        sym = ctx.sym(t)
        if sym.boxed:
            tmp = ctx.temp()
            names.append(tmp)
            bind.extend(bind_local(sym, N(tmp), declare=declare))
        else:
            names.append(sym.pyname)
    if isinstance(m, ast.Name):  # varargs: already a tuple
        test, src = COMPARE(CALL("len", [m]), ast.Eq(), C(n)), m
    else:
        test = AND(IS(CLASS(WALRUS(r, m)), N("tuple")), COMPARE(CALL("len", [N(r)]), ast.Eq(), C(n)))
        src = N(r)
    value = IFEXP(test, src, CALL("L_adjust", [src, C(n)]))
    unpack = ASSIGN(TUPLE_S([S(x) for x in names]), value)
    return [unpack] + bind + (_check_close(targets, ctx) if declare else [])


def _distinct_locals(targets, ctx):
    """Are the targets of an assignment distinct locals that may be assigned (not
    <const>/<close>)?  Then the order of their stores (lua5.4's is right to left) cannot
    be seen: nothing runs between them."""
    seen = set()
    for t in targets:
        if t.__class__ is not A.Name:
            return False
        sym = ctx.sym(t)
        if sym is None or sym.attrib in ("const", "close") or sym in seen:
            return False
        seen.add(sym)
    return True


def adjust(values, n, ctx):
    """Evaluate an expression list, in order, adjusted to exactly n values (Python
    expressions); what must run first is hoisted."""
    res = []
    nv = len(values)
    for i, v in enumerate(values):
        if i == nv - 1 and is_multi(v) and len(res) < n:
            m = multi_expr(v, ctx)
            tmp = ctx.temp()
            ctx.hoist(ASSIGN(tmp, m))
            for j in range(n - len(res)):
                res.append(IFEXP(COMPARE(CALL("len", [N(tmp)]), ast.Gt(), C(j)), SUB(N(tmp), C(j)), C(None)))
            return res
        e = ctx.value(v).expr
        if not isinstance(e, ast.Constant) and (nv > 1 or i >= n):
            tmp = ctx.temp()
            ctx.hoist(ASSIGN(tmp, e))
            e = N(tmp)
        if i < n:
            res.append(e)
    while len(res) < n:
        res.append(C(None))
    return res


@statement(A.Assign)
def build_assign(s, ctx):
    targets = s.targets
    values = s.values
    if len(targets) == 1 and len(values) == 1:
        return assign_to(targets[0], values[0], ctx)
    if len(values) == 1 and is_multi(values[0]) and _distinct_locals(targets, ctx):
        # a, b = f(): as `local a, b = f()` (the values are the call's, then stored)
        return unpack_locals(targets, values[0], ctx, declare=False)
    out = []
    # evaluate table and key expressions of the targets first, as lua5.4 does
    prepared = []
    for t in targets:
        if isinstance(t, A.Name):
            prepared.append((t, None, None, None, None))
        else:
            obj = ctx.value(t.value)
            o, ot = obj.expr, obj.type
            if not isinstance(o, ast.Constant):
                tmp = ctx.temp()
                ctx.hoist(ASSIGN(tmp, o))
                o = N(tmp)
            if t.notation == A.IndexNotation.DOT:
                key, kt = C(t.idx.id), T.STR
            else:
                k = ctx.value(t.idx)
                key, kt = k.expr, k.type
                if not isinstance(key, ast.Constant):
                    tmp = ctx.temp()
                    ctx.hoist(ASSIGN(tmp, key))
                    key = N(tmp)
            prepared.append((t, o, key, ot, kt))
    vals = adjust(values, len(targets), ctx)
    temps = []
    for v in vals:
        if isinstance(v, ast.Constant):
            temps.append(v)
        else:
            tmp = ctx.temp()
            ctx.hoist(ASSIGN(tmp, v))
            temps.append(N(tmp))
    # lua5.4 stores from the last target to the first
    for (t, obj, key, ot, kt), v in reversed(list(zip(prepared, temps))):
        if obj is None:
            out.extend(assign_name(t, v, T.ANY, ctx))
        else:
            out.extend(store_index(obj, key, v, T.ANY, t, ctx, ot=ot, kt=kt))
    return out


def assign_to(target, value_node, ctx):
    """One target, one value."""
    if isinstance(target, A.Name):
        v = ctx.value(value_node)
        return assign_name(target, v.expr, v.type, ctx)
    o = ctx.value(target.value)
    obj, ot = o.expr, o.type
    if target.notation == A.IndexNotation.DOT:
        key, kt = C(target.idx.id), T.STR
    else:
        k = ctx.value(target.idx)
        key, kt = k.expr, k.type
    v = ctx.value(value_node)  # (store_index keeps obj, key, v in this order)
    return store_index(obj, key, v.expr, v.type, target, ctx, ot=ot, kt=kt,
                       append=not ctx.gen and _is_append(target, ctx))


def _is_append(target, ctx):
    """Is target `t[#t + 1]` of a local t?"""
    idx = target.idx
    if target.notation == A.IndexNotation.DOT or idx.__class__ is not A.AddOp:
        return False
    t, ln, one = target.value, idx.left, idx.right
    return (t.__class__ is A.Name and ln.__class__ is A.ULengthOP and ln.operand.__class__ is A.Name
            and getattr(ln, "wrapped", False) is False and one.__class__ is A.Number and one.n == 1
            and one.n.__class__ is int and ctx.sym(t) is not None and ctx.sym(ln.operand) is ctx.sym(t))


def assign_name(target, v, vt, ctx):
    """Store v into a local, a global (through _ENV) or _ENV itself."""
    sym = ctx.sym(target)
    if sym is not None:
        if sym.attrib in ("const", "close"):
            raise LuaSyntaxError(
                f"{ctx.chunkname}:{ctx.line}: attempt to assign to const variable '{sym.name}'")
        return bind_local(sym, v)
    env = ctx.env(target)
    if target.id == "_ENV" and env is None:
        ctx.fn.assigns_env = True
        return [ASSIGN("_ENV", v)]
    return store_index(env_expr(target, ctx), C(target.id), v, vt, target, ctx, is_env=env is None)


def env_expr(name_node, ctx):
    """The table a global Name lives in: a declared `local _ENV`, or the chunk's _ENV."""
    env = ctx.env(name_node)
    if env is None:
        return N("_ENV")
    return read_symbol(env)

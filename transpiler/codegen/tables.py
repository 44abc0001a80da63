"""Tables and indexing: `t[k]` / `t.k` reads, stores, constructors and `#`.

A read of a plain table is a dict subscript (a miss runs LuaTable.__missing__,
which follows __index); a store is a dict store when the table has no
metatable, the key exists, or its metatable has no __newindex, and the key
needs no normalisation (strings and integers); anything else calls a helper.
"""
import ast

from luaparser import astnodes as A

from ...runtime.core import libguard
from ..analysis import typeinfer as T
from ..analysis.syntax import is_multi
from .calls import multi_expr
from .core import Result, binary_operands, expression, operands, ordered_call, slow
from .library import library_field
from .pyast import (
    AND,
    ASSIGN,
    ATTR,
    CALL,
    CLASS,
    COMPARE,
    EXPR,
    GUARDED,
    IF,
    IFEXP,
    IS,
    ISNOT,
    OR,
    SUB,
    SUBS,
    TUPLE,
    WALRUS,
    C,
    N,
    clone,
    is_simple,
    py,
)


@expression(A.Index)
def build_index(e, ctx):
    cell = library_field(e, ctx)
    o = ctx.value(e.value)
    if e.notation == A.IndexNotation.DOT:
        key, kt = C(e.idx.id), T.STR
    else:
        k = ctx.value(e.idx)
        key, kt = k.expr, k.type
    site = ctx.site(ctx.desc(e.value))
    read = index_expr(o.expr, o.type, key, kt, site, ctx)
    return Result(read if cell is None or ctx.cold else GUARDED(cell, read), T.ANY)


def index_expr(obj, ot, key, kt, site, ctx):
    """obj[key] with Lua semantics, given the Lua types of both."""
    if isinstance(obj, ast.Constant):
        return slow(ctx, "L_index", [obj, key], site)
    if ot == T.TABLE and not ctx.gen:
        # a local that only ever holds tables
        if kt & T.BOOL:
            conds, (ro, rk) = binary_operands(ctx, obj, key)
            conds.append(ISNOT(CLASS(rk), N("bool")))
            return IFEXP(AND(*conds), SUB(ro, rk), slow(ctx, "L_index", [ro, rk], site))
        return SUB(obj, key)
    if not ctx.gen:
        # L_get (ops.get): `obj[key]` for a table whose key is not a boolean, else
        # L_index; the object, then the key, evaluated in Lua's order before the call
        return ordered_call(ctx, "L_get", obj, key, site)
    # the key is evaluated before the first test that can fail, so that both paths see
    # it evaluated once (Lua evaluates the object, then the key, then indexes)
    if not is_simple(key):
        conds, (obj, key) = binary_operands(ctx, obj, key)
        first = obj
    else:
        conds = []
        first = obj
        if not is_simple(obj):
            tmp = ctx.temp()
            first = WALRUS(tmp, obj)
            obj = N(tmp)
    conds.append(IS(CLASS(first), N("L_Table")))
    # tables with metatables go through the helper: an __index function may yield
    conds.append(IS(ATTR(obj, "meta"), C(None)))
    if kt & T.BOOL:
        conds.append(ISNOT(CLASS(key), N("bool")))
    return IFEXP(AND(*conds), SUB(obj, key), slow(ctx, "L_index", [obj, key], site))


def _read_before(x, ctx):
    """May the store operand x be read before the value to store is evaluated?  lua5.4
    reads a local's register (or _ENV) when it stores, after the value: a local that a
    closure may write meanwhile (Context.may_change), or _ENV (a function may assign it),
    must be read after the value.  Any other expression is evaluated before the value in
    Lua too."""
    if x.__class__ is not ast.Name:
        return True
    sym = ctx.read_of(x)
    if sym is None:
        return x.id != "_ENV"  # a temporary (assigned once, before) or a local's box
    return not ctx.may_change(sym)


def _hoisted(x, ctx, prefix="_t"):
    """x as a simple expression: x itself, or a temporary assigned x before the statement."""
    if is_simple(x):
        return x
    tmp = ctx.temp(prefix)
    ctx.hoist(ASSIGN(tmp, x))
    return N(tmp)


def store_index(obj, key, v, vt, target, ctx, is_env=False, ot=T.ANY, kt=None, append=False):
    """obj[key] = v with Lua semantics; plain tables without metatables are stored into directly.
    obj, key and v are evaluated in this order (each may be any expression).  A store that
    is one helper call takes them as its arguments, when reading obj and key first is
    Lua's order (_read_before); otherwise the ones that are not simple are assigned to
    temporaries first, in this order.  (A temporary is three ast nodes and a statement
    more for code generation and compile() to build and convert: ~5,000 instructions each.)
    append: the store is `t[#t + 1] = v` (see below)."""
    if ctx.gen or not (is_simple(v) or (_read_before(obj, ctx) and _read_before(key, ctx))):
        obj = _hoisted(obj, ctx)
        key = _hoisted(key, ctx)
        v = _hoisted(v, ctx, "_v")
    # keys that need no normalisation: strings and integers (floats and booleans do)
    key_ok = (isinstance(key, ast.Constant) and key.value.__class__ in (str, int)) or (
        kt is not None and (T.is_sub(kt, T.INT) or T.is_sub(kt, T.STR)))
    site = ctx.site(ctx.desc(target.value) if isinstance(target, A.Index) else None)
    # a store that may replace a library function goes through setindex, which keeps
    # the library guards true: a watched constant key into a watched table (the
    # globals or a library table), or a watched string key only known at run time
    watched = isinstance(key, ast.Constant) and key.value in libguard.WATCH_KEYS
    check_key = not key_ok  # decided at run time: ints and strings need no normalisation
    removal = isinstance(v, ast.Constant) and v.value is None
    if ctx.cold:
        # run once: setindex does what the inline tests below choose between
        return [EXPR(slow(ctx, "L_setindex", [obj, key, v], site))]
    if not (removal or append or is_env or ctx.gen or watched) and ot != T.TABLE:
        # L_put / L_putk (ops.put, ops.putk): the guarded dict store below as one call;
        # L_putk also tests the key's class and the library guards' watched keys
        putk = check_key or not (isinstance(key, ast.Constant) or T.is_sub(kt, T.INT))
        return [EXPR(CALL("L_putk" if putk else "L_put", [obj, key, v], site=site))]
    # the inline store below mentions obj, key and v several times
    obj = _hoisted(obj, ctx)
    key = _hoisted(key, ctx)
    v = _hoisted(v, ctx, "_v")
    unwatched = COMPARE(key, ast.NotIn(), N("L_WATCH_KEYS"))
    watched_target = None
    if watched:
        watched_target = COMPARE(obj, ast.NotIn(), N("L_WATCHED"))
        if is_env and key.value not in libguard.ENV_KEYS:
            # a function name stored as a global: only matters if _ENV is a library table
            watched_target = OR(watched_target, IS(obj, SUB(N("L_TRACKED"), C(0))))
    conds = []
    if check_key:
        conds.append(OR(IS(CLASS(key), N("int")), AND(IS(CLASS(key), N("str")), unwatched)))
    elif not isinstance(key, ast.Constant) and not T.is_sub(kt, T.INT):
        conds.append(unwatched)
    if not is_env and ot != T.TABLE:
        conds.append(IS(CLASS(obj), N("L_Table")))
    # no metatable, an existing key, or a metatable without __newindex (objects
    # getting their fields): a raw store
    conds.append(OR(IS(ATTR(obj, "meta"), C(None)), COMPARE(key, ast.In(), obj),
                    COMPARE(C("__newindex"), ast.NotIn(), ATTR(obj, "meta"))))
    if vt & T.NIL and not removal:
        conds.append(ISNOT(v, C(None)))
    if watched_target is not None:
        conds.append(watched_target)
    # `t[k] = nil` removes the key through table.delete, which the sequence model sees
    fast = [EXPR(CALL("L_tdelete", [obj, key]))] if removal else [ASSIGN(SUBS(obj, key), v)]
    if append:
        # an append inside lua5.4's array part keeps a sequence's certificate
        # (LuaTable.seq/cap, tablelayout.catch_up): the table now holds exactly keys
        # 1..key, key = seq + 1, and seq < cap
        size = CALL("len", [obj])
        bump = py.Compare(left=size, ops=[ast.Eq(), ast.Eq(), ast.LtE()], comparators=[
            key, py.BinOp(left=ATTR(obj, "seq"), op=ast.Add(), right=C(1)), ATTR(obj, "cap")])
        fast.append(IF(bump, [ASSIGN(py.Attribute(value=obj, attr="seq", ctx=ast.Store()), key)]))
    slow_store = EXPR(slow(ctx, "L_setindex", [obj, key, v], site))
    return [IF(AND(*conds), fast, [slow_store])]


_POSITIONAL = object()  # an item of a constructor's list part, in `order`


@expression(A.Table)
def build_table(e, ctx):
    fields = e.fields
    if not fields:
        return Result(CALL("L_Table"), T.TABLE)
    pos = []
    pos_types = []
    kv = []
    order = []  # source order: (_POSITIONAL, expr) / (key, value)
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
                    rest = multi_expr(f.value, ctx)
            else:
                r = ctx.value(f.value)
                pos.append(r.expr)
                pos_types.append((r.expr, r.type))
                order.append((_POSITIONAL, r.expr))
        else:
            if f.between_brackets:
                k = ctx.value(f.key).expr
                named_only = named_only and isinstance(k, ast.Constant) and k.value.__class__ is str
            else:
                k = C(f.key.id)
            r = ctx.value(f.value)
            kv.append((k, r.expr, r.type))
            order.append((k, r.expr))
    if named_only and kv:
        keys = [k.value for k, _, _ in kv]
        if len(set(keys)) == len(keys):
            d = py.Dict(keys=[k for k, _, _ in kv], values=[v for _, v, _ in kv])
            if all(not (vt & T.NIL) for _, _, vt in kv):
                return Result(CALL("L_Table", [d]), T.TABLE)
            return Result(CALL("L_mktable_kv", [d]), T.TABLE)
    if kv and (pos or rest is not None):
        flat = []
        for k, v in order:
            flat.extend([N("L_POS") if k is _POSITIONAL else k, v])
        args = [TUPLE(flat)]
        if rest is not None:
            args.append(rest)
        return Result(CALL("L_mktable_mixed", args), T.TABLE)
    if not kv and rest is None and len(pos) <= 16:
        # {a, b, c}: a dict literal {1: a, 2: b, 3: c} when no value is nil
        ptypes = [t for _, t in pos_types]
        if all(not (t & T.NIL) for t in ptypes):
            return Result(CALL("L_Table", [py.Dict(keys=[C(i + 1) for i in range(len(pos))], values=pos)]), T.TABLE)
        conds, refs = operands(ctx, pos)
        conds += [ISNOT(r, C(None)) for r, t in zip(refs, ptypes) if t & T.NIL]
        lit = CALL("L_Table", [py.Dict(keys=[C(i + 1) for i in range(len(refs))], values=list(refs))])
        general = CALL("L_mktable", [TUPLE([clone(r) for r in refs]), TUPLE([])])
        return Result(IFEXP(AND(*conds), lit, general), T.TABLE)
    flat = []
    for k, v, _ in kv:
        flat.extend([k, v])
    if rest is not None:
        pos.append(py.Starred(value=rest, ctx=ast.Load()))
    return Result(CALL("L_mktable", [TUPLE(pos), TUPLE(flat)]), T.TABLE)


@expression(A.ULengthOP)
def build_length(e, ctx):
    site = ctx.site(ctx.desc(e.operand))
    r = ctx.value(e.operand)
    a, at_ = r.expr, r.type
    if T.is_sub(at_, T.STR):
        n = CALL("len", [a])
        n.int_range = (0, (1 << 63) - 1)  # for arith.int_range: `#s - 1` cannot overflow
        return Result(n, T.INT)
    # L_len (ops.length; compiled: _ltable.length): a table without metatable whose `seq`
    # is its size has keys exactly 1..n and lua5.4's #t is n, changing nothing in its
    # layout; anything else asks the table's sequence model (LuaTable.length) or __len
    return Result(slow(ctx, "L_len", [a], site), T.ANY)

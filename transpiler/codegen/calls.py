"""Calls: `f(...)`, `o:m(...)`, expression lists, multiple results, and calls inside
generator versions.

One result comes back bare, zero or several as a tuple, so a call in a
single-value position tests `r.__class__ is tuple` (`truncate`).  A "direct"
local function (scope.py) is called with exactly its parameters.  Inside a
generator version a call `yield from`s the callee's generator version when it
has one (`gen_call`).  Library call sites that compile to something better than
a call (string.format, math.sqrt: library.py) register in CALL_SITES.
"""
import ast

from luaparser import astnodes as A

from ...runtime.core.errors import TAIL_CALL
from ..analysis import typeinfer as T
from ..analysis.syntax import is_multi
from .core import Result, expr_line, expression, operands, slow, statement
from .pyast import (
    AND,
    ATTR,
    CALL,
    CLASS,
    COMPARE,
    EXPR,
    IFEXP,
    IS,
    ISNOT,
    OR,
    SUB,
    TUPLE,
    WALRUS,
    C,
    N,
    clone,
    is_simple,
    py,
)

# call_site(e, ctx, single) -> Python expression or None: special compilations of calls
CALL_SITES = []


@statement(A.Call, A.Invoke)
def build_call_statement(s, ctx):
    return [EXPR(call_expr(s, ctx, single=None))]


@expression(A.Call, A.Invoke)
def build_call(e, ctx):
    return Result(call_expr(e, ctx, single=True), T.ANY)


def direct_callee(e, ctx):
    """The Symbol of a direct local function (exact arity) that the Call e calls by name, else None."""
    if e.__class__ is A.Call and e.func.__class__ is A.Name:
        sym = ctx.sym(e.func)
        if sym is not None and sym.direct:
            return sym
    return None


def call_expr(e, ctx, single, tail=False):
    """A call; in a single-value position (single=True) the result is truncated to one
    value; single=None: the result is discarded (a call statement).  tail: a Lua tail
    call (`return f(...)`), whose site says so: lua5.4 replaces the caller's frame
    with a Lua callee's, and the runtime skips a frame making one when it counts
    levels (error positions, tracebacks)."""
    if e.__class__ is A.Call:
        for site in CALL_SITES:
            r = site(e, ctx, single)
            if r is not None:
                return r
    if e.__class__ is A.Invoke:
        o = ctx.value(e.source)
        obj, ot = o.expr, o.type
        if not is_simple(obj):
            tmp = ctx.temp()
            objfirst = WALRUS(tmp, obj)
            obj = N(tmp)
        else:
            objfirst = obj
        site = ctx.site(ctx.desc(e.source))
        name = e.func.id
        if isinstance(obj, ast.Constant):
            func = any_callee(slow(ctx, "L_index", [obj, C(name)], site), T.ANY, ctx)
        elif ctx.cold:
            # run once: the general read (what L_mcall's walk decides, it decides alike)
            func = any_callee(CALL("L_get", [objfirst, C(name)], site=site), T.ANY, ctx)
        elif ot == T.TABLE and not ctx.gen:
            func = method_lookup(objfirst, obj, name, ctx, any_callee(SUB(obj, C(name)), T.ANY, ctx))
        elif ctx.gen:
            func = IFEXP(AND(IS(CLASS(objfirst), N("L_Table")), IS(ATTR(obj, "meta"), C(None))),
                         SUB(obj, C(name)), slow(ctx, "L_index", [obj, C(name)], site))
        else:
            # L_mcall also walks a string's metatable (s:sub(i, j)); anything it leaves
            # undecided is subscripted (a table: __missing__) or goes to L_index
            func = method_lookup(objfirst, obj, name, ctx,
                                 any_callee(CALL("L_get", [obj, C(name)], site=site), T.ANY, ctx))
        args = [obj] + explist(e.args, ctx)
        csite = _call_site(ctx, f"method '{name}'", tail)
    else:
        fr = ctx.value(e.func)
        func = fr.expr
        if isinstance(func, ast.Constant):
            # `("x")()`: Python's compiler warns (on stderr) about calling a literal;
            # called through a name it fails the same way at run time without that
            func = WALRUS(ctx.temp("_f"), func)
        fsym = direct_callee(e, ctx)
        if fsym is not None:
            func, args = exact_args(func, e.args, fsym.nparams, ctx)
            csite = _call_site(ctx, ctx.desc(e.func), tail)
            if ctx.gen:
                call = gen_call(func, args, csite, ctx, discard=single is None, lua_fn=True)
                return truncate(call, ctx) if single and not fsym.returns_one else call
            call = py.Call(func=func, args=args, keywords=[], site=csite)
            if fsym.returns_one:
                return call
            return truncate(call, ctx) if single else call
        func = any_callee(func, fr.type, ctx)
        args = explist(e.args, ctx)
        csite = _call_site(ctx, ctx.desc(e.func), tail)
    if ctx.gen:
        call = gen_call(func, args, csite, ctx, discard=single is None)
    else:
        call = py.Call(func=func, args=args, keywords=[], site=csite)
    if not single:
        return call
    return truncate(call, ctx)


def any_callee(func, ftype, ctx):
    """The callee of a call site: func itself when it is known to be a function or a
    table (Python calls both), else func through values.callee while libguard.CALL_META
    is on (a string, number, boolean or nil may have a __call metamethod then).  While
    it is off, the one test of a global cell is all the call pays."""
    if T.is_sub(ftype, T.FUNC | T.TABLE) or ctx.gen:
        # (generator versions ask cogen.gen_of, which knows __call of any value)
        return func
    if ctx.cold:
        # run once: the test of CALL_META in values.callee_if_meta
        return CALL("L_cf", [func])
    if (func.__class__ is ast.Call and func.func.__class__ is ast.Name and func.func.id == "L_get"
            and len(func.args) == 2 and not func.keywords):
        # a field read: L_getc (ops.get_call) makes the read and the CALL_META test in one call
        return CALL("L_getc", func.args, site=func.col_offset)
    if _guarded_cell(func) is not None:
        # a library name read through its cell: a valid cell's value is callable
        # (libguard._refresh), the lookup of an invalid one is tested (rarely run:
        # values.callee_if_meta's call)
        func.orelse = CALL("L_cf", [func.orelse])
        return func
    flag = SUB(N("L_CM"), C(0))
    if is_simple(func):
        return IFEXP(flag, CALL("L_callee", [clone(func)]), func)
    tmp = ctx.temp("_c")
    # evaluated once, first: `(_c := func) is not L_CM` is always true
    return IFEXP(AND(ISNOT(WALRUS(tmp, func), N("L_CM")), flag), CALL("L_callee", [N(tmp)]), N(tmp))


def _guarded_cell(func):
    """The cell name when func is pyast.GUARDED's read of a library cell, else None."""
    if func.__class__ is not ast.IfExp:
        return None
    t, b = func.test, func.body
    if (t.__class__ is ast.Compare and t.ops[0].__class__ is ast.Is and t.left.__class__ is ast.Subscript
            and t.left.value.__class__ is ast.Name and t.left.value.id.startswith("L_g_")
            and t.comparators[0].__class__ is ast.Name and t.comparators[0].id == "_ENV"
            and b.__class__ is ast.Subscript and b.value.__class__ is ast.Name
            and b.value.id == t.left.value.id and b.slice.__class__ is ast.Constant and b.slice.value == 1):
        return t.left.value.id
    return None


def _call_site(ctx, desc, tail):
    """The site of a call: its callee's description, and for a tail call the mark."""
    return ctx.site(desc, TAIL_CALL) if tail else ctx.site(desc)


def method_lookup(first, obj, name, ctx, undecided):
    """The callee of obj:name(...): `L_mcall` (table.method_call, compiled in _ltable
    when built) walks a table's own field, then the __index tables of the chain of
    metatables, with raw reads (a string's from the string metatable's __index), and
    answers what it found when Python can call it (a function, a table): that is
    called directly, with no __call test (values.callee would return it unchanged).
    When it meets anything else (nil, another value, an __index function, a deep
    chain, another type) it answers L_UNDEC and `undecided` runs: the whole Lua read
    (the subscript of a table, whose __missing__ does it, or L_get) and the call
    site's __call test (any_callee)."""
    m = ctx.temp("_m")
    return IFEXP(ISNOT(WALRUS(m, CALL("L_mcall", [first, C(name)])), N("L_UNDEC")), N(m), undecided)


def truncate(call, ctx):
    """A call's result in a single-value position: one result comes back bare, zero or several as a tuple."""
    if ctx.cold:
        return CALL("L_first", [call])
    tmp = ctx.temp("_r")
    # (a tuple, zero or several results, is the rarer case: its first value by a call)
    return IFEXP(ISNOT(CLASS(WALRUS(tmp, call)), N("tuple")), N(tmp), CALL("L_first", [N(tmp)]))


def gen_call(func, args, csite, ctx, discard=False, lua_fn=False):
    """A call inside a generator version: `yield from` the callee's generator version
    when it has one (it may yield), a plain call otherwise.  The callee is evaluated
    first, then the arguments, as in Lua.  Small argument lists are written out in
    each branch; in larger ones, arguments that are not plain names or constants
    are evaluated into temporaries first, which each branch then mentions.
    coroutine.yield yields the values straight to resume; coroutine.resume runs
    plainly unless its coroutine sends up I/O."""
    f, g = ctx.temp("_f"), ctx.temp("_g")
    evals = []
    if any(isinstance(a, ast.Starred) for a in args):
        # a multi-valued last argument: pack them all once
        a = ctx.temp("_a")
        evals = [OR(ISNOT(WALRUS(f, func), C(None)), C(True)),
                 OR(ISNOT(WALRUS(a, TUPLE(args)), C(None)), C(True))]

        def yielded():
            return N(a)

        def call(fn):
            return CALL(fn, [], starred=N(a), site=csite)
    else:
        if sum(1 for a in args for _ in ast.walk(a)) <= 40:
            # small: written out in each branch (only one runs)
            conds, refs = [], args
        else:
            conds, refs = operands(ctx, args)
        if conds:
            evals = [OR(ISNOT(WALRUS(f, func), C(None)), C(True))] + conds

        def yielded():
            return TUPLE([clone(r) for r in refs])

        def call(fn):
            return py.Call(func=fn, args=[clone(r) for r in refs], keywords=[], site=csite)
    first = N(f) if evals else WALRUS(f, func)
    viagen = py.YieldFrom(value=call(N(g)), site=csite)
    plain = call(N(f))
    y = py.Yield(value=yielded(), site=csite)  # debug.getinfo(co, 0) names the call it stopped in
    direct_yield = y if discard else CALL("L_ret", [y])
    p = ctx.temp("_p")
    resume = IFEXP(IS(CLASS(WALRUS(p, call(N("L_co_resume_in")))), N("tuple")), N(p),
                   py.YieldFrom(value=py.Call(func=ATTR(N(p), "rest"), args=[], keywords=[])))

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


def multi_expr(e, ctx):
    """A multi-valued expression as a Python tuple."""
    if e.__class__ in (A.Varargs, A.Dots):
        return N("varargs")
    fsym = direct_callee(e, ctx)
    line = expr_line(e)
    with ctx.at(line if line is not None else ctx.fallback):  # (as ctx.expr stamps a value)
        call = call_expr(e, ctx, single=False)
    if fsym is not None and fsym.returns_one:
        return TUPLE([call])
    if ctx.cold:
        return CALL("L_tuple", [call])
    tmp = ctx.temp("_r")
    return IFEXP(IS(CLASS(WALRUS(tmp, call)), N("tuple")), N(tmp), TUPLE([N(tmp)]))


def explist(exprs, ctx):
    """Python argument expressions for a Lua expression list (the last one expanded)."""
    out = []
    n = len(exprs)
    for i, x in enumerate(exprs):
        xs = direct_callee(x, ctx)
        if i == n - 1 and is_multi(x) and not (xs is not None and xs.returns_one):
            if x.__class__ in (A.Varargs, A.Dots):
                out.append(py.Starred(value=N("varargs"), ctx=ast.Load()))
            else:
                out.append(py.Starred(value=multi_expr(x, ctx), ctx=ast.Load()))
        elif i == n - 1 and is_multi(x):
            line = expr_line(x)
            with ctx.at(line if line is not None else ctx.fallback):
                out.append(call_expr(x, ctx, single=False))  # a direct call with exactly one result
        else:
            out.append(ctx.value(x).expr)
    return out


def exact_args(func, exprs, want, ctx):
    """The callee and exactly `want` argument expressions for a call of a Lua
    expression list, evaluated where a call's are (the callee first, then the
    arguments from left to right): nothing is hoisted out of the call, so a call
    skipped by a short-circuit evaluates nothing, and the arguments still run after
    everything to their left (issue 10)."""
    out = explist(exprs, ctx)
    if out and isinstance(out[-1], ast.Starred):
        # a multi-valued last argument: every value packed into one tuple by the
        # first argument expression, which the others then index
        tmp = ctx.temp()
        packed = WALRUS(tmp, TUPLE(out))
        if want == 0:
            return SUB(TUPLE([func, packed]), C(0)), []
        fixed = len(out) - 1  # the tuple has at least these
        args = []
        for i in range(want):
            src = packed if i == 0 else N(tmp)
            if i < fixed:
                args.append(SUB(src, C(i)))
            else:
                args.append(IFEXP(COMPARE(CALL("len", [src]), ast.Gt(), C(i)), SUB(N(tmp), C(i)), C(None)))
        return func, args
    if len(out) > want:
        # extra arguments are evaluated after the others and dropped: the last kept
        # argument becomes (kept, extra...)[0]; with none kept, the callee does.
        # Constants and locals have nothing to evaluate.
        keep, extra = out[:want], [x for x in out[want:] if not is_simple(x)]
        if not extra:
            return func, keep
        if want == 0:
            return SUB(TUPLE([func] + extra), C(0)), []
        return func, keep[:-1] + [SUB(TUPLE([keep[-1]] + extra), C(0))]
    return func, out + [C(None)] * (want - len(out))

"""Arithmetic, bitwise and unary operators, and concatenation.

Python's own operator where the operand types prove it means what Lua means
(`float * float`; `int + int` with one range check, `wrap_int`), an inline
class test with the runtime helper as the fallback where they do not, the
helper alone for rare cases.  `guarded_arith` compiles a whole arithmetic tree
over untyped locals once more for ints (and floats) behind one class test per
local.
"""
import ast

from luaparser import astnodes as A

from ..analysis import typeinfer as T
from ..analysis.scope import int_constant
from .core import (
    Result,
    binary_operands,
    expression,
    operands,
    ordered_call,
    read_symbol,
    slow,
)
from .pyast import AND, CALL, CLASS, COMPARE, IFEXP, IS, OR, WALRUS, C, N, py

MAXINT = (1 << 63) - 1
MININT = -(1 << 63)
# overflow checks compare with small bounds first: CPython's fast int compare covers
# 30-bit values; a result outside them takes the helper, which checks the real 64-bit range
SMALL = (1 << 30) - 1

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
# operators guarded_arith compiles for known operand classes
_GUARDED_OPS = (A.AddOp, A.SubOp, A.MultOp, A.ModOp, A.FloorDivOp, A.FloatDivOp)


FULL = (MININT, MAXINT)


def wrap_int(r, ctx):
    """Wrap an int result r to 64 bits when it overflows (one range check), testing only
    the sides its range (`_ring_range`) can leave: none for `i - 1` of a loop counter
    from 1, the top for `x + k` with a constant k > 0, both where nothing is known.  The
    small range is tested first, as two comparisons joined by `and` (each a specialised
    int compare and jump; a chained comparison costs more); a value beyond it takes the
    full 64-bit test and `L_wrap`.

    The node returned keeps r as its `ring` attribute: an enclosing + - * of ints may
    take r instead (`ring_operand`) and wrap once for both; `int_range` is what the
    returned value is known to lie in (r's range when no wrap can happen, else FULL)."""
    tmp = ctx.temp()
    lo, hi = _ring_range(r, ctx)
    r.int_range = (lo, hi)
    low, high = lo < MININT, hi > MAXINT
    if not (low or high):
        r.ring = r
        return r
    if high and not low:
        test = COMPARE(WALRUS(tmp, r), ast.LtE(), C(SMALL))
    elif low and not high:
        test = COMPARE(WALRUS(tmp, r), ast.GtE(), C(-SMALL))
    else:
        test = AND(COMPARE(C(-SMALL), ast.LtE(), WALRUS(tmp, r)), COMPARE(N(tmp), ast.LtE(), C(SMALL)))
    full = py.Compare(left=C(MININT), ops=[ast.LtE(), ast.LtE()], comparators=[N(tmp), C(MAXINT)])
    node = IFEXP(test, N(tmp), IFEXP(full, N(tmp), CALL("L_wrap", [N(tmp)])))
    node.ring = r
    node.int_range = FULL
    return node


def ring_operand(x):
    """The operand to use in an enclosing integer + - * (or unary -) for the int
    expression x: when x is a wrapped ring result, the unwrapped one.  Sound because Lua's
    integer + - * wrap modulo 2**64 and reduction modulo 2**64 commutes with + - *: the
    exact Python result of the whole tree, wrapped once, is the value lua5.4 computes by
    wrapping at every step (Python ints do not overflow).  Only ring operations may take
    an unwrapped operand: //, %, comparisons, conversions to float, shifts, calls and
    stores need the wrapped value."""
    return getattr(x, "ring", x)


def int_range(x, ctx):
    """(lo, hi) holding the value of the int expression x: a constant's value; an
    unwrapped ring result's computed range (`wrap_int`); a numeric for's variable that is
    never assigned (`sym_range`); else the 64-bit range (every integer the runtime
    makes is wrapped)."""
    r = getattr(x, "int_range", None)
    if r is not None:
        return r
    if x.__class__ is ast.Constant and x.value.__class__ is int:
        return (x.value, x.value)
    sym = ctx.read_of(x)
    if sym is not None:
        r = sym_range(sym, ctx)
        if r is not None:
            return r
    return FULL


_UNKNOWN = object()


def sym_range(sym, ctx, depth=0):
    """(lo, hi) holding every value of the local sym, or None.  Only for a local never
    assigned after its declaration (writes counts every assignment, a closure's
    included): `local x = e` with e's range known (`_lua_range`), which x holds from
    its declaration on (each run of a loop body declares it anew), or a numeric for's
    variable.  The loop (scope.for_loop) has a constant integer step and a start whose
    range is known: the variable is then an integer, and lua5.4 runs the loop from the
    start towards the limit, never past it (the iteration count is computed first: no
    overflow), so with a positive step start.lo <= i <= limit.hi (MAXINT when the
    limit's range is not known: a float limit is floored first), with a negative one
    limit.lo <= i <= start.hi."""
    known = ctx.main_ranges.get(sym, _UNKNOWN)
    if known is not _UNKNOWN:
        return known
    if sym.writes or sym.captured_write or depth > 16:  # (a bound on long chains of locals)
        return None
    loop = sym.bounds
    if loop is None:
        return _lua_range(sym.init, ctx, depth + 1) if sym.init is not None else None
    start, stop, step = loop
    a = _lua_range(start, ctx, depth)
    if a is None:
        return None
    b = _lua_range(stop, ctx, depth)
    if step > 0:
        lo = a[0]
        return (lo, max(lo, b[1]) if b is not None else MAXINT)
    hi = a[1]
    return (min(hi, b[0]) if b is not None else MININT, hi)


def _with_range(r):
    """r = x // k or x % k of an int x and a constant int k (not 0, nor -1 for //),
    given the range of its value for int_range: floor division is monotonic in x, so
    [MININT // k, MAXINT // k] (ends swapped for k < 0); Lua's integer % takes the sign
    of the divisor: [0, k - 1], or [k + 1, 0]."""
    k = r.right.value
    if r.op.__class__ is ast.FloorDiv:
        ends = (MININT // k, MAXINT // k)
        r.int_range = (min(ends), max(ends))
    else:
        r.int_range = (0, k - 1) if k > 0 else (k + 1, 0)
    return r


def _lua_range(e, ctx, depth):
    """The range of the integer value of Lua expression e, when known and within 64 bits
    (a sum that could wrap is not known), else None."""
    k = int_constant(e)
    if k is not None:
        return (k, k)
    c = e.__class__
    if c is A.Name:
        sym = ctx.sym(e)
        return sym_range(sym, ctx, depth + 1) if sym is not None else None
    if c is A.AddOp or c is A.SubOp or c is A.MultOp:
        a = _lua_range(e.left, ctx, depth + 1)
        b = _lua_range(e.right, ctx, depth + 1) if a is not None else None
        if b is None:
            return None
        if c is A.AddOp:
            lo, hi = a[0] + b[0], a[1] + b[1]
        elif c is A.SubOp:
            lo, hi = a[0] - b[1], a[1] - b[0]
        else:
            corners = (a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1])
            lo, hi = min(corners), max(corners)
        return (lo, hi) if MININT <= lo and hi <= MAXINT else None
    return None


def _ring_range(r, ctx):
    """The exact range of the int result r = a + b, a - b, a * b or -a from its operands'
    ranges (interval arithmetic on Python ints: no overflow); FULL plus one on each side
    (both sides tested) for anything else."""
    c = r.__class__
    if c is ast.UnaryOp and r.op.__class__ is ast.USub:
        lo, hi = int_range(r.operand, ctx)
        return (-hi, -lo)
    if c is not ast.BinOp:
        return (MININT - 1, MAXINT + 1)
    op = r.op.__class__
    alo, ahi = int_range(r.left, ctx)
    blo, bhi = int_range(r.right, ctx)
    if op is ast.Add:
        return (alo + blo, ahi + bhi)
    if op is ast.Sub:
        return (alo - bhi, ahi - blo)
    if op is ast.Mult:
        corners = (alo * blo, alo * bhi, ahi * blo, ahi * bhi)
        return (min(corners), max(corners))
    if op is ast.LShift and blo == bhi and 0 <= blo < 64:
        return (alo << blo, ahi << blo)  # x << k is x * 2**k: a ring operation too
    return (MININT - 1, MAXINT + 1)


def _binop(a, pyop, b):
    return py.BinOp(left=a, op=pyop(), right=b)


@expression(*_ARITH)
def build_arith(e, ctx):
    if not ctx.in_guarded and not ctx.cold:
        r = guarded_arith(e, ctx)
        if r is not None:
            return r
    op, helper, pyop = _ARITH[e.__class__]
    site = ctx.site(ctx.desc(e.left), ctx.desc(e.right))
    a = ctx.value(e.left)
    b = ctx.value(e.right)
    if op in "+-*":
        if op == "-" and isinstance(b.expr, ast.Constant) and b.expr.value.__class__ is int and b.expr.value == 0:
            # lua5.4 compiles `x - 0` as `x + 0` (OP_ADDI with the negated constant):
            # -0.0 - 0 is 0.0 there; the helper (metamethods, strings) still subtracts
            pyop = ast.Add
        return _additive(a.expr, a.type, b.expr, b.type, pyop, helper, site, ctx)
    if op == "/":
        return _divide(a.expr, a.type, b.expr, b.type, helper, site, ctx)
    if op == "%":
        return _modulo(e, a.expr, a.type, b.expr, b.type, helper, site, ctx)
    if op == "//":
        if T.is_sub(a.type, T.INT) and T.is_sub(b.type, T.INT) and isinstance(b.expr, ast.Constant) \
                and b.expr.value not in (0, -1):
            return Result(_with_range(_binop(a.expr, ast.FloorDiv, b.expr)), T.INT)
        return Result(ordered_call(ctx, helper, a.expr, b.expr, site), _known(ctx.expr_type(e)))
    # ^
    return Result(ordered_call(ctx, helper, a.expr, b.expr, site),
                  T.FLOAT if T.is_sub(a.type | b.type, T.NUM | T.STR) else T.ANY)


def _known(t):
    return t if t else T.ANY


# + and * of two NaNs: which operand's NaN comes out (its sign shows in print) is lua5.4's
# in the helpers (ops.fadd, ops.fmul); Python's own float + and * pick either, as the
# BINARY_OP instruction is specialised or not.  Inline code keeps Python's operators (a
# NaN test on every float sum and product costs 7-43% of the instructions of float-heavy
# loops); cold code (run once) takes the helpers.
_NAN_EXACT = {ast.Add: "L_fadd", ast.Mult: "L_fmul"}


def _additive(a, at_, b, bt_, pyop, helper, site, ctx):
    """+ - *"""
    if T.is_sub(at_, T.FLOAT) and T.is_sub(bt_, T.NUM) or T.is_sub(bt_, T.FLOAT) and T.is_sub(at_, T.NUM):
        if ctx.cold and pyop in _NAN_EXACT and at_ & T.FLOAT and bt_ & T.FLOAT:
            return Result(ordered_call(ctx, _NAN_EXACT[pyop], a, b), T.FLOAT)
        return Result(_binop(a, pyop, b), T.FLOAT)
    if T.is_sub(at_, T.INT) and T.is_sub(bt_, T.INT):
        ctx.temp()  # an unused name: skipped so that generated names stay as they were
        return Result(wrap_int(_binop(ring_operand(a), pyop, ring_operand(b)), ctx), T.INT)
    if T.is_sub(at_, T.NUM) and T.is_sub(bt_, T.NUM):
        tmp = ctx.temp()
        r = WALRUS(tmp, _binop(a, pyop, b))
        ok = OR(IS(CLASS(r), N("float")),
                py.Compare(left=C(-SMALL), ops=[ast.LtE(), ast.LtE()], comparators=[N(tmp), C(SMALL)]))
        return Result(IFEXP(ok, N(tmp), CALL("L_wrap", [N(tmp)])), T.NUM)
    # unknown operands: inline the float-float and int-int cases, the helper does the rest
    rtype = T.NUM if T.is_sub(at_ | bt_, T.NUM | T.STR) else T.ANY
    if ctx.cold:
        return Result(ordered_call(ctx, helper, a, b, site), rtype)
    conds, (ra, rb) = binary_operands(ctx, a, b)
    fallback = slow(ctx, helper, [ra, rb], site)
    if T.is_sub(at_, T.FLOAT) or T.is_sub(bt_, T.FLOAT):
        # one side is a float: the other need only be a number
        other = rb if T.is_sub(at_, T.FLOAT) else ra
        test = AND(*(conds + [OR(IS(CLASS(other), N("float")), IS(CLASS(other), N("int")))]))
        return Result(IFEXP(test, _binop(ra, pyop, rb), fallback), rtype)
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
    int_val = wrap_int(_binop(ra, pyop, rb), ctx)
    if fl is None:
        return Result(IFEXP(AND(*(conds + ints)), int_val, fallback), rtype)
    int_path = IFEXP(AND(*ints), int_val, fallback)
    return Result(IFEXP(AND(*(conds + fl)), _binop(ra, pyop, rb), int_path), rtype)


def _divide(a, at_, b, bt_, helper, site, ctx):
    """/ (always a float in Lua)"""
    if T.is_sub(at_, T.NUM) and T.is_sub(bt_, T.NUM):
        if isinstance(b, ast.Constant) and b.value != 0:
            return Result(py.BinOp(left=a, op=ast.Div(), right=C(float(b.value))), T.FLOAT)
        # Python's / is Lua's when a float is involved (the other side converts
        # first); two ints and zero divisors take the helper
        conds, (ra, rb) = binary_operands(ctx, a, b)
        if not (T.is_sub(at_, T.FLOAT) or T.is_sub(bt_, T.FLOAT)):
            conds.append(OR(IS(CLASS(ra), N("float")), IS(CLASS(rb), N("float"))))
        conds.append(rb)
        return Result(IFEXP(AND(*conds), _binop(ra, ast.Div, rb), CALL("L_fdiv", [ra, rb])), T.FLOAT)
    rtype = T.FLOAT if T.is_sub(at_ | bt_, T.NUM | T.STR) else T.ANY
    if ctx.cold:
        return Result(ordered_call(ctx, helper, a, b, site), rtype)
    if isinstance(b, ast.Constant) and b.value.__class__ in (int, float) and b.value != 0:
        # x / nonzero constant: any number x divides as a float
        conds, (ra,) = operands(ctx, [a])
        test = AND(*(conds + [OR(IS(CLASS(ra), N("float")), IS(CLASS(ra), N("int")))]))
        return Result(IFEXP(test, py.BinOp(left=ra, op=ast.Div(), right=C(float(b.value))),
                            slow(ctx, helper, [ra, b], site)), rtype)
    conds, (ra, rb) = binary_operands(ctx, a, b)
    fl = [IS(CLASS(ra), N("float"))] if not T.is_sub(at_, T.FLOAT) else []
    fl += [IS(CLASS(rb), N("float"))] if not T.is_sub(bt_, T.FLOAT) else []
    fl.append(rb)  # a zero divisor takes the helper (IEEE results instead of ZeroDivisionError)
    return Result(IFEXP(AND(*(conds + fl)), _binop(ra, ast.Div, rb), slow(ctx, helper, [ra, rb], site)), rtype)


def _modulo(e, a, at_, b, bt_, helper, site, ctx):
    """%"""
    if T.is_sub(at_, T.INT) and T.is_sub(bt_, T.INT) and isinstance(b, ast.Constant) and b.value != 0:
        return Result(_with_range(_binop(a, ast.Mod, b)), T.INT)
    if ctx.cold:
        return Result(ordered_call(ctx, helper, a, b, site), _known(ctx.expr_type(e)))
    # ints: Python's % floors like Lua's; a zero divisor and floats take the helper
    conds, (ra, rb) = binary_operands(ctx, a, b)
    if not T.is_sub(at_, T.INT):
        conds.append(IS(CLASS(ra), N("int")))
    if not T.is_sub(bt_, T.INT):
        conds.append(IS(CLASS(rb), N("int")))
    if not (isinstance(rb, ast.Constant) and rb.value):
        conds.append(rb)
    return Result(IFEXP(AND(*conds), _binop(ra, ast.Mod, rb), slow(ctx, helper, [ra, rb], site)),
                  _known(ctx.expr_type(e)))


def _guardable(x, ctx, syms, ops):
    """guarded_arith's test of an operand tree (a module-level function: a recursive
    closure would be a reference cycle holding ctx, and with it the whole module's tree,
    until the cyclic collector runs)."""
    if x.__class__ in _GUARDED_OPS:
        ops[0] += 1
        return _guardable(x.left, ctx, syms, ops) and _guardable(x.right, ctx, syms, ops)
    if x.__class__ is A.Number:
        return True
    if x.__class__ is A.Name:
        sym = ctx.sym(x)
        if sym is None:
            return False
        t = ctx.type_of(sym) or T.ANY
        if T.is_sub(t, T.INT) or T.is_sub(t, T.FLOAT):
            return True  # already known: no test needed
        if not t & T.NUM:
            return False
        if sym not in syms:
            syms.append(sym)
        return True
    return False


def guarded_arith(e, ctx):
    """An arithmetic expression of two or more operators over locals of unknown type
    and numeric constants, e.g. (x * 1103515245 + 12345) % 2147483648: one class
    test per local, then the whole tree compiled for integers (or floats), with the
    general code as the fallback.  Reading a local has no effects, so testing them
    all first changes nothing Lua can observe."""
    syms = []
    ops = [0]
    if not _guardable(e, ctx, syms, ops) or ops[0] < 2 or not syms or len(syms) > 3:
        return None
    known = [ctx.type_of(sym) for sym in syms]
    with ctx.assuming({}, guarded=True):
        general = build_arith(e, ctx)
        branches = []
        for kind, cls in ((T.INT, "int"), (T.FLOAT, "float")):
            if kind == T.FLOAT and e.__class__ is A.ModOp:
                continue  # float % needs lua's fmod rules: the general code has them
            if not all(t is None or t & kind for t in known):
                continue
            with ctx.assuming({sym: kind for sym in syms}):
                code = build_arith(e, ctx).expr
            test = AND(*[IS(CLASS(read_symbol(sym)), N(cls)) for sym in syms])
            branches.append((test, code))
    r = general.expr
    for test, code in reversed(branches):
        r = IFEXP(test, code, r)
    return Result(r, general.type)


@expression(*_BITWISE)
def build_bitwise(e, ctx):
    helper, pyop = _BITWISE[e.__class__]
    site = ctx.site(ctx.desc(e.left), ctx.desc(e.right))
    a = ctx.value(e.left)
    b = ctx.value(e.right)
    if pyop is not None and T.is_sub(a.type, T.INT) and T.is_sub(b.type, T.INT):
        return Result(_binop(a.expr, pyop, b.expr), T.INT)
    if pyop is None and T.is_sub(a.type, T.INT) and isinstance(b.expr, ast.Constant) \
            and b.expr.value.__class__ is int and 0 <= b.expr.value < 64 and not ctx.gen:
        conds, (ra,) = operands(ctx, [a.expr])
        if helper == "L_shr":
            # a logical shift: Python's >> agrees for non-negative values
            test = AND(*(conds + [COMPARE(ra, ast.GtE(), C(0))]))
            return Result(IFEXP(test, _binop(ra, ast.RShift, b.expr), slow(ctx, helper, [ra, b.expr], site)), T.INT)
        r = _binop(ra, ast.LShift, b.expr)
        return Result(IFEXP(AND(*conds), wrap_int(r, ctx), C(None)) if conds else wrap_int(r, ctx), T.INT)
    return Result(ordered_call(ctx, helper, a.expr, b.expr, site), T.INT)


@expression(A.UBNotOp)
def build_bnot(e, ctx):
    site = ctx.site(ctx.desc(e.operand))
    a = ctx.value(e.operand)
    if T.is_sub(a.type, T.INT):
        return Result(py.UnaryOp(op=ast.Invert(), operand=a.expr), T.INT)
    return Result(slow(ctx, "L_bnot", [a.expr], site), T.INT)


@expression(A.UMinusOp)
def build_unm(e, ctx):
    o = e.operand
    if isinstance(o, A.Number):
        v = o.n
        if v.__class__ is int:
            return Result(C(-v if v != MININT else v), T.INT)
        return Result(C(-v), T.FLOAT)
    site = ctx.site(ctx.desc(o))
    a = ctx.value(o)
    if T.is_sub(a.type, T.FLOAT):
        return Result(py.UnaryOp(op=ast.USub(), operand=a.expr), T.FLOAT)
    if T.is_sub(a.type, T.INT):
        return Result(wrap_int(py.UnaryOp(op=ast.USub(), operand=ring_operand(a.expr)), ctx), T.INT)
    return Result(slow(ctx, "L_unm", [a.expr], site), (a.type if T.is_sub(a.type, T.NUM) else T.ANY))


@expression(A.Concat)
def build_concat(e, ctx):
    # flatten the right-associative chain a .. (b .. (c .. d))
    items = [e.left]
    x = e.right
    while x.__class__ is A.Concat and not getattr(x, "wrapped", False):
        items.append(x.left)
        x = x.right
    items.append(x)
    descs = [ctx.desc(i) for i in items]
    site = ctx.site(*descs)
    vals = [ctx.value(i) for i in items]
    consts = [r.expr.value for r in vals
              if isinstance(r.expr, ast.Constant) and r.expr.value.__class__ is str]
    if len(consts) == len(vals) and sum(len(c) for c in consts) > 40:
        # literals only, making a long string: Python would fold them into one constant
        # (shared with an equal literal of the code object), where lua5.4 makes a new
        # string at run time (it internalizes only strings of up to 40 bytes): %p tells
        # the two apart
        return Result(CALL("L_concat_n", [r.expr for r in vals], site=site), T.STR)
    if all(T.is_sub(r.type, T.STR) for r in vals) and len(vals) == 2:
        return Result(py.BinOp(left=vals[0].expr, op=ast.Add(), right=vals[1].expr), T.STR)
    if all(T.is_sub(r.type, T.STR) or T.is_sub(r.type, T.INT) or T.is_sub(r.type, T.FLOAT) for r in vals):
        # strings and numbers of known kinds: one f-string (str(int) is Lua's %d;
        # floats need Lua's %.14g)
        parts = []
        for r in vals:
            v = r.expr
            if isinstance(v, ast.Constant) and v.value.__class__ is str:
                parts.append(py.Constant(v.value))
                continue
            if T.is_sub(r.type, T.FLOAT):
                v = CALL("L_fmt_float", [v])
            parts.append(py.FormattedValue(value=v, conversion=-1, format_spec=None))
        return Result(py.JoinedStr(values=parts), T.STR)
    if ctx.cold:
        # (a call evaluates its arguments in order, as `operands` would)
        if len(vals) == 2:
            return Result(CALL("L_concat", [vals[0].expr, vals[1].expr], site=site), T.ANY)
        return Result(CALL("L_concat_n", [r.expr for r in vals], site=site), T.ANY)
    if len(vals) == 2:
        a, b = vals
        conds, (ra, rb) = operands(ctx, [a.expr, b.expr])
        if not T.is_sub(a.type, T.STR):
            conds.append(IS(CLASS(ra), N("str")))
        if not T.is_sub(b.type, T.STR):
            conds.append(IS(CLASS(rb), N("str")))
        return Result(IFEXP(AND(*conds), py.BinOp(left=ra, op=ast.Add(), right=rb),
                            slow(ctx, "L_concat", [ra, rb], site)), T.ANY)
    # all strings at run time (the usual case): one f-string, else the helper
    conds, refs = operands(ctx, [r.expr for r in vals])
    parts = []
    for ref, r in zip(refs, vals):
        if isinstance(ref, ast.Constant) and ref.value.__class__ is str:
            parts.append(py.Constant(ref.value))
            continue
        if T.is_sub(r.type, T.FLOAT):
            ref = CALL("L_fmt_float", [ref])
        elif not T.is_sub(r.type, T.STR) and not T.is_sub(r.type, T.INT):
            conds.append(IS(CLASS(ref), N("str")))
        parts.append(py.FormattedValue(value=ref, conversion=-1, format_spec=None))
    if ctx.gen:
        # a __concat metamethod may yield: fold pairwise from the right, as Lua does;
        # only the last pair's right operand is still a named value
        r = refs[-1]
        last = len(refs) - 2
        for i in range(last, -1, -1):
            psite = ctx.site(descs[i], descs[i + 1] if i == last else None)
            r = slow(ctx, "L_concat", [refs[i], r], psite)
        other = r
    else:
        other = CALL("L_concat_n", list(refs), site=site)
    return Result(IFEXP(AND(*conds), py.JoinedStr(values=parts), other), T.ANY)


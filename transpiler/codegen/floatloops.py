"""Float loops: a loop whose untyped locals hold floats runs a float version of each statement.

Locals read from fields or returned by calls (`local dx = bi.x - bj.x`) have no
inferred type, so every operation on them tests their classes (n-body: half its
time).  A loop of a function (plain version) gets a flag, a Python local: true
only while every local of the loop's *float set* holds a float.  Each statement
of the loop (at any depth) that uses one of them as an arithmetic or comparison
operand is compiled twice, `if flag: <compiled assuming the set is float> else:
<the general code>`; an assignment to one of them, in either version, clears the
flag when the value stored is not a float (no test when the float version's value
is a float by its types: `dx * dx + dy * dy`).  The flag is set before the loop
from the class tests of the set's locals declared outside it.

Soundness: the flag is true only when every local of the set holds a float.  It
is computed before the loop from exactly those tests (the set's locals declared
inside the loop are not yet in scope there; each is assigned at its declaration,
which clears the flag unless a float was stored); a local of the set changes only
by an assignment in the loop (the set holds only the function's own locals, not
captured by any closure, not loop variables; nothing else runs between the tests
and the loop), and every such assignment clears the flag unless it stored a float.
Once cleared, the flag stays false until the loop is entered again.  The float
versions are the code generation of locals typed float (the same fast paths as
for `local x = 1.5`), used only where the flag says they hold floats; the general
versions are correct whatever the flag says.  Loops with labels or `goto` (the
dispatcher), with `<close>` locals, and generator versions are left alone;
statements that define functions are compiled once (generally) and clear the
flag when they assign a local of the set.
"""
from luaparser import astnodes as A

from ..analysis import typeinfer as T
from ..analysis.syntax import FUNCTION_NODES, attribute_of, is_multi, node_children
from .pyast import AND, ASSIGN, CLASS, IF, IFEXP, IS, ISNOT, OR, C, N

# statements whose parts are blocks: compiled once, their blocks statement by statement
COMPOUND = (A.If, A.ElseIf, A.While, A.Repeat, A.Fornum, A.Forin, A.Do)
# operators whose float operands the float version compiles without class tests
_OPERATORS = (A.AddOp, A.SubOp, A.MultOp, A.FloatDivOp, A.ExpoOp, A.UMinusOp, A.LessThanOp,
              A.GreaterThanOp, A.LessOrEqThanOp, A.GreaterOrEqThanOp, A.EqToOp, A.NotEqToOp)
# what in a loop says its numbers are floats: a float constant, `/` or `^`
_FLOAT_HINTS = (A.FloatDivOp, A.ExpoOp)


class FloatLoop:
    """The loop being compiled with a float flag: the flag's name, the set, its types."""

    def __init__(self, flag, syms):
        self.flag = flag
        self.syms = syms
        self.types = {sym: T.FLOAT for sym in syms}


def _walk(node):
    """The nodes of a statement or loop, nested functions' bodies left out."""
    stack = [node]
    while stack:
        n = stack.pop()
        if n.__class__ is list:
            stack.extend(n)
            continue
        if not isinstance(n, A.Node):
            continue
        yield n
        if n.__class__ in FUNCTION_NODES and n is not node:
            continue
        stack.extend(node_children(n))


def _operand_names(n):
    if n.__class__ is A.UMinusOp:
        return [n.operand]
    return [n.left, n.right]


def begin(loop, ctx):
    """Before compiling `loop`: when it is the outermost loop of a float loop, the
    statements that set its flag (and ctx.fn.float_loop is set until `end`), else None."""
    fn = ctx.fn
    if fn is None or fn.float_loop is not None or ctx.gen:
        return None
    operands, not_numbers, declared = set(), set(), set()
    hint = False
    for n in _walk(loop):
        c = n.__class__
        if c is A.Label or c is A.Goto:
            return None
        if c is A.LocalAssign or c is A.Assign:
            for i, t in enumerate(n.targets):
                if c is A.LocalAssign:
                    if attribute_of(t) == "close":
                        return None
                    declared.add(ctx.sym(t))
                if t.__class__ is A.Name and not _may_store_float(n, i, ctx):
                    not_numbers.add(ctx.sym(t))  # (it would clear the flag on every run)
        elif c is A.Function or c is A.LocalFunction:
            if n.name.__class__ is A.Name:
                not_numbers.add(ctx.sym(n.name))  # (`function x() end` stores into a local x)
        elif c in _OPERATORS:
            hint = hint or c in _FLOAT_HINTS
            for x in _operand_names(n):
                if x.__class__ is A.Name:
                    operands.add(ctx.sym(x))
        elif c is A.Number:
            hint = hint or n.n.__class__ is float
        elif c is A.Index:
            if n.value.__class__ is A.Name:
                not_numbers.add(ctx.sym(n.value))
        elif c is A.Call or c is A.Invoke:
            f = n.func if c is A.Call else n.source
            if f.__class__ is A.Name:
                not_numbers.add(ctx.sym(f))
        elif c is A.ULengthOP and n.operand.__class__ is A.Name:
            not_numbers.add(ctx.sym(n.operand))
    if not hint:
        return None
    syms = []
    for sym in operands - not_numbers:
        if sym is None or sym.func is not fn.scope or sym.boxed or sym.captured or sym.captured_write:
            continue
        if sym.kind == "for" or sym.attrib is not None:
            continue
        t = ctx.type_of(sym)
        if not t or not t & T.FLOAT or T.is_sub(t, T.FLOAT):
            continue
        syms.append(sym)
    if not syms:
        return None
    syms.sort(key=lambda s: s.pyname)  # the same output on every run
    fl = FloatLoop(ctx.temp("_fl"), frozenset(syms))
    fn.float_loop = fl
    outside = [IS(CLASS(N(s.pyname)), N("float")) for s in syms if s not in declared]
    return [ASSIGN(fl.flag, AND(*outside) if outside else C(True))]


def _may_store_float(s, i, ctx):
    """Can the assignment s store a float into its i-th target (or is its type unknown)?"""
    t = _value_type(s, i, ctx)
    return not t or bool(t & T.FLOAT)


def _value_type(s, i, ctx):
    """The type of the value the assignment s stores into its i-th target."""
    vals = s.values
    n = len(vals)
    if i < n - 1 or (i == n - 1 and not is_multi(vals[i])):
        return ctx.expr_type(vals[i])
    if n == 0 or (i >= n and not is_multi(vals[-1])):
        return T.NIL
    return T.ANY


def end(ctx):
    ctx.fn.float_loop = None


def compile_statement(s, ctx):
    """A statement inside a float loop (ctx.fn.float_loop), compiled with its flag."""
    fl = ctx.fn.float_loop
    if s.__class__ in COMPOUND:
        return ctx.stmt(s)  # its blocks come back here statement by statement
    uses, functions = _scan(s, ctx, fl)
    targets = _assigned(s, ctx, fl)
    assigns = bool(targets)
    if not uses and not assigns:
        return ctx.stmt(s)
    if functions:
        out = ctx.stmt(s)
        return out + [ASSIGN(fl.flag, C(False))] if assigns else out
    with ctx.assuming(fl.types):
        checks = _checks(s, targets, ctx, fl) if targets else []
        fast = ctx.stmt(s) if uses else None
    general = ctx.stmt(s)
    if fast is None:
        return general + [IF(N(fl.flag), checks)] if checks else general
    return [IF(N(fl.flag), fast + checks, general)]


def split_condition(e, ctx, condition):
    """The condition e of an `if`, `while` or `until` (compiled by condition(e, ctx)):
    inside a float loop, when it uses a local of the set as an operand, both versions
    chosen by the flag (`<float version> if flag else <general>`)."""
    fl = ctx.fn.float_loop if ctx.fn is not None else None
    if fl is None:
        return condition(e, ctx)
    uses, functions = _scan(e, ctx, fl)
    if not uses or functions:
        return condition(e, ctx)
    with ctx.assuming(fl.types):
        fast = condition(e, ctx)
    return IFEXP(N(fl.flag), fast, condition(e, ctx))


def _scan(node, ctx, fl):
    """(does node use a local of the set as an operand, does it define a function)"""
    uses = functions = False
    for n in _walk(node):
        c = n.__class__
        if c in _OPERATORS:
            uses = uses or any(x.__class__ is A.Name and ctx.sym(x) in fl.syms for x in _operand_names(n))
        elif c in FUNCTION_NODES:
            functions = True
    return uses, functions


def _assigned(s, ctx, fl):
    """(index, symbol) of the targets of s that are locals of the float set."""
    if s.__class__ is not A.Assign and s.__class__ is not A.LocalAssign:
        return []
    return [(i, sym) for i, t in enumerate(s.targets)
            if t.__class__ is A.Name and (sym := ctx.sym(t)) in fl.syms]


def _checks(s, targets, ctx, fl):
    """After s: clear the flag where a target of the set may have got a non-float
    (its value's type, assuming the set float, is not float)."""
    tests = []
    for i, sym in targets:
        if not T.is_sub(_value_type(s, i, ctx), T.FLOAT):
            tests.append(ISNOT(CLASS(N(sym.pyname)), N("float")))
    if not tests:
        return []
    return [IF(OR(*tests) if len(tests) > 1 else tests[0], [ASSIGN(fl.flag, C(False))])]


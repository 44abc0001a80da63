"""Type inference for locals: which Lua types a local can hold.

A local's type is the union of the types of everything assigned to it anywhere
(its declaration and every later assignment, including from closures), found by
iterating to a fixed point.  The code generator uses it to emit Python's own
operators where they mean exactly what Lua means (int + int with one range
check, float * float with none, `#s` as len(s)), and runtime helpers elsewhere.
"""
from luaparser import astnodes as A

from .syntax import FUNCTION_NODES, is_multi, node_children

NIL, BOOL, INT, FLOAT, STR, TABLE, FUNC, OTHER = 1, 2, 4, 8, 16, 32, 64, 128
NUM = INT | FLOAT
ANY = 255


def is_sub(t, of):
    return t != 0 and (t & ~of) == 0


# (module-level names for expr_type's first tests: a compiled twin reads them from a
# cache, `A.X` is a lookup each time)
_Nil, _TrueExpr, _FalseExpr, _Number, _String = A.Nil, A.TrueExpr, A.FalseExpr, A.Number, A.String
_Table, _AnonymousFunction, _Name = A.Table, A.AnonymousFunction, A.Name


# expr_type's kinds of the other expression classes, found once per class (the isinstance
# tests of each expression against a chain of `A.X` classes were module attribute lookups)
_OTHER, _BOOLEAN, _ADDITIVE, _FLOAT_RESULT, _FLOOR, _BITWISE, _NEGATION, _LENGTH, _CONCAT, _AND, _OR = range(11)
_OP_KINDS = {}


def _op_kind(c):
    if issubclass(c, (A.RelOp, A.ULNotOp)):
        return _BOOLEAN
    if issubclass(c, (A.AddOp, A.SubOp, A.MultOp)):
        return _ADDITIVE
    if issubclass(c, (A.FloatDivOp, A.ExpoOp)):
        return _FLOAT_RESULT
    if issubclass(c, (A.FloorDivOp, A.ModOp)):
        return _FLOOR
    if issubclass(c, A.BitOp) or c is A.UBNotOp:
        return _BITWISE
    if c is A.UMinusOp:
        return _NEGATION
    if c is A.ULengthOP:
        return _LENGTH
    if c is A.Concat:
        return _CONCAT
    if c is A.AndLoOp:
        return _AND
    if c is A.OrLoOp:
        return _OR
    return _OTHER


def expr_type(e, an, type_of=None):
    """The Lua types expression e can have, when each local's types are type_of(sym)
    (default: the inferred types of the Analysis an)."""
    if type_of is None:
        type_of = an.type_of
    c = e.__class__
    if c is _Nil:
        return NIL
    if c is _TrueExpr or c is _FalseExpr:
        return BOOL
    if c is _Number:
        return INT if e.n.__class__ is int else FLOAT
    if c is _String:
        return STR
    if c is _Table:
        return TABLE
    if c is _AnonymousFunction:
        return FUNC
    if c is _Name:
        sym = an.sym(e)
        if sym is None:
            return ANY
        t = type_of(sym)
        return t if t is not None else 0
    k = _OP_KINDS.get(c)
    if k is None:
        k = _OP_KINDS[c] = _op_kind(c)
    if k == _BOOLEAN:
        return BOOL
    if k == _ADDITIVE:
        a, b = expr_type(e.left, an, type_of), expr_type(e.right, an, type_of)
        if is_sub(a, INT) and is_sub(b, INT):
            return INT
        if is_sub(a, NUM) and is_sub(b, NUM):
            if is_sub(a, FLOAT) or is_sub(b, FLOAT):
                return FLOAT
            return NUM
        if is_sub(a, NUM | STR) and is_sub(b, NUM | STR):
            return NUM
        return ANY if (a and b) else 0
    if k == _FLOAT_RESULT:
        a, b = expr_type(e.left, an, type_of), expr_type(e.right, an, type_of)
        if is_sub(a, NUM | STR) and is_sub(b, NUM | STR):
            return FLOAT
        return ANY if (a and b) else 0
    if k == _FLOOR:
        a, b = expr_type(e.left, an, type_of), expr_type(e.right, an, type_of)
        if is_sub(a, INT) and is_sub(b, INT):
            return INT
        if is_sub(a, NUM) and is_sub(b, NUM):
            if is_sub(a, FLOAT) or is_sub(b, FLOAT):
                return FLOAT
            return NUM
        if is_sub(a, NUM | STR) and is_sub(b, NUM | STR):
            return NUM
        return ANY if (a and b) else 0
    if k == _BITWISE:
        if c is A.UBNotOp:
            a = b = expr_type(e.operand, an, type_of)
        else:
            a, b = expr_type(e.left, an, type_of), expr_type(e.right, an, type_of)
        if is_sub(a, NUM | STR) and is_sub(b, NUM | STR):
            return INT
        return ANY if (a and b) else 0
    if k == _NEGATION:
        a = expr_type(e.operand, an, type_of)
        if is_sub(a, NUM):
            return a
        if is_sub(a, NUM | STR):
            return NUM
        return ANY if a else 0
    if k == _LENGTH:
        a = expr_type(e.operand, an, type_of)
        if is_sub(a, STR):
            return INT
        return ANY if a else 0
    if k == _CONCAT:
        a, b = expr_type(e.left, an, type_of), expr_type(e.right, an, type_of)
        if is_sub(a, NUM | STR) and is_sub(b, NUM | STR):
            return STR
        return ANY if (a and b) else 0
    if k == _AND:
        a, b = expr_type(e.left, an, type_of), expr_type(e.right, an, type_of)
        return (a & (NIL | BOOL)) | b
    if k == _OR:
        a, b = expr_type(e.left, an, type_of), expr_type(e.right, an, type_of)
        return (a & ~NIL) | b
    return ANY


class Collector:
    """Collects (symbol, source) pairs: source is an expression node, ANY, NIL or ("for", start, step)."""

    def __init__(self, an, shallow=False):
        self.an = an
        self.pairs = []
        self.shallow = shallow  # stay out of nested functions

    def walk(self, node):
        stack = [node]
        while stack:
            n = stack.pop()
            if isinstance(n, list):
                stack.extend(n)
                continue
            if not isinstance(n, A.Node):
                continue
            c = n.__class__
            if self.shallow and c in FUNCTION_NODES:
                self.function_name(n)
                continue
            if c is A.LocalAssign or c is A.Assign:
                self.assign(n.targets, n.values)
            elif c is A.LocalFunction or c is A.Function:
                self.function_name(n)
            elif c is A.Fornum:
                self.pairs.append((self.an.sym(n.target), ("for", n.start, n.step)))
            elif c is A.Forin:
                for t in n.targets:
                    self.pairs.append((self.an.sym(t), ANY))
            if c in FUNCTION_NODES:
                for a in n.args:
                    if isinstance(a, A.Name):
                        self.pairs.append((self.an.sym(a), ANY))
                if c is A.Method:
                    self.pairs.append((self.an.self_sym(n), ANY))
            stack.extend(node_children(n))

    def function_name(self, n):
        """`local function f` / `function f` (f a local) store a function into f."""
        if n.__class__ is A.LocalFunction or n.__class__ is A.Function and isinstance(n.name, A.Name) and self.an.sym(n.name) is not None:
            self.pairs.append((self.an.sym(n.name), FUNC))

    def assign(self, targets, values):
        n = len(values)
        for i, t in enumerate(targets):
            sym = self.an.sym(t) if isinstance(t, A.Name) else None
            if sym is None:
                continue
            if i < n - 1 or (i == n - 1 and not is_multi(values[i])):
                self.pairs.append((sym, values[i]))
            elif i >= n and n > 0 and is_multi(values[-1]) or i == n - 1:
                self.pairs.append((sym, ANY))
            else:
                self.pairs.append((sym, NIL))


def _source_type(src, an, type_of):
    """The type of what a collected assignment stores: a type, an expression, or a numeric for."""
    if src.__class__ is int:
        return src
    if src.__class__ is tuple:
        st = expr_type(src[1], an, type_of)
        sp = INT if not isinstance(src[2], A.Node) else expr_type(src[2], an, type_of)
        if not st or not sp:
            # an operand of no type yet (0, as expr_type gives it): nothing known yet,
            # as expr_type answers for operators (answering NUM here made the result
            # depend on the order the assignments were collected in)
            return 0
        if is_sub(st, INT) and is_sub(sp, INT):
            return INT
        if is_sub(st, FLOAT) or is_sub(sp, FLOAT):
            return FLOAT
        return NUM
    return expr_type(src, an, type_of)


def infer(chunk, an, pairs=None):
    """Fill an.types: each local's types, the union of everything assigned to it.
    pairs: what a Collector found on the whole chunk (scope resolution collects them
    on its walk), else collected here."""
    if pairs is None:
        col = Collector(an)
        col.walk(chunk)
        pairs = col.pairs
    types = an.types
    for sym, _ in pairs:
        types[sym] = 0
    changed = True
    rounds = 0
    while changed and rounds < 50:
        changed = False
        rounds += 1
        for sym, src in pairs:
            nt = types[sym] | _source_type(src, an, an.type_of)
            if nt != types[sym]:
                types[sym] = nt
                changed = True
    if changed:
        for sym, _ in pairs:
            types[sym] = ANY


def clone_types(body_stmts, seeds, an):
    """The types of one function's own locals when the parameters in `seeds` are known
    integers on entry (for a guarded clone of the function), as a map {Symbol: type}
    that the clone's code generation assumes; the inferred types are not changed.

    Sound for every path through the body: like `infer`, each local's type is the
    union of its entry type and of everything assigned to it anywhere in the body
    (flow-insensitive), so a parameter that is reassigned, or defaulted with
    `if not p then p = ... end`, keeps the nil and whatever else a caller passed."""
    col = Collector(an, shallow=True)
    col.walk(body_stmts)
    pairs = col.pairs
    own = {sym for sym, _ in pairs} | set(seeds)
    # what each symbol holds on entry: the seeds are integers (the clone's guard);
    # the other parameters anything a caller passes, nil included (their general
    # type); the function's own locals nothing until an assignment collected here
    types = {}
    for sym in own:
        if sym in seeds:
            types[sym] = INT
        elif sym.kind == "param":
            types[sym] = an.type_of(sym) or ANY
        else:
            types[sym] = 0

    def type_of(sym):
        return types[sym] if sym in types else an.type_of(sym)

    changed = True
    rounds = 0
    while changed and rounds < 50:
        changed = False
        rounds += 1
        for sym, src in pairs:
            nt = types[sym] | _source_type(src, an, type_of)
            if nt != types[sym]:
                types[sym] = nt
                changed = True
    for sym in own:
        # written from a closure we did not look into, or not settled: keep the general type
        if changed or sym.captured_write:
            general = an.type_of(sym)
            types[sym] = general if general is not None else ANY
    return types

"""The vocabulary code generation builds Python `ast` nodes with.

Every node is stamped with its position when it is built (as Hy's `asty` does):
`lineno` and `col_offset` only (compile() takes a missing end position as the
start's, so the code objects are the same, and two attribute stores per node fewer);
`lineno` is the Lua line being compiled (`HERE[0]`, which the code generation
context moves as it enters statements and expressions: `Context.at`), and
`col_offset` is a *site* number, 0 unless the operation can fail with an error
message naming a variable (see `Context.site`).  So Python tracebacks and
`frame.f_lineno` speak Lua lines, and the runtime finds a failing operation's
description from the frame's column.

    py.If(test=t, body=b, orelse=[])   any ast node class, stamped (site=N sets the column)
    N(x) / S(x)        a name read / a name stored
    C(v)               a constant
    CALL(f, args, starred=None, site=0)
                       f(*args, *starred); f is a name or an expression
    IS / ISNOT         `a is b` / `a is not b` (folded when both are constants)
    CLASS(e)           e.__class__ (cheaper than type(e))
    AND / OR           boolean chains (AND drops Nones; AND() is True)
    IFEXP(t, a, b)     a if t else b
    SUB / SUBS         e[k] read (site=N: may fail) / stored
    ATTR(e, name)      e.name read
    ASSIGN(t, v)       t = v (t a name or a target node)
    WALRUS(x, v)       (x := v)
    COMPARE(a, op, b)  a <op> b for one ast comparison operator instance
    TUPLE(elts) / TUPLE_S(elts) / LIST(elts)
    GUARDED(cell, lookup)
                       a library guard cell's value while it holds this _ENV, else the lookup
    is_simple(e)       can e be evaluated twice without cost or effect?
"""
import ast
import threading

LOAD = ast.Load()
STORE = ast.Store()


# HERE[0]: the Lua line nodes built now come from.  One for the process, read for every
# node built (a list item: an attribute of an object cost ~200 instructions a read in the
# compiled twin, a thread-local's 3% of a compile): code generation runs under
# COMPILING, so a compile in another thread waits instead of moving it.
HERE = [1]
COMPILING = threading.RLock()


class _Builders:
    """`py.<AstClass>(**fields, site=0)`: the ast node, stamped with the current position."""

    def __getattr__(self, name):
        cls = getattr(ast, name)
        if "lineno" in cls._attributes:
            def build(*args, site=0, **fields):
                node = cls(*args, **fields)
                node.lineno = HERE[0]
                node.col_offset = site
                return node
        else:
            def build(*args, **fields):
                return cls(*args, **fields)
        setattr(self, name, build)
        return build


py = _Builders()


# The helpers below build their nodes with positional fields and stamp them inline:
# a keyword construction through py.<Class> costs about twice as much, and they
# build most of a module's nodes.  The most frequent fill the new node's __dict__
# directly (its constructor's setattr per field cost ~10% more per node; PyPy's
# ast nodes let their __dict__ be filled, not replaced).
_new = ast.AST.__new__
_Name, _Constant, _Call, _Compare, _Attribute = ast.Name, ast.Constant, ast.Call, ast.Compare, ast.Attribute
_BoolOp, _UnaryOp, _IfExp, _Subscript, _Assign = ast.BoolOp, ast.UnaryOp, ast.IfExp, ast.Subscript, ast.Assign
_NamedExpr, _Tuple, _List, _Expr, _If, _Starred = ast.NamedExpr, ast.Tuple, ast.List, ast.Expr, ast.If, ast.Starred
_Is, _IsNot, _Or = ast.Is, ast.IsNot, ast.Or
_SIMPLE = (_Name, _Constant)
# operators carry no position or field: one instance of each serves every node (as in
# the trees ast.parse makes)
_IS, _ISNOT, _AND, _OR = ast.Is(), ast.IsNot(), ast.And(), ast.Or()


def N(name):
    node = _new(_Name)
    d = node.__dict__
    d["id"] = name
    d["ctx"] = LOAD
    d["lineno"] = HERE[0]
    d["col_offset"] = 0
    return node


def S(name):
    node = _new(_Name)
    d = node.__dict__
    d["id"] = name
    d["ctx"] = STORE
    d["lineno"] = HERE[0]
    d["col_offset"] = 0
    return node


def C(value):
    node = _new(_Constant)
    d = node.__dict__
    d["value"] = value
    d["lineno"] = HERE[0]
    d["col_offset"] = 0
    return node


def CALL(func, args=(), starred=None, site=0):
    line = HERE[0]
    args = list(args)
    if starred is not None:
        st = _Starred(starred, LOAD)
        st.lineno = line
        st.col_offset = 0
        args.append(st)
    if func.__class__ is str:
        func = N(func)
    node = _new(_Call)
    d = node.__dict__
    d["func"] = func
    d["args"] = args
    d["keywords"] = []
    d["lineno"] = line
    d["col_offset"] = site
    return node


def _cmp(a, op, b):
    node = _new(_Compare)
    d = node.__dict__
    d["left"] = a
    d["ops"] = [op]
    d["comparators"] = [b]
    d["lineno"] = HERE[0]
    d["col_offset"] = 0
    return node


def IS(a, b):
    if a.__class__ is _Constant and b.__class__ is _Constant:
        return C(a.value is b.value)
    return _cmp(a, _IS, b)


def ISNOT(a, b):
    if a.__class__ is _Constant and b.__class__ is _Constant:
        return C(a.value is not b.value)
    return _cmp(a, _ISNOT, b)


def COMPARE(a, op, b):
    return _cmp(a, op, b)


def CLASS(e):
    node = _new(_Attribute)
    d = node.__dict__
    d["value"] = e
    d["attr"] = "__class__"
    d["ctx"] = LOAD
    d["lineno"] = HERE[0]
    d["col_offset"] = 0
    return node


def ATTR(e, name):
    node = _new(_Attribute)
    d = node.__dict__
    d["value"] = e
    d["attr"] = name
    d["ctx"] = LOAD
    d["lineno"] = HERE[0]
    d["col_offset"] = 0
    return node


def _boolop(op, vals):
    node = _new(_BoolOp)
    d = node.__dict__
    d["op"] = op
    d["values"] = vals
    d["lineno"] = HERE[0]
    d["col_offset"] = 0
    return node


def AND(*vals):
    vals = [v for v in vals if v is not None]
    if len(vals) > 1:
        vals = _fold_binds(vals)
    if not vals:
        return C(True)
    if len(vals) == 1:
        return vals[0]
    vals = _fuse_snapshot(vals)
    if len(vals) == 1:
        return vals[0]
    return _boolop(_AND, vals)


def _snapshot_name(v):
    """The temporary of an operand snapshot `(t := e) is not None or True`, else None."""
    if v.__class__ is _BoolOp and v.op.__class__ is _Or and len(v.values) == 2:
        w, t = v.values
        if (t.__class__ is _Constant and t.value is True and w.__class__ is _Compare
                and w.left.__class__ is _NamedExpr and w.ops[0].__class__ is _IsNot
                and w.comparators[0].__class__ is _Constant and w.comparators[0].value is None):
            return w.left.target.id
    return None


def _class_test(v):
    """(name, subscripted) of a class test `x.__class__ is C` / `is not C` of a local
    (`x`, or a box `x[0]`), else None: reading it has no effect and cannot fail."""
    if (v.__class__ is _Compare and len(v.ops) == 1 and v.ops[0].__class__ in (_Is, _IsNot)
            and v.comparators[0].__class__ is _Name and v.left.__class__ is _Attribute
            and v.left.attr == "__class__"):
        x = v.left.value
        if x.__class__ is _Name:
            return x.id, False
        if x.__class__ is _Subscript and x.value.__class__ is _Name and x.slice.__class__ is _Constant:
            return x.value.id, True
    return None


def _fuse_snapshot(vals):
    """Fuse the last operand snapshot of an `and` with a class test of its temporary:
    `((t := e) is not None or True) and x.__class__ is float and t.__class__ is float`
    becomes `(t := e).__class__ is float and x.__class__ is float` (four instructions
    fewer).  Sound: everything before the snapshot stays first; the tests between it and
    the test moved are class tests of locals (no effect, cannot fail), so evaluating
    them after it changes nothing but which false test ends the `and`, and the
    temporary is bound whenever anything after the `and` reads it (the snapshot was
    always evaluated, and still is: it is the first of the tests)."""
    n = None
    for i in range(len(vals) - 1, -1, -1):
        name = _snapshot_name(vals[i])
        if name is not None:
            n = i
            break
    if n is None:
        return vals
    for j in range(n + 1, len(vals)):
        ct = _class_test(vals[j])
        if ct is None:
            return vals
        if ct == (name, False):
            test = vals[j]
            walrus = vals[n].values[0].left
            fused = _cmp(CLASS(walrus), test.ops[0], test.comparators[0])
            return vals[:n] + [fused] + vals[n + 1:j] + vals[j + 1:]
    return vals


def _bound_name(v):
    """The (name, value) of an always-true binding `((name := value) is not None or True)`
    (core.operands), else None."""
    if v.__class__ is _BoolOp and v.op.__class__ is _Or and len(v.values) == 2:
        first, last = v.values
        if (last.__class__ is _Constant and last.value is True and first.__class__ is _Compare
                and first.left.__class__ is _NamedExpr and first.ops[0].__class__ is _IsNot
                and first.comparators[0].__class__ is _Constant and first.comparators[0].value is None):
            return first.left
    return None


def _with_first_read(e, name, walrus):
    """e with its first evaluated operand, when that is a read of `name`, replaced by
    `walrus` (which binds name): the nodes on the way are copied (operands may be shared
    with other expressions); None when e does not start by reading name."""
    c = e.__class__
    if c is _Name:
        return walrus if e.id == name else None
    if c is _Compare:
        field = "left"
    elif c is _Attribute or c is _Subscript:
        field = "value"
    elif c is _IfExp:
        field = "test"
    elif c is _UnaryOp:
        field = "operand"
    elif c is _BoolOp:
        inner = _with_first_read(e.values[0], name, walrus)
        if inner is None:
            return None
        node = _BoolOp(e.op, [inner] + e.values[1:])
        node.lineno, node.end_lineno, node.col_offset, node.end_col_offset = (
            e.lineno, e.end_lineno, e.col_offset, e.end_col_offset)
        return node
    else:
        return None
    inner = _with_first_read(getattr(e, field), name, walrus)
    if inner is None:
        return None
    node = c.__new__(c)
    node.__dict__.update(e.__dict__)
    setattr(node, field, inner)
    return node


def _pure_operand(e):
    c = e.__class__
    return c is _Name or c is _Constant or (c is _Attribute and e.attr == "__class__" and e.value.__class__ is _Name)


def _pure_test(e):
    """Is e an identity test of names, constants and their classes (no effect, no error)?"""
    return (e.__class__ is _Compare and _pure_operand(e.left) and all(_pure_operand(x) for x in e.comparators)
            and all(op.__class__ is _Is or op.__class__ is _IsNot for op in e.ops))


def _fold_binds(vals):
    """`((t := x) is not None or True) and t.__class__ is int` is `(t := x).__class__ is
    int`: the binding is always true and the next operand reads t first, so binding it
    there evaluates the same things in the same order (fewer nodes and instructions).
    Of a run of pure tests after the binding (`_pure_test`: their order changes
    nothing), one that reads t first is moved to the front for that."""
    out = []
    i = 0
    n = len(vals)
    vals = list(vals)
    while i < n:
        v = vals[i]
        if i + 1 < n:
            w = _bound_name(v)
            if w is not None:
                name = w.target.id
                j = i + 1
                while j < n and _pure_test(vals[j]):
                    if _with_first_read(vals[j], name, w) is not None:
                        if j > i + 1:
                            vals.insert(i + 1, vals.pop(j))
                        break
                    j += 1
                folded = _with_first_read(vals[i + 1], name, w)
                if folded is not None:
                    out.append(folded)
                    i += 2
                    continue
        out.append(v)
        i += 1
    return out


def OR(*vals):
    return _boolop(_OR, list(vals))


def NOT(e):
    node = _UnaryOp(ast.Not(), e)
    node.lineno = HERE[0]
    node.col_offset = 0
    return node


def IFEXP(test, body, orelse):
    node = _new(_IfExp)
    d = node.__dict__
    d["test"] = test
    d["body"] = body
    d["orelse"] = orelse
    d["lineno"] = HERE[0]
    d["col_offset"] = 0
    return node


def SUB(value, key, site=0):
    node = _new(_Subscript)
    d = node.__dict__
    d["value"] = value
    d["slice"] = key
    d["ctx"] = LOAD
    d["lineno"] = HERE[0]
    d["col_offset"] = site
    return node


def SUBS(value, key):
    node = _Subscript(value, key, STORE)
    node.lineno = HERE[0]
    node.col_offset = 0
    return node


def ASSIGN(target, value):
    if target.__class__ is str:
        target = S(target)
    node = _new(_Assign)
    d = node.__dict__
    d["targets"] = [target]
    d["value"] = value
    d["lineno"] = HERE[0]
    d["col_offset"] = 0
    return node


def WALRUS(name, value):
    node = _new(_NamedExpr)
    d = node.__dict__
    d["target"] = S(name)
    d["value"] = value
    d["lineno"] = HERE[0]
    d["col_offset"] = 0
    return node


def TUPLE(elts):
    node = _new(_Tuple)
    d = node.__dict__
    d["elts"] = list(elts)
    d["ctx"] = LOAD
    d["lineno"] = HERE[0]
    d["col_offset"] = 0
    return node


def TUPLE_S(elts):
    node = _Tuple(list(elts), STORE)
    node.lineno = HERE[0]
    node.col_offset = 0
    return node


def LIST(elts):
    node = _List(list(elts), LOAD)
    node.lineno = HERE[0]
    node.col_offset = 0
    return node


def EXPR(value):
    node = _Expr(value)
    node.lineno = HERE[0]
    node.col_offset = 0
    return node


def IF(test, body, orelse=()):
    node = _If(test, body, list(orelse))
    node.lineno = HERE[0]
    node.col_offset = 0
    return node


def GUARDED(cell, lookup):
    """A guarded library name (runtime/libguard.py): the value its cell caches while the
    cell holds this _ENV, else the lookup."""
    return IFEXP(IS(SUB(N(cell), C(0)), N("_ENV")), SUB(N(cell), C(1)), lookup)


def clone(node, memo=None):
    """copy.deepcopy of a Python ast subtree (or a list of them), a few times faster:
    nodes and lists are copied (a node met twice is copied once, as deepcopy does),
    everything else (names, constants, the Load/Store markers) is shared."""
    if memo is None:
        memo = {}
    c = memo.get(id(node))
    if c is not None:
        return c
    if node.__class__ is list:
        c = memo[id(node)] = []
        c.extend([clone(x, memo) if isinstance(x, _COPIED) else x for x in node])
        return c
    cls = node.__class__
    c = memo[id(node)] = cls.__new__(cls)
    d = c.__dict__
    for k, v in node.__dict__.items():
        d[k] = clone(v, memo) if isinstance(v, _COPIED) and v.__class__ not in _SHARED else v
    return c


_COPIED = (ast.AST, list)
_SHARED = (ast.Load, ast.Store, ast.Del)


def is_simple(e):
    """A Python expression that can be evaluated twice without cost or side effects."""
    return isinstance(e, _SIMPLE)


def FUNCDEF(name, args, body):
    return py.FunctionDef(name=name, args=args, body=body, decorator_list=[], returns=None)


def ARGUMENTS(args=(), vararg=None, kwonly=(), kw_defaults=(), defaults=()):
    """ast.arguments: positional parameter names, the *vararg name, keyword-only names."""
    return ast.arguments(
        posonlyargs=[], args=[py.arg(arg=a) for a in args],
        vararg=py.arg(arg=vararg) if vararg is not None else None,
        kwonlyargs=[py.arg(arg=k) for k in kwonly], kw_defaults=list(kw_defaults),
        kwarg=None, defaults=list(defaults))

"""The module text for `--cython` (lua2py/cybuild.py): generator versions made by their plain function.

The plain module gets its functions' generator versions from makers that compile them
with exactly the plain function's free variables, bound to its closure cells
(runtime/support/cogen.gen_of).  A function Cython compiled has no cells to share,
so here each generator version is defined inside its plain function (sharing its
variables the way nested functions do), made when gen_of first asks for it:

    def f(a=None, *_):
        if _ and _[0] is L_GEN_SELF:   (`a is L_GEN_SELF` for an exact-arity function)
            def f__gen(a=None, *_): ...the generator version...
            return f__gen
        ...the plain body...
    L_register_gens(__file__, {("f", line): True, ...})     (True: GEN_SELF, packed)

An exact-arity function without parameters cannot be called that way: its generator
version is defined right after it and attached (`f.lua_gen = f__gen`,
`f__gen.lua_plain = f`).  A generator version that defines functions defines them
with their generator versions in the same way.  The plain code is the same as in the
plain module; only these statements are added.
"""
import ast
import copy

from .arith import MAXINT, MININT, SMALL


# generator versions' call sites without the coroutine.yield / resume branches (_generic_gen_call)
GENERIC_GEN_CALLS = True


def inline_generator_versions(mod):
    """Rewrite a module built with generator versions (generate(gens=True)): its makers and
    L_register_gens become in-place definitions.  Returns the module."""
    body = mod.body
    gens = {}
    keep = []
    makers = {}
    filename = None
    for node in body:
        if node.__class__ is ast.FunctionDef and node.name.startswith("L_genmaker_"):
            makers[node.name] = node
            continue
        if (node.__class__ is ast.Expr and node.value.__class__ is ast.Call
                and getattr(node.value.func, "id", None) == "L_register_gens"):
            filename = node.value.args[0]
            d = node.value.args[1]
            for k, v in zip(d.keys, d.values):
                maker = makers.get(v.id)
                if maker is None:
                    continue
                gdef = next(n for n in maker.body if n.__class__ is ast.FunctionDef)
                gens[(k.elts[0].value, k.elts[1].value)] = gdef
            continue
        keep.append(node)
    mod.body = keep
    selfmade = []
    _rewrite(mod, gens, selfmade)
    _TypeOf().visit(mod)
    _Helpers(GENERIC_GEN_CALLS).visit(mod)
    if selfmade:
        reg = ast.Expr(value=ast.Call(
            func=ast.Name(id="L_register_gens", ctx=ast.Load()),
            args=[filename, ast.Dict(
                keys=[ast.Tuple(elts=[ast.Constant(n), ast.Constant(ln)], ctx=ast.Load()) for n, ln in selfmade],
                values=[ast.Constant(True) for _ in selfmade])],  # (packed by module_source)
            keywords=[]))
        _positions(reg, 1)
        mod.body.append(reg)
    return mod


class _TypeOf(ast.NodeTransformer):
    """`x.__class__` becomes `type(x)`: Cython compiles a call of the builtin type to a
    read of the object's type slot, where `.__class__` is a generic attribute lookup (in
    CPython the attribute is the faster one, so the plain module keeps it).  `type` is
    never a Lua variable's Python name (codegen/names.py renames builtins)."""

    def visit_Attribute(self, node):
        self.generic_visit(node)
        if node.attr == "__class__" and node.ctx.__class__ is ast.Load:
            call = ast.Call(func=ast.Name(id="type", ctx=ast.Load()), args=[node.value], keywords=[])
            return ast.copy_location(call, node)
        return node


def _rewrite(node, gens, selfmade):
    for field, value in ast.iter_fields(node):
        if value.__class__ is list and value and isinstance(value[0], ast.AST):
            out = []
            for child in value:
                if child.__class__ is ast.FunctionDef and getattr(child, "l2c_done", False):
                    out.append(child)  # a node shared by two trees, rewritten already
                    continue
                _rewrite(child, gens, selfmade)
                out.append(child)
                if child.__class__ is ast.FunctionDef:
                    child.l2c_done = True
                    gdef = gens.get((child.name, child.lineno))
                    if gdef is not None:
                        g = copy.deepcopy(gdef)
                        _rewrite(g, gens, selfmade)
                        test = _self_test(child)
                        if test is None:
                            # beside it, in the same scope: the boxes it binds are the plain's
                            g.args.kw_defaults = copy.deepcopy(child.args.kw_defaults)
                            out.append(g)
                            out.extend(_attach(child.name, g.name, child.lineno))
                        else:
                            _nest(child, g, test)
                            selfmade.append((child.name, child.lineno))
            setattr(node, field, out)
        elif isinstance(value, ast.AST):
            _rewrite(value, gens, selfmade)


def _self_test(fdef):
    """The test that a plain function was called by gen_of to make its generator version:
    `_ and _[0] is L_GEN_SELF` for one with a `*_` / `*varargs` parameter (L_GEN_SELF comes
    after its parameters: a Lua call with no extra argument pays only the tuple's length
    test), `<first parameter> is L_GEN_SELF` for an exact-arity one, None for an exact-arity
    one without parameters."""
    a = fdef.args
    if a.vararg is not None:
        v = a.vararg.arg
        first = ast.Subscript(value=ast.Name(id=v, ctx=ast.Load()), slice=ast.Constant(0), ctx=ast.Load())
        return ast.BoolOp(op=ast.And(), values=[
            ast.Name(id=v, ctx=ast.Load()),
            ast.Compare(left=first, ops=[ast.Is()], comparators=[ast.Name(id="L_GEN_SELF", ctx=ast.Load())])])
    if a.args:
        return ast.Compare(left=ast.Name(id=a.args[0].arg, ctx=ast.Load()), ops=[ast.Is()],
                           comparators=[ast.Name(id="L_GEN_SELF", ctx=ast.Load())])
    return None


def _nest(fdef, gdef, test):
    """`if <test>: def f__gen(...): ...; return f__gen` as the first statement of fdef: the
    generator version, made when gen_of asks (runtime/support/cogen.GEN_SELF), shares the
    plain function's variables (its free variables are the plain function's).  Its
    keyword-only parameters (the boxes of enclosing loop locals, bound when the plain
    function was defined) default to the plain function's."""
    gdef.args.kw_defaults = [ast.Name(id=k.arg, ctx=ast.Load()) for k in fdef.args.kwonlyargs]
    stmt = ast.If(test=test, body=[gdef, ast.Return(value=ast.Name(id=gdef.name, ctx=ast.Load()))], orelse=[])
    _positions(stmt, fdef.lineno, skip=gdef)
    fdef.body.insert(0, stmt)


def _positions(node, line, skip=None):
    for n in ast.walk(node):
        if n is skip:
            continue
        if "lineno" in n._attributes and getattr(n, "lineno", None) is None:
            n.lineno = n.end_lineno = line
            n.col_offset = n.end_col_offset = 0

def _attach(plain, gen, line):
    stmts = [
        ast.Assign(targets=[ast.Attribute(value=ast.Name(id=plain, ctx=ast.Load()), attr="lua_gen", ctx=ast.Store())],
                   value=ast.Name(id=gen, ctx=ast.Load())),
        ast.Assign(targets=[ast.Attribute(value=ast.Name(id=gen, ctx=ast.Load()), attr="lua_plain", ctx=ast.Store())],
                   value=ast.Name(id=plain, ctx=ast.Load())),
    ]
    for s in stmts:
        for n in ast.walk(s):
            if "lineno" in n._attributes:
                n.lineno = n.end_lineno = line
                n.col_offset = n.end_col_offset = 0
    return stmts


# ---------------------------------------------------------------- C helpers for hot shapes
#
# The module's augmenting declaration file (<module>.pxd, written beside the .py by
# lua2py/cybuild.py) defines a few C functions, and the rewrite below calls them in place
# of expressions that Cython would compile to generic object protocol calls.  Each
# computes exactly the value of the expression it replaces, for any operand:
#
#   C_meta(x)     x.meta: a LuaTable's metatable slot read at its offset (the slot's member
#                 descriptor, found on the first call from a type with generic attribute
#                 lookup; the type's version tag must be unchanged), else getattr
#   C_first(e)    (_r if type(_r := e) is not tuple else _r[0] if _r else None): a call's
#                 first result
#   C_wrapi(e)    (_t if -S <= (_t := e) <= S else _t if MIN <= _t <= MAX else L_wrap(_t)):
#                 an int result wrapped to 64 bits (arith.wrap_int)
#   C_wrapn(e)    (_t if type(_t := e) is float or -S <= _t <= S else L_wrap(_t)): a number
#                 result, wrapped when an int
#   C_dbl(x)      the double of a float (PyFloat_AS_DOUBLE), where x is known to be one:
#                 `E if T else ...` where T is a chain `... and type(x) is float and ...`
#                 and E is + - * and unary - of such names and of float constants or ints
#                 below 2**53 in magnitude is computed in C doubles (C_dbl(x) * C_dbl(y) ...),
#                 boxed once.  Python's float + - * are IEEE double operations, which C's
#                 are too (x86-64 SSE2, no contraction: -ffp-contract=off in cybuild's
#                 flags); the constants convert exactly; E has no call or walrus, so
#                 nothing runs between the test and E that could rebind the names.
#
# (S = arith.SMALL, MIN/MAX the 64-bit bounds, L_wrap(i) = ((i + 2**63) & (2**64 - 1)) - 2**63.)
# The walrus of the replaced expression is kept: the temporary holds what it held.
PXD = r'''
cdef extern from *:
    """
    #include "structmember.h"
    static PyTypeObject *l2c_meta_type = NULL;
    static Py_ssize_t l2c_meta_off = 0;
    static unsigned int l2c_meta_tag = 0;
    static PyObject *C_meta(PyObject *t) {
        PyTypeObject *tp = Py_TYPE(t);
        if (tp == l2c_meta_type && tp->tp_version_tag == l2c_meta_tag) {
            PyObject *r = *(PyObject **)((char *)t + l2c_meta_off);
            if (r) { Py_INCREF(r); return r; }
        } else if (l2c_meta_type == NULL && tp->tp_getattro == PyObject_GenericGetAttr
                   && PyType_HasFeature(tp, Py_TPFLAGS_VALID_VERSION_TAG)) {
            static PyObject *name = NULL;
            if (!name && !(name = PyUnicode_InternFromString("meta"))) return NULL;
            PyObject *d = _PyType_Lookup(tp, name);
            if (d && Py_IS_TYPE(d, &PyMemberDescr_Type)) {
                PyMemberDef *m = ((PyMemberDescrObject *)d)->d_member;
                if (m->type == T_OBJECT_EX && !(m->flags & READ_RESTRICTED)) {
                    l2c_meta_type = tp; l2c_meta_off = m->offset; l2c_meta_tag = tp->tp_version_tag;
                }
            }
        }
        return PyObject_GetAttrString(t, "meta");
    }
    /* t[k] and k in t, for a dict subclass whose __getitem__ / __contains__ are dict's
       (LuaTable): CPython runs those through the generic slots (a method lookup and a
       call per access), since dict defines them as methods; here the dict is asked
       directly.  The type is remembered with its version tag, so a later change of
       either method is seen. */
    static PyTypeObject *l2c_dict_type = NULL;
    static unsigned int l2c_dict_tag = 0;
    static int l2c_plain_dict(PyTypeObject *tp) {
        static PyObject *gi = NULL, *ct = NULL;
        PyObject *a, *b;
        if (tp == l2c_dict_type && tp->tp_version_tag == l2c_dict_tag) return 1;
        if (!PyType_FastSubclass(tp, Py_TPFLAGS_DICT_SUBCLASS)) return 0;
        if (!gi && !(gi = PyUnicode_InternFromString("__getitem__"))) { PyErr_Clear(); return 0; }
        if (!ct && !(ct = PyUnicode_InternFromString("__contains__"))) { PyErr_Clear(); return 0; }
        a = _PyType_Lookup(tp, gi); b = _PyType_Lookup(&PyDict_Type, gi);
        if (!a || a != b) return 0;
        a = _PyType_Lookup(tp, ct); b = _PyType_Lookup(&PyDict_Type, ct);
        if (!a || a != b || !PyType_HasFeature(tp, Py_TPFLAGS_VALID_VERSION_TAG)) return 0;
        l2c_dict_type = tp; l2c_dict_tag = tp->tp_version_tag;
        return 1;
    }
    static PyObject *C_get(PyObject *t, PyObject *k) {
        if (l2c_plain_dict(Py_TYPE(t))) {
            PyObject *r = PyDict_GetItemWithError(t, k);
            if (r) { Py_INCREF(r); return r; }
            if (PyErr_Occurred()) return NULL;
            /* a miss: the subscript itself (__missing__) */
        }
        return PyObject_GetItem(t, k);
    }
    static int C_has(PyObject *t, PyObject *k) {
        if (l2c_plain_dict(Py_TYPE(t))) return PyDict_Contains(t, k);
        return PySequence_Contains(t, k);
    }
    static PyObject *C_first(PyObject *v) {
        if (!PyTuple_CheckExact(v)) { Py_INCREF(v); return v; }
        if (PyTuple_GET_SIZE(v)) { PyObject *r = PyTuple_GET_ITEM(v, 0); Py_INCREF(r); return r; }
        Py_RETURN_NONE;
    }
    static PyObject *l2c_nums[6];  /* -S, S, MIN, MAX, 2**63, 2**64 - 1 */
    static int l2c_between(PyObject *v, PyObject *lo, PyObject *hi) {
        int r = PyObject_RichCompareBool(lo, v, Py_LE);
        if (r <= 0) return r;
        return PyObject_RichCompareBool(v, hi, Py_LE);
    }
    static PyObject *l2c_wrap_any(PyObject *v, int full) {
        int r;
        if (!l2c_nums[0]) {
            l2c_nums[0] = PyLong_FromLong(-1073741823L); l2c_nums[1] = PyLong_FromLong(1073741823L);
            l2c_nums[2] = PyLong_FromLongLong(PY_LLONG_MIN); l2c_nums[3] = PyLong_FromLongLong(PY_LLONG_MAX);
            l2c_nums[4] = PyLong_FromUnsignedLongLong(1ULL << 63); l2c_nums[5] = PyLong_FromUnsignedLongLong(~0ULL);
            for (r = 0; r < 6; r++) if (!l2c_nums[r]) return NULL;
        }
        r = l2c_between(v, l2c_nums[0], l2c_nums[1]);
        if (r < 0) return NULL;
        if (!r && full) { r = l2c_between(v, l2c_nums[2], l2c_nums[3]); if (r < 0) return NULL; }
        if (r) { Py_INCREF(v); return v; }
        PyObject *a = PyNumber_Add(v, l2c_nums[4]), *b;
        if (!a) return NULL;
        b = PyNumber_And(a, l2c_nums[5]);
        Py_DECREF(a);
        if (!b) return NULL;
        a = PyNumber_Subtract(b, l2c_nums[4]);
        Py_DECREF(b);
        return a;
    }
    static PyObject *l2c_wrap_int(PyObject *v) {
        int overflow;
        unsigned long long u;
    #if PY_VERSION_HEX < 0x030C0000 && !defined(Py_LIMITED_API)
        if (Py_SIZE(v) >= -1 && Py_SIZE(v) <= 1) { Py_INCREF(v); return v; }
    #endif
        (void)PyLong_AsLongLongAndOverflow(v, &overflow);
        if (!overflow) { Py_INCREF(v); return v; }
        u = PyLong_AsUnsignedLongLongMask(v);
        if (u == (unsigned long long)-1 && PyErr_Occurred()) return NULL;
        return PyLong_FromLongLong((long long)u);
    }
    static PyObject *C_wrapi(PyObject *v) {
        if (PyLong_CheckExact(v)) return l2c_wrap_int(v);
        return l2c_wrap_any(v, 1);
    }
    static PyObject *C_wrapn(PyObject *v) {
        if (PyFloat_CheckExact(v)) { Py_INCREF(v); return v; }
        if (PyLong_CheckExact(v)) return l2c_wrap_int(v);
        return l2c_wrap_any(v, 0);
    }
    """
    object C_meta(object)
    object C_first(object)
    object C_get(object, object)
    int C_has(object, object) except -1
    object C_wrapi(object)
    object C_wrapn(object)
    double C_dbl "PyFloat_AS_DOUBLE" (object)
'''


def _const(node, value):
    return node.__class__ is ast.Constant and node.value == value and node.value.__class__ is value.__class__


def _name(node, name=None):
    return node.__class__ is ast.Name and (name is None or node.id == name)


def _type_of(node):
    """The argument of `type(arg)`, or None."""
    if (node.__class__ is ast.Call and _name(node.func, "type") and len(node.args) == 1
            and not node.keywords):
        return node.args[0]
    return None


def _range_test(node, lo, hi):
    """The middle operand of `lo <= X <= hi`, or None."""
    if (node.__class__ is ast.Compare and len(node.ops) == 2 and all(o.__class__ is ast.LtE for o in node.ops)
            and _const(node.left, lo) and _const(node.comparators[1], hi)):
        return node.comparators[0]
    return None


def _item_of(node, key):
    """X of `X[key]` (key a constant), or of its rewritten form C_get(X, key); else None."""
    if node.__class__ is ast.Subscript and _const(node.slice, key):
        return node.value
    if (node.__class__ is ast.Call and _name(node.func, "C_get") and len(node.args) == 2
            and _const(node.args[1], key)):
        return node.args[0]
    return None


def _walrus_of(node):
    return node if node.__class__ is ast.NamedExpr and _name(node.target) else None


class _Helpers(ast.NodeTransformer):
    """Expressions with a C helper (PXD) rewritten to call it, and numeric loops over
    L_forrange(a, b, c) given a range when a, b and c are ints and c > 0, or c is a
    negative constant (what loops.forrange returns then: range(a, b + 1, c), range(a,
    b - 1, c)), without the call."""

    def __init__(self, gen_calls=False):
        self.n = 0
        self.gen_calls = gen_calls

    def visit_For(self, node):
        self.generic_visit(node)
        it = node.iter
        if (it.__class__ is ast.Call and _name(it.func, "L_forrange") and len(it.args) == 3
                and not it.keywords):
            node.iter = _fill_like(self._range(it), it)
        return node

    def _range(self, call):
        # every operand evaluated once, in order: when one needs a temporary, all but
        # constants get one (a later operand's call could assign an earlier variable)
        args = call.args
        if any(a.__class__ is ast.Constant and a.value.__class__ is not int for a in args) or (
                args[2].__class__ is ast.Constant and args[2].value == 0):
            return call
        simple = all(a.__class__ in (ast.Name, ast.Constant) for a in args)
        evals, refs = [], []
        for a in args:
            if a.__class__ is ast.Constant or simple:
                refs.append(a)
                continue
            self.n += 1
            tmp = "_l2c_%d" % self.n
            walrus = ast.NamedExpr(target=ast.Name(id=tmp, ctx=ast.Store()), value=a)
            evals.append(ast.BoolOp(op=ast.Or(), values=[
                ast.Compare(left=walrus, ops=[ast.IsNot()], comparators=[ast.Constant(None)]), ast.Constant(True)]))
            refs.append(ast.Name(id=tmp, ctx=ast.Load()))

        def ld(r):
            return copy.deepcopy(r)

        tests = evals + [
            ast.Compare(left=ast.Call(func=ast.Name(id="type", ctx=ast.Load()), args=[ld(r)], keywords=[]),
                        ops=[ast.Is()], comparators=[ast.Name(id="int", ctx=ast.Load())])
            for r in refs if r.__class__ is not ast.Constant]
        step = refs[2]
        if step.__class__ is ast.Constant:
            past = ast.Constant(1 if step.value > 0 else -1)
        else:
            tests.append(ast.Compare(left=ld(step), ops=[ast.Gt()], comparators=[ast.Constant(0)]))
            past = ast.Constant(1)
        fast = ast.Call(func=ast.Name(id="range", ctx=ast.Load()), args=[
            ld(refs[0]), ast.BinOp(left=ld(refs[1]), op=ast.Add(), right=past), ld(step)], keywords=[])
        slow = ast.Call(func=ast.Name(id="L_forrange", ctx=ast.Load()), args=[ld(r) for r in refs], keywords=[])
        if not tests:
            return fast
        test = ast.BoolOp(op=ast.And(), values=tests) if len(tests) > 1 else tests[0]
        return ast.IfExp(test=test, body=fast, orelse=slow)

    def visit_Subscript(self, node):
        # x[k] read: C_get (for any x it computes x[k])
        self.generic_visit(node)
        if node.ctx.__class__ is ast.Load and node.slice.__class__ is not ast.Slice:
            return _fill_like(ast.Call(func=ast.Name(id="C_get", ctx=ast.Load()), args=[node.value, node.slice],
                                       keywords=[]), node)
        return node

    def visit_Compare(self, node):
        # k in t / k not in t: C_has (for any t it computes k in t)
        self.generic_visit(node)
        if len(node.ops) == 1 and node.ops[0].__class__ in (ast.In, ast.NotIn):
            has = _fill_like(ast.Call(func=ast.Name(id="C_has", ctx=ast.Load()),
                                      args=[node.comparators[0], node.left], keywords=[]), node)
            if node.ops[0].__class__ is ast.NotIn:
                has = _fill_like(ast.UnaryOp(op=ast.Not(), operand=has), node)
            return has
        return node

    def visit_Attribute(self, node):
        self.generic_visit(node)
        if node.attr == "meta" and node.ctx.__class__ is ast.Load:
            return self._call("C_meta", node.value, node)
        return node

    def visit_IfExp(self, node):
        self.generic_visit(node)
        if self.gen_calls:
            g = _generic_gen_call(node)
            if g is not None:
                return g
        self._doubles(node)
        return self._first(node) or self._wrapi(node) or self._wrapn(node) or node

    def _doubles(self, node):
        floats = _floats_tested(node.test)
        if floats and node.body.__class__ is not ast.Name and _double_tree(node.body, floats):
            node.body = _fill_like(_as_doubles(node.body), node.body)

    def _call(self, fn, arg, like):
        return _fill_like(ast.Call(func=ast.Name(id=fn, ctx=ast.Load()), args=[arg], keywords=[]), like)

    def _first(self, node):
        # _r if type((_r := E)) is not tuple else _r[0] if _r else None
        t = node.test
        if not (t.__class__ is ast.Compare and len(t.ops) == 1 and t.ops[0].__class__ is ast.IsNot
                and _name(t.comparators[0], "tuple")):
            return None
        w = _walrus_of(_type_of(t.left))
        if w is None:
            return None
        r = w.target.id
        o = node.orelse
        if not (_name(node.body, r) and o.__class__ is ast.IfExp and _name(o.test, r) and _const(o.orelse, None)
                and _name(_item_of(o.body, 0), r)):
            return None
        return self._call("C_first", w, node)

    def _wrapi(self, node):
        # _t if -S <= (_t := E) <= S else _t if MIN <= _t <= MAX else L_wrap(_t)
        w = _walrus_of(_range_test(node.test, -SMALL, SMALL))
        if w is None:
            return None
        t = w.target.id
        o = node.orelse
        if not (_name(node.body, t) and o.__class__ is ast.IfExp and _name(_range_test(o.test, MININT, MAXINT), t)
                and _name(o.body, t) and _wrap_call(o.orelse, t)):
            return None
        return self._call("C_wrapi", w, node)

    def _wrapn(self, node):
        # _t if type(_t := E) is float or -S <= _t <= S else L_wrap(_t)
        t = node.test
        if not (t.__class__ is ast.BoolOp and t.op.__class__ is ast.Or and len(t.values) == 2):
            return None
        a, b = t.values
        if not (a.__class__ is ast.Compare and len(a.ops) == 1 and a.ops[0].__class__ is ast.Is
                and _name(a.comparators[0], "float")):
            return None
        w = _walrus_of(_type_of(a.left))
        if w is None:
            return None
        tmp = w.target.id
        if not (_name(_range_test(b, -SMALL, SMALL), tmp) and _name(node.body, tmp) and _wrap_call(node.orelse, tmp)):
            return None
        return self._call("C_wrapn", w, node)


_DOUBLE_OPS = (ast.Add, ast.Sub, ast.Mult)


def _floats_tested(test):
    """The names x of the conjuncts `type(x) is float` of an and-chain (or of one test) that
    no later conjunct assigns (a walrus)."""
    parts = test.values if test.__class__ is ast.BoolOp and test.op.__class__ is ast.And else [test]
    out = set()
    for p in parts:
        for n in ast.walk(p):
            if n.__class__ is ast.NamedExpr and _name(n.target):
                out.discard(n.target.id)
        if (p.__class__ is ast.Compare and len(p.ops) == 1 and p.ops[0].__class__ is ast.Is
                and _name(p.comparators[0], "float")):
            x = _type_of(p.left)
            if x is not None and _name(x):
                out.add(x.id)
    return out


def _double_tree(node, floats):
    """Is node + - * (and unary -) over the names in floats and exact constants, with at
    least one operation and one such name?"""
    ops = names = 0
    for n in ast.walk(node):
        c = n.__class__
        if c is ast.BinOp:
            if n.op.__class__ not in _DOUBLE_OPS:
                return False
            ops += 1
        elif c is ast.UnaryOp:
            if n.op.__class__ is not ast.USub:
                return False
        elif c is ast.Name:
            if n.id not in floats:
                return False
            names += 1
        elif c is ast.Constant:
            v = n.value
            if not (v.__class__ is float or v.__class__ is int and -(1 << 53) <= v <= (1 << 53)):
                return False
        elif c not in (ast.Load, ast.Add, ast.Sub, ast.Mult, ast.USub):
            return False
    return ops > 0 and names > 0


class _AsDoubles(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.Call(func=ast.Name(id="C_dbl", ctx=ast.Load()), args=[node], keywords=[])

    def visit_Constant(self, node):
        return ast.Constant(float(node.value))


def _as_doubles(node):
    return _AsDoubles().visit(node)


def _generic_gen_call(node):
    """A generator version's call site (codegen/calls.py)

        L_ret((yield (ARGS))) if EVALS and FIRST is L_co_yield else
            RESUME if _f is L_co_resume else VIAGEN if HAS_GEN(_f) else PLAIN

    as `VIAGEN if EVALS and HAS_GEN(FIRST) else PLAIN` (the shape of a call of a local
    function): coroutine.yield and resume called through their `lua_gen`, yield_gen and
    resume_gen, which do what the two special branches do, with one suspension point
    in the compiled generator instead of three.  None when node is not such a site."""
    t = node.test
    if not (node.orelse.__class__ is ast.IfExp and (node.body.__class__ is ast.Yield or (
            node.body.__class__ is ast.Call and _name(node.body.func, "L_ret")))):
        return None
    parts = t.values if t.__class__ is ast.BoolOp and t.op.__class__ is ast.And else [t]
    last = parts[-1]
    if not (last.__class__ is ast.Compare and len(last.ops) == 1 and last.ops[0].__class__ is ast.Is
            and _name(last.comparators[0], "L_co_yield")):
        return None
    first = last.left
    r = node.orelse
    if not (r.test.__class__ is ast.Compare and _name(r.test.comparators[0], "L_co_resume")
            and r.orelse.__class__ is ast.IfExp):
        return None
    inner = r.orelse
    has_gen = inner.test  # (_g := getattr(_f, 'lua_gen', L_UNSET)) is not None and (...)
    if first.__class__ is ast.NamedExpr:
        # the callee evaluated here: inside getattr(...)
        look = has_gen.values[0].left.value
        if not (look.__class__ is ast.Call and _name(look.func, "getattr") and _name(look.args[0], first.target.id)):
            return None
        look.args[0] = first
    elif not _name(first):
        return None
    test = ast.BoolOp(op=ast.And(), values=parts[:-1] + [has_gen]) if len(parts) > 1 else has_gen
    return _fill_like(ast.IfExp(test=test, body=inner.body, orelse=inner.orelse), node)


def _fill_like(node, like):
    """node, its parts without a position given like's."""
    for n in ast.walk(node):
        if "lineno" in n._attributes and getattr(n, "lineno", None) is None:
            ast.copy_location(n, like)
    return node


def _positive_int(node):
    return node.__class__ is ast.Constant and node.value.__class__ is int and node.value > 0


def _wrap_call(node, tmp):
    return (node.__class__ is ast.Call and _name(node.func, "L_wrap") and len(node.args) == 1
            and _name(node.args[0], tmp) and not node.keywords)

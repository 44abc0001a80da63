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


def inline_generator_versions(mod, typed=None):
    """Rewrite a module built with generator versions (generate(gens=True)): its makers and
    L_register_gens become in-place definitions.  typed: typed_locals' answer, the locals
    that may become C integers (_CInts).  Returns the module."""
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
    # the C helpers' runtime objects (PXD's C_setup), after the prelude's import and the
    # L_register call that module_source takes out
    setup = ast.Expr(value=ast.Call(func=ast.Name(id="C_setup", ctx=ast.Load()), args=[
        ast.Name(id=n, ctx=ast.Load()) for n in ("L_Table", "L_get", "L_put")], keywords=[]))
    _positions(setup, 1)
    keep.insert(2, setup)
    ops = ast.Expr(value=ast.Call(func=ast.Name(id="C_setup_ops", ctx=ast.Load()), args=[ast.Tuple(elts=[
        ast.Name(id=n, ctx=ast.Load()) for n in _OPS_HELPERS], ctx=ast.Load())], keywords=[]))
    _positions(ops, 1)
    keep.insert(3, ops)
    mod.body = keep
    selfmade = []
    _rewrite(mod, gens, selfmade)
    _TypeOf().visit(mod)
    _Helpers(GENERIC_GEN_CALLS).visit(mod)
    if typed:
        _CInts(typed).module(mod)
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
#   C_add(a, b) ... C_mktable_kv(d)   the calls L_add(a, b) ... with their first step in
#                 C: see the comment above them in PXD and docs/architecture.md
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
        /* a list or tuple at an index in range (the generated code's own: the caches of
           global functions, `_[0]` of varargs, call results): its item, without
           PyObject_GetItem's index conversion */
        if (PyLong_CheckExact(k) && (PyList_CheckExact(t) || PyTuple_CheckExact(t))) {
            Py_ssize_t i = PyLong_AsSsize_t(k);
            if (i == -1 && PyErr_Occurred()) PyErr_Clear();  /* (the subscript raises it again) */
            else if (i >= 0 && i < Py_SIZE(t)) {
                PyObject *r = PyList_CheckExact(t) ? PyList_GET_ITEM(t, i) : PyTuple_GET_ITEM(t, i);
                Py_INCREF(r);
                return r;
            }
        }
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
    /* L_get(o, k) and L_put(o, k, v) (runtime/core/_ltable.pyx's get and put) with their
       first step here: a raw read of an exact LuaTable's present entry for a key that is
       not a boolean; a raw store into an exact LuaTable that has no metatable, or has
       the key, or whose metatable (a LuaTable) has no __newindex, of a value that is
       not nil.  Anything else calls the function itself.  C_setup hands over the type
       and the functions when the module is loaded. */
    static PyTypeObject *l2c_LT = NULL;
    static Py_ssize_t l2c_LT_meta = 0;
    static PyObject *l2c_py_get = NULL, *l2c_py_put = NULL, *l2c_newindex = NULL;
    static int C_setup(PyObject *lt, PyObject *get, PyObject *put) {
        PyObject *d;
        Py_INCREF(get); Py_INCREF(put);
        l2c_py_get = get; l2c_py_put = put;
        if (!l2c_newindex && !(l2c_newindex = PyUnicode_InternFromString("__newindex"))) return -1;
        if (!PyType_Check(lt)) return 0;
        d = PyObject_GetAttrString(lt, "meta");
        if (!d) { PyErr_Clear(); return 0; }
        if (Py_IS_TYPE(d, &PyMemberDescr_Type)) {
            PyMemberDef *m = ((PyMemberDescrObject *)d)->d_member;
            if (m->type == T_OBJECT_EX && !(m->flags & READ_RESTRICTED)) {
                l2c_LT_meta = m->offset;
                l2c_LT = (PyTypeObject *)lt;  /* (kept alive by the runtime's module) */
            }
        }
        Py_DECREF(d);
        return 0;
    }
    static PyObject *C_tget(PyObject *o, PyObject *k) {
        PyObject *args[2];
        if (Py_TYPE(o) == l2c_LT && !PyBool_Check(k)) {
            PyObject *v = PyDict_GetItem(o, k);  /* (borrowed, as _ltable.get reads it) */
            if (v) { Py_INCREF(v); return v; }
        }
        args[0] = o; args[1] = k;
        return PyObject_Vectorcall(l2c_py_get, args, 2, NULL);
    }
    static int C_tput(PyObject *o, PyObject *k, PyObject *v) {
        PyObject *args[3], *r;
        if (v != Py_None && Py_TYPE(o) == l2c_LT) {
            PyObject *mt = *(PyObject **)((char *)o + l2c_LT_meta);
            int has = 0;
            if (mt == Py_None) return PyDict_SetItem(o, k, v);
            if (mt) {
                has = PyDict_Contains(o, k);
                if (has < 0) return -1;
                if (!has && Py_TYPE(mt) == l2c_LT) {
                    has = PyDict_Contains(mt, l2c_newindex);
                    if (has < 0) return -1;
                    has = !has;
                }
                if (has) return PyDict_SetItem(o, k, v);
            }
        }
        args[0] = o; args[1] = k; args[2] = v;
        r = PyObject_Vectorcall(l2c_py_put, args, 3, NULL);
        if (!r) return -1;
        Py_DECREF(r);
        return 0;
    }
    /* Lua's integer + - * and unary -: 64-bit modular, computed unsigned (no signed
       overflow); the conversion back is gcc's modulo 2**64 */
    static inline long long l2c_iadd(long long a, long long b) {
        return (long long)((unsigned long long)a + (unsigned long long)b); }
    static inline long long l2c_isub(long long a, long long b) {
        return (long long)((unsigned long long)a - (unsigned long long)b); }
    static inline long long l2c_imul(long long a, long long b) {
        return (long long)((unsigned long long)a * (unsigned long long)b); }
    static inline long long l2c_ineg(long long a) {
        return (long long)(0ULL - (unsigned long long)a); }
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
    /* ops.add, sub, mul, div, unm, lt and le (the calls L_add(a, b) ... that codegen writes
       where its inline type tests did not decide) with their number cases here: for exact
       ints and floats what ops computes (`a + b` by Python's own operation; an int result
       wrapped to 64 bits as ops wraps it; a float NaN from + or *, whose sign ops decides,
       and a division by zero go to ops), strings compared as ops compares them (`a < b`),
       anything else a call of the function itself.  C_setup_ops hands them over. */
    static PyObject *l2c_ops[10];  /* add sub mul div lt le unm mcall mktable_kv eq (cymode._OPS_HELPERS) */
    static PyObject *l2c_index = NULL;
    static int C_setup_ops(PyObject *fns) {
        Py_ssize_t i;
        if (!PyTuple_Check(fns) || PyTuple_GET_SIZE(fns) != 10) {
            PyErr_SetString(PyExc_TypeError, "C_setup_ops: 10 functions expected"); return -1; }
        for (i = 0; i < 10; i++) { l2c_ops[i] = PyTuple_GET_ITEM(fns, i); Py_INCREF(l2c_ops[i]); }
        if (!l2c_index && !(l2c_index = PyUnicode_InternFromString("__index"))) return -1;
        return 0;
    }
    static PyObject *l2c_call_op(int i, PyObject *a, PyObject *b) {
        PyObject *args[2];
        args[0] = a; args[1] = b;
        return PyObject_Vectorcall(l2c_ops[i], args, b ? 2 : 1, NULL);
    }
    #define L2C_NUM(o) (PyLong_CheckExact(o) || PyFloat_CheckExact(o))
    static PyObject *l2c_wrap_int(PyObject *v);
    static PyObject *l2c_arith(int i, PyObject *a, PyObject *b) {
        PyObject *r, *w;
        if (!L2C_NUM(a) || !L2C_NUM(b)) return l2c_call_op(i, a, b);
        r = i == 0 ? PyNumber_Add(a, b) : i == 1 ? PyNumber_Subtract(a, b) : PyNumber_Multiply(a, b);
        if (!r) return NULL;
        if (PyLong_CheckExact(r)) { w = l2c_wrap_int(r); Py_DECREF(r); return w; }
        if (i != 1 && PyFloat_CheckExact(r) && Py_IS_NAN(PyFloat_AS_DOUBLE(r))) {
            Py_DECREF(r); return l2c_call_op(i, a, b); }
        return r;
    }
    static PyObject *C_add(PyObject *a, PyObject *b) { return l2c_arith(0, a, b); }
    static PyObject *C_sub(PyObject *a, PyObject *b) { return l2c_arith(1, a, b); }
    static PyObject *C_mul(PyObject *a, PyObject *b) { return l2c_arith(2, a, b); }
    static PyObject *C_div(PyObject *a, PyObject *b) {
        /* ops.div: fdiv(a, b), float(a) / float(b) */
        if (L2C_NUM(a) && L2C_NUM(b)) {
            double x = PyFloat_CheckExact(a) ? PyFloat_AS_DOUBLE(a) : PyLong_AsDouble(a);
            double y = PyFloat_CheckExact(b) ? PyFloat_AS_DOUBLE(b) : PyLong_AsDouble(b);
            if ((x == -1.0 || y == -1.0) && PyErr_Occurred()) return NULL;
            if (y != 0.0) return PyFloat_FromDouble(x / y);
        }
        return l2c_call_op(3, a, b);
    }
    static PyObject *l2c_compare(int i, int op, PyObject *a, PyObject *b) {
        if ((L2C_NUM(a) && L2C_NUM(b)) || (PyUnicode_CheckExact(a) && PyUnicode_CheckExact(b)))
            return PyObject_RichCompare(a, b, op);
        return l2c_call_op(i, a, b);
    }
    static PyObject *C_lt(PyObject *a, PyObject *b) { return l2c_compare(4, Py_LT, a, b); }
    static PyObject *C_le(PyObject *a, PyObject *b) { return l2c_compare(5, Py_LE, a, b); }
    static PyObject *C_unm(PyObject *a) {
        PyObject *r, *w;
        if (!L2C_NUM(a)) return l2c_call_op(6, a, NULL);
        r = PyNumber_Negative(a);  /* an int: -MININT wraps to MININT, as ops.unm returns it */
        if (!r || !PyLong_CheckExact(r)) return r;
        w = l2c_wrap_int(r); Py_DECREF(r); return w;
    }
    /* L_mcall(o, name) (table.method_call, _ltable.method_call: the method for `o:name()`
       when callable): for an exact LuaTable, its own entry, else its metatable's __index
       table's, and so on (raw reads, as method_call reads); a callable value found is the
       answer, anything else (another type, no metatable or __index, an __index that is not
       a table, a value that is not callable, a chain of 100) a call of the function
       itself, which walks again (raw reads of a str key: walking twice is not observable). */
    static PyObject *C_mcall(PyObject *o, PyObject *name) {
        PyObject *t = o, *v, *mt, *h;
        int depth;
        if (Py_TYPE(o) == l2c_LT && l2c_index) {
            Py_INCREF(t);  /* (strong: a key comparison could run code) */
            for (depth = 0; depth < 100; depth++) {
                v = PyDict_GetItem(t, name);  /* (borrowed, errors suppressed, as method_call reads) */
                if (v) {
                    if (PyCallable_Check(v)) { Py_INCREF(v); Py_DECREF(t); return v; }
                    break;
                }
                mt = *(PyObject **)((char *)t + l2c_LT_meta);
                if (!mt || Py_TYPE(mt) != l2c_LT) break;
                h = PyDict_GetItem(mt, l2c_index);
                if (!h || Py_TYPE(h) != l2c_LT) break;
                Py_INCREF(h); Py_DECREF(t); t = h;
            }
            Py_DECREF(t);
        }
        return l2c_call_op(7, o, name);
    }
    /* L_mktable_kv(d) (loops.mktable_kv: {name = value, ...}): LuaTable(d) when no value is
       nil (the constructor drops nils: the function itself then) */
    static PyObject *C_mktable_kv(PyObject *d) {
        Py_ssize_t pos = 0;
        PyObject *k, *v;
        if (l2c_LT && PyDict_CheckExact(d)) {
            while (PyDict_Next(d, &pos, &k, &v))
                if (v == Py_None) return PyObject_CallOneArg(l2c_ops[8], d);
            return PyObject_CallOneArg((PyObject *)l2c_LT, d);
        }
        return PyObject_CallOneArg(l2c_ops[8], d);
    }
    /* L_eq(a, b) (ops.eq, where codegen's inline tests did not decide ==): the same object
       (a float NaN is not equal to itself), two exact LuaTables without metatables (not
       equal), a boolean with anything else (not equal), two exact ints, floats or strs or
       an int and a float (`a == b`, ops.eq's comparison); anything else the function */
    static PyObject *C_eq(PyObject *a, PyObject *b) {
        PyObject *args[2];
        if (a == b) {
            if (PyFloat_CheckExact(a) && Py_IS_NAN(PyFloat_AS_DOUBLE(a))) Py_RETURN_FALSE;
            Py_RETURN_TRUE;
        }
        if (l2c_LT && Py_TYPE(a) == l2c_LT && Py_TYPE(b) == l2c_LT) {
            if (*(PyObject **)((char *)a + l2c_LT_meta) == Py_None
                    && *(PyObject **)((char *)b + l2c_LT_meta) == Py_None) Py_RETURN_FALSE;
        } else if (PyBool_Check(a) || PyBool_Check(b)) {
            Py_RETURN_FALSE;
        } else if ((L2C_NUM(a) && L2C_NUM(b)) || (PyUnicode_CheckExact(a) && PyUnicode_CheckExact(b))) {
            return PyObject_RichCompare(a, b, Py_EQ);
        }
        args[0] = a; args[1] = b;
        return PyObject_Vectorcall(l2c_ops[9], args, 2, NULL);
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
    long long C_iadd "l2c_iadd" (long long, long long)
    long long C_isub "l2c_isub" (long long, long long)
    long long C_imul "l2c_imul" (long long, long long)
    long long C_ineg "l2c_ineg" (long long)
    object C_box "PyLong_FromLongLong" (long long)
    int C_setup(object, object, object) except -1
    object C_tget(object, object)
    int C_tput(object, object, object) except -1
    object C_get(object, object)
    int C_has(object, object) except -1
    object C_wrapi(object)
    int C_setup_ops(object) except -1
    object C_add(object, object)
    object C_sub(object, object)
    object C_mul(object, object)
    object C_div(object, object)
    object C_lt(object, object)
    object C_le(object, object)
    object C_unm(object)
    object C_mcall(object, object)
    object C_mktable_kv(object)
    object C_eq(object, object)
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


# the runtime's functions whose calls a C helper replaces: (name, argument count) -> helper
_OPS_HELPERS = ("L_add", "L_sub", "L_mul", "L_div", "L_lt", "L_le", "L_unm", "L_mcall", "L_mktable_kv", "L_eq")  # (C_setup_ops' order)
_CALL_HELPERS = {("L_get", 2): "C_tget", ("L_add", 2): "C_add", ("L_sub", 2): "C_sub",
                 ("L_mul", 2): "C_mul", ("L_div", 2): "C_div", ("L_lt", 2): "C_lt",
                 ("L_le", 2): "C_le", ("L_unm", 1): "C_unm", ("L_mcall", 2): "C_mcall",
                 ("L_mktable_kv", 1): "C_mktable_kv", ("L_eq", 2): "C_eq"}


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

    def visit_Call(self, node):
        # L_get(o, k) -> C_tget(o, k), L_add(a, b) -> C_add(a, b) ...: the same value (PXD)
        self.generic_visit(node)
        f = node.func
        if f.__class__ is ast.Name and not node.keywords and not any(
                a.__class__ is ast.Starred for a in node.args):
            helper = _CALL_HELPERS.get((f.id, len(node.args)))
            if helper is not None:
                node.func = _fill_like(ast.Name(id=helper, ctx=ast.Load()), f)
        return node

    def visit_Expr(self, node):
        # the statement L_put(o, k, v) -> C_tput(o, k, v) (an int, where L_put gives None:
        # a statement only)
        self.generic_visit(node)
        c = node.value
        if (c.__class__ is ast.Call and _name(c.func, "L_put") and len(c.args) == 3 and not c.keywords
                and not any(a.__class__ is ast.Starred for a in c.args)):
            c.func = _fill_like(ast.Name(id="C_tput", ctx=ast.Load()), c.func)
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
    """The names x of the conjuncts `type(x) is float` or `type((x := E)) is float` of an
    and-chain (or of one test) that no later conjunct assigns (a walrus)."""
    parts = test.values if test.__class__ is ast.BoolOp and test.op.__class__ is ast.And else [test]
    out = set()
    for p in parts:
        for n in ast.walk(p):
            if n.__class__ is ast.NamedExpr and _name(n.target):
                out.discard(n.target.id)
        if (p.__class__ is ast.Compare and len(p.ops) == 1 and p.ops[0].__class__ is ast.Is
                and _name(p.comparators[0], "float")):
            x = _type_of(p.left)
            if x is not None and x.__class__ is ast.NamedExpr:
                x = x.target  # type((_t := E)) is float: _t holds E's value, a float
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


# ---------------------------------------------------------------- C integer locals
#
# A Lua local that type inference (analysis/typeinfer.py) proves always holds an integer
# (its type is exactly INT: every value assigned to it anywhere is an integer) becomes a
# C `long long` in each function that assigns it (`cython.declare(x=cython.longlong)`),
# when nothing else can see it as a Python variable: not captured by a closure nor boxed
# (typed_locals), not a free variable of a function nested in that one, and every use one
# whose meaning _CInts checks below.  A Lua integer is a 64-bit value and the code
# generator wraps every integer result (arith.wrap_int), so the C variable holds exactly
# the Python int it replaces; where it is used as an object Cython boxes it (an equal int:
# `is` between two ints is never relied on for more than a shortcut, as equal ints need
# not be the same object in CPython either).
#
# Arithmetic: a wrapped result `_t if (_t := A op B) <= S ... else L_wrap(_t)` (op + - *,
# unary -) whose operands are C integers becomes C_iadd(A, B) (C_isub, C_imul, C_ineg):
# the operation in unsigned C, 64-bit modular, which is what the wrap computes.  Any other
# + - * or unary - with a C operand gets its C operands boxed (C_box), so Python computes
# it unbounded as before (`range(1, n + 1)` must not wrap).  // and % by a constant other
# than 0 and -1 stay in C: Cython computes them with Python's floor semantics (no
# overflow is possible); & | ^ ~ and comparisons are exact in C (a comparison with a
# float constant is not allowed: C would convert the integer to a double).  `type(x)` is
# `int`.

_INT_OPS = {ast.Add: "C_iadd", ast.Sub: "C_isub", ast.Mult: "C_imul"}
_EXACT_BITOPS = (ast.BitAnd, ast.BitOr, ast.BitXor)
# builtins that Cython compiles specially for C arguments (abs of a long long is C's, ...):
# a C integer is not passed to them
_CALL_REFUSED = {"abs", "len", "int", "float", "bool", "str", "hash", "divmod", "pow", "round",
                 "min", "max", "chr", "ord", "isinstance", "sum", "any", "all", "repr", "C_dbl",
                 "print", "bin", "hex", "oct", "iter", "next", "getattr", "setattr", "hasattr"}
_COMPARE_OPS = (ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Is, ast.IsNot)
_FUNCS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def typed_locals(an):
    """{Python name: "int"} for the locals whose inferred type is exactly INT, declared by
    `local` or a numeric for, neither captured by a closure nor boxed, nor to-be-closed."""
    from ..analysis import typeinfer as T

    out = {}
    for sym, t in an.types.items():
        if (t == T.INT and sym.kind in ("local", "for") and not sym.captured and not sym.boxed
                and not sym.captured_write and sym.attrib != "close"):
            out[sym.pyname] = "int"
    return out


def _in_c_range(node):
    return (node.__class__ is ast.Constant and node.value.__class__ is int
            and MININT <= node.value <= MAXINT)


class _CInts:
    def __init__(self, typed):
        self.typed = typed
        self.declared = 0

    def module(self, mod):
        for node in list(ast.walk(mod)):
            if node.__class__ is ast.FunctionDef:
                self.function(node)
        if self.declared:
            imp = ast.Import(names=[ast.alias(name="cython")])
            _positions(imp, 1)
            mod.body.insert(2, imp)  # (after L_register, which module_source takes out)

    # -------------------------------------------------------------- which names

    def function(self, fdef):
        own, nested = _own_nodes(fdef)
        parents = {}
        for n in own:
            for child in ast.iter_child_nodes(n):
                parents[child] = n
        names = {}
        for n in own:
            if n.__class__ is ast.Name and n.id in self.typed:
                names.setdefault(n.id, []).append(n)
        if not names:
            return
        params = {a.arg for a in fdef.args.args + fdef.args.kwonlyargs + fdef.args.posonlyargs}
        for extra in (fdef.args.vararg, fdef.args.kwarg):
            if extra is not None:
                params.add(extra.arg)
        bad = set(params)
        for n in own:
            if n.__class__ in (ast.Global, ast.Nonlocal):
                bad.update(n.names)
        for f in nested:
            bad.update(_free_names(f))
        allowed = {name for name, uses in names.items()
                   if name not in bad and any(u.ctx.__class__ is ast.Store for u in uses)
                   and all(self._use_ok(u, parents) for u in uses)}
        # worth it: a use as an object boxes the C value (an allocation beyond 256), so a
        # local becomes C only when it has at least as many uses computed in C
        cnames = set()
        for name in allowed:
            kinds = [_use_in_c(u, parents, allowed) for u in names[name]]
            if kinds.count(True) >= max(1, kinds.count(False)):
                cnames.add(name)
        if not cnames:
            return
        self.cnames = cnames
        self.temps_used = _name_counts(own)
        fdef.body = [self._stmt(st) for st in fdef.body]
        decl = ast.Expr(value=ast.Call(
            func=ast.Attribute(value=ast.Name(id="cython", ctx=ast.Load()), attr="declare", ctx=ast.Load()),
            args=[], keywords=[ast.keyword(arg=n, value=ast.Attribute(
                value=ast.Name(id="cython", ctx=ast.Load()), attr="longlong", ctx=ast.Load()))
                for n in sorted(cnames)]))
        _positions(decl, fdef.lineno)
        fdef.body.insert(0, decl)
        self.declared += 1

    def _use_ok(self, use, parents):
        p = parents.get(use)
        if p is None:
            return False
        c = p.__class__
        if use.ctx.__class__ is ast.Store:
            if c is ast.Assign:
                v = p.value
                return (len(p.targets) == 1 and p.targets[0] is use
                        and (v.__class__ is not ast.Constant or _in_c_range(v)))
            if c is not ast.For or p.target is not use:
                return False
            # only a C loop: range() with constant bounds (Cython converts a C loop's
            # bounds to C, and range(a, MAXINT + 1) would raise OverflowError); any other
            # iteration makes objects, which a C variable would unbox and box again
            it = p.iter
            return (it.__class__ is ast.Call and _name(it.func, "range") and not it.keywords
                    and all(_in_c_range(a) for a in it.args))
        if use.ctx.__class__ is not ast.Load:
            return False
        if c is ast.BinOp:
            other = p.right if p.left is use else p.left
            return other.__class__ is not ast.Constant or _in_c_range(other)
        if c is ast.UnaryOp:
            return p.op.__class__ in (ast.USub, ast.Invert, ast.Not)
        if c is ast.Compare:
            return (all(o.__class__ in _COMPARE_OPS for o in p.ops) and all(
                x.__class__ is not ast.Constant or x.value is None or x.value.__class__ is bool
                or _in_c_range(x) for x in [p.left] + p.comparators))
        if c is ast.Call:
            if p.func is use or any(a.__class__ is ast.Starred for a in p.args):
                return False
            return not (p.func.__class__ is ast.Name and p.func.id in _CALL_REFUSED)
        if c is ast.keyword:
            return p.arg is not None
        if c in (ast.Tuple, ast.List):
            return p.ctx.__class__ is ast.Load
        if c is ast.Subscript:
            return p.slice is use
        if c is ast.Assign:
            return p.value is use
        return c in (ast.Return, ast.Yield, ast.NamedExpr, ast.IfExp, ast.BoolOp, ast.Expr)

    # -------------------------------------------------------------- rewriting

    def _stmt(self, node):
        return self._expr(node)

    def _expr(self, node):
        """node with its parts rewritten (children first)."""
        if node.__class__ in _FUNCS:
            return node  # (its own pass)
        for field, value in ast.iter_fields(node):
            if value.__class__ is list:
                setattr(node, field, [self._expr(v) if isinstance(v, ast.AST) else v for v in value])
            elif isinstance(value, ast.AST):
                setattr(node, field, self._expr(value))
        c = node.__class__
        if c is ast.IfExp:
            return self._wrapped(node) or node
        if c is ast.BinOp:
            return self._binop(node)
        if c is ast.UnaryOp and node.op.__class__ is ast.USub and self._is_c(node.operand):
            # (by Python, unbounded: -MIN is not wrapped unless _wrapped sees it)
            node.operand = _fill_like(_call("C_box", [node.operand]), node.operand)
            return node
        if c is ast.Call and _name(node.func, "type") and len(node.args) == 1 and self._is_c(node.args[0]):
            return _fill_like(ast.Name(id="int", ctx=ast.Load()), node)
        return node

    def _is_c(self, node):
        """Is node a C integer expression (a C local, a helper's result, // % by a constant
        or & | ^ ~ of such)?"""
        c = node.__class__
        if c is ast.Name:
            return node.id in self.cnames
        if c is ast.Call:
            return node.func.__class__ is ast.Name and node.func.id in _C_RESULTS
        if c is ast.BinOp:
            if node.op.__class__ in (ast.FloorDiv, ast.Mod):
                return self._is_c(node.left) and _in_c_range(node.right) and node.right.value not in (0, -1)
            if node.op.__class__ in _EXACT_BITOPS:
                return (self._is_c(node.left) or _in_c_range(node.left)) and (
                    self._is_c(node.right) or _in_c_range(node.right)) and not (
                    _in_c_range(node.left) and _in_c_range(node.right))
            return False
        if c is ast.UnaryOp and node.op.__class__ is ast.Invert:
            return self._is_c(node.operand)
        return False

    def _c_operand(self, node):
        return self._is_c(node) or _in_c_range(node)

    def _binop(self, node):
        op = node.op.__class__
        left_c, right_c = self._is_c(node.left), self._is_c(node.right)
        if not (left_c or right_c):
            return node
        if op in (ast.FloorDiv, ast.Mod) and left_c and _in_c_range(node.right) and node.right.value not in (0, -1):
            return node
        if op in _EXACT_BITOPS and self._c_operand(node.left) and self._c_operand(node.right):
            return node
        # computed by Python, unbounded
        if left_c:
            node.left = _fill_like(_call("C_box", [node.left]), node.left)
        if right_c:
            node.right = _fill_like(_call("C_box", [node.right]), node.right)
        return node

    def _wrapped(self, node):
        """C_iadd(A, B) ... for arith.wrap_int's `_t if <small test of (_t := E)> else _t if
        MIN <= _t <= MAX else L_wrap(_t)` where E is A + B, A - B, A * B or -A of C
        integers (or in-range int constants) and _t is not used elsewhere.  (E's operands
        were boxed by _binop already when it saw them: undone here.)"""
        w, tmp = _wrap_int_of(node)
        if w is None or self.temps_used.get(tmp, 0) != sum(
                1 for n in ast.walk(node) if n.__class__ is ast.Name and n.id == tmp):
            return None  # (the temporary is read elsewhere too)
        found = []
        tree = self._c_tree(w.value, found)
        if tree is None or not found or tree.__class__ is not ast.Call:
            return None
        return _fill_like(tree, node)

    def _c_tree(self, e, found):
        """E as nested C_iadd / C_isub / C_imul / C_ineg calls when it is a tree of + - * and
        unary - (arith wraps such a tree once, at its root: 64-bit wrap-around commutes with
        them, so wrapping every step in C gives the same value) over C integers and in-range
        int constants; None otherwise.  `found` gets the C operands seen (at least one is
        needed for the tree to pay)."""
        e = _unbox(e)
        if e.__class__ is ast.BinOp and e.op.__class__ in _INT_OPS:
            a = self._c_tree(e.left, found)
            b = self._c_tree(e.right, found) if a is not None else None
            return None if b is None else _call(_INT_OPS[e.op.__class__], [a, b])
        if e.__class__ is ast.UnaryOp and e.op.__class__ is ast.USub:
            a = self._c_tree(e.operand, found)
            return None if a is None else _call("C_ineg", [a])
        if self._is_c(e):
            found.append(e)
            return e
        return e if _in_c_range(e) else None


_C_RESULTS = {"C_iadd", "C_isub", "C_imul", "C_ineg"}


def _use_in_c(use, parents, cnames):
    """True when a use of a C local is computed in C (arithmetic and comparisons with other
    C locals or constants, a truth test, a C loop's target), False when it boxes it, None
    for a plain assignment to it."""
    p = parents[use]
    c = p.__class__
    if use.ctx.__class__ is ast.Store:
        return True if c is ast.For else None

    def c_operand(x, in_tree=False):
        if x.__class__ is ast.IfExp:  # a wrapped result of C operands: C_iadd ... (_CInts._wrapped)
            w, _ = _wrap_int_of(x)
            return w is not None and c_operand(w.value, True)
        if in_tree:  # inside a wrapped tree of + - * (wrapped once at its root)
            x = _unbox(x)
            if x.__class__ is ast.BinOp and x.op.__class__ in _INT_OPS:
                return c_operand(x.left, True) and c_operand(x.right, True)
            if x.__class__ is ast.UnaryOp and x.op.__class__ is ast.USub:
                return c_operand(x.operand, True)
        return (x.__class__ is ast.Name and x.id in cnames) or _in_c_range(x)

    if c is ast.BinOp:
        return c_operand(p.right if p.left is use else p.left, p.op.__class__ in _INT_OPS)
    if c is ast.Compare:
        return all(x is use or c_operand(x) for x in [p.left] + p.comparators)
    if c is ast.UnaryOp or c is ast.BoolOp:
        return True
    if c is ast.IfExp:
        return p.test is use
    return False


def _call(fn, args):
    return ast.Call(func=ast.Name(id=fn, ctx=ast.Load()), args=args, keywords=[])


def _unbox(node):
    if node.__class__ is ast.Call and _name(node.func, "C_box") and len(node.args) == 1:
        return node.args[0]
    return node


def _wrap_int_of(node):
    """(the walrus, its temporary) of arith.wrap_int's shape, else (None, None)."""
    o = node.orelse
    if not (o.__class__ is ast.IfExp and _name(node.body) and _name(o.body, node.body.id)):
        return None, None
    tmp = node.body.id
    if not (_name(_range_test(o.test, MININT, MAXINT), tmp) and _wrap_call(o.orelse, tmp)):
        return None, None
    t = node.test
    w = None
    if t.__class__ is ast.Compare and len(t.ops) == 1:
        if t.ops[0].__class__ is ast.LtE and _const(t.comparators[0], SMALL):
            w = _walrus_of(t.left)
        elif t.ops[0].__class__ is ast.GtE and _const(t.comparators[0], -SMALL):
            w = _walrus_of(t.left)
    elif t.__class__ is ast.BoolOp and t.op.__class__ is ast.And and len(t.values) == 2:
        a, b = t.values
        if (a.__class__ is ast.Compare and len(a.ops) == 1 and a.ops[0].__class__ is ast.LtE
                and _const(a.left, -SMALL) and b.__class__ is ast.Compare and len(b.ops) == 1
                and b.ops[0].__class__ is ast.LtE and _name(b.left, tmp) and _const(b.comparators[0], SMALL)):
            w = _walrus_of(a.comparators[0])
    if w is None or w.target.id != tmp:
        return None, None
    return w, tmp


def _own_nodes(fdef):
    """(the nodes of fdef's own scope, the functions defined in it), the nested functions'
    default values and decorators counted as fdef's (they are evaluated there)."""
    own, nested = [], []
    stack = list(fdef.body)
    while stack:
        n = stack.pop()
        if n.__class__ in _FUNCS:
            nested.append(n)
            if n.__class__ is not ast.ClassDef:
                stack.extend(d for d in n.args.defaults + n.args.kw_defaults if d is not None)
            stack.extend(getattr(n, "decorator_list", []))
            continue
        own.append(n)
        stack.extend(ast.iter_child_nodes(n))
    return own, nested


def _free_names(f):
    """The free variables of a nested function (and of those nested in it): the names it
    uses that it does not bind (a parameter, an assignment) or that it declares nonlocal
    or global."""
    own, nested = _own_nodes(f)
    a = f.args
    bound = {x.arg for x in a.args + a.kwonlyargs + a.posonlyargs}
    bound.update(x.arg for x in (a.vararg, a.kwarg) if x is not None)
    used, declared = set(), set()
    for n in own:
        if n.__class__ is ast.Name:
            (used if n.ctx.__class__ is ast.Load else bound).add(n.id)
        elif n.__class__ in (ast.Global, ast.Nonlocal):
            declared.update(n.names)
    bound.update(g.name for g in nested if g.__class__ is not ast.Lambda)
    bound -= declared
    free = (used - bound) | declared
    for g in nested:
        free |= _free_names(g) - bound
    return free


def _name_counts(nodes):
    counts = {}
    for n in nodes:
        if n.__class__ is ast.Name:
            counts[n.id] = counts.get(n.id, 0) + 1
    return counts

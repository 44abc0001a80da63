# cython: language_level=3, binding=False, boundscheck=False, wraparound=False
"""The optional compiled accelerator of table.py's reads through __index tables.

table.py is the reference implementation and works everywhere.  When this module
was built (`python setup.py build_ext --inplace`, or any pip install that could
compile it) and LUA2PY_PURE is not set, table.py uses:

- `method(o, name)` for compiled `o:name(...)` lookups (`L_method`): the walk of
  `table.method`, in C: a table's own field, else its metatable's __index
  table's, and so on along a chain of tables; for a string the same walk from
  the string metatable's __index; nil when a table in the chain has no metatable
  or its metatable no __index; `UNDECIDED` (the caller then does the whole read)
  for anything else (another type, an __index that is not a LuaTable, a chain
  longer than 100).
- `method_call(o, name)` (`L_mcall`): `method`'s answer when it is callable
  (PyCallable_Check), else `UNDECIDED`: the compiled call site then skips its
  `__call` test (values.callee returns a callable value unchanged).
- `missing(t, key)` as LuaTable.__missing__: the same walk for a missing key,
  handing anything that is not a chain of tables (an __index function, a loop
  of 2000 tables) to the Python __missing__, which starts the walk again (the
  reads are raw, with no effect, so walking twice is not observable).

Both read exactly what the Python versions read: raw dict entries
(PyDict_GetItem, never __missing__) and the `meta` slot of exact LuaTables.
"""
cimport cython
from cpython.object cimport PyObject, PyTypeObject

cdef extern from "Python.h":
    PyObject *PyDict_GetItem(object d, object key)  # borrowed; errors suppressed
    int PyDict_Update(object a, object b) except -1
    int PyDict_Contains(object d, object key) except -1
    int PyDict_SetItem(object d, object key, object v) except -1
    Py_ssize_t PyDict_Size(object d) except -1
    PyTypeObject *Py_TYPE(PyObject *o)
    int PyCallable_Check(PyObject *o)

cdef extern from *:
    """
    #include <structmember.h>
    /* the offset of a __slots__ member in its instances (its member descriptor's) */
    static Py_ssize_t lua2py_member_offset(PyObject *descr) {
        return ((PyMemberDescrObject *)descr)->d_member->offset;
    }
    static PyObject *lua2py_slot(PyObject *o, Py_ssize_t offset) {
        return *(PyObject **)((char *)o + offset);
    }
    /* o.slot = v (a new reference to v; the old value released) */
    static void lua2py_set_slot(PyObject *o, Py_ssize_t offset, PyObject *v) {
        PyObject **p = (PyObject **)((char *)o + offset);
        PyObject *old = *p;
        Py_INCREF(v);
        *p = v;
        Py_XDECREF(old);
    }
    """
    Py_ssize_t lua2py_member_offset(object descr)
    PyObject *lua2py_slot(PyObject *o, Py_ssize_t offset)
    void lua2py_set_slot(PyObject *o, Py_ssize_t offset, object v)

API = 7

cdef PyTypeObject *_LT = NULL     # LuaTable
cdef Py_ssize_t _META = 0          # offset of LuaTable.meta
cdef object _UNDECIDED = None
cdef object _py_missing = None
cdef object _INDEX = "__index"
cdef list _string_meta = None
cdef Py_ssize_t _SEQ = 0, _CAP = 0, _LAY = 0  # offsets of LuaTable.seq, cap, lay
cdef tuple _record_lay = None
cdef object _py_init = None
cdef object _ZERO = 0
cdef object _py_index = None      # ops.index
cdef object _py_setindex = None   # ops.setindex
cdef object _NEWINDEX = "__newindex"
cdef object _watch_keys = frozenset()  # libguard.WATCH_KEYS
cdef object _py_length = None     # ops.length


def init(table_type, undecided, py_missing, string_meta, py_init, record_lay):
    """table.py hands over LuaTable, its UNDECIDED sentinel, its Python __missing__,
    STRING_META (a list whose item 0 is the strings' metatable), its Python __init__
    and _RECORD_LAY."""
    global _LT, _META, _UNDECIDED, _py_missing, _string_meta, _SEQ, _CAP, _LAY, _record_lay, _py_init
    _LT = <PyTypeObject *>table_type
    _META = lua2py_member_offset(table_type.__dict__["meta"])
    _SEQ = lua2py_member_offset(table_type.__dict__["seq"])
    _CAP = lua2py_member_offset(table_type.__dict__["cap"])
    _LAY = lua2py_member_offset(table_type.__dict__["lay"])
    _UNDECIDED = undecided
    _py_missing = py_missing
    _string_meta = string_meta
    _py_init = py_init
    _record_lay = record_lay


@cython.binding(True)
def table_init(self, d=None):
    """LuaTable.__init__: the same slots and contents as the Python __init__."""
    cdef PyObject *o = <PyObject *>self
    cdef Py_ssize_t n
    if d is not None and type(d) is not dict:
        return _py_init(self, d)
    lua2py_set_slot(o, _META, None)
    lua2py_set_slot(o, _CAP, _ZERO)
    if d is None:
        lua2py_set_slot(o, _SEQ, _ZERO)
        lua2py_set_slot(o, _LAY, _ZERO)
        return
    PyDict_Update(self, d)
    n = len(<dict>d)
    if n in <dict>d:
        lua2py_set_slot(o, _SEQ, n)
        lua2py_set_slot(o, _LAY, n)
    else:
        lua2py_set_slot(o, _SEQ, _ZERO)
        lua2py_set_slot(o, _LAY, _record_lay[n] if n < 64 else n << 32)


cdef inline PyObject *_index_table(PyObject *t):
    """t's metatable's __index when it is a LuaTable; NULL when t has no metatable or it
    has no __index (the read gives nil); Py_None for anything else (undecided)."""
    cdef PyObject *mt = lua2py_slot(t, _META)
    cdef PyObject *h
    if mt == NULL:
        return <PyObject *>None
    if mt == <PyObject *>None:
        return NULL
    if Py_TYPE(mt) != _LT:
        return <PyObject *>None
    h = PyDict_GetItem(<object>mt, _INDEX)
    if h == NULL or h == <PyObject *>None:
        return NULL
    if Py_TYPE(h) != _LT:
        return <PyObject *>None
    return h


def method(o, name):
    """o.name for `o:name(...)`: see the module's docstring."""
    return _method(o, name)


cdef object _method(object o, object name):
    cdef object t = o  # a strong reference: a key comparison could run Python code
    cdef PyObject *v
    cdef PyObject *h
    cdef int depth = 0
    cdef object mt
    if Py_TYPE(<PyObject *>t) != _LT:
        if type(t) is not str:
            return _UNDECIDED
        mt = _string_meta[0]
        if Py_TYPE(<PyObject *>mt) != _LT:
            return _UNDECIDED
        h = PyDict_GetItem(mt, _INDEX)
        if h == NULL or Py_TYPE(h) != _LT:
            return _UNDECIDED
        t = <object>h
    while True:
        v = PyDict_GetItem(t, name)
        if v != NULL:
            return <object>v
        h = _index_table(<PyObject *>t)
        if h == NULL:
            return None
        if h == <PyObject *>None:
            return _UNDECIDED
        t = <object>h
        depth += 1
        if depth >= 100:
            return _UNDECIDED


def method_call(o, name):
    """method(o, name) when Python can call the value found (PyCallable_Check: a
    function, or a LuaTable), else UNDECIDED (table.method_call's twin)."""
    cdef object v = _method(o, name)
    if PyCallable_Check(<PyObject *>v):  # (never UNDECIDED: a plain object())
        return v
    return _UNDECIDED


cdef object _missing(object self, object key):
    cdef object t = self
    cdef PyObject *v
    cdef PyObject *h
    cdef int depth = 0
    while True:
        h = _index_table(<PyObject *>t)
        if h == NULL:
            return None
        if h == <PyObject *>None:
            return _py_missing(self, key)
        t = <object>h
        v = PyDict_GetItem(t, key)
        if v != NULL:
            return <object>v
        depth += 1
        if depth >= 100:
            return _py_missing(self, key)


@cython.binding(True)
def missing(self, key):
    """LuaTable.__missing__ (bound, as a function is): see the module's docstring."""
    return _missing(self, key)


def init_ops(index, setindex, watch_keys, length):
    """ops.py hands over index, setindex and length (the general read, store and #)
    and libguard.WATCH_KEYS."""
    global _py_index, _py_setindex, _watch_keys, _py_length
    _py_index = index
    _py_setindex = setindex
    _watch_keys = watch_keys
    _py_length = length


def length(o):
    """#o for compiled code (`L_len`): the size of a LuaTable without metatable whose
    `seq` is its size (keys exactly 1..n, lua5.4's border n), a string's length, else
    ops.length (whose first steps for a table without metatable are these: LuaTable.length)."""
    cdef PyObject *p = <PyObject *>o
    cdef Py_ssize_t n
    cdef object s
    if Py_TYPE(p) == _LT and lua2py_slot(p, _META) == <PyObject *>None:
        n = PyDict_Size(o)
        s = <object>lua2py_slot(p, _SEQ)
        if type(s) is int and <Py_ssize_t>s == n:
            return s
        return o.length()
    if type(o) is str:
        return len(<str>o)
    return _py_length(o)


def get(o, k):
    """o[k] for compiled reads (`L_get`): a dict subscript of a LuaTable (a miss runs
    LuaTable.__missing__) unless the key is a boolean, else ops.index (ops.get's twin)."""
    cdef PyObject *v
    if Py_TYPE(<PyObject *>o) == _LT and type(k) is not bool:
        v = PyDict_GetItem(o, k)
        if v != NULL:
            return <object>v
        return _missing(o, k)
    return _py_index(o, k)



cdef list _call_meta = None        # libguard.CALL_META
cdef object _py_callee = None      # values.callee


def init_calls(call_meta, callee):
    """ops.py hands over libguard.CALL_META and values.callee."""
    global _call_meta, _py_callee
    _call_meta = call_meta
    _py_callee = callee


def get_call(o, k):
    """The callee of a compiled call `o.k(...)` (`L_getc`, ops.get_call's twin): get(o, k),
    through values.callee while CALL_META is on and the value is not callable."""
    cdef PyObject *p
    cdef object v
    if Py_TYPE(<PyObject *>o) == _LT and type(k) is not bool:
        p = PyDict_GetItem(o, k)
        v = <object>p if p != NULL else _missing(o, k)
    else:
        v = _py_index(o, k)
    if _call_meta[0] and not PyCallable_Check(<PyObject *>v):
        return _py_callee(v)
    return v


cdef inline bint _put(object o, object k, object v) except -1:
    """The dict store of put/putk when it is the whole assignment (True), else False."""
    cdef PyObject *mt
    if v is None or Py_TYPE(<PyObject *>o) != _LT:
        return False
    mt = lua2py_slot(<PyObject *>o, _META)
    if (mt == <PyObject *>None or PyDict_Contains(o, k)
            or (Py_TYPE(mt) == _LT and not PyDict_Contains(<object>mt, _NEWINDEX))):
        PyDict_SetItem(o, k, v)
        return True
    return False


def put(o, k, v):
    """o[k] = v for compiled stores (`L_put`) of a key that needs no normalisation and
    that the library guards do not watch (a constant string, or an integer): a dict
    store into a LuaTable that has no metatable, or has the key, or whose metatable
    has no __newindex, of a value that is not nil; else ops.setindex (ops.put's twin)."""
    if not _put(o, k, v):
        _py_setindex(o, k, v)


def putk(o, k, v):
    """o[k] = v for compiled stores of a key only known at run time (`L_putk`): put's
    dict store when the key is an integer, or a string the library guards do not
    watch; else ops.setindex (ops.putk's twin)."""
    if type(k) is int or (type(k) is str and k not in _watch_keys):
        if _put(o, k, v):
            return
    _py_setindex(o, k, v)

# cython: language_level=3, binding=True, boundscheck=False, wraparound=False
"""The optional compiled accelerator of lcoroutine.py (as _heapq is of heapq).

lcoroutine.py is the reference implementation and works everywhere.  When this
module was built (`python setup.py build_ext --inplace`, or any pip install
that could compile it) and LUA2PY_PURE is not set, lcoroutine uses its
Coroutine, resume, resume_in, the function coroutine.wrap returns and the
iterator of `for ... in coroutine.wrap(f)` instead of its own.  Each does
exactly what its Python twin does; the gains are no Python frame for the
resume itself and PyIter_Send, which reports a generator's return without
creating a StopIteration.

Everything else (starting a coroutine, I/O requests, error values, closing
pending to-be-closed values, auxwrap's error position) is done by calling the
Python functions of lcoroutine, handed over by init().
"""
from cpython.object cimport PyObject, PyTypeObject
from cpython.ref cimport Py_DECREF, Py_INCREF, Py_XDECREF
from cpython.tuple cimport PyTuple_New, PyTuple_SET_ITEM, PyTuple_GET_ITEM

cdef extern from "Python.h":
    # 3.10+: PYGEN_RETURN (0) with the return value, PYGEN_NEXT (1) with the yielded
    # value, PYGEN_ERROR (-1) with an exception set.  Declared without an exception
    # clause, like the call below: the callers test the result themselves (see _caught).
    int PyIter_Send(object iter, object arg, PyObject **presult)
    PyObject *PyObject_CallFunctionObjArgs(PyObject *callable, ...)

cdef extern from *:
    """
    /* The exception that is set, as an object with its traceback, cleared (NULL if none). */
    static PyObject *lua2py_take_exception(void) {
    #if PY_VERSION_HEX >= 0x030C0000
        return PyErr_GetRaisedException();
    #else
        PyObject *t, *v, *tb;
        PyErr_Fetch(&t, &v, &tb);
        if (t == NULL) return NULL;
        PyErr_NormalizeException(&t, &v, &tb);
        if (tb != NULL) {
            PyException_SetTraceback(v, tb);
            Py_DECREF(tb);
        }
        Py_DECREF(t);
        return v;
    #endif
    }
    /* Set e again as it was (takes the reference lua2py_take_exception gave). */
    static void lua2py_restore_exception(PyObject *e) {
    #if PY_VERSION_HEX >= 0x030C0000
        PyErr_SetRaisedException(e);
    #else
        PyObject *t = (PyObject *)Py_TYPE(e);
        Py_INCREF(t);
        PyErr_Restore(t, e, PyException_GetTraceback(e));
    #endif
    }
    """
    PyObject *lua2py_take_exception()
    void lua2py_restore_exception(PyObject *e)

# lcoroutine refuses a build of another API (a stale in-place build after an edit of this file)
API = 2

NO_ERROR = object()  # Coroutine.error until the coroutine dies of an error
ABSENT = object()  # no argument at all (type errors say "no value")

cdef object _NO_ERROR = NO_ERROR
cdef object _ABSENT = ABSENT

# lcoroutine's objects, set by init()
cdef list _current = None
cdef object _start = None
cdef object _new_gen = None
cdef object _blocking = None
cdef object _PendingResume = None
cdef object _lua_error_value = None
cdef object _close_unclosed = None
cdef object _wrap_raise = None
cdef object _bad_co = None
cdef object _not_suspended = None
cdef list _ccalls = None  # core.state.C_CALLS
cdef Py_ssize_t _maxccalls = 200
cdef object _cstack_error = None


def init(dict ns):
    """Take lcoroutine's shared state and the helpers the compiled paths call."""
    global _current, _start, _new_gen, _blocking, _PendingResume, _lua_error_value, _close_unclosed
    global _wrap_raise, _bad_co, _not_suspended, _ccalls, _maxccalls, _cstack_error
    _current = ns["_current"]
    _start = ns["_start"]
    _new_gen = ns["_new_gen"]
    _blocking = ns["_blocking"]
    _PendingResume = ns["_PendingResume"]
    _lua_error_value = ns["_lua_error_value"]
    _close_unclosed = ns["close_unclosed"]
    _wrap_raise = ns["_wrap_raise"]
    _bad_co = ns["_bad_co"]
    _not_suspended = ns["_not_suspended"]
    _ccalls = ns["C_CALLS"]
    _maxccalls = ns["MAXCCALLS"]
    _cstack_error = ns["_CSTACK_ERROR"]


cdef class Coroutine:
    """lcoroutine.Coroutine, compiled: `status` is "suspended", "running" or "dead" (a
    running coroutine that resumed another is "normal", see lcoroutine.status_of)."""

    cdef public object fn, gen, status, error, unclosed
    cdef object __weakref__

    lua_type = "thread"

    def __init__(self, fn):
        self.fn = fn
        self.gen = None
        self.status = "suspended"
        self.error = _NO_ERROR
        self.unclosed = None

    def __repr__(self):
        return "thread: 0x%x" % id(self)


# Python's own messages name a value's type by tp_name, and lbase reads them back
# ("'Coroutine' object is not callable" -> "attempt to call a thread value"): the
# compiled types answer to the names of what they stand in for, not to their dotted
# module path.
(<PyTypeObject *>Coroutine).tp_name = "Coroutine"


# No try statement on the way: on entry Cython's `try` looks for the exception being
# handled by walking the thread's stack of exception states, one entry per running
# generator, so its cost would grow with the depth of coroutines and of `yield from` (a
# tree walk).  A failed send or call leaves its exception set, and _caught takes it.

cdef int _pending() except -1:
    """Report the exception already set."""
    return -1


cdef object _caught():
    """The exception a failed send or call left set, cleared.  One that is not an Exception
    (GeneratorExit, KeyboardInterrupt, LuaExit) goes on at once, as it came."""
    cdef PyObject *p = lua2py_take_exception()
    if p == NULL:
        raise SystemError("lua2py: a coroutine step failed without an exception")
    e = <object>p
    Py_DECREF(e)  # (the cast took a reference of its own)
    if not isinstance(e, Exception):
        Py_INCREF(e)
        lua2py_restore_exception(p)
        _pending()
    return e


cdef inline int _step(Coroutine co, tuple args, PyObject **p) noexcept:
    """Send args into co's generator, or start co: PyIter_Send's result and value."""
    gen = co.gen
    if gen is not None:
        return PyIter_Send(gen, args, p)
    return _begin(co, args, p)


cdef int _begin(Coroutine co, tuple args, PyObject **p) noexcept:
    """lcoroutine._start, with the first send done here: a coroutine that returns at once
    then ends without a StopIteration."""
    cdef int r
    cdef PyObject *g = PyObject_CallFunctionObjArgs(<PyObject *>_new_gen, <PyObject *>co, <PyObject *>args, NULL)
    if g == NULL:
        return -1
    if g == <PyObject *>None:
        Py_XDECREF(g)
        # no generator version: _start calls the function plainly (and isyieldable knows its frame)
        p[0] = PyObject_CallFunctionObjArgs(<PyObject *>_start, <PyObject *>co, <PyObject *>args, NULL)
        return 1 if p[0] != NULL else -1
    r = PyIter_Send(<object>g, None, p)
    Py_XDECREF(g)
    return r


cdef inline tuple _ok(tuple y):
    """(True,) + y, without PyNumber_Add's search for an operator."""
    cdef Py_ssize_t k = len(y), i
    cdef tuple r = PyTuple_New(k + 1)
    Py_INCREF(True)
    PyTuple_SET_ITEM(r, 0, True)  # (steals the reference)
    for i in range(k):
        v = <object>PyTuple_GET_ITEM(y, i)
        Py_INCREF(v)
        PyTuple_SET_ITEM(r, i + 1, v)
    return r


cdef inline tuple _returned(Coroutine co, r):
    co.status = "dead"
    if type(r) is tuple:
        return _ok(<tuple>r)
    return (True, r)


cdef object _resume_failed(Coroutine co, list cur, prev):
    """resume's results when co's send (or start, or I/O) failed: those of a return
    (a StopIteration) or of an error."""
    cur[0] = prev
    e = _caught()
    if isinstance(e, StopIteration):
        return _returned(co, e.value)
    co.status = "dead"
    co.error = _lua_error_value(e)
    return (False, co.error)


cdef PyObject *_perform_io(Coroutine co, y, list cur, prev) noexcept:
    """Perform the I/O requests a coroutine driven from plain code sends up (starting
    with y), blocking, until it yields: a new reference to what it yielded, with co
    suspended again and the resumer current; NULL with the exception left set."""
    cdef PyObject *p = PyObject_CallFunctionObjArgs(<PyObject *>_blocking, <PyObject *>co.gen, <PyObject *>y, NULL)
    if p != NULL:
        co.status = "suspended"
        cur[0] = prev
    return p


cdef object _resume_blocking(Coroutine co, y, list cur, prev):
    """The rest of a resume from plain code whose coroutine sent up an I/O request y."""
    cdef PyObject *p = _perform_io(co, y, cur, prev)
    if p == NULL:
        return _resume_failed(co, cur, prev)
    y = <object>p
    Py_DECREF(y)
    return _ok(<tuple>y)


cdef object _resume(Coroutine co, tuple args, bint inner):
    """lcoroutine.resume (inner false) and resume_in (inner true), after the type check."""
    cdef PyObject *p = NULL
    cdef int r
    st = co.status
    if st != "suspended":
        return _not_suspended(st)
    cdef list cc = _ccalls
    cdef object n = cc[0]
    if <Py_ssize_t>n + 1 >= _maxccalls:
        return _cstack_error
    cdef list cur = _current
    prev = cur[0]
    co.status = "running"
    cur[0] = co
    cc[0] = n + 1
    r = _step(co, args, &p)
    cc[0] = n  # (an exception a failed step left stays set)
    if r == -1:
        return _resume_failed(co, cur, prev)
    y = <object>p
    Py_DECREF(y)  # _step gave us a reference; the cast took another
    if r == 0:
        cur[0] = prev
        return _returned(co, y)
    if type(y) is not tuple:
        if inner:
            # hand the request up; while it is out, the resumer is the running one
            cur[0] = prev
            return _PendingResume(co, prev, y)
        return _resume_blocking(co, y, cur, prev)
    co.status = "suspended"
    cur[0] = prev
    return _ok(<tuple>y)


def resume(co=ABSENT, *args):
    """coroutine.resume from plain code (lcoroutine.resume)."""
    if type(co) is not Coroutine:
        _bad_co(co, "resume")
    return _resume(<Coroutine>co, args, False)


def resume_in(co=ABSENT, *args):
    """coroutine.resume inside a coroutine, as a plain call (lcoroutine.resume_in)."""
    if type(co) is not Coroutine:
        _bad_co(co, "resume")
    return _resume(<Coroutine>co, args, True)


cdef object _wrap_failed(Coroutine co, list cur, prev):
    """_wrap_resume when co's send (or start, or I/O) failed: what it returned (a
    StopIteration), else its error, raised as auxwrap does."""
    cur[0] = prev
    e = _caught()
    co.status = "dead"
    if isinstance(e, StopIteration):
        return e.value
    err = co.error = _lua_error_value(e)
    if co.unclosed:  # auxwrap closes the dead coroutine's variables itself
        err = co.error = _close_unclosed(co, 0, err)
    _wrap_raise(err)


cdef object _wrap_blocking(Coroutine co, y, list cur, prev):
    """The rest of _wrap_resume when the coroutine sent up an I/O request y."""
    cdef PyObject *p = _perform_io(co, y, cur, prev)
    if p == NULL:
        return _wrap_failed(co, cur, prev)
    y = <object>p
    Py_DECREF(y)
    return y


cdef object _wrap_resume(Coroutine co, tuple args):
    """Resume co for the function coroutine.wrap made: what it yielded (a tuple) or
    returned (bare or a tuple); its error is raised as lua5.4's auxwrap does."""
    cdef PyObject *p = NULL
    cdef int r
    if co.status != "suspended":
        _wrap_raise(_not_suspended(co.status)[1])
    cdef list cc = _ccalls
    cdef object n = cc[0]
    if <Py_ssize_t>n + 1 >= _maxccalls:
        _wrap_raise((<tuple>_cstack_error)[1])
    cdef list cur = _current
    prev = cur[0]
    co.status = "running"
    cur[0] = co
    cc[0] = n + 1
    r = _step(co, args, &p)
    cc[0] = n  # (an exception a failed step left stays set)
    if r == -1:
        return _wrap_failed(co, cur, prev)
    y = <object>p
    Py_DECREF(y)
    if r == 0:
        co.status = "dead"
        cur[0] = prev
        return y
    if type(y) is not tuple:
        return _wrap_blocking(co, y, cur, prev)
    co.status = "suspended"
    cur[0] = prev
    return y


cdef class Wrapped:
    """The function coroutine.wrap returns (lcoroutine._make_wrapped's `wrapped`)."""

    cdef readonly Coroutine co
    cdef public object lua_gen, py_iter
    cdef dict __dict__
    cdef object __weakref__

    lua_type = "function"

    def __init__(self, Coroutine co):
        self.co = co

    def __call__(self, *args):
        y = _wrap_resume(self.co, args)
        if type(y) is not tuple:
            return y
        return (<tuple>y)[0] if len(<tuple>y) == 1 else y


(<PyTypeObject *>Wrapped).tp_name = "function"


cdef class WrapFor:
    """The values of `for ... in coroutine.wrap(f)` in plain code (lcoroutine._wrap_for):
    the loop drives the coroutine itself, as calling the wrapped function f(s, c) for every
    step would."""

    cdef Coroutine co
    cdef object s, c
    cdef Py_ssize_t n
    cdef bint done

    def __init__(self, Coroutine co, s, c, Py_ssize_t n):
        self.co = co
        self.s = s
        self.c = c
        self.n = n
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        cdef Py_ssize_t n = self.n, k
        cdef tuple t
        if self.done:
            raise StopIteration
        self.done = True  # stays so when the coroutine's error is raised (no try: see _caught)
        y = _wrap_resume(self.co, (self.s, self.c))
        if type(y) is not tuple:
            y = (y,)
        t = <tuple>y
        k = len(t)
        if k == 0:
            raise StopIteration
        c = t[0]
        if c is None:
            raise StopIteration
        self.done = False
        self.c = c
        if n == 1:
            return c
        if k == n:
            return t
        if k > n:
            return t[:n]
        return t + (None,) * (n - k)

"""Finalizers of tables (__gc), as lua5.4 runs them.

lua5.4 marks a table for finalization when setmetatable gives it a metatable that has a
__gc field at that moment (adding the field later marks nothing).  When the collector
finds a marked table unreachable it resurrects it and calls the __gc field its metatable
has *then* (nothing if it has none), with the table; a table is finalized once, unless a
later setmetatable marks it again.  Finalizers found in one collection run newest mark
first.  lua_close (the end of lua.c, or os.exit(code, true)) then calls the finalizers of
every marked table still alive, again newest mark first; os.exit without `close` calls
none.  An error in a finalizer becomes the warning "error in __gc (msg)".

How: a marked table holds an anchor (its `fin` slot) and the anchor holds the table, so the
pair is a cycle that only Python's cyclic collector frees.  When the collector finds the
pair unreachable it calls the anchor's __del__ (PEP 442), which queues the table: the
queue resurrects both.  The queued finalizers run, newest mark first, after the next full
collection (a gc.callbacks hook), after collectgarbage(), and at close (PyPy has no hooks:
only the last two).  The timing follows Python's collector, as lua5.4's follows its
own: a program sees the same calls at collectgarbage() and at exit when the tables are
unreachable the same way (collectgarbage clears dead locals first, lbase).
"""
import gc
import weakref

from .errors import LuaError, LuaExit, lua_error_value
from .frames import runtime_module
from .values import call, type_name

runtime_module(__file__)

# mark number -> weak reference to the marked table, for the tables not finalized yet
MARKED = {}
# (mark number, table) found unreachable, to be finalized
_pending = []
# how a warning is written (lbase's warn function sets it: on/off is the state's)
WARN = [None]
_next_mark = [0]
_running = [False]
_closed = [False]
# lua_close has begun (lgc.c's GCSTPCLS): setmetatable marks nothing more, so a finalizer
# that marks its table again (a progress tracer) is not called again
_closing = [False]
_hooked = [False]


class _Anchor:
    """The finalizer's handle on a marked table: collected with it, it queues the table."""

    __slots__ = ("table", "mark")

    def __init__(self, table, mark):
        self.table = table
        self.mark = mark

    def __del__(self):
        t = self.table
        if t is not None and not _closed[0]:
            _pending.append((self.mark, t))


def mark(t, mt):
    """setmetatable(t, mt) on a table: mark it when mt has a __gc field (lgc.c's
    luaC_checkfinalizer); a table already marked and not finalized stays as it is."""
    if _closing[0] or dict.get(mt, "__gc") is None or getattr(t, "fin", None) is not None:
        return
    n = _next_mark[0] = _next_mark[0] + 1
    t.fin = _Anchor(t, n)
    MARKED[n] = weakref.ref(t)
    if not _hooked[0]:
        _hooked[0] = True
        callbacks = getattr(gc, "callbacks", None)
        if callbacks is not None:
            callbacks.append(_after_collection)


def _after_collection(phase, info):
    # only after a full collection (Python's oldest generation), the nearest thing to the
    # end of a lua5.4 collector cycle: what younger collections found waits for it (or for
    # collectgarbage(), or the close), as lua5.4 finalizes nothing before a cycle ends
    if phase == "stop" and _pending and info.get("generation") == 2 and not _running[0]:
        run_pending()


def _finalize(n, t):
    """Call t's __gc (the one its metatable has now); returns a LuaExit an os.exit in it raised."""
    MARKED.pop(n, None)
    anchor = getattr(t, "fin", None)
    if anchor is not None:
        anchor.table = None
        t.fin = None
    mt = t.meta
    f = dict.get(mt, "__gc") if mt is not None else None
    if f is None:
        return None
    try:
        kind = type_name(f)
        if kind != "function" and kind != "table":
            raise LuaError("attempt to call a %s value (metamethod '__gc')" % kind)
        call(f, t)
    except LuaExit as e:
        return e
    except Exception as e:  # lgc.c's GCTM: the error becomes a warning
        v = lua_error_value(e)
        warn = WARN[0]
        if warn is not None:
            warn("error in __gc (%s)" % (v if v.__class__ is str else "error object is not a string"))
    return None


def run_pending():
    """Run the finalizers of the tables the collector found unreachable, newest mark first."""
    if _running[0]:
        return None
    _running[0] = True
    try:
        while _pending:
            batch = sorted(_pending, key=_mark_of, reverse=True)
            del _pending[:]
            for i, (n, t) in enumerate(batch):
                ex = _finalize(n, t)
                if ex is not None:
                    return ex
                batch[i] = None
    finally:
        _running[0] = False
    return None


def run_pending_or_exit():
    """run_pending where Lua code called the collector (collectgarbage): an os.exit in a
    finalizer goes on to exit."""
    if _pending:
        ex = run_pending()
        if ex is not None:
            raise ex


def full_collect():
    """gc.collect(), its finalizers left queued for the caller to run (run_pending)."""
    held = _running[0]
    _running[0] = True
    try:
        gc.collect()
    finally:
        _running[0] = held


def _mark_of(entry):
    return entry[0]


def close_state(run=True):
    """lua_close: the finalizers of the collected tables, then those of every marked table
    still alive, newest mark first.  run=False (os.exit without close) drops them all.
    Returns the status of an os.exit called by a finalizer, else None."""
    if _closed[0]:
        return None
    _closing[0] = True
    ex = None
    if run and MARKED:
        ex = run_pending()
        while ex is None and MARKED:
            n = max(MARKED)
            t = MARKED.pop(n)()
            if t is not None:
                _running[0] = True
                try:
                    ex = _finalize(n, t)
                finally:
                    _running[0] = False
            if _pending:
                ex = ex or run_pending()
    _closed[0] = True
    del _pending[:]
    MARKED.clear()
    return None if ex is None else ex.code

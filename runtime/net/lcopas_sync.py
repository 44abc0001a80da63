"""Copas 4's copas.lock, copas.semaphore, copas.queue and copas.timer, on lcopas.py's scheduler.

Apart from lcopas.py so that `require "copas"` does not load them: each is opened by its own
`require` (package.preload, net/preload.py), as Copas's module table loads copas.<name> on
first access.  Their algorithms follow Copas 4.11's (checked by the net goldens).
"""
import weakref

from ..core import ops
from ..core.errors import LuaError
from ..core.frames import runtime_module
from ..core.table import LuaTable, delete
from ..core.values import tostring, truthy
from ..support.cogen import call_gen as _call_gen
from .lcopas import (MAIN, _SCHEDULERS, _Sleep, _gen_fn, _gettime, _lua_str, _or, _wrap_opener,
                     open_copas_mod)
from .luasocket.drivers import gen_function

runtime_module(__file__)

# ---------------------------------------------------------------- lock / semaphore / queue / timer
#
# Tables with a metatable of methods, as in Copas; the state their algorithms use is kept
# on the Python side (`_state`), keyed weakly by the table.  A destroyed object gets a
# metatable whose every method answers nil, "destroyed".

_STATE = weakref.WeakKeyDictionary()


def _state(obj):
    return _STATE.get(obj) if obj.__class__ is LuaTable else None


def _destroyed(*_):
    return (None, "destroyed")


_DESTROYED_META = LuaTable()
dict.__setitem__(_DESTROYED_META, "__index", lambda *_: _destroyed)


def _method_table(methods, name=None):
    mt = LuaTable()
    for k, v in methods.items():
        dict.__setitem__(mt, k, v)
    dict.__setitem__(mt, "__index", mt)
    return mt


def _new_object(meta, state, fields=()):
    t = LuaTable()
    for k, v in fields:
        if v is not None:
            dict.__setitem__(t, k, v)
    t.meta = meta
    _STATE[t] = state
    return t


def _method(genfn, name):
    """A method that may wait: plain version runs it (a wait outside a thread is an error)."""
    return gen_function(genfn, name)


def _sched_of(G):
    return _SCHEDULERS[id(open_copas_mod(G))]


class _LockState:
    __slots__ = ("timeout", "not_reentrant", "queue", "owner", "call_count", "errors", "destroyed")


def open_copas_lock_mod(G):
    sched = _sched_of(G)

    def current():
        return sched.current_thread() or MAIN

    def new(seconds=None, not_reentrant=None, *_):
        t = ops.tonum(_or(seconds, 10))
        if t is None or t < 0:
            raise LuaError("expected timeout (1st argument) to be a number greater than or equal to 0, got: "
                           + tostring(seconds))
        st = _LockState()
        st.timeout, st.not_reentrant = t, not_reentrant
        st.queue, st.owner, st.call_count, st.errors, st.destroyed = [], None, None, {}, False
        return _new_object(LOCK_META, st, (("timeout", t), ("not_reentrant", not_reentrant)))

    def on_timeout(st):
        def handler(co):
            for i, q in enumerate(st.queue):
                if q is co:
                    st.queue[i] = None
                    st.errors[co] = "timeout"
                    sched.wakeup(co)
                    return
        return handler

    def get_gen(self=None, timeout=None, *_):
        st = _state(self)
        co = current()
        start = None
        if st.owner is not None:
            if co is st.owner and not truthy(st.not_reentrant):
                st.call_count += 1
                return 0
            st.queue.append(co)
            timeout = _or(timeout, st.timeout)
            if timeout == 0:
                return (None, "timeout", 0)  # (still queued, as in Copas)
            sched.set_timeout(co, timeout, on_timeout(st))
            start = _gettime()
            yield _Sleep(-1)
            err = st.errors.pop(co, None)
            if err != "timeout":
                sched.cancel_timeout(co)
            if err is not None:
                return (None, err, _gettime() - start)
        st.owner = co
        st.call_count = 1
        return 0 if start is None else _gettime() - start

    def release(self=None, *_):
        st = _state(self)
        if current() is not st.owner:
            return (None, "cannot release a lock not owned")
        st.call_count -= 1
        if st.call_count > 0:
            return True
        while st.queue:
            nxt = st.queue.pop(0)
            if nxt is not None:
                st.owner = nxt
                sched.wakeup(nxt)
                return True
        st.owner = None
        return True

    def destroy(self=None, *_):
        st = _state(self)
        for co in st.queue:
            if co is not None:
                st.errors[co] = "destroyed"
                sched.wakeup(co)
        if st.owner is not None:
            st.errors[st.owner] = "destroyed"
        st.queue = []
        st.destroyed = True
        dict.__setitem__(self, "destroyed", True)
        self.meta = _DESTROYED_META
        return True

    LOCK_META = _method_table({"get": _method(get_gen, "get"), "release": release, "destroy": destroy})
    M = LuaTable()
    dict.__setitem__(M, "new", new)
    return M


class _SemaState:
    __slots__ = ("count", "max", "timeout", "queue", "tip", "to_flags", "destroyed")


def open_copas_semaphore_mod(G):
    sched = _sched_of(G)

    def new(maxn=None, start=None, seconds=None, *_):
        t = ops.tonum(_or(seconds, 10))
        if t is None or t < 0:
            raise LuaError("expected timeout (2nd argument) to be a number greater than or equal to 0, got: "
                           + tostring(seconds))
        if maxn.__class__ not in (int, float) or maxn < 1:
            raise LuaError("expected max resources (1st argument) to be a number greater than 0, got: "
                           + tostring(maxn))
        st = _SemaState()
        st.count, st.max, st.timeout = _or(start, 0), maxn, t
        st.queue, st.tip, st.to_flags, st.destroyed = [], 0, {}, False
        return _new_object(SEMA_META, st, (("max", maxn), ("timeout", t)))

    def give(self=None, given=None, *_):
        st = _state(self)
        return _give(st, _or(given, 1))

    def _give(st, given):
        err = None
        count = st.count + given
        if count > st.max:
            count = st.max
            err = "too many"
        q = st.queue
        while st.tip < len(q):
            nxt = q[st.tip]
            if nxt is None:
                st.tip += 1
            elif count >= nxt[1]:
                q[st.tip] = None
                st.to_flags.pop(nxt[0], None)
                count -= nxt[1]
                st.tip += 1
                sched.wakeup(nxt[0])
            else:
                break
        if st.tip == len(q):
            st.queue, st.tip = [], 0
        st.count = count
        if err is not None:
            return (None, err)
        return True

    def on_timeout(st):
        def handler(co):
            for i in range(st.tip, len(st.queue)):
                item = st.queue[i]
                if item is not None and item[0] is co:
                    st.queue[i] = None
                    st.to_flags[co] = True
                    sched.wakeup(co)
                    return
        return handler

    def take_gen(self=None, requested=None, timeout=None, *_):
        st = _state(self)
        requested = _or(requested, 1)
        if not st.queue and st.count >= requested:
            st.count -= requested
            return True
        if requested > st.max:
            return (None, "too many")
        to = _or(timeout, st.timeout)
        if to == 0:
            return (None, "timeout")
        co = sched.current_thread() or MAIN
        st.to_flags.pop(co, None)
        sched.set_timeout(co, to, on_timeout(st))
        st.queue.append((co, requested))
        yield _Sleep(-1)
        if st.to_flags.pop(co, None):
            return (None, "timeout")
        sched.cancel_timeout(co)
        if st.destroyed:
            return (None, "destroyed")
        return True

    def get_count(self=None, *_):
        return _state(self).count

    def get_wait(self=None, *_):
        st = _state(self)
        wait = 0
        for item in st.queue[st.tip:]:
            if item is not None:
                wait += item[1]
        return wait - st.count

    def destroy(self=None, *_):
        st = _state(self)
        _give(st, float("inf"))
        st.destroyed = True
        dict.__setitem__(self, "destroyed", True)
        self.meta = _DESTROYED_META
        return True

    SEMA_META = _method_table({"give": give, "take": _method(take_gen, "take"), "get_count": get_count,
                               "get_wait": get_wait, "destroy": destroy})
    M = LuaTable()
    dict.__setitem__(M, "new", new)
    return M


class _QueueState:
    __slots__ = ("sema", "items", "workers", "stopping", "worker_id", "exit_sema", "lock")


_QUEUE_COUNT = [0]


def open_copas_queue_mod(G):
    sched = _sched_of(G)
    Sema = open_copas_semaphore_mod(G)
    Lock = open_copas_lock_mod(G)

    def call(obj, name, *args):
        """obj:name(...) through its metatable (a destroyed object answers nil, "destroyed")."""
        return ops.call(ops.index(obj, name), obj, *args)

    def call_gen(obj, name, *args):
        return (yield from _call_gen(ops.index(obj, name), obj, *args))

    def new(opts=None, *_):
        name = opts["name"] if opts.__class__ is LuaTable else None
        if name is None:
            _QUEUE_COUNT[0] += 1
            name = "copas_queue_%d" % _QUEUE_COUNT[0]
        st = _QueueState()
        st.sema = ops.call(Sema["new"], 10 ** 9)
        st.items = []
        st.workers = weakref.WeakKeyDictionary()
        st.stopping = False
        st.worker_id = 0
        st.exit_sema = ops.call(Sema["new"], 10 ** 9)
        st.lock = None
        return _new_object(QUEUE_META, st, (("name", name),))

    def push(self=None, item=None, *_):
        st = _state(self)
        if st.stopping:
            return (None, "stopping")
        st.items.append(item)
        call(st.sema, "give")
        return True

    def pop_gen(self=None, timeout=None, *_):
        st = _state(self)
        r = ops.multi((yield from call_gen(st.sema, "take", 1, timeout)))
        if not r or not truthy(r[0]):
            return (r[0] if r else None, r[1] if len(r) > 1 else None)
        item = st.items.pop(0)
        if not st.items and st.stopping:
            destroy(self)
        return item

    def get_size(self=None, *_):
        return len(_state(self).items)

    def stop_gen(self=None, *_):
        st = _state(self)
        if not st.stopping:
            st.stopping = True
            st.lock = ops.call(Lock["new"], None, True)
            yield from call_gen(st.lock, "get")  # close the lock
            if not st.items:
                destroy(self)
        return True

    def finish_gen(self=None, timeout=None, no_destroy_on_timeout=None, *_):
        st = _state(self)
        yield from stop_gen(self)
        timeout = _or(timeout, dict.get(st.lock, "timeout"))
        endtime = _gettime() + timeout
        r = ops.multi((yield from call_gen(st.lock, "get", timeout)))
        err = r[1] if len(r) > 1 else None
        if err == "timeout":
            if not truthy(no_destroy_on_timeout):
                call(self, "destroy")
            return (None, err)
        if not st.workers:
            return True
        while True:
            r = ops.multi((yield from call_gen(st.exit_sema, "take", 1, max(0, endtime - _gettime()))))
            err = r[1] if len(r) > 1 else None
            if err == "destroyed":
                return True
            if err == "timeout":
                if not truthy(no_destroy_on_timeout):
                    call(self, "destroy")
                return (None, "timeout")
            if not st.workers:
                call(st.exit_sema, "destroy")
                return True

    def destroy(self=None, *_):
        st = _state(self)
        if st.lock is not None:
            call(st.lock, "destroy")
        call(st.sema, "destroy")
        self.meta = _DESTROYED_META
        st.items = []
        return True

    def add_worker(self=None, worker=None, *_):
        if not callable(worker):
            raise LuaError("expected worker to be a function")
        st = _state(self)
        st.worker_id += 1
        name = "%s:worker_%d" % (_lua_str(dict.get(self, "name")), st.worker_id)

        def work(*_):
            while True:
                r = ops.multi((yield from call_gen(self, "pop", float("inf"))))
                if len(r) > 1 and r[1] is not None:
                    break
                yield from _call_gen(worker, r[0] if r else None)
            st.workers.pop(th, None)
            if st.exit_sema is not None:
                call(st.exit_sema, "give", 1)

        th = sched.addthread(_gen_fn(work, "worker"), (), name)
        st.workers[th] = True
        return th

    def get_workers(self=None, *_):
        st = _state(self)
        return LuaTable.from_list([th for th in st.workers if not th.dead])

    QUEUE_META = _method_table({
        "push": push, "pop": _method(pop_gen, "pop"), "get_size": get_size,
        "stop": _method(stop_gen, "stop"), "finish": _method(finish_gen, "finish"), "destroy": destroy,
        "add_worker": add_worker, "get_workers": get_workers})
    M = LuaTable()
    dict.__setitem__(M, "new", new)
    return M


_TIMER_COUNT = [0]


def open_copas_timer_mod(G):
    sched = _sched_of(G)

    def expire(tm, initial_delay):
        """The timer's thread (Copas's expire_func)."""
        def run(*_):
            eh = dict.get(tm, "errorhandler")
            if truthy(eh):  # the timer thread's own error handler (copas.seterrorhandler)
                sched.errhandlers[sched.current_thread()] = eh
            yield _Sleep(initial_delay if initial_delay > 0 else 0)
            while True:
                if not truthy(dict.get(tm, "cancelled")):
                    if not truthy(dict.get(tm, "recurring")):
                        dict.__setitem__(tm, "cancelled", True)
                        delete(tm, "co")
                        yield from callback(tm)
                        return
                    yield from callback(tm)
                if truthy(dict.get(tm, "cancelled")):
                    delete(tm, "co")
                    dict.__setitem__(tm, "cancelled", True)
                    return
                d = dict.get(tm, "delay")
                yield _Sleep(d if d > 0 else 0)
        return _gen_fn(run, "timer")

    def callback(tm):
        # Copas runs the callback under xpcall with the copas error handler
        cb = _state(tm)
        try:
            yield from _call_gen(cb, tm, dict.get(tm, "params"))
        except LuaError as e:
            sched._report(sched.current_thread(), e.value)

    def arm(self=None, initial_delay=None, *_):
        if initial_delay is not None and not initial_delay >= 0:
            raise LuaError("delay must be greater than or equal to 0")
        if dict.get(self, "co") is not None:
            return (None, "already armed")
        dict.__setitem__(self, "cancelled", False)
        d = initial_delay if initial_delay is not None else dict.get(self, "delay")
        co = sched.addthread(expire(self, d), (), dict.get(self, "name"))
        dict.__setitem__(self, "co", co)
        return self

    def cancel(self=None, *_):
        co = dict.get(self, "co")
        if co is None:
            return (None, "not armed")
        if truthy(dict.get(self, "cancelled")):
            return (None, "already cancelled")
        dict.__setitem__(self, "cancelled", True)
        sched.wakeup(co)
        sched.removethread(co)
        delete(self, "co")
        return self

    def new(opts=None, *_):
        delay = opts["delay"]
        if not _or(delay, -1) >= 0:
            raise LuaError("delay must be greater than or equal to 0")
        cb = opts["callback"]
        if not callable(cb):
            raise LuaError("expected callback to be a function")
        name = opts["name"]
        if name is None:
            _TIMER_COUNT[0] += 1
            name = "copas_timer_%d" % _TIMER_COUNT[0]
        tm = _new_object(TIMER_META, cb, (("name", name), ("delay", delay), ("recurring", truthy(opts["recurring"])),
                                         ("params", opts["params"]), ("cancelled", False),
                                         ("errorhandler", opts["errorhandler"])))
        return arm(tm, opts["initial_delay"])

    TIMER_META = _method_table({"arm": arm, "cancel": cancel})
    M = LuaTable()
    dict.__setitem__(M, "new", new)
    return M


open_copas_lock_mod = _wrap_opener(open_copas_lock_mod, "copas.lock")
open_copas_semaphore_mod = _wrap_opener(open_copas_semaphore_mod, "copas.semaphore")
open_copas_queue_mod = _wrap_opener(open_copas_queue_mod, "copas.queue")
open_copas_timer_mod = _wrap_opener(open_copas_timer_mod, "copas.timer")

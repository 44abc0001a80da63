"""Copas 4 (coroutine-oriented socket scheduler) on an event loop of its own (evloop.py).

A copas thread is a Lua function run as a generator (its `lua_gen` attribute,
see runtime/coroutine/aio.py), stepped by the Scheduler from the loop's ready queue:

  - a socket operation that has to wait (`IOWait`) parks the thread in its
    socket's slot of the loop (epoll) and on the timer heap when it has a
    timeout; when the socket is ready (or the time is up) the op goes on, and
    its result is sent back into the generator, so the other threads run
    meanwhile; other `aio.IORequest`s (an OpRequest, socket.sleep,
    socket.select) are parked the same way;
  - `_Sleep` (copas.sleep/pause/pauseforever and every wait of the locks,
    semaphores and queues) parks the thread until its time or `copas.wakeup`.

The loop keeps the order of the asyncio loop this replaced (evloop.py says how), so
threads interleave as they did when the net goldens were recorded.

The behaviour follows Copas 4.x (checked against 4.11 by the net goldens):
`copas.running` is a field, `copas.step` returns whether a socket became ready,
`copas.finished` does not count threads that sleep forever unless a timeout
could wake them, and copas.lock / semaphore / queue / timer are tables with the
same algorithms (wait queues woken with copas.wakeup, per-thread timeouts set
with copas.timeout), so their results, errors and orderings match.

A function without `lua_gen` (not compiled for coroutines) runs to completion
when its thread starts (its socket calls block).  Copas-wrapped sockets are the
LuaSocket objects themselves: their methods already yield inside a thread and
block outside one.
"""
import math
import time
import weakref

from ..core import ops
from ..core.errors import LuaError, LuaExit, lua_error_value
from ..core.frames import runtime_module
from ..core.table import LuaTable
from ..core.values import tostring, truthy, type_name
from ..coroutine import lcoroutine as _lcoroutine
from ..coroutine.aio import IORequest
from ..stdlib.lbase import lua_print
from ..support.cogen import call_gen, gen_of
from ..support.loops import adjust
from .lcopas_lua import debug_socket_function
from .lhttp import open_http_table
from .luasocket.drivers import (
    GENERATOR,
    WAIT_READ,
    WAIT_WRITE,
    RESOLVE,
    IOWait,
    OpRequest,
    SleepRequest,
    gen_function,
    op_gen,
    resolve_now,
    run_gen_blocking,
)
from .evloop import Loop, Waiter
from .luasocket.tcp import (
    TCP,
    mk_connect,
    mk_receive,
    mk_send,
    op_accept,
    op_handshake,
    ssl_module,
    tcp_close,
    tcp_settimeout,
)
from .luasocket.timeout import Timeout, sock_gettime
from .luasocket.udp import UDP, mk_udp_receive, mk_udp_receivefrom

runtime_module(__file__)

_cur = [None]  # the copas thread running now


def _current_thread():
    return _cur[0]


_lcoroutine.outer_thread = _current_thread  # coroutine.running/isyieldable inside copas threads

_SLEEP = "sleep"  # CopasThread.waiting: a copas.sleep/pause (or socket.sleep)
_SELECT = "select"  # socket.select's wait
_CANCELLED = "cancelled"
_CANCEL = object()  # resumed with this: the thread was removed (copas.removethread)


class _SelectWait:
    """socket.select inside a thread: the fds found ready (the first one wakes the thread;
    the others ready on the same turn are added before it runs)."""
    __slots__ = ("sched", "th", "r", "w", "fired")

    def __init__(self, sched, th):
        self.sched = sched
        self.th = th
        self.r = set()
        self.w = set()
        self.fired = False

    def mark(self, kind, fd):
        (self.r if kind == 1 else self.w).add(fd)
        if not self.fired:
            self.fired = True
            th = self.th
            t = th.timer
            if t is not None:
                th.timer = None
                t[2] = None
            self.sched.loop.ready.append((self.sched._resume_select, th, None))


class _MainThread:
    """coroutine.running() outside any copas thread (owner of a lock taken by the main chunk)."""
    lua_type = "thread"
    lua_meta = None


MAIN = _MainThread()


class CopasThread:
    lua_type = "thread"
    lua_meta = None

    def __init__(self, fn, args, name=None):
        self.fn = fn
        self.args = args
        self.name = name
        self.started = False  # its first step is queued (it is no more in Scheduler.pending)
        self.must_cancel = False  # copas.removethread while it was queued or running
        self.send = None  # its generator's send
        self.waiting = None  # what it is parked for: WAIT_READ, WAIT_WRITE, _SLEEP ...
        self.timer = None  # the timer entry of that wait
        self.entry = None  # the loop's Entry of the socket it waits on
        self.op = None  # the socket op it is in (an op generator)
        self.dbg = None  # (thread name, socket name) of a wait logged by copas.debug
        self.sel = None  # the _SelectWait of a socket.select
        self.state = "ready"  # ready | sleep | forever (until wakeup) | read | write | io
        self.io_timeout = None  # the running socket wait's timeout (copas.status counts it)
        self.debug = False  # made while copas.debug was started: its end is logged
        self.nolog = False  # Copas's own work (a server's accepts): not logged
        self.dead = False
        self.autoclose = None

    def __repr__(self):
        return "thread: 0x%x" % id(self)

    def coroutine_status(self):
        """coroutine.status of a copas thread (see lcoroutine.status)."""
        if self.dead:
            return "dead"
        if _cur[0] is not self:
            return "suspended"
        # inside a coroutine this thread resumed, the thread itself is "normal"
        return "running" if _lcoroutine._current[0] is _lcoroutine.MAIN else "normal"


def _or(v, default):
    return default if v is None or v is False else v


def _lua_str(v):
    return v if v.__class__ is str else tostring(v)


class _Sleep(IORequest):
    """Park the current thread: `seconds` >= 0 for a timed sleep, < 0 until copas.wakeup."""
    __slots__ = ("seconds",)

    def __init__(self, seconds):
        self.seconds = seconds

    def run_blocking(self):
        # outside a copas thread Copas would yield from the main chunk
        if self.seconds < 0:
            raise LuaError("attempt to yield from outside a coroutine")
        if self.seconds > 0:
            time.sleep(self.seconds)
        return ()


def _gettime():
    return time.time()


def _ms(t):
    return math.floor(t * 1000000 + 0.5) / 1000


class _Stats:
    """copas.status(true)'s statistics: here a step is one resumption of a thread, and its
    duration the time the thread ran (Copas times its loop's steps between selects)."""

    def __init__(self):
        self.steps = 0
        self.time_start = None
        self.last = None
        self.dmin = 999999
        self.dmax = -1
        self.dtot = 0.0

    def resumed(self):
        now = time.time()
        if self.time_start is None:
            self.time_start = now
        else:
            d = now - self.last
            self.dmin = min(self.dmin, d)
            self.dmax = max(self.dmax, d)
            self.dtot += d
            self.steps += 1
        self.last = now

    min_ever = None
    max_ever = None

    def report(self, res):
        if self.steps == 0:
            return
        end = time.time()
        _Stats.min_ever = min(_Stats.min_ever if _Stats.min_ever is not None else 9999999, self.dmin)
        _Stats.max_ever = max(_Stats.max_ever or 0, self.dmax)
        tot = end - self.time_start
        for k, v in (("steps", self.steps), ("duration_tot", _ms(self.dtot)),
                     ("duration_min", _ms(self.dmin)), ("duration_max", _ms(self.dmax)),
                     ("duration_avg", _ms(self.dtot / self.steps)),
                     ("duration_min_ever", _ms(_Stats.min_ever)),
                     ("duration_max_ever", _ms(_Stats.max_ever)),
                     ("time_start", math.floor(self.time_start * 1000 + 0.5) / 1000),
                     ("time_end", math.floor(end * 1000 + 0.5) / 1000),
                     ("time_tot", math.floor(tot * 1000 + 0.5) / 1000),
                     ("time_avg", _ms(tot / self.steps))):
            dict.__setitem__(res, k, v)
        # each call starts a new measurement
        self.__init__()


class Scheduler:
    def __init__(self):
        self.loop = None
        self.pending = []
        self.threads = set()
        self.servers = {}
        self.exiting = False
        self.exit_waiters = []
        self.errhandlers = weakref.WeakKeyDictionary()
        self.default_handler = None
        self.timeouts = {}  # thread -> timer entry (copas.timeout)
        self.io_count = 0  # sockets found ready (copas.step's result)
        self._poke = None  # the main task's Waiter while it waits
        self._activity = None
        self.C = None  # the copas table (its `running` field)
        self.G = None  # the globals (the default error handler prints with their print)
        self.socket_names = weakref.WeakKeyDictionary()  # copas.setsocketname
        self.stepped = False
        self.stats = None  # _Stats while copas.status(true) has enabled them
        self.debug_log = None  # copas.debug.start's logger
        self.exit_request = None  # the LuaExit of an os.exit called in a thread
        self.core_timer = CopasThread(None, (), "copas_core_timer")  # runs copas.timeout callbacks

    def current_thread(self):
        return _cur[0]

    def _ensure_loop(self):
        if self.loop is None:
            self.loop = Loop()
            self.loop.wake = self._io_wake
        return self.loop

    def poke(self):
        w = self._poke
        if w is not None and not w.done:
            w.set()

    # -------------------------------------------------------------- threads
    def addthread(self, fn, args, name=None):
        th = CopasThread(fn, args, name)
        self.threads.add(th)
        if self.debug_log is not None:
            # Copas runs a new thread at once up to its first copas.pause()
            th.debug = True
            self._dlog("resuming '", self.threadname(th), "'")
            self._dlog("yielding '", self.threadname(th), "' to SLEEP for ", 0, " seconds")
        if self.loop is not None and self.loop.running:
            self._start(th)
        else:
            self.pending.append(th)
        return th

    def removethread(self, th):
        if th.__class__ is not CopasThread or th.dead:
            return
        if th in self.pending:
            self.pending.remove(th)
            th.dead = True
            self.threads.discard(th)
        elif th.started:
            self._cancel(th)
        self.poke()

    def _cancel(self, th):
        """Drop a started thread where it waits, on the next turn (a cancelled task)."""
        if th.waiting is not None:
            self._unpark(th)
            self.loop.ready.append((self._resume, th, _CANCEL))
        else:  # queued to run (or running now): it ends when it next runs (or yields)
            th.must_cancel = True

    def _unpark(self, th):
        """Forget what th waits for (its fd slot, its timer)."""
        kind = th.waiting
        th.waiting = None
        t = th.timer
        if t is not None:
            th.timer = None
            t[2] = None
        e = th.entry
        if e is not None:
            th.entry = None
            if kind is WAIT_READ:
                self.loop.cancel_read(e, th)
            elif kind is WAIT_WRITE:
                self.loop.cancel_write(e, th)
            elif kind is _SELECT:
                for e2, k in e:
                    if k == 1:
                        self.loop.cancel_read(e2, th.sel)
                    else:
                        self.loop.cancel_write(e2, th.sel)

    def _io_wake(self, waiter, value, kind, fd):
        """The loop's callback: a socket waited on is ready."""
        if waiter.__class__ is _SelectWait:
            waiter.mark(kind, fd)
            return
        if waiter.waiting is not None:
            t = waiter.timer
            if t is not None:
                waiter.timer = None
                t[2] = None
            waiter.waiting = None
            waiter.entry = None
            self.loop.ready.append((self._resume, waiter, value))

    def _timed_out(self, th, value):
        """A wait's timer: the thread resumes with `value` (False for a socket wait)."""
        if th.waiting is not None:
            th.timer = None
            self._unpark(th)
            self.loop.ready.append((self._resume, th, value))

    def _sleep(self, th, seconds):
        th.waiting = _SLEEP
        if seconds < 0:
            th.state = "forever"
            self.poke()  # the loop may be finished now
        else:
            th.state = "sleep"
            th.timer = self.loop.call_later(seconds, self._timed_out, th, ())

    def wakeup(self, th):
        if th.__class__ is CopasThread and th.waiting is _SLEEP:
            t = th.timer
            if t is not None:
                th.timer = None
                t[2] = None
            th.waiting = None
            self.loop.ready.append((self._resume, th, ()))
            # it runs again on a later step: not a thread sleeping forever for copas.finished
            # (the loop's check may come first, and would end the loop without it)
            th.state = "ready"

    def _park(self, th, w):
        """th's socket op waits for w = (kind, socket, seconds): park th in the socket's slot."""
        kind, s, t = w[0], w[1], w[2]
        if kind is WAIT_READ:
            th.state = "read"
            th.entry = self.loop.wait_read(s, th)
        elif kind is WAIT_WRITE:
            th.state = "write"
            th.entry = self.loop.wait_write(s, th)
        elif kind is RESOLVE:  # a name lookup blocks, as LuaSocket's does under Copas
            th.state = "io"
            th.waiting = kind
            self.loop.ready.append((self._resume_resolved, th, resolve_now(s, t)))
            return
        elif kind == _SELECT:
            th.state = "io"
            rfds, wfds, t = s, t, w[3]
            th.io_timeout = t
            sel = th.sel = _SelectWait(self, th)
            th.entry = [(self.loop.wait_fd(fd, 1, sel), 1) for fd in rfds] + \
                [(self.loop.wait_fd(fd, 4, sel), 4) for fd in wfds]
            th.waiting = kind
            if t is not None:
                th.timer = self.loop.call_later(t, self._timed_out, th, (sel.r, sel.w))
            return
        else:
            raise LuaError("unknown wait " + repr(kind))
        th.waiting = kind
        th.io_timeout = t
        if t is not None:
            th.timer = self.loop.call_later(t, self._timed_out, th, False)

    def _resume_select(self, th, _):
        if th.waiting is _SELECT:
            sel = th.sel
            th.sel = None
            self._unpark(th)
            self._resume(th, (sel.r, sel.w))

    def _resume_resolved(self, th, value):
        if th.waiting is RESOLVE:
            th.waiting = None
            self._resume(th, value)

    def _start_step(self, th, _):
        # Copas: a new thread starts on the next step (the task's first step, then a sleep(0))
        if th.must_cancel:
            self.loop.ready.append((self._gone_step, th, None))
        else:
            self.loop.ready.append((self._first, th, None))

    def _gone_step(self, th, _):
        self._gone(th)

    def _first(self, th, _):
        prev = _cur[0]
        _cur[0] = th
        try:
            if th.must_cancel:
                self._gone(th)
                return
            if self.debug_log is not None and not th.nolog:
                self._dlog("resuming '", self.threadname(th), "'")
            g = gen_of(th.fn)
            if g is None:
                try:
                    ops.call(th.fn, *th.args)
                except Exception as e:
                    self._report(th, lua_error_value(e))
                except LuaExit as e:
                    self._exit_in_thread(e)
                self._gone(th)
                return
            try:
                th.send = g(*th.args).send
            except Exception as e:
                self._report(th, lua_error_value(e))
                self._gone(th)
                return
        finally:
            _cur[0] = prev
        self._resume(th, None)

    def _exit_in_thread(self, e):
        # os.exit in a thread ends the program: the loop raises it
        self.exit_request = e
        self.poke()
        a = self._activity
        if a is not None and not a.done:
            a.set()

    def _resume(self, th, value):
        """Run th from where it waited (value: what its wait gave) to its next wait."""
        if value is _CANCEL or th.must_cancel:
            if th.op is not None:
                th.op = None
            self._gone(th)
            return
        prev = _cur[0]
        _cur[0] = th
        try:
            self._advance(th, value)
        except Exception as e:
            self._report(th, lua_error_value(e))
            self._gone(th)
        except LuaExit as e:
            self._exit_in_thread(e)
            self._gone(th)
        finally:
            _cur[0] = prev

    def _done_waiting(self, th):
        th.state = "ready"
        if self.stats is not None:
            self.stats.resumed()
        a = self._activity
        if a is not None and not a.done:
            a.set()

    def _advance(self, th, value):
        op = th.op
        if op is not None:  # a socket op's wait is over: the op goes on
            dbg = th.dbg
            if dbg is not None and th.state != "io":
                self._dlog("resuming '", dbg[0], "' for socket '", dbg[1], "'")
            if value is True:
                self.io_count += 1
            try:
                w = op.send(value)
            except StopIteration as e:
                th.op = None
                th.dbg = None
                value = e.value
                self._done_waiting(th)
            else:
                self._park_op(th, w)
                return
        elif th.dbg is not None:  # (a logged sleep)
            self._dlog("resuming '", th.dbg[0], "'")
            th.dbg = None
            th.state = "ready"
            self._done_waiting(th)
        else:
            self._done_waiting(th)
        send = th.send
        while True:
            try:
                y = send(value)
            except StopIteration:
                if th.debug and self.debug_log is not None:
                    self._dlog("exiting '", self.threadname(th), "'")
                self._gone(th)
                return
            if th.must_cancel:  # copas.removethread of itself: it ends where it waits
                th.waiting = _CANCELLED
                self.loop.ready.append((self._resume, th, _CANCEL))
                return
            cls = y.__class__
            dbg = self.debug_log is not None and not th.nolog
            if cls is IOWait:
                th.op = y.op
                if dbg:
                    self._debug_op(th, y)
                self._park_op(th, y.wait)
                return
            if cls is _Sleep:
                if dbg:
                    name = self.threadname(th)
                    self._dlog("yielding '", name, "' to SLEEP for ", y.seconds, " seconds")
                    th.dbg = (name,)
                self._sleep(th, y.seconds)
                return
            if isinstance(y, IORequest):
                th.state = "io"
                if isinstance(y, OpRequest):  # (socket.select's request is one)
                    op = y.fn(*y.args)
                    try:
                        w = op.send(None)
                    except StopIteration as e:
                        value = e.value
                        self._done_waiting(th)
                        continue
                    th.op = op
                    self._park_op(th, w)
                    return
                if y.__class__ is SleepRequest:  # socket.sleep in a thread: a timer
                    th.waiting = _SLEEP
                    if y.seconds > 0:
                        th.timer = self.loop.call_later(y.seconds, self._timed_out, th, ())
                    else:
                        th.waiting = None
                        self.loop.ready.append((self._resume, th, ()))
                    return
                value = y.run_blocking()
                self._done_waiting(th)
                continue
            raise LuaError("coroutine.yield was called without a resume first, "
                           "user-code cannot yield to Copas")

    def _park_op(self, th, w):
        dbg = th.dbg
        if dbg is not None:
            kind = w[0]
            if kind is WAIT_READ or kind is WAIT_WRITE:
                self._dlog("yielding '", dbg[0], "' to READ on '" if kind is WAIT_READ
                           else "' to WRITE on '", dbg[1], "'")
        self._park(th, w)

    def _debug_op(self, th, y):
        """copas.debug has started: the op's waits are logged as Copas logs its yields."""
        frame = getattr(y.op, "gi_frame", None)
        skt = frame.f_locals.get("o") if frame is not None else None
        sname = self.socketname(skt) if skt is not None else tostring(y.wait[1])
        th.dbg = (self.threadname(th), sname)

    def _dlog(self, *args):
        ops.call(self.debug_log, *args)

    def threadname(self, th):
        return th.name if th.__class__ is CopasThread and th.name is not None else tostring(th)

    def _report(self, th, msg):
        h = self.errhandlers.get(th) or self.default_handler
        try:
            if h is not None:
                ops.call(h, msg, th, None)
                return
        except LuaError as e:
            v = e.value
            lua_print("Failed executing error handler: " + (v if v.__class__ is str else tostring(v)))
            return
        # Copas's default handler: print(copas.gettraceback(msg, co, skt)), through the global
        # print of the moment.  (Copas adds the dead thread's stack traceback; that stack is
        # gone here, so lua2py prints the message line only.)
        text = "" if msg is None else (msg if msg.__class__ is str else tostring(msg))
        line = "%s (coroutine: %s, socket: nil)" % (text, self.threadname(th)) if text else \
            "(coroutine: %s, socket: nil)" % self.threadname(th)
        pr = dict.get(self.G, "print") if self.G is not None else None
        if pr is None:
            lua_print(line)
        else:
            ops.call(pr, line)

    def _start_pending(self):
        while self.pending:
            self._start(self.pending.pop(0))

    def _start(self, th):
        th.started = True
        self.loop.ready.append((self._start_step, th, None))

    def _gone(self, th):
        if th.autoclose is not None:
            c, th.autoclose = th.autoclose, None
            tcp_close(c)
        if not th.dead:
            th.dead = True
            th.state = "dead"
            self.threads.discard(th)
            # (its copas.timeout timer stays set, as in Copas: it still counts, and fires)
            self.poke()

    # -------------------------------------------------------------- timeouts (copas.timeout)
    def set_timeout(self, th, delay, callback):
        self.cancel_timeout(th)
        if delay > 0 and delay != float("inf"):
            setter = _cur[0]

            def fire(_a, _b):
                self.timeouts.pop(th, None)
                prev = _cur[0]
                _cur[0] = setter  # (the callback runs as a part of the thread that set it)
                try:
                    callback(th)
                except LuaError as e:
                    # Copas runs the callbacks in its timer thread: an error goes to the
                    # default error handler, with that thread
                    self._report(self.core_timer, lua_error_value(e))
                finally:
                    _cur[0] = prev
                self.poke()
            self.timeouts[th] = self._ensure_loop().call_later(delay, fire)
        elif delay != 0 and delay != float("inf"):
            raise LuaError("timout value must be greater than or equal to 0, got: " + tostring(delay))
        return True

    def cancel_timeout(self, th):
        h = self.timeouts.pop(th, None)
        if h is not None:
            h[2] = None

    # -------------------------------------------------------------- copas.status
    def status(self, enable):
        """copas.status's table: the detailed statistics (when enabled) and the counts of
        Copas's queues.  Copas's own timer thread sits in its sleeping heap once the loop
        has stepped, and is a thread to resume before."""
        res = LuaTable()
        st = self.stats
        if st is None:
            if enable is True:
                self.stats = _Stats()
        elif enable is False:
            self.stats = None
        else:
            st.report(res)
        me = self.current_thread()
        counts = {"ready": 0, "sleep": 0, "forever": 0, "read": 0, "write": 0}
        timeouts = len(self.timeouts)
        for th in self.threads:
            state = th.state
            if state in counts and th is not me:
                counts[state] += 1
            if (state == "read" or state == "write") and th.io_timeout is not None \
                    and th not in self.timeouts:
                timeouts += 1  # Copas times a socket wait with a copas.timeout
        for k, v in (("running", truthy(dict.get(self.C, "running")) if self.C is not None else False),
                     ("timeout", timeouts),
                     ("timer", counts["sleep"] + (1 if self.stepped else 0)),
                     ("inactive", counts["forever"]), ("read", counts["read"]),
                     ("write", counts["write"]),
                     ("active", counts["ready"] + (0 if self.stepped else 1))):
            dict.__setitem__(res, k, v)
        return res

    # -------------------------------------------------------------- loop / step
    def finished(self):
        # Copas's own timer thread waits to be resumed until the first step: not finished before
        if self.pending or not self.stepped:
            return False
        lethargic = False
        for th in self.threads:
            if th.state == "forever":
                lethargic = True
            else:
                return False
        return not (lethargic and self.timeouts)

    def _set_running(self, v):
        if self.C is not None:
            dict.__setitem__(self.C, "running", v)

    def _main(self):
        """copas.loop's main task (a Task of the loop): starts the threads added meanwhile and
        ends the loop when they are finished."""
        loop = self.loop
        self.stepped = True
        while True:
            self._start_pending()
            if self.finished():
                if self.exiting:
                    break
                self.exit()
                continue
            self._poke = w = Waiter(loop)
            yield w
            if self.exit_request is not None:
                raise self.exit_request

    def run_loop(self):
        self.exiting = False
        loop = self._ensure_loop()
        self._set_running(True)
        try:
            loop.run_task(self._main())
        finally:
            self._set_running(False)
        return ()

    def step(self, timeout):
        loop = self._ensure_loop()
        n0 = self.io_count

        def one():
            self.stepped = True
            self._start_pending()
            yield None
            if self.io_count == n0 and (timeout is None or timeout > 0):
                w = self._activity = Waiter(loop)
                h = loop.call_later(timeout, w.set) if timeout is not None else None
                yield w
                self._activity = None
                if h is not None:
                    h[2] = None
                yield None
        loop.run_task(one())
        if self.exit_request is not None:
            raise self.exit_request
        return self.io_count != n0

    def cancelall(self):
        """copas.cancelall: the threads waiting to run or sleeping are dropped, servers removed
        (closed), and the loop exits once it is finished.  As in Copas, the calling thread
        goes on (it was not in a queue) and copas.timeout timers stay set."""
        me = self.current_thread()
        for th in list(self.pending) + list(self.threads):
            if th is not me:
                self.removethread(th)
        for server in list(self.servers):
            self.removeserver(server)
        self.exit()

    def exit(self):
        if self.exiting:
            return
        self.exiting = True
        for th in self.exit_waiters:
            self.wakeup(th)
        self.exit_waiters = []

    # -------------------------------------------------------------- servers
    def socketname(self, skt):
        name = self.socket_names.get(skt)
        return tostring(skt) if name is None else name

    def addserver(self, server, handler, timeout, name=None):
        if name is not None:
            self.socket_names[server] = name
        count = 0
        server.tm.block = -1.0
        server.tm.total = -1.0
        if timeout is not None:
            copas_settimeout(server, timeout)

        def accept_loop(*_):
            while server in self.servers:
                c = yield from op_gen(op_accept(server))
                if c.__class__ is TCP:
                    nonlocal count
                    count += 1
                    tcp_settimeout(c, 0)
                    c.copas_tm = server.copas_tm
                    base = self.socketname(server)
                    self.socket_names[c] = "%s:client_%d" % (base, count)
                    th = self.addthread(handler, (c,), "%s:handler_%d" % (base, count))
                    if self.C is not None and truthy(dict.get(self.C, "autoclose")):
                        th.autoclose = c  # copas.autoclose: closed when the handler ends

        def plain(*_):
            raise LuaError("copas server loop must run as a thread")

        plain.lua_gen = accept_loop
        log, self.debug_log = self.debug_log, None
        th = self.servers[server] = self.addthread(plain, (), self.socketname(server) + ":handler")
        self.debug_log = log
        th.nolog = True
        return ()

    def removeserver(self, server, keep_open=False):
        th = self.servers.pop(server, None)
        if th is not None:
            self.removethread(th)
        if keep_open:
            return True
        return tcp_close(server)


# ---------------------------------------------------------------- copas-wrapped sockets
#
# copas.wrap(skt) sets the socket's own timeout to 0 and returns a table {socket = skt}
# whose methods do the I/O under Copas's timeouts (copas.settimeout: none by default), as
# Copas does; inside a thread they yield, outside they block.  A raw socket handed to an
# addserver handler has timeout 0, so without copas.handler/copas.wrap its receive
# answers "timeout" at once, as under Copas.

_NO_TIMEOUT = Timeout()


def _raw(skt):
    if skt.__class__ is LuaTable and (skt.meta is WRAP_META or skt.meta is WRAP_UDP_META):
        return dict.get(skt, "socket")
    return skt


def _copas_timeout(raw, which):
    tms = raw.copas_tm
    return _NO_TIMEOUT if tms is None else tms[which]


def _copas_io(makers, which, name):
    """A wrapper method (or copas.send/receive/receivefrom on a raw socket): the LuaSocket op
    (makers: by socket class) run with the socket's Copas timeout in place of its own."""
    def gen(skt=None, *args):
        raw = _raw(skt)
        maker = makers.get(raw.__class__)
        if maker is None:
            f = ops.index(raw, name)
            g = gen_of(f)
            r = (yield from g(raw, *args)) if g is not None else ops.call(f, raw, *args)
            return r
        saved = raw.tm
        raw.tm = _copas_timeout(raw, which)
        try:
            r = maker(raw, *args)
            if r.__class__ is GENERATOR:
                r = yield from op_gen(r)
        finally:
            raw.tm = saved
        return r
    return gen_function(gen, name)


def _settimeouts(skt, connect, send, receive):
    raw = _raw(skt)
    for v, what in ((connect, "connect"), (send, "send"), (receive, "read")):
        if v is not None and v.__class__ not in (int, float):
            return (None, "%s timeout must be 'nil' or a number" % what)
    if raw.__class__ is not TCP and raw.__class__ is not UDP:
        return True
    old = raw.copas_tm or (_NO_TIMEOUT, _NO_TIMEOUT, _NO_TIMEOUT)
    new = []
    for v, o in zip((connect, send, receive), old):
        if v is None:
            new.append(o)
        else:
            t = Timeout()
            t.block = -1.0 if v < 0 else float(v)
            new.append(t)
    raw.copas_tm = tuple(new)
    return True


def copas_settimeout(skt=None, t=None, *_):
    t = -1 if t is None else t
    if t.__class__ not in (int, float):
        return (None, "timeout must be 'nil' or a number")
    return _settimeouts(skt, t, t, t)


def _wrapper_method(name):
    def method(self=None, *args):
        raw = _raw(self)
        return ops.call(ops.index(raw, name), raw, *args)
    method.__name__ = name
    return method


def _ssl_params(sslt):
    """Copas's normalize_sslt: the wrapped socket's ssl_params table {wrap=, sni=}, whose
    unknown keys are an error."""
    r = LuaTable()
    r.meta = _SSLP_META
    wrap = sni = False
    if sslt is None:
        pass
    elif sslt.__class__ is LuaTable:
        if truthy(dict.get(sslt, "mode")) or truthy(dict.get(sslt, "protocol")):
            wrap = sslt
        else:
            wrap = _or(dict.get(sslt, "wrap"), False)
            sni = _or(dict.get(sslt, "sni"), False)
    elif getattr(sslt, "lua_type", None) == "userdata":
        wrap = sslt
    else:
        # (Copas 4.11 names the value where it means its type)
        raise LuaError("ssl parameters; did not expect type " + tostring(sslt))
    dict.__setitem__(r, "wrap", wrap)
    dict.__setitem__(r, "sni", sni)
    return r


def _sslp_index(self=None, key=None, *_):
    raise LuaError("accessing unknown 'ssl_params' table key: " + tostring(key))


_SSLP_META = LuaTable()
dict.__setitem__(_SSLP_META, "__index", _sslp_index)


def copas_wrap(skt=None, sslt=None, *_):
    if skt.__class__ is LuaTable and (skt.meta is WRAP_META or skt.meta is WRAP_UDP_META):
        return skt
    ops.call(ops.index(skt, "settimeout"), skt, 0)
    w = LuaTable()
    dict.__setitem__(w, "socket", skt)
    if skt.__class__ is UDP:
        w.meta = WRAP_UDP_META
    else:
        dict.__setitem__(w, "ssl_params", _ssl_params(sslt))
        w.meta = WRAP_META
    return w


def _secure_gen(w):
    """What copas.handler and a wrapped socket's connect do with the ssl_params: sni, then
    the handshake."""
    sslp = dict.get(w, "ssl_params")
    sni = ops.index(sslp, "sni")
    if truthy(sni):
        ops.call(ops.index(w, "sni"), w, ops.index(sni, "names"), ops.index(sni, "strict"))
    wrap = ops.index(sslp, "wrap")
    if truthy(wrap):
        r = yield from _wrapped_dohandshake_gen(w, wrap)
        return r
    return None


def copas_handler(fn=None, sslparams=None, *_):
    def handler_gen(skt=None, *args):
        w = copas_wrap(skt, sslparams)
        yield from _secure_gen(w)
        return (yield from call_gen(fn, w, *args))

    def handler(skt=None, *args):
        return run_gen_blocking(handler_gen(skt, *args))

    handler.lua_gen = handler_gen
    return handler


# ---------------------------------------------------------------- TLS (copas.dohandshake)
#
# LuaSec is not needed: the handshake runs on Python's ssl module, with LuaSec's parameter
# table (mode, protocol, verify, cafile, capath, certificate, key, options).  As LuaSec,
# peers are verified against the CA files given (verify = "peer"), names are not checked.

def _tls_context(params):
    ssl = ssl_module()

    def field(name):
        v = dict.get(params, name) if params.__class__ is LuaTable else None
        return _lua_str(v) if truthy(v) else None

    mode = field("mode") or "client"
    verify = dict.get(params, "verify") if params.__class__ is LuaTable else None
    if verify.__class__ is LuaTable:
        verify = dict.get(verify, 1)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER if mode == "server" else ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    if verify == "peer":
        ctx.verify_mode = ssl.CERT_REQUIRED
        if field("cafile") or field("capath"):
            ctx.load_verify_locations(cafile=field("cafile"), capath=field("capath"))
        else:
            ctx.load_default_certs()
    else:
        ctx.verify_mode = ssl.CERT_NONE
    if field("certificate"):
        ctx.load_cert_chain(field("certificate"), field("key"))
    return ctx, mode == "server"


def _dohandshake_gen(skt=None, params=None, *_):
    if not truthy(params):
        raise LuaError("cannot wrap socket into a secure socket (using 'ssl.wrap()') without "
                       "parameters/context")
    raw = _raw(skt)
    if raw.__class__ is not TCP:
        raise LuaError("TLS/SSL handshake failed: not a TCP socket")
    if raw.tls_done:
        return raw
    ssl = ssl_module()
    try:
        ctx, server = _tls_context(params)
    except (OSError, ValueError, ssl.SSLError) as e:
        raise LuaError("TLS/SSL handshake failed: " + str(e)) from None
    saved = raw.tm
    raw.tm = _copas_timeout(raw, 0)
    raw.tm.markstart()
    try:
        err = yield from op_gen(op_handshake(raw, (ctx, None if server else raw.sni_name), server))
    finally:
        raw.tm = saved
    if err is None:
        raw.tls_done = True
        return raw
    if err == "timeout" or err in ("wantread", "wantwrite"):
        return (None, err if _sto_errors.get(_cur[0]) else "timeout")
    raise LuaError("TLS/SSL handshake failed: " + err)


copas_dohandshake = gen_function(_dohandshake_gen, "dohandshake")


def _wrapped_dohandshake_gen(self=None, params=None, *_):
    if not truthy(params):
        params = ops.index(dict.get(self, "ssl_params"), "wrap")
    r = yield from _dohandshake_gen(dict.get(self, "socket"), params)
    if r.__class__ is tuple:
        return r
    return self


def _sni(self=None, names=None, strict=None, *_):
    raw = _raw(self)
    if names is None:
        sni = ops.index(dict.get(self, "ssl_params"), "sni")
        names = ops.index(sni, "names") if truthy(sni) else None
    if names.__class__ is str and raw.__class__ is TCP:
        raw.sni_name = names
    return True


def _tls_info(what):
    def method(self=None, *_):
        sock = getattr(_raw(self), "sock", None)
        if getattr(_raw(self), "tls_done", False):
            if what == "alpn":
                return sock.selected_alpn_protocol()
            return getattr(_raw(self), "sni_name", None)
        return (None, "not a tls socket")
    return method


# copas.useSocketTimeoutErrors: the threads that want LuaSocket's own timeout errors
_sto_errors = weakref.WeakKeyDictionary()


def copas_use_socket_timeout_errors(flag=None, *_):
    th = _cur[0] or MAIN
    _sto_errors[th] = truthy(flag)
    return ()


def copas_close(skt=None, *args):
    raw = _raw(skt)
    return ops.call(ops.index(raw, "close"), raw, *args)


copas_send = _copas_io({TCP: mk_send}, 1, "send")  # (UDP sends go straight to the socket, as in Copas)
copas_receive = _copas_io({TCP: mk_receive, UDP: mk_udp_receive}, 2, "receive")
copas_receivefrom = _copas_io({UDP: mk_udp_receivefrom}, 2, "receivefrom")

_ZERO = Timeout()
_ZERO.block = 0.0


def _wait_readable(raw, t):
    ok = yield (WAIT_READ, raw.sock, t)
    return ok


def _receivepartial_gen(skt=None, pattern=None, part=None, *_):
    """copas.receivepartial: LuaSocket's receive tried without waiting, again (with what came
    so far as its prefix) each time the socket is readable, until it succeeds, fails, or has
    more than it started with (then nil, "timeout", partial); Copas's receive timeout bounds
    the whole call."""
    raw = _raw(skt)
    if raw.__class__ is not TCP:
        r = yield from copas_receive.lua_gen(skt, pattern, part)
        return r
    if pattern is None:
        pattern = "*l"
    orig = len(part) if part.__class__ is str else 0
    ctm = _copas_timeout(raw, 2)
    ctm.markstart()
    saved = raw.tm
    try:
        while True:
            raw.tm = _ZERO
            r = mk_receive(raw, pattern, part)
            if r.__class__ is GENERATOR:
                r = yield from op_gen(r)
            raw.tm = saved
            data, err, part = adjust(r, 3)
            if data is not None or (part.__class__ is str and len(part) > orig) or err != "timeout":
                return (data, err, part)
            t = ctm.retry()
            if t == 0:
                return (None, "timeout", part)
            ok = yield from op_gen(_wait_readable(raw, t))
            if not ok and not raw.closed:
                return (None, "timeout", part)
    finally:
        raw.tm = saved


copas_receivepartial = gen_function(_receivepartial_gen, "receivepartial")


def _wrapped_receive_gen(self=None, pattern=None, prefix=None, *_):
    """A wrapped socket's receive: receivepartial when its receive timeout is 0 (Copas)."""
    raw = _raw(self)
    if raw.__class__ is not TCP:
        r = yield from copas_receive.lua_gen(raw, pattern, prefix)
        return r
    tms = raw.copas_tm
    if tms is not None and tms[2].block == 0:
        r = yield from _receivepartial_gen(raw, pattern, prefix)
        return r
    # copas_receive's work, without its generator in between (a line protocol's every line)
    saved = raw.tm
    raw.tm = _NO_TIMEOUT if tms is None else tms[2]
    try:
        r = mk_receive(raw, pattern, prefix)
        if r.__class__ is GENERATOR:
            r = yield from op_gen(r)
    finally:
        raw.tm = saved
    return r
copas_connect_raw = _copas_io({TCP: mk_connect}, 0, "connect")


def _copas_connect_gen(skt=None, host=None, port=None, *_):
    raw = _raw(skt)
    if raw.__class__ is TCP:
        tcp_settimeout(raw, 0)
    r = yield from copas_connect_raw.lua_gen(raw, host, port)
    if r.__class__ is tuple and r[1] == "timeout" and _sto_errors.get(_cur[0] or MAIN):
        # Copas calls connect again when the timeout fires: LuaSocket's error is then EALREADY's
        return (None, "Operation already in progress")
    # copas.connect returns `ret, err`: two values even on success
    return r if r.__class__ is tuple else (r, None)


copas_connect = gen_function(_copas_connect_gen, "connect")


def _socket_method(name):
    """A method of the socket under a copas-wrapped one (or copas.sendto on a raw socket):
    the socket's own, as its generator version inside a thread."""
    def gen(skt=None, *args):
        raw = _raw(skt)
        f = ops.index(raw, name)
        g = gen_of(f)
        r = (yield from g(raw, *args)) if g is not None else ops.call(f, raw, *args)
        return r
    return gen_function(gen, name)


copas_sendto = _socket_method("sendto")  # (Copas: deprecated, UDP does not block on sending)


def _pcall_method(name, n):
    """getsockname, getpeername, setoption, getoption of a wrapped socket: Copas calls them
    protected (LuaSec's sockets lack some) and answers nil, "not implemented by LuaSec";
    it passes on `n` results."""
    def method(self=None, *args):
        raw = _raw(self)
        try:
            r = ops.call(ops.index(raw, name), raw, *args)
        except LuaError:
            return (None, "not implemented by LuaSec")
        return adjust(r, n)
    method.__name__ = name
    return method


def _wrapped_connect_gen(self=None, *args):
    r = yield from _copas_connect_gen(dict.get(self, "socket"), *args)
    if truthy(r[0]):
        sslp = dict.get(self, "ssl_params")
        if truthy(ops.index(sslp, "sni")):
            ops.call(ops.index(self, "sni"), self)
        if truthy(ops.index(sslp, "wrap")):
            h = yield from _wrapped_dohandshake_gen(self)
            r = h if h.__class__ is tuple else (h, None)
    return r


def _wrap_meta(udp=False):
    """The wrapped sockets' metatables, with Copas's methods (TCP; UDP adds its own)."""
    idx = LuaTable()
    for name in ("shutdown", "bind", "getstats", "setstats", "listen", "accept"):
        dict.__setitem__(idx, name, _wrapper_method(name))
    for name, n in (("getsockname", 3), ("getpeername", 3), ("setoption", 2), ("getoption", 2)):
        dict.__setitem__(idx, name, _pcall_method(name, n))
    for name, f in (("send", copas_send), ("receive", gen_function(_wrapped_receive_gen, "receive")),
                    ("receivepartial", copas_receivepartial),
                    ("connect", gen_function(_wrapped_connect_gen, "connect")), ("close", copas_close),
                    ("settimeout", copas_settimeout),
                    ("settimeouts", lambda s=None, c=None, se=None, r=None, *_: _settimeouts(s, c, se, r)),
                    ("flush", lambda *_: ()), ("sni", _sni),
                    ("dohandshake", gen_function(_wrapped_dohandshake_gen, "dohandshake")),
                    ("getalpn", _tls_info("alpn")), ("getsniname", _tls_info("sniname"))):
        dict.__setitem__(idx, name, f)
    if udp:
        for name, f in (("send", _wrapper_method("send")), ("sendto", _wrapper_method("sendto")),
                        ("receive", copas_receive), ("receivefrom", copas_receivefrom),
                        ("setpeername", _wrapper_method("setpeername")),
                        ("setsockname", _wrapper_method("setsockname")),
                        ("close", lambda *_: True)):  # (Copas: the client is also the server)
            dict.__setitem__(idx, name, f)
    mt = LuaTable()
    dict.__setitem__(mt, "__index", idx)
    dict.__setitem__(mt, "__tostring", lambda s, *_: tostring(dict.get(s, "socket")) + " (copas wrapped)")
    return mt


WRAP_UDP_META = _wrap_meta(udp=True)
WRAP_META = _wrap_meta()


def _gen_fn(genfn, name):
    """A Lua function from a generator function (plain version runs it blocking)."""
    return gen_function(genfn, name)




# Loading Copas redefines LuaSocket's protect, newtry and try (Copas 4's "coroutine safe
# versions"): a try error is a table whose metatable names it, and protect raises any other
# error again.

def _try_err_tostring(self=None, *_):
    v = dict.get(self, 1)
    if v.__class__ is not str and v.__class__ not in (int, float):
        raise LuaError("attempt to concatenate a %s value (field '?')" % type_name(v))
    return "Copas 'try' error intermediate table: '" + tostring(v) + "'"


_TRY_ERR_META = LuaTable()
dict.__setitem__(_TRY_ERR_META, "__tostring", _try_err_tostring)


def _try_failed(e):
    v = e.value
    if v.__class__ is LuaTable and v.meta is _TRY_ERR_META:
        return (None, dict.get(v, 1))
    raise e


def _copas_protect(func=None, *_):
    def protected(*args):
        try:
            return ops.call(func, *args)
        except LuaError as e:
            return _try_failed(e)

    def protected_gen(*args):
        g = gen_of(func)
        try:
            if g is None:
                return ops.call(func, *args)
            r = yield from g(*args)
            return r
        except LuaError as e:
            return _try_failed(e)

    protected.lua_gen = protected_gen
    return protected


def _copas_newtry(finalizer=None, *_):
    def lua_try(*args):
        if not args or args[0] is None or args[0] is False:
            if finalizer is not None and finalizer is not False:
                try:
                    ops.call(finalizer, *args[1:])
                except LuaError:
                    pass
            t = LuaTable()
            if len(args) > 1:
                dict.__setitem__(t, 1, args[1])
            t.meta = _TRY_ERR_META
            raise LuaError(t)
        return args[0] if len(args) == 1 else tuple(args)
    return lua_try


def _patch_socket(socket_mod):
    for k, v in (("protect", _copas_protect), ("newtry", _copas_newtry), ("try", _copas_newtry())):
        ops.setindex(socket_mod, k, v)


def open_copas_table(G):
    sched = Scheduler()
    C = LuaTable()
    sched.C = C
    sched.G = G
    _patch_socket(ops.first(ops.call(dict.get(G, "require"), "socket")))

    def addthread(fn=None, *args):
        return sched.addthread(fn, args)

    def addnamedthread(name=None, fn=None, *args):
        if callable(name) and fn.__class__ is str:  # the old argument order
            name, fn = fn, name
        return sched.addthread(fn, args, name)

    def removethread(th=None, *_):
        sched.removethread(th)
        return ()

    def loop(initializer=None, *_):
        if callable(initializer):
            sched.addthread(initializer, (), "copas_initializer")
        return sched.run_loop()

    def step(timeout=None, *_):
        return sched.step(None if timeout is None else float(timeout))

    def finished(*_):
        return sched.finished()

    def sleep_gen(t=None, *_):
        t = 0 if t is None else ops.tonum(t)
        yield _Sleep(t)
        return ()

    def pause_gen(t=None, *_):
        s = _gettime()
        t = ops.tonum(t) if t is not None else None
        yield _Sleep(t if t is not None and t > 0 else 0)
        return _gettime() - s

    def pauseforever_gen(*_):
        s = _gettime()
        yield _Sleep(-1)
        return _gettime() - s

    def wakeup(co=None, *_):
        sched.wakeup(co)
        return ()

    def timeout(delay=None, callback=None, *_):
        th = sched.current_thread() or MAIN
        return sched.set_timeout(th, delay, lambda co: ops.call(callback, co))


    def exit_(*_):
        sched.exit()
        return ()

    def exiting(*_):
        return sched.exiting

    def waitforexit_gen(*_):
        if not sched.exiting:
            th = sched.current_thread()
            if th is not None:
                sched.exit_waiters.append(th)
            yield _Sleep(-1)
        return ()

    def addserver(server=None, handler=None, timeout=None, name=None, *_):
        return sched.addserver(server, handler, timeout, name)

    def removeserver(server=None, keep_open=None, *_):
        return sched.removeserver(server, keep_open is not None and keep_open is not False)

    def seterrorhandler(h=None, default=None, *_):
        if default is not None and default is not False:
            if h is None:
                raise LuaError("Expected the handler to be a function when setting the default")
            sched.default_handler = h
        else:
            th = sched.current_thread()
            if th is not None:
                if h is None:
                    sched.errhandlers.pop(th, None)
                else:
                    sched.errhandlers[th] = h
            else:
                sched.main_handler = h
        return ()

    def geterrorhandler(co=None, *_):
        co = co or sched.current_thread()
        h = sched.errhandlers.get(co) if co is not None else None
        return h or sched.default_handler or _print_error

    def _print_error(msg=None, co=None, skt=None, *_):
        sched._report(co, msg) if co is not None else lua_print(msg)
        return ()

    def getthreadname(co=None, *_):
        return sched.threadname(co or sched.current_thread() or MAIN)

    def setthreadname(name=None, co=None, *_):
        co = co or sched.current_thread()
        if co.__class__ is CopasThread:
            co.name = name
        return ()

    def realsocket(skt, n):
        raw = _raw(skt) if skt is not None else None
        if raw is None or raw is False:
            raise LuaError("expected arg #%d to be a socket" % n)
        return raw

    def setsocketname(name=None, skt=None, *_):
        if name.__class__ is not str:
            raise LuaError("expected arg #1 to be a string")
        sched.socket_names[realsocket(skt, 2)] = name
        return ()

    def getsocketname(skt=None, *_):
        return sched.socketname(realsocket(skt, 1))

    def gettraceback(msg=None, co=None, skt=None, *_):
        co_str = "nil" if co is None else getthreadname(co)
        skt_str = "nil" if skt is None else getsocketname(skt)
        msg_str = "" if msg is None else _lua_str(msg)
        if msg_str == "":
            # (Copas 4.11 formats the empty message into the coroutine's place)
            msg_str = "(coroutine: %s, socket: %s)" % (msg_str, co_str)
        else:
            msg_str = "%s (coroutine: %s, socket: %s)" % (msg_str, co_str, skt_str)
        traceback = ops.index(dict.get(G, "debug"), "traceback")
        if co is not None and co.__class__ is not CopasThread and co.__class__ is not _MainThread \
                and getattr(co, "lua_type", None) == "thread":
            return ops.call(traceback, co, msg_str)
        # the main thread, or a copas thread: its stack is the running one when it calls this
        # (the stack of a suspended copas thread is not walked: the caller's is shown)
        return ops.call(traceback, msg_str, 2)

    def gettimeouts(*_):
        # the copas.timeout timers set (Copas's socket waits with a timeout count there too;
        # here they are the socket operations' own)
        return len(sched.timeouts)

    def cancelall(*_):
        sched.cancelall()
        return ()

    def status(enable=None, *_):
        return sched.status(enable)

    def debug_start(logger=None, core=None, *_):
        sched.debug_log = logger if truthy(logger) else dict.get(G, "print")
        return ()

    def debug_stop(*_):
        sched.debug_log = None
        return ()

    debug_socket = []

    def debug_socket_fn(skt=None, *_):
        if not debug_socket:
            debug_socket.append(debug_socket_function(
                G, lambda s=None, *_: s.__class__ is LuaTable and (s.meta is WRAP_META or s.meta is WRAP_UDP_META)))
        return ops.call(debug_socket[0], skt)

    funcs = {
        "addthread": addthread, "addnamedthread": addnamedthread, "removethread": removethread,
        "loop": loop, "step": step, "finished": finished,
        "sleep": _gen_fn(sleep_gen, "sleep"), "pause": _gen_fn(pause_gen, "pause"),
        "pauseforever": _gen_fn(pauseforever_gen, "pauseforever"), "wakeup": wakeup,
        "timeout": timeout, "wrap": copas_wrap, "handler": copas_handler, "settimeout": copas_settimeout,
        "settimeouts": lambda s=None, c=None, se=None, r=None, *_: _settimeouts(s, c, se, r),
        "close": copas_close, "flush": lambda *_: (),
        "exit": exit_, "exiting": exiting, "waitforexit": _gen_fn(waitforexit_gen, "waitforexit"),
        "addserver": addserver, "removeserver": removeserver,
        "setErrorHandler": seterrorhandler, "seterrorhandler": seterrorhandler,
        "geterrorhandler": geterrorhandler, "getthreadname": getthreadname,
        "setthreadname": setthreadname,
        "connect": copas_connect, "send": copas_send, "receive": copas_receive,
        "receivepartial": copas_receivepartial, "receivePartial": copas_receivepartial,
        "gettime": sock_gettime,
        "setsocketname": setsocketname, "getsocketname": getsocketname, "gettraceback": gettraceback,
        "receivefrom": copas_receivefrom, "sendto": copas_sendto, "gettimeouts": gettimeouts,
        "cancelall": cancelall, "status": status, "dohandshake": copas_dohandshake,
        "useSocketTimeoutErrors": copas_use_socket_timeout_errors,
    }
    for k, v in funcs.items():
        dict.__setitem__(C, k, v)
    dict.__setitem__(C, "running", False)
    dbg = LuaTable()
    for k, v in (("start", debug_start), ("stop", debug_stop), ("socket", debug_socket_fn)):
        dict.__setitem__(dbg, k, v)
    dict.__setitem__(C, "debug", dbg)
    dict.__setitem__(C, "autoclose", True)
    dict.__setitem__(C, "_VERSION", "Copas 4.11.0")
    dict.__setitem__(C, "_COPYRIGHT", "Copyright (C) 2005-2013 Kepler Project, 2015-2026 Thijs Schreijer")
    dict.__setitem__(C, "_DESCRIPTION", "Coroutine Oriented Portable Asynchronous Services")
    # Copas 4 loads its submodules on first access (copas.http, copas.lock ...: the module
    # table's __index requires "copas.<name>") and runs its loop when the table is called
    submodules = {"ftp", "future", "http", "lock", "queue", "semaphore", "smtp", "timer"}

    def lazy_index(self=None, key=None, *_):
        if key.__class__ is str and key in submodules:
            mod = ops.first(ops.call(dict.get(G, "require"), "copas." + key))
            ops.setindex(self, key, mod)
            submodules.discard(key)
            return dict.get(self, key)
        return None

    def call_loop(self=None, *args):
        return ops.call(ops.index(self, "loop"), *args)

    meta = LuaTable()
    dict.__setitem__(meta, "__index", lazy_index)
    dict.__setitem__(meta, "__call", call_loop)
    C.meta = meta
    _SCHEDULERS[id(C)] = sched
    return C


_SCHEDULERS = {}



_TABLES = {}


def _per_state(G, key, maker):
    t = _TABLES.get((id(G), key))
    if t is None or t[0] is not G:
        t = (G, maker())
        _TABLES[(id(G), key)] = t
    return t[1]


def open_copas_mod(G):
    return _per_state(G, "copas", lambda: open_copas_table(G))


def open_copas_http_mod(G):
    return _per_state(G, "copas.http", lambda: open_http_table(copas=True))


def _wrap_opener(fn, key):
    def opener(G):
        return _per_state(G, key, lambda: fn(G))
    return opener

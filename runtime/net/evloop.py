"""The event loop under copas.loop/step: a ready queue, a timer heap and epoll (poll where
there is none), without asyncio.

Copas itself is a select() loop over coroutines; this is the same thing with the scheduling
order of the asyncio loop it replaces (the order the net goldens were recorded against):
each turn polls (timeout 0 when something is ready, else until the next timer), queues the
callbacks of the ready file descriptors, then of the due timers, and runs the callbacks that
were queued when the turn started; what they queue runs on the next turn.  A thread woken by
its socket therefore runs two turns after the event (the fd's callback, then the thread),
one woken by copas.wakeup on the next turn, as with asyncio's futures and tasks.

Nothing here allocates per wait beyond a timer entry when the wait has a timeout: a thread
parks in its fd's slot (`Entry`), readers stay registered between waits (a line protocol
costs no epoll_ctl per line) and are dropped when they fire with nobody waiting (epoll is
level triggered) or when the socket is closed (`unwatch`).
"""
import select as _select
import time
import weakref
from collections import deque

try:  # (heapq's C part alone: heapq.py, which imports it, is ~0.6 M instructions of start-up)
    from _heapq import heappop as _heappop, heappush as _heappush
except ImportError:
    from heapq import heappop as _heappop, heappush as _heappush

from ..core.frames import runtime_module
from .luasocket import drivers as _drivers

runtime_module(__file__)

_monotonic = time.monotonic

R = 1  # POLLIN / EPOLLIN
W = 4  # POLLOUT / EPOLLOUT

_LOOPS = []  # every Loop made (one per copas scheduler, which lives as long as its state)


class Entry:
    """A file descriptor registered with a loop: its socket (weakly: a socket the program
    drops without closing is still collected), the events asked for, and who waits."""
    __slots__ = ("fd", "sock", "mask", "reader", "writer")

    def __init__(self, fd, sock, mask):
        self.fd = fd
        self.sock = weakref.ref(sock) if sock is not None else None
        self.mask = mask
        self.reader = None
        self.writer = None


class Waiter:
    """A one-shot event for the loop's own small tasks (copas.loop's main task, copas.step):
    set() queues the task waiting on it, as a future wakes its task."""
    __slots__ = ("loop", "task", "done")

    def __init__(self, loop):
        self.loop = loop
        self.task = None
        self.done = False

    def set(self, *_):
        if not self.done:
            self.done = True
            if self.task is not None:
                self.loop.ready.append((self.loop.task_step, self.task, None))


class Task:
    """A generator driven by the loop: it yields None to run again on the next turn
    (asyncio.sleep(0)) or a Waiter to wait for it."""
    __slots__ = ("gen", "exc", "finished")

    def __init__(self, gen):
        self.gen = gen
        self.exc = None
        self.finished = False


class Loop:
    def __init__(self):
        self.ready = deque()
        self.timers = []
        self.seq = 0
        self.fds = {}
        self.stopping = False
        self.running = False
        if hasattr(_select, "epoll"):
            self.poller = _select.epoll()
            self.timeout_unit = 1.0
        else:  # pragma: no cover (Linux has epoll)
            self.poller = _select.poll()
            self.timeout_unit = 1000.0
        # called with (waiter, value) when a socket a thread waits on is ready (value True)
        # or when its wait times out (False); set by the scheduler
        self.wake = None
        _LOOPS.append(self)

    # ------------------------------------------------------------------ timers
    def call_later(self, delay, fn, a=None, b=None):
        """A timer entry [when, seq, fn, a, b]; cancel() it by setting its fn to None."""
        self.seq += 1
        e = [_monotonic() + delay, self.seq, fn, a, b]
        _heappush(self.timers, e)
        return e

    # ------------------------------------------------------------------ file descriptors
    def _entry(self, sock, fd):
        e = self.fds.get(fd)
        if e is not None:
            if e.sock is not None and e.sock() is sock:
                return e
            self._drop(e)  # a stale entry: its socket was collected and the fd number reused
        e = self.fds[fd] = Entry(fd, sock, 0)
        return e

    def _set_mask(self, e, mask):
        old = e.mask
        e.mask = mask
        p = self.poller
        if mask == 0:
            del self.fds[e.fd]
            try:
                p.unregister(e.fd)
            except (OSError, KeyError, ValueError):
                pass
        elif old == 0:
            try:
                p.register(e.fd, mask)
            except FileExistsError:
                p.modify(e.fd, mask)
        else:
            try:
                p.modify(e.fd, mask)
            except (FileNotFoundError, KeyError):
                p.register(e.fd, mask)

    def _drop(self, e):
        if self.fds.get(e.fd) is e:
            del self.fds[e.fd]
            try:
                self.poller.unregister(e.fd)
            except (OSError, KeyError, ValueError):
                pass
        e.mask = 0

    def wait_read(self, sock, waiter):
        """Park waiter until sock is readable (or cancel_read)."""
        fd = sock.fileno()
        e = self.fds.get(fd)
        if e is None or e.sock is None or e.sock() is not sock:
            e = self._entry(sock, fd)
        mask = e.mask
        if not mask & R or (mask & W and e.writer is None):
            # (a writability nobody waits for any more goes in the same system call)
            self._set_mask(e, R | (mask & W if e.writer is not None else 0))
        e.reader = waiter
        return e

    def wait_write(self, sock, waiter):
        fd = sock.fileno()
        e = self.fds.get(fd)
        if e is None or e.sock is None or e.sock() is not sock:
            e = self._entry(sock, fd)
        if not e.mask & W:
            self._set_mask(e, e.mask | W)
        e.writer = waiter
        return e

    def wait_fd(self, fd, kind, waiter):
        """A wait on a bare fd (socket.select inside a thread)."""
        e = self.fds.get(fd)
        if e is None:
            e = self.fds[fd] = Entry(fd, None, 0)
        if not e.mask & kind:
            self._set_mask(e, e.mask | kind)
        if kind == R:
            e.reader = waiter
        else:
            e.writer = waiter
        return e

    def cancel_read(self, e, waiter):
        if e.reader is waiter:
            e.reader = None  # (the reader stays registered: dropped when it fires unwanted)

    def cancel_write(self, e, waiter):
        if e.writer is waiter:
            e.writer = None
            if e.mask & W and self.fds.get(e.fd) is e:
                self._set_mask(e, e.mask & ~W)

    def _on_read(self, e, _):
        if self.fds.get(e.fd) is not e or not e.mask & R:
            return  # unregistered since the event
        waiter = e.reader
        if waiter is None:
            self._set_mask(e, e.mask & ~R)
            return
        e.reader = None
        self.wake(waiter, True, R, e.fd)

    def _on_write(self, e, _):
        if self.fds.get(e.fd) is not e or not e.mask & W:
            return
        waiter = e.writer
        if waiter is None:
            self._set_mask(e, e.mask & ~W)
            return
        # (the registration stays until the thread's next wait changes it, or it fires again
        # unwanted: a connect followed by a read costs one epoll_ctl, not two)
        e.writer = None
        self.wake(waiter, True, W, e.fd)

    def close_fd(self, sock, fd):
        """sock is being closed: drop its registration; whoever waits on it is woken as if it
        were ready (its operation then fails on the closed socket, as under Copas)."""
        e = self.fds.get(fd)
        if e is None or e.sock is None or e.sock() is not sock:
            return
        # (no epoll_ctl: closing the fd takes it out of the epoll set)
        del self.fds[fd]
        e.mask = 0
        r, w = e.reader, e.writer
        e.reader = e.writer = None
        if r is not None:
            self.wake(r, True, R, fd)
        if w is not None:
            self.wake(w, True, W, fd)

    # ------------------------------------------------------------------ tasks
    def task_step(self, task, value):
        try:
            y = task.gen.send(value)
        except StopIteration:
            self._task_done(task)
            return
        except BaseException as exc:  # (LuaExit included: run_task raises it)
            task.exc = exc
            self._task_done(task)
            return
        if y is None:
            self.ready.append((self.task_step, task, None))
        else:
            y.task = task

    def _task_done(self, task):
        task.finished = True
        # the loop stops after the next turn (asyncio: the done callback, then stop())
        self.ready.append((self._stop, None, None))

    def _stop(self, _a, _b):
        self.stopping = True

    def run_task(self, gen):
        """Run the loop until the generator gen (a Task) ends; raise what it raised."""
        task = Task(gen)
        self.ready.append((self.task_step, task, None))
        self.run()
        if task.exc is not None:
            raise task.exc
        return task.finished

    # ------------------------------------------------------------------ the loop
    def run(self):
        ready = self.ready
        timers = self.timers
        fds = self.fds
        poll = self.poller.poll
        unit = self.timeout_unit
        on_read = self._on_read
        on_write = self._on_write
        popleft = ready.popleft
        self.stopping = False
        self.running = True
        try:
            while True:
                if ready or self.stopping:
                    timeout = 0
                else:
                    while timers and timers[0][2] is None:
                        _heappop(timers)
                    if timers:
                        timeout = timers[0][0] - _monotonic()
                        timeout = timeout * unit if timeout > 0 else 0
                    else:
                        timeout = -1
                while True:
                    try:
                        events = poll(timeout)
                        break
                    except InterruptedError:
                        continue
                for fd, ev in events:
                    e = fds.get(fd)
                    if e is None:  # (registered still, its entry dropped: a dup'd fd)
                        try:
                            self.poller.unregister(fd)
                        except (OSError, KeyError, ValueError):
                            pass
                        continue
                    # as selectors' EpollSelector: anything but POLLOUT counts as readable,
                    # anything but POLLIN as writable (errors and hang-ups wake both)
                    if ev & ~W and e.mask & R:
                        ready.append((on_read, e, None))
                    if ev & ~R and e.mask & W:
                        ready.append((on_write, e, None))
                if timers:
                    end = _monotonic() + 1e-9
                    while timers and timers[0][0] < end:
                        t = _heappop(timers)
                        if t[2] is not None:
                            ready.append((_fire, t, None))
                for _ in range(len(ready)):
                    fn, a, b = popleft()
                    try:
                        fn(a, b)
                    except Exception:
                        pass  # (asyncio's loop had an exception handler that ignored these)
                if self.stopping:
                    break
        finally:
            self.running = False
            self.stopping = False


def _fire(t, _):
    fn = t[2]
    if fn is not None:  # (cancelled after it was queued: skipped)
        t[2] = None
        fn(t[3], t[4])


def unwatch(sock, fd):
    for loop in _LOOPS:
        if loop.fds:
            loop.close_fd(sock, fd)


_drivers._evloop_unwatch = unwatch

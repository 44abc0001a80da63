"""The running Lua state: its globals table and its running coroutine.

`current_globals[0]` is the globals table of the current state (stdlib.linit.new_state
makes a new state current; None before any exists).  `running[0]` is the running
coroutine: coroutine.lcoroutine puts its MAIN (the main thread) here when imported and
resume swaps it; the compiled accelerator shares this very list.  The layers below the
libraries read both here, without importing the libraries that own them.
"""
from . import libguard
from .frames import runtime_module

runtime_module(__file__)

current_globals = [None]
running = [None]
# set once the program imports a Python module (require "py:NAME"): objects from outside
# the runtime, whose finalizers may matter at exit, so the process ends with the
# interpreter's full teardown (lua2py.cli.exit_process)
python_modules_used = [False]
# what collectgarbage("collect") runs after the collection (the io library's flush_on_collect)
after_full_collect = []
# the coroutines coroutine.close is unwinding, innermost last (each runs meanwhile)
closing = []
# the Lua frames an error is unwinding while their <close> variables are closed,
# innermost last: lua5.4 has already unwound its stack to the protected call (pcall,
# xpcall) that caught the error, which calls the __close metamethods, so these frames,
# and every frame up to that protected call, are no stack levels any more
unwinding = []
# the code objects of the protected calls (pcall, xpcall and their generator versions)
protected_calls = set()

# lua5.4's nCcalls, the number of C calls under way (LUAI_MAXCCALLS limits it): counted
# here for the calls that nest coroutines, protected calls and library callbacks (resume,
# wrap's function, pcall, xpcall, gsub's function), which is what lets a program nest them
# without end.  A call that reaches the limit fails with "C stack overflow"; a resumed
# coroutine runs one level deeper than its resumer, and the resume fails instead when
# that would reach the limit.  The main chunk runs at 2 (lua.c's two protected calls).
MAXCCALLS = 200
C_CALLS = [2]


def set_current(G):
    """Make G the current state's globals table (and guard library reads through it)."""
    current_globals[0] = G
    libguard.track(G)

"""Copas's own test programs (its repository's tests/ folder, never committed here) run under
lua2py: each asserts its own results and exits non-zero on a failure.

Set COPAS_TESTS to that folder (e.g. a checkout of lunarmodules/copas 4.11's tests/); without
it the test is skipped.  With COPAS_SRC as well (the folder tests/golden/record_net uses),
each program is first run under lua5.4 + Copas, to check that it passes there.

The programs listed in UPSTREAM pass under lua2py.  The others, and why they do not:
  errhandlers, pause, removethread, queue   check that Copas's internal weak tables empty
                                            (collectgarbage and coroutines Copas keeps), or
                                            timerwheel internals
  tcptimeout, connecttwice, cancelall       Copas internals (its socket queues) or bound ports
  starve, http-timeout, largetransfer       minutes long, or need a fixed port / the internet
  httpredirect, request, tls-sni            the internet, LuaSec
  no_luasocket                              Copas without LuaSocket
  timer                                     passes, but times its timers to ~10 ms: fails on
                                            a loaded machine (under Copas itself too)
"""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TESTS = os.environ.get("COPAS_TESTS")
# (close and exit both bind port 20000: the programs run one after the other, in one test)
UPSTREAM = ["future", "semaphore", "lock", "exit", "exittest", "loop_starter", "close",
            "removeserver", "udptimeout", "timeout_errors"]


def _run(cmd, env):
    return subprocess.run(cmd, cwd=TESTS, env=env, capture_output=True, timeout=120)


@pytest.mark.skipif(not TESTS or not Path(TESTS, "future.lua").exists(),
                    reason="set COPAS_TESTS to Copas's tests/ folder to run its own test programs")
def test_copas_upstream_programs():
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    copas = os.environ.get("COPAS_SRC")
    failed = []
    for name in UPSTREAM:
        if copas:
            # (some of these programs time their timers: on a loaded machine they can fail
            # under Copas itself, and then say nothing about lua2py)
            lua_env = dict(env, LUA_PATH=f"{copas}/?.lua;{copas}/?/init.lua;;/usr/share/lua/5.3/?.lua")
            if _run(["lua5.4", name + ".lua"], lua_env).returncode != 0:
                continue
        p = _run([sys.executable, "-m", "lua2py", "run", name + ".lua"], env)
        if p.returncode != 0 or not p.stdout:
            failed.append("%s (status %d):\n%s%s" % (name, p.returncode, p.stdout.decode(errors="replace")[-800:],
                                                    p.stderr.decode(errors="replace")[-1500:]))
    assert not failed, "\n".join(failed)

#!/usr/bin/env python3
"""Async I/O benchmarks: each program in three forms, against loopback servers (server.py).

  http  1,000 HTTP GETs, 100 in flight      http_copas.lua / http_asyncio.py
  echo  20 clients x 2,000 echoed lines     echo_copas.lua / echo_asyncio.py

Forms: lua2py (`python -m lua2py run X.lua`), lua5.4 + lua-socket + Copas 4 (needs COPAS_SRC,
a folder with copas.lua, copas/*.lua, binaryheap.lua, timerwheel/init.lua, as for
tests/golden/record_net; skipped without it), and the hand-written Python asyncio client.
Each form runs REPEAT times (default 3), the forms taking turns (one run of each, then the
next round: paired under a changing machine load); prints wall and CPU (user+sys of the
child) medians and the ratios lua2py / lua5.4+copas and lua2py / asyncio.  --root DIR adds
the form "before": lua2py from another checkout (e.g. /work/base, with its compiled parts
built), run the same way.

lua2py is this checkout's (put first on PYTHONPATH) unless --installed is given: then the
interpreter's own installed lua2py runs (a venv with a regular install: without the flag
the checkout shadows it).  --before-python PY adds the form "before" as another
interpreter's installed lua2py (e.g. main's regular install in its own venv).

Usage: COPAS_SRC=/path python benchmarks/net/run.py [--repeat N] [--root DIR | --before-python PY]
       [--installed] [http|echo ...]
"""
import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BENCHES = {"http": ("http_copas.lua", "http_asyncio.py"), "echo": ("echo_copas.lua", "echo_asyncio.py")}


def timed(cmd, env):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(cmd, cwd=HERE, env=env, capture_output=True, timeout=600)
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    if p.returncode:
        raise SystemExit("%s failed (%d):\n%s" % (" ".join(cmd), p.returncode, p.stderr.decode(errors="replace")))
    return wall, cpu, p.stdout.decode().strip().replace("\t", " ")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json")
    ap.add_argument("--root", help="another lua2py checkout to run as the form 'before'")
    ap.add_argument("--installed", action="store_true",
                    help="run the interpreter's installed lua2py, not this checkout's")
    ap.add_argument("--before-python", help="another interpreter whose installed lua2py is the form 'before'")
    ap.add_argument("benches", nargs="*", default=list(BENCHES))
    a = ap.parse_args()
    srv = subprocess.Popen([sys.executable, str(HERE / "server.py")], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, text=True)
    ports = {}
    for _ in range(2):
        k, v = srv.stdout.readline().strip().split("=")
        ports[k] = v
    env = dict(os.environ, **ports)
    # let Python cache bytecode as an installed package would (the warm-up run writes it);
    # with PYTHONDONTWRITEBYTECODE set, every run would compile lua2py's runtime from source
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not a.installed:
        env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    # each lua2py form its own compile cache: the two checkouts' entries for one script have
    # the same file name, so with one cache the forms, taking turns, overwrote each other's
    # entry and every run compiled the script (~25 ms of CPU each, the transpiler's import
    # included); the warm-up run below fills each cache, as a user's first run does
    caches = tempfile.mkdtemp(prefix="lua2py-net-bench-")
    env.pop("LUA2PY_NO_CACHE", None)
    env["LUA2PY_CACHE_DIR"] = os.path.join(caches, "lua2py")
    copas = os.environ.get("COPAS_SRC")
    lua_env = None
    if copas and (Path(copas) / "copas.lua").exists():
        lua_env = dict(env, LUA_PATH=f"{copas}/?.lua;{copas}/?/init.lua;/usr/share/lua/5.3/?.lua;;")
    else:
        print("lua5.4 + copas: skipped (set COPAS_SRC to a Copas 4 source folder)")
    print("machine: %s, %s, Python %s, %d CPUs" % (platform.processor() or platform.machine(),
                                                  platform.platform(), platform.python_version(), os.cpu_count()))
    results = {}
    try:
        for b in a.benches:
            lua, py = BENCHES[b]
            forms = [("lua2py", [sys.executable, "-m", "lua2py", "run", lua], env)]
            if a.before_python:
                forms.append(("before", [a.before_python, "-m", "lua2py", "run", lua],
                              dict(env, LUA2PY_CACHE_DIR=os.path.join(caches, "before"))))
            elif a.root:
                # (the other checkout in this one's place; the rest of PYTHONPATH kept)
                rest = os.environ.get("PYTHONPATH")
                before_env = dict(env, PYTHONPATH=str(Path(a.root).resolve()) + (os.pathsep + rest if rest else ""),
                                  LUA2PY_CACHE_DIR=os.path.join(caches, "before"))
                forms.append(("before", [sys.executable, "-m", "lua2py", "run", lua], before_env))
            if lua_env:
                forms.append(("lua5.4+copas", ["lua5.4", lua], lua_env))
            forms.append(("asyncio", [sys.executable, py], env))
            for name, cmd, e in forms:
                if name in ("lua2py", "before"):
                    timed(cmd, e)  # warm lua2py's compile cache
            allruns = {name: [] for name, _, _ in forms}
            for _ in range(a.repeat):
                for name, cmd, e in forms:
                    allruns[name].append(timed(cmd, e))
            res = {}
            for name, _cmd, _e in forms:
                runs = allruns[name]
                wall = statistics.median(r[0] for r in runs)
                cpu = statistics.median(r[1] for r in runs)
                res[name] = {"wall": wall, "cpu": cpu, "out": runs[-1][2]}
                print("%-5s %-13s wall %7.3f s  cpu %7.3f s   %s" % (b, name, wall, cpu, runs[-1][2]), flush=True)
            base = res["lua2py"]
            for other in ("before", "lua5.4+copas", "asyncio"):
                if other in res:
                    print("%-5s lua2py/%-13s wall %.2fx  cpu %.2fx" % (
                        b, other, base["wall"] / res[other]["wall"], base["cpu"] / res[other]["cpu"]))
            results[b] = res
    finally:
        srv.stdin.close()
        srv.wait(10)
        shutil.rmtree(caches, ignore_errors=True)
    if a.json:
        Path(a.json).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""LPeg and cjson speed: lua5.4 with the C modules vs lua2py vs hand-written Python.

For every NAME.lua here (with NAME.py doing the same work in plain Python) this
runs, -n times each, interleaved (one run of each implementation per round, so a
busy machine slows all of them alike):

  lua5.4   lua5.4 NAME.lua          (Debian's lpeg.so / cjson.so, re.lua)
  lua2py   python -m lua2py run NAME.lua   (after one untimed warm-up run: cache warm)
  python   python NAME.py           (json, csv, re: what a Python programmer would use)

and prints the median CPU time (user+sys of the child) of each and the ratios
lua2py/lua5.4 and lua2py/python.  All outputs must agree (else MISMATCH).
These are whole-process figures (startup included; each program runs ~0.5 s
under lua5.4).

  python benchmarks/clib/run.py              # all, 5 rounds
  python benchmarks/clib/run.py -n 9 --only lpeg_json,cjson_decode
  python benchmarks/clib/run.py --markdown   # the table for benchmarks/RESULTS.md
"""
import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
HELPERS = {"jsondoc", "jsonstats"}  # modules the benchmarks load, not benchmarks
ORDER = ["lpeg_json", "re_json", "re_luaexpr", "lpeg_csv", "cjson_decode", "cjson_encode"]


def child_env():
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for var in ("LUA2PY_LPEG_JIT", "LUA2PY_LPEG_CHECK", "LUA_PATH", "LUA_CPATH", "LUA_PATH_5_4",
                "LUA_CPATH_5_4"):
        env.pop(var, None)
    return env


def run_once(cmd, env, timeout):
    """(cpu seconds, wall seconds, exit status, stdout)."""
    with tempfile.TemporaryFile() as fout, tempfile.TemporaryFile() as ferr:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=HERE, env=env, stdin=subprocess.DEVNULL, stdout=fout,
                                stderr=ferr)
        try:
            _, status, ru = os.wait4(proc.pid, 0)
        except KeyboardInterrupt:
            proc.kill()
            raise
        wall = time.perf_counter() - t0
        fout.seek(0)
        ferr.seek(0)
        rc = os.waitstatus_to_exitcode(status)
        out = fout.read()
        if rc != 0:
            sys.stderr.write("%s: exit %d: %s\n" % (" ".join(cmd), rc, ferr.read().decode()[-500:]))
        return ru.ru_utime + ru.ru_stime, wall, rc, out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=5, help="rounds (default 5)")
    ap.add_argument("--only", action="append", default=[], help="comma-separated names")
    ap.add_argument("--lua", default=shutil.which("lua5.4"))
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    names = [p.stem for p in HERE.glob("*.lua")
             if (HERE / (p.stem + ".py")).exists() and p.stem not in HELPERS]
    names.sort(key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
    only = {x for o in args.only for x in o.split(",") if x}
    if only:
        names = [n for n in names if n in only]
    env = child_env()
    rows = []
    for name in names:
        impls = {"lua2py": [args.python, "-m", "lua2py", "run", name + ".lua"],
                 "python": [args.python, name + ".py"]}
        if args.lua:
            impls["lua5.4"] = [args.lua, name + ".lua"]
        run_once(impls["lua2py"], env, args.timeout)  # warm the cache
        cpu = {k: [] for k in impls}
        outs = {k: set() for k in impls}
        failed = set()
        for _ in range(args.n):
            for k, cmd in impls.items():
                c, _w, rc, out = run_once(cmd, env, args.timeout)
                if rc != 0:
                    failed.add(k)
                cpu[k].append(c)
                outs[k].add(out)
        med = {k: statistics.median(v) for k, v in cpu.items()}
        ref = outs.get("lua5.4") or outs["python"]
        mismatch = [k for k in impls if outs[k] != ref or len(outs[k]) != 1]
        rows.append((name, med, mismatch, failed))
        if not args.markdown:
            print(_line(name, med, mismatch, failed), flush=True)
    if args.markdown:
        print("| benchmark | lua5.4 + C module | lua2py | python | lua2py / lua5.4 | lua2py / python |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, med, mismatch, _failed in rows:
            lua = med.get("lua5.4")
            print("| %s | %s | %.2f s | %.2f s | %s | %.1fx |%s" % (
                name, "%.2f s" % lua if lua else "-", med["lua2py"], med["python"],
                "%.1fx" % (med["lua2py"] / lua) if lua else "-", med["lua2py"] / med["python"],
                " MISMATCH: " + ",".join(mismatch) if mismatch else ""))
        print()
        print("%s, %s, Python %s; median CPU time (user+sys) of %d interleaved rounds, "
              "whole processes." % (platform.machine(), platform.processor() or "cpu",
                                    platform.python_version(), args.n))


def _line(name, med, mismatch, failed):
    lua = med.get("lua5.4")
    parts = ["%-13s" % name]
    if lua:
        parts.append("lua5.4 %6.2fs" % lua)
    parts.append("lua2py %6.2fs" % med["lua2py"])
    parts.append("python %6.2fs" % med["python"])
    if lua:
        parts.append("lua2py/lua5.4 %5.1fx" % (med["lua2py"] / lua))
    parts.append("lua2py/python %5.1fx" % (med["lua2py"] / med["python"]))
    if mismatch:
        parts.append("MISMATCH " + ",".join(mismatch))
    if failed:
        parts.append("FAILED " + ",".join(failed))
    return "  ".join(parts)


if __name__ == "__main__":
    main()

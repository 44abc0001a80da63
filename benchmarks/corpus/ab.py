#!/usr/bin/env python3
"""Paired A/B runs of the corpus programs under two lua2py checkouts.

    python benchmarks/corpus/ab.py --base A --root B --awfy ... --classic ... -n 3 [--only X,Y] [--small]

Each side gets its own scratch copy of the sources (its compiled-chunk cache
entries never evict the other's); each program runs once per side untimed
(warming the cache, checking that both outputs agree), then n pairs in the order
A B, B A, A B, ...  Figures: CPU time (user+sys of the child, os.wait4) medians
and the median and range of the per-pair ratios B/A.  `--small` uses
profile.py's reduced workloads (PROFILE_ARGS).  `--cython A|B|both` runs that side
(or both) as `lua2py run --cython` (compiled in the untimed run): `--base X --root X
--cython B` pairs plain and compiled runs of one checkout."""
import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load(name, file):
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def timed(cmd, cwd, env, stdin, timeout):
    fin = open(stdin, "rb") if stdin else subprocess.DEVNULL
    p = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=fin, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = status
    return out, status, ru.ru_utime + ru.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--root", default=str(HERE.parent.parent))
    ap.add_argument("--awfy")
    ap.add_argument("--classic", action="append", default=[])
    ap.add_argument("--only")
    ap.add_argument("-n", type=int, default=3)
    ap.add_argument("--small", action="store_true")
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--cython", choices=("A", "B", "both"))
    args = ap.parse_args()
    corpus = load("corpus_run", "run.py")
    prof = load("corpus_profile", "profile.py") if args.small else None
    ns = argparse.Namespace(awfy=args.awfy, classic=args.classic, tl=None, lua="lua5.4",
                            lua_share="/nonexistent", python=sys.executable)
    scratch = {}
    for side in ("A", "B"):
        scratch[side] = Path(tempfile.mkdtemp(prefix=f"ab{side}-"))
        _sources, have = corpus.prepare(ns, scratch[side], print)
    roots = {"A": args.base, "B": args.root}
    env = {s: corpus.child_env(ns, scratch[s], roots[s]) for s in roots}
    only = set(args.only.split(",")) if args.only else None
    run = {s: ["run", "--cython"] if args.cython in (s, "both") else ["run"] for s in ("A", "B")}
    rows = []
    for prog in corpus.program_list():
        if prog.needs not in have or (only and prog.name not in only and prog.group not in only):
            continue
        argv = prof.profile_argv(prog) if prof else prog.lua_argv
        outs = {}
        for s in ("A", "B"):
            cmd = [sys.executable, "-m", "lua2py"] + run[s] + argv
            stdin = str(scratch[s] / prog.stdin) if prog.stdin else None
            outs[s] = timed(cmd, scratch[s] / prog.cwd, env[s], stdin, args.timeout)
        if outs["A"][1] != 0 or outs["B"][1] != 0:
            print(f"{prog.name}: FAIL (status A {outs['A'][1]}, B {outs['B'][1]})", flush=True)
            continue
        same = corpus.normalise(prog, outs["A"][0]) == corpus.normalise(prog, outs["B"][0])
        times = {"A": [], "B": []}
        ratios = []
        for i in range(args.n):
            order = ("A", "B") if i % 2 == 0 else ("B", "A")
            got = {}
            for s in order:
                cmd = [sys.executable, "-m", "lua2py"] + run[s] + argv
                stdin = str(scratch[s] / prog.stdin) if prog.stdin else None
                got[s] = timed(cmd, scratch[s] / prog.cwd, env[s], stdin, args.timeout)[2]
                times[s].append(got[s])
            ratios.append(got["B"] / got["A"])
        row = (prog.name, " ".join(argv[1:]) if prog.group == "classic" else " ".join(argv[2:]),
               statistics.median(times["A"]), statistics.median(times["B"]),
               statistics.median(ratios), min(ratios), max(ratios), same, os.getloadavg()[0])
        rows.append(row)
        print("| %s | %s | %.2f | %.2f | %.3f | %.3f-%.3f |%s load %.1f |" % (
            row[0], row[1], row[2], row[3], row[4], row[5], row[6], "" if same else " OUTPUT DIFFERS", row[8]),
            flush=True)
    if rows:
        g = 1.0
        for r in rows:
            g *= r[4]
        print("geomean B/A over %d programs: %.3f" % (len(rows), g ** (1 / len(rows))))


if __name__ == "__main__":
    main()

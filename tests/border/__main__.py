"""The border tester: random table programs run with lua5.4 and lua2py, `#t` compared.

  python -m tests.border --count 5000 --seed 1 [--reads] [--coroutine] [--out DIR]
  python -m tests.border --emit FILE.lua --seed 7 --batch 150 [--coroutine]   # one program

The goldens lang/length_border_cases*.lua were written with --emit and recorded with
tests/golden/record, so CI runs a fixed set of cases without lua5.4.

Each program holds --batch cases (one lua5.4 and one lua2py process per program).
Needs lua5.4 on PATH (or $LUA).  Prints the number of cases and of mismatches, and
writes each mismatching case (program text and both outputs) under --out.
"""
import argparse
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .gen import _KEYS, cases_of, program

ROOT = Path(__file__).resolve().parents[2]


def _run(cmd, path):
    p = subprocess.run(cmd + [str(path)], check=False, capture_output=True, timeout=600, env=_env())
    return p.stdout.decode("latin-1"), p.returncode, p.stderr.decode("latin-1")


def _env():
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("LUA2PY_NO_CACHE", "1")
    return env


def _by_case(out):
    d = defaultdict(list)
    for line in out.splitlines():
        k, _, v = line.partition("\t")
        d[k].append(v)
    return d


def one(seed, args, tmp):
    text = program(seed, args.batch, reads=args.reads, coroutine=args.coroutine, fill=args.fill, pairs=args.pairs)
    path = Path(tmp) / f"border_{seed}.lua"
    path.write_text(text)
    lua_out, lua_rc, lua_err = _run([os.environ.get("LUA", "lua5.4")], path)
    py_out, py_rc, py_err = _run([sys.executable, "-m", "lua2py", "run"], path)
    bad = []
    varies = 0
    if lua_rc != 0 or py_rc != 0:
        bad.append(("program", lua_err + py_err))
    a, b = _by_case(lua_out), _by_case(py_out)
    cases = cases_of(text)
    for k in sorted(set(a) | set(b), key=lambda x: int(x) if x.isdigit() else -1):
        if a.get(k) != b.get(k):
            case = cases.get(int(k), "?")
            if b.get(k) in _lua_answers(case, tmp, seed, k, prelude=_KEYS if args.pairs else ""):
                varies += 1  # lua5.4 gives lua2py's answer in some runs: its hash layout varies
                continue
            bad.append((k, (
                f"-- case {k} of seed {seed}\n{case}\n-- lua5.4: {' '.join(a.get(k, []))}\n"
                f"-- lua2py: {' '.join(b.get(k, []))}\n")))
    return seed, len(cases), bad, varies


def _lua_answers(case, tmp, seed, k, runs=30, prelude=""):
    """The outputs lua5.4 gives for one case over several runs (string keys hash with a
    per-run seed, so where a key lands in the hash part, and so a border, can vary)."""
    path = Path(tmp) / f"case_{seed}_{k}.lua"
    path.write_text(f"local N = {k}\nlocal function P(n) print(N, n) end\n{prelude}\n{case}\n")
    seen = set()
    for _ in range(runs):
        out, rc, _err = _run([os.environ.get("LUA", "lua5.4")], path)
        if rc == 0:
            seen.add(tuple(_by_case(out).get(str(k), [])))
    return [list(x) for x in seen]


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m tests.border")
    ap.add_argument("--count", type=int, default=2000, help="cases in all")
    ap.add_argument("--batch", type=int, default=250, help="cases per program")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--reads", action="store_true", help="also read integer keys (lua5.4 moves its hint)")
    ap.add_argument("--coroutine", action="store_true", help="run each case inside a coroutine")
    ap.add_argument("--fill", action="store_true",
                    help="also fill tables by stores in order (t[i] = v in numeric loops)")
    ap.add_argument("--pairs", action="store_true",
                    help="also print the keys in `pairs` order after each border (table.traversal_keys)")
    ap.add_argument("--out", help="write mismatching cases here")
    ap.add_argument("--emit", help="write the program of --seed (--batch cases) to this file and stop")
    args = ap.parse_args(argv)
    if args.emit:
        text = program(args.seed, args.batch, reads=args.reads, coroutine=args.coroutine, fill=args.fill,
                       pairs=args.pairs)
        head = (f"-- #t on random tables (python -m tests.border --emit ... --seed {args.seed} --batch {args.batch}"
                f"{' --reads' if args.reads else ''}{' --coroutine' if args.coroutine else ''}"
                f"{' --fill' if args.fill else ''}{' --pairs' if args.pairs else ''})\n")
        Path(args.emit).write_text(head + text)
        return 0
    nprog = max(1, (args.count + args.batch - 1) // args.batch)
    total = mism = varied = 0
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(args.j) as pool:
        for seed, n, bad, varies in pool.map(lambda s: one(s, args, tmp), range(args.seed, args.seed + nprog)):
            total += n
            mism += len(bad)
            varied += varies
            for k, text in bad:
                print(f"seed {seed} case {k} differs")
                if args.out:
                    os.makedirs(args.out, exist_ok=True)
                    Path(args.out, f"seed{seed}_case{k}.lua").write_text(text)
    print(f"{total} cases, {mism} mismatches, {varied} where lua5.4's own answer varies from run to run"
          " (lua2py gives one of its answers)")
    return 1 if mism else 0


if __name__ == "__main__":
    sys.exit(main())

"""Paired A/B timing of the converted benchmarks: two lua2py checkouts, runs interleaved.

    python benchmarks/paired.py --base /work/base -n 5 [--only fib,oop] [--markdown]

Each benchmark is converted once by each checkout (`python -m lua2py convert`, with
that checkout first on PYTHONPATH), then the two converted programs are run in turns
(A B, B A, A B, ... so that neither always runs first) n times each, after one untimed
run of each (it writes the checkout's bytecode cache: PYTHONDONTWRITEBYTECODE is cleared).  The figures are the
medians of the children's CPU times (user+sys, os.wait4) and of the per-pair ratios
B/A; outputs must agree with each other.  Interleaving and medians are what make the
comparison usable on a shared machine: both sides see the same load.
"""
import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from run import discover, run_once  # noqa: E402


def env_for(root):
    env = dict(os.environ)
    env["PYTHONPATH"] = str(root)
    env["PYTHONIOENCODING"] = "utf-8"
    # as run.py: cached bytecode, else a checkout whose __pycache__ is not current compiles
    # the runtime on every run (~0.6e9 instructions, 0.15-0.2 s: 6-8% of oop)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True, help="the checkout measured as A (before)")
    ap.add_argument("--root", default=str(HERE.parent), help="the checkout measured as B (default: this one)")
    ap.add_argument("-n", type=int, default=5, help="runs of each side (default 5)")
    ap.add_argument("--only", action="append", default=[], help="benchmarks to run (comma-separated)")
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args(argv)
    only = {x for o in args.only for x in o.split(",") if x}
    names = [n for n in discover() if not only or n in only]
    py = sys.executable
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            lua = HERE / f"{name}.lua"
            files = {}
            for side, root in (("A", args.base), ("B", args.root)):
                out = Path(tmp) / f"{name}_{side}.py"
                r = run_once([py, "-m", "lua2py", "convert", str(lua), "-o", str(out)], HERE,
                             env_for(root), args.timeout)
                if r.rc != 0:
                    sys.exit(f"{name}: convert with {root} failed: {r.err[-300:]!r}")
                files[side] = out
            times = {"A": [], "B": []}
            ratios = []
            outs = {}
            for side, root in (("A", args.base), ("B", args.root)):
                # untimed: writes each checkout's bytecode cache as a first run would
                run_once([py, str(files[side])], HERE, env_for(root), args.timeout)
            for i in range(args.n):
                order = ("A", "B") if i % 2 == 0 else ("B", "A")
                got = {}
                for side in order:
                    root = args.base if side == "A" else args.root
                    r = run_once([py, str(files[side])], HERE, env_for(root), args.timeout)
                    if r.rc != 0:
                        sys.exit(f"{name} ({side}) failed: {r.err[-300:]!r}")
                    outs.setdefault(side, r.out)
                    got[side] = r.cpu
                    times[side].append(r.cpu)
                ratios.append(got["B"] / got["A"])
                print(f"  {name} run {i + 1}: A {got['A']:.3f}s  B {got['B']:.3f}s", file=sys.stderr)
            same = outs.get("A") == outs.get("B")
            rows.append((name, statistics.median(times["A"]), statistics.median(times["B"]),
                         statistics.median(ratios), min(ratios), max(ratios), same))
    load = os.getloadavg()
    if args.markdown:
        print("| program | A cpu s (median) | B cpu s (median) | B/A (median of pairs) | min-max | same output |")
        print("|---|---:|---:|---:|---|---|")
        for name, a, b, r, lo, hi, same in rows:
            print(f"| {name} | {a:.3f} | {b:.3f} | {r:.3f} | {lo:.3f}-{hi:.3f} | {'yes' if same else 'NO'} |")
        print(f"\nn = {args.n} per side, load average at the end {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}")
    else:
        for name, a, b, r, lo, hi, same in rows:
            print(f"{name:16s} A {a:8.3f}  B {b:8.3f}  B/A {r:.3f} ({lo:.3f}-{hi:.3f}){'' if same else '  OUTPUT DIFFERS'}")
        print(f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")


if __name__ == "__main__":
    main()

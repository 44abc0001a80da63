#!/usr/bin/env python3
"""Benchmark runner: lua5.4 vs hand-written Python vs lua2py-converted Python.

For every benchmark NAME (a NAME.lua with a NAME.py next to it) this runs

  lua5.4    lua5.4 NAME.lua                       (skipped if lua5.4 is absent)
  python    python NAME.py                        (hand-written Python)
  lua2py    python <tmp>/NAME_lua.py              (after one untimed
            `python -m lua2py convert NAME.lua -o <tmp>/NAME_lua.py`, so
            parsing and compiling are not timed)
  run       python -m lua2py run NAME.lua         (after one untimed warm-up
            run, i.e. with a warm cache if the CLI keeps one)

each -n times (default 3) and reports the median wall time and the median CPU
time (user+sys of the child, from os.wait4).  All outputs must be identical to
the reference output (lua5.4's, or python's when lua5.4 is absent); otherwise
the cell is marked MISMATCH.

Ratios are lua2py/python and lua2py/lua on CPU time (--ratio-on wall to use
wall time), with their geometric means.  Targets: lua2py/python <= 3 on every
program, geometric mean <= 2.

  python benchmarks/run.py                   # all benchmarks, 3 runs each
  python benchmarks/run.py -n 5 --only fib,oop
  python benchmarks/run.py --markdown        # a table for RESULTS.md
"""
import argparse
import datetime
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# Preferred order; any other NAME.lua with a NAME.py is appended.
ORDER = ["fib", "tables", "nbody", "arrays", "oop", "strings",
         "patterns", "format_concat", "spectral", "mandelbrot"]

TARGET_MAX = 3.0
TARGET_GEOMEAN = 2.0


def discover():
    names = [p.stem for p in HERE.glob("*.lua") if (HERE / (p.stem + ".py")).exists()]
    return sorted(names, key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))


def child_env():
    env = dict(os.environ)
    # make the lua2py package importable from a checkout even if not installed
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("PYTHONIOENCODING", "utf-8")
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    # as a user's machine does: cached bytecode (else every run compiles the runtime)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


class Result:
    """One timed run: wall and CPU seconds, exit status, stdout, stderr, peak RSS (KiB)."""

    def __init__(self, wall, cpu, rc, out, err, timed_out=False, maxrss=None):
        self.wall, self.cpu, self.rc = wall, cpu, rc
        self.out, self.err, self.timed_out = out, err, timed_out
        self.maxrss = maxrss


def run_once(cmd, cwd, env, timeout, stdin=None):
    """Run cmd, return a Result with wall time and the child's user+sys time.

    stdin: a file path to feed the program (default: /dev/null)."""
    with tempfile.TemporaryFile() as fout, tempfile.TemporaryFile() as ferr, \
            open(stdin or os.devnull, "rb") as fin:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=fin,
                                stdout=fout, stderr=ferr)
        killed = []

        def kill():
            killed.append(True)
            try:
                proc.kill()
            except OSError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, ru = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        fout.seek(0)
        ferr.seek(0)
        return Result(wall, ru.ru_utime + ru.ru_stime, proc.returncode,
                      fout.read(), ferr.read(), bool(killed), ru.ru_maxrss)


def error_line(res):
    """One line describing a failed run: the last line of stderr."""
    if res.timed_out:
        return "timeout"
    lines = [l.strip() for l in res.err.decode("utf-8", "replace").splitlines() if l.strip()]
    msg = lines[-1] if lines else "(no stderr)"
    return f"exit {res.rc}: {msg}"[:200]


class Cell:
    """Median figures for one (benchmark, implementation), or why there are none."""

    def __init__(self, wall=None, cpu=None, out=None, error=None, runs=()):
        self.wall, self.cpu, self.out, self.error = wall, cpu, out, error
        self.runs = list(runs)
        self.mismatch = False
        self.convert_time = None

    @property
    def ok(self):
        return self.error is None and not self.mismatch and self.wall is not None

    def fig(self, which):
        return self.wall if which == "wall" else self.cpu


def measure(cmd, cwd, env, n, timeout, warmup=False):
    if warmup:
        res = run_once(cmd, cwd, env, timeout)
        if res.rc != 0 or res.timed_out:
            return Cell(error=error_line(res))
    results = []
    for _ in range(n):
        res = run_once(cmd, cwd, env, timeout)
        if res.rc != 0 or res.timed_out:
            return Cell(error=error_line(res))
        results.append(res)
    outs = {r.out for r in results}
    cell = Cell(statistics.median(r.wall for r in results),
                statistics.median(r.cpu for r in results),
                results[0].out, runs=[(r.wall, r.cpu) for r in results])
    if len(outs) > 1:
        cell.error = "output differs between runs"
    return cell


def first_diff(a, b):
    la = a.decode("utf-8", "replace").splitlines()
    lb = b.decode("utf-8", "replace").splitlines()
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return f"line {i + 1}: expected {x[:60]!r}, got {y[:60]!r}"
    return f"expected {len(la)} lines, got {len(lb)}"


def bench(name, args, tmpdir, env, log):
    lua_file = HERE / f"{name}.lua"
    py_file = HERE / f"{name}.py"
    conv_file = Path(tmpdir) / f"{name}_lua.py"
    py = args.python
    cells = {}

    if args.lua:
        log(f"  {name}: lua5.4")
        cells["lua"] = measure([args.lua, lua_file.name], HERE, env, args.n, args.timeout)
    else:
        cells["lua"] = Cell(error="lua5.4 not found")

    log(f"  {name}: python")
    cells["python"] = measure([py, py_file.name], HERE, env, args.n, args.timeout)

    if args.no_lua2py:
        cells["lua2py"] = Cell(error="skipped")
        cells["run"] = Cell(error="skipped")
        return cells, check(cells)

    log(f"  {name}: lua2py convert")
    conv = run_once([py, "-m", "lua2py", "convert", lua_file.name, "-o", str(conv_file)],
                    HERE, env, args.timeout)
    if conv.rc != 0 or conv.timed_out or not conv_file.exists():
        cells["lua2py"] = Cell(error="convert failed: " + error_line(conv))
    else:
        log(f"  {name}: lua2py (converted file)")
        cells["lua2py"] = measure([py, str(conv_file)], HERE, env, args.n, args.timeout)
        cells["lua2py"].convert_time = conv.wall

    if args.no_run:
        cells["run"] = Cell(error="skipped")
    else:
        log(f"  {name}: lua2py run (warm cache)")
        cells["run"] = measure([py, "-m", "lua2py", "run", lua_file.name], HERE, env,
                               args.n, args.timeout, warmup=True)

    return cells, check(cells)


def check(cells):
    """Mark cells whose output differs from the reference; return notes."""
    ref = cells["lua"].out if cells["lua"].out is not None else cells["python"].out
    notes = []
    if ref is not None:
        for key, cell in cells.items():
            if cell.out is not None and cell.out != ref:
                cell.mismatch = True
                notes.append(f"{key} MISMATCH ({first_diff(ref, cell.out)})")
    for key in ("lua2py", "run", "python"):
        if cells[key].error and cells[key].error != "skipped":
            notes.append(f"{key}: {cells[key].error}")
    return notes


def fmt_cell(cell, show_cpu):
    if cell.mismatch:
        return "MISMATCH"
    if cell.error:
        return "n/a" if cell.error in ("skipped", "lua5.4 not found") else "FAIL"
    if show_cpu:
        return f"{cell.wall:.3f} ({cell.cpu:.3f})"
    return f"{cell.wall:.3f}"


def ratio(a, b, which):
    if a.ok and b.ok and b.fig(which) > 0:
        return a.fig(which) / b.fig(which)
    return None


def fmt_ratio(r, flag_over=None):
    if r is None:
        return "-"
    s = f"{r:.2f}x"
    if flag_over is not None and r > flag_over:
        s += " !"
    return s


def geomean(xs):
    xs = [x for x in xs if x is not None]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def machine_info(args):
    lua_ver = "absent"
    if args.lua:
        try:
            p = subprocess.run([args.lua, "-v"], capture_output=True, text=True)
            lua_ver = (p.stdout or p.stderr).split("Copyright")[0].strip()
        except OSError:
            pass
    pyver = subprocess.run([args.python, "-c", "import sys, platform; print(platform.python_implementation(), sys.version.split()[0])"],
                           capture_output=True, text=True).stdout.strip()
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True).stdout.strip()
    except OSError:
        commit = "?"
    return {
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "system": f"{platform.system()} {platform.release()}",
        "python": pyver,
        "lua": lua_ver,
        "date": datetime.date.today().isoformat(),
        "commit": commit,
    }


def render(rows, info, args):
    which = args.ratio_on
    show_cpu = not args.wall_only
    head = ["benchmark", "lua5.4 s", "python s", "lua2py s", "lua2py run s",
            "lua2py/python", "lua2py/lua"]
    table = []
    r_py, r_lua, r_run_py = [], [], []
    for name, cells, _notes in rows:
        rp = ratio(cells["lua2py"], cells["python"], which)
        rl = ratio(cells["lua2py"], cells["lua"], which)
        r_py.append(rp)
        r_lua.append(rl)
        r_run_py.append(ratio(cells["run"], cells["python"], which))
        table.append([name, fmt_cell(cells["lua"], show_cpu), fmt_cell(cells["python"], show_cpu),
                      fmt_cell(cells["lua2py"], show_cpu), fmt_cell(cells["run"], show_cpu),
                      fmt_ratio(rp, TARGET_MAX), fmt_ratio(rl)])
    g_py, g_lua = geomean(r_py), geomean(r_lua)
    table.append(["geomean", "", "", "", "", fmt_ratio(g_py, TARGET_GEOMEAN), fmt_ratio(g_lua)])

    lines = []
    info_line = (f"{info['machine']}, {info['cpus']} cpus, {info['system']}, {info['python']}, "
                 f"{info['lua']}, {info['date']}, commit {info['commit']}, "
                 f"median of {args.n} runs, ratios on {which} time")
    if args.markdown:
        lines.append(f"_{info_line}; times are {'wall s' if args.wall_only else 'wall s (cpu s)'}_")
        lines.append("")
        lines.append("| " + " | ".join(head) + " |")
        lines.append("|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|")
        for row in table:
            lines.append("| " + " | ".join(row) + " |")
    else:
        lines.append(info_line)
        lines.append(("times are wall s" if args.wall_only else "times are wall s (cpu s)")
                     + "; '!' marks a ratio above the target")
        widths = [max(len(r[i]) for r in [head] + table) for i in range(len(head))]
        def fmt(row):
            return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
        lines.append(fmt(head))
        lines.append("  ".join("-" * w for w in widths))
        for row in table[:-1]:
            lines.append(fmt(row))
        lines.append("  ".join("-" * w for w in widths))
        lines.append(fmt(table[-1]))

    # targets
    have = [r for r in r_py if r is not None]
    lines.append("")
    if len(have) == len(rows) and have:
        worst = max(have)
        ok_max = worst <= TARGET_MAX
        ok_geo = g_py <= TARGET_GEOMEAN
        lines.append(f"target lua2py/python <= {TARGET_MAX:g}x on every program: "
                     f"{'met' if ok_max else 'MISSED'} (worst {worst:.2f}x)")
        lines.append(f"target geometric mean <= {TARGET_GEOMEAN:g}x: "
                     f"{'met' if ok_geo else 'MISSED'} ({g_py:.2f}x)")
    else:
        lines.append(f"targets not assessed: lua2py figures for {len(have)} of {len(rows)} programs")
    notes = [(name, n) for name, _, ns in rows for n in ns]
    if notes:
        lines.append("")
        lines.append("Notes:" if not args.markdown else "Notes:")
        for name, n in notes:
            lines.append(f"- {name}: {n}")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=3, help="timed runs per program and implementation (default 3)")
    ap.add_argument("--only", action="append", default=[],
                    help="run only these benchmarks (NAME, comma-separated or repeated)")
    ap.add_argument("--markdown", action="store_true", help="print a markdown table (for RESULTS.md)")
    ap.add_argument("--lua", default=shutil.which("lua5.4"), help="path of lua5.4 (default: from PATH)")
    ap.add_argument("--python", default=sys.executable, help="python used for all Python runs")
    ap.add_argument("--no-run", action="store_true", help="skip the `python -m lua2py run` figure")
    ap.add_argument("--no-lua2py", action="store_true", help="only lua5.4 and hand-written Python")
    ap.add_argument("--ratio-on", choices=["wall", "cpu"], default="cpu",
                    help="time the ratios use (default cpu: robust on a shared machine)")
    ap.add_argument("--wall-only", action="store_true", help="show only wall times in the table (no CPU)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per run (default 300)")
    ap.add_argument("--keep", metavar="DIR", help="write the converted NAME_lua.py files to DIR and keep them")
    ap.add_argument("--json", metavar="FILE", help="also write all figures as JSON")
    ap.add_argument("--from-json", metavar="FILE", help="print the table of a run saved with --json (runs nothing)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    args = ap.parse_args(argv)

    if args.from_json:
        data = json.loads(Path(args.from_json).read_text())
        args.n = data["n"]
        rows = []
        for name, b in data["benchmarks"].items():
            cells = {}
            for key in ("lua", "python", "lua2py", "run"):
                c = b[key]
                cell = Cell(c["wall"], c["cpu"], error=c["error"], runs=c["runs"])
                cell.mismatch = c["mismatch"]
                cells[key] = cell
            rows.append((name, cells, b["notes"]))
        print(render(rows, data["info"], args))
        return 0

    names = discover()
    if args.only:
        wanted = [w for arg in args.only for w in arg.split(",") if w]
        unknown = [w for w in wanted if w not in names]
        if unknown:
            ap.error(f"unknown benchmark(s): {', '.join(unknown)} (have: {', '.join(names)})")
        names = [n for n in names if n in wanted]

    def log(msg):
        if not args.quiet:
            print(msg, file=sys.stderr, flush=True)

    env = child_env()
    info = machine_info(args)
    rows = []
    if args.keep:
        Path(args.keep).mkdir(parents=True, exist_ok=True)
        tmpctx = None
        tmpdir = args.keep
    else:
        tmpctx = tempfile.TemporaryDirectory(prefix="lua2py-bench-")
        tmpdir = tmpctx.name
    try:
        for name in names:
            cells, notes = bench(name, args, tmpdir, env, log)
            rows.append((name, cells, notes))
    finally:
        if tmpctx is not None:
            tmpctx.cleanup()

    print(render(rows, info, args))

    if args.json:
        data = {"info": info, "n": args.n, "benchmarks": {}}
        for name, cells, notes in rows:
            data["benchmarks"][name] = {
                key: {"wall": c.wall, "cpu": c.cpu, "runs": c.runs, "error": c.error,
                      "mismatch": c.mismatch, "convert_wall": c.convert_time}
                for key, c in cells.items()
            }
            data["benchmarks"][name]["notes"] = notes
        Path(args.json).write_text(json.dumps(data, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Corpus benchmark: Lua programs nobody wrote for lua2py, under lua5.4, lua2py and Python.

Three groups of programs, all from sources outside this repository (nothing
is fetched: pass the paths of checkouts; installed Debian packages are read
from /usr/share/lua/5.4):

  awfy     Are-We-Fast-Yet (github smarr/are-we-fast-yet): all 14 benchmarks
           through the suite's own harness (benchmarks/Lua/harness.lua), with the
           suite's Python versions (benchmarks/Python/harness.py) as the
           hand-written baseline.  The harness asserts each benchmark's result
           check; a failed check is an error exit.
  classic  The classic programs from Lua-Benchmarks (github gligneul/Lua-Benchmarks)
           and LuaJIT-test-cleanup/bench, unchanged; output compared with lua5.4's
           byte for byte.
  lib      Real-library workloads (workloads/*.lua, written for this corpus) on
           Debian's lua-dkjson, lua-penlight, lua-argparse, lua-busted, and the Teal
           compiler of a tl checkout checking its own sources.

Every program runs in a scratch copy of its sources (lua2py's __luacache__ and
Python's __pycache__ land there, never in a checkout or /usr/share), with
LUA_PATH limited to that copy.  For each program: one untimed warm-up run per
implementation (it fills lua2py's compiled-chunk cache, so the timed lua2py runs
do not include converting: the "cache warm" figure, like benchmarks/run.py's;
it also gives the reference output), then -n timed rounds, each running every
implementation once (the order rotates between rounds).  Times are CPU seconds
(user+sys of the child), medians with min-max; ratios are of medians.

  python benchmarks/corpus/run.py --awfy /work/src/are-we-fast-yet \\
      --classic /work/src/Lua-Benchmarks --classic /work/src/LuaJIT-test-cleanup \\
      --tl /work/src/tl --json corpus.json --markdown
  python benchmarks/corpus/run.py ... --only Richards,fasta -n 5
  python benchmarks/corpus/run.py ... --pypy pypy3      # add PyPy columns
  python benchmarks/corpus/run.py ... --pypy pypy3 --pypy-only   # lua5.4 and PyPy only
  python benchmarks/corpus/run.py ... --cython          # add a `lua2py run --cython` column
  python benchmarks/corpus/run.py --from-json corpus.json --markdown
  python benchmarks/corpus/run.py --list              # the programs and their arguments
"""
import argparse
import datetime
import importlib.util
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent
ROOT = BENCH.parent
WORKLOADS = HERE / "workloads"

_spec = importlib.util.spec_from_file_location("lua2py_bench_run", BENCH / "run.py")
bench_run = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_run)
run_once, error_line, first_diff, geomean = (bench_run.run_once, bench_run.error_line,
                                             bench_run.first_diff, bench_run.geomean)

# ---------------------------------------------------------------- the programs

# Are-We-Fast-Yet: (benchmark, outer iterations, inner iterations).  The inner
# counts are the suite's own (rebench.conf) where one outer iteration takes at
# most ~2 s under lua5.4.  Richards (100), Json (100) and Storage (1000) repeat
# their whole benchmark `inner` times and check every repetition, so a smaller
# count is the same work, less of it.  CD and Havlak check their result against
# a table keyed by the inner count: CD uses 100 (one of its checked sizes);
# Havlak keeps 1500, its cost hardly depends on it (~10 s under lua5.4 even at 1).
AWFY = [
    ("DeltaBlue", 1, 12000),
    ("Richards", 1, 20),
    ("Json", 1, 60),
    ("CD", 1, 100),
    ("Havlak", 1, 1500),
    ("Bounce", 1, 1500),
    ("List", 1, 1500),
    ("Mandelbrot", 3, 500),
    ("NBody", 1, 250000),
    ("Permute", 1, 1000),
    ("Queens", 1, 1000),
    ("Sieve", 1, 3000),
    ("Storage", 1, 400),
    ("Towers", 1, 600),
]

# Classic programs: (name, source, file, arguments, stdin).  stdin ("fasta", N)
# is the output of that source's fasta.lua N, made once under lua5.4.
# Arguments give ~0.5-1.5 s under lua5.4 (fannkuch-redux 10: ~2.8 s, 9 is 0.2 s).
LUA_BENCHMARKS = "Lua-Benchmarks"
LUAJIT_BENCH = "LuaJIT-test-cleanup/bench"
CLASSIC = [
    ("ack", LUA_BENCHMARKS, "ack.lua", ["3", "10"], None),
    ("binary-trees", LUA_BENCHMARKS, "binary-trees.lua", ["13"], None),
    ("fannkuch-redux", LUA_BENCHMARKS, "fannkuch-redux.lua", ["10"], None),
    ("fasta", LUA_BENCHMARKS, "fasta.lua", ["1000000"], None),
    ("fixpoint-fact", LUA_BENCHMARKS, "fixpoint-fact.lua", ["2000"], None),
    ("heapsort", LUA_BENCHMARKS, "heapsort.lua", ["8", "100000"], None),
    ("k-nucleotide", LUA_BENCHMARKS, "k-nucleotide.lua", [], ("fasta", "100000")),
    ("mandel", LUA_BENCHMARKS, "mandel.lua", ["180"], None),
    ("n-body", LUA_BENCHMARKS, "n-body.lua", ["300000"], None),
    ("queen", LUA_BENCHMARKS, "queen.lua", ["11"], None),
    ("sieve", LUA_BENCHMARKS, "sieve.lua", ["3000"], None),
    ("spectral-norm", LUA_BENCHMARKS, "spectral-norm.lua", ["500"], None),
    ("coroutine-ring", LUAJIT_BENCH, "coroutine-ring.lua", ["5000000"], None),
    ("ray", LUAJIT_BENCH, "ray.lua", ["3", "96"], None),
]

BUSTED_MODULES = ["busted", "busted.lua", "luassert", "say", "pl", "cliargs", "cliargs.lua",
                  "mediator.lua", "system", "term"]
# Library workloads: name -> (script, arguments, Lua modules copied from the Debian
# share directory, Debian packages whose versions are recorded).  "teal" runs in a
# copy of the tl checkout instead; "busted" runs the busted script on a spec file.
LIBS = [
    ("dkjson", "dkjson_roundtrip.lua", ["1500", "4"], ["dkjson.lua"], ["lua-dkjson"]),
    ("penlight", "penlight_work.lua", ["80"], ["pl"], ["lua-penlight"]),
    ("argparse", "argparse_parse.lua", ["800"], ["argparse.lua"], ["lua-argparse"]),
    ("busted", "busted_main.lua", ["-o", "TAP", "corpus_spec.lua"], BUSTED_MODULES,
     ["lua-busted", "lua-luassert", "lua-say", "lua-penlight", "lua-cliargs", "lua-mediator",
      "lua-system", "lua-term"]),
    ("teal", "tl_check.lua", [], [], []),
]

GROUPS = ("awfy", "classic", "lib")
GROUP_TITLES = {"awfy": "Are-We-Fast-Yet", "classic": "Classic programs", "lib": "Library workloads"}


class Program:
    """One row: how to run it under each implementation and how to check its output."""

    def __init__(self, name, group, lua_argv, cwd, python_argv=None, python_cwd=None, stdin=None,
                 needs=None, describe=""):
        self.name, self.group = name, group
        self.lua_argv = lua_argv          # script and arguments, run by lua5.4 / lua2py run
        self.python_argv = python_argv    # hand-written Python version (script, args) or None
        self.cwd = cwd                    # relative to the scratch directory
        self.python_cwd = python_cwd or cwd
        self.stdin = stdin                # relative to the scratch directory, or None
        self.needs = needs                # the source option it needs (for "not given" notes)
        self.describe = describe


def program_list():
    """Every program of the corpus (paths relative to the scratch directory)."""
    progs = []
    for name, outer, inner in AWFY:
        argv = [name, str(outer), str(inner)]
        progs.append(Program(name, "awfy", ["harness.lua"] + argv, "awfy/Lua",
                             python_argv=["harness.py"] + argv, python_cwd="awfy/Python", needs="awfy",
                             describe=f"harness {name} {outer} {inner}"))
    for name, source, fname, args, stdin in CLASSIC:
        sub = "classic/" + source.split("/")[0]
        stdin_file = None
        if stdin:
            stdin_file = f"{sub}/{stdin[0]}{stdin[1]}.txt"
        progs.append(Program(name, "classic", [fname] + args, sub, stdin=stdin_file,
                             needs=source, describe=" ".join([fname] + args)
                             + (f" < {stdin[0]}.lua {stdin[1]} output" if stdin else "")))
    for name, script, args, _mods, _debs in LIBS:
        cwd = "tl" if name == "teal" else "lib"
        progs.append(Program(name, "lib", [script] + args, cwd, needs="tl" if name == "teal" else "share",
                             describe=" ".join([script] + args)))
    return progs


# ---------------------------------------------------------------- sources and scratch copies


def git_commit(path):
    try:
        p = subprocess.run(["git", "-C", str(path), "rev-parse", "HEAD"], check=False, capture_output=True, text=True)
        if p.returncode == 0:
            dirty = subprocess.run(["git", "-C", str(path), "status", "--porcelain", "--untracked-files=no"],
                                   check=False, capture_output=True, text=True).stdout.strip()
            return p.stdout.strip() + (" (modified)" if dirty else "")
    except OSError:
        pass
    return None


def deb_version(pkg):
    try:
        p = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], check=False, capture_output=True, text=True)
        return p.stdout.strip() if p.returncode == 0 else None
    except OSError:
        return None


def find_classic_roots(dirs):
    """Map source name -> directory for each --classic path (a checkout or its bench/ folder)."""
    roots = {}
    for d in dirs:
        d = Path(d).resolve()
        if (d / "runbenchmarks.lua").exists():
            roots[LUA_BENCHMARKS] = d
        elif (d / "PARAM_x86.txt").exists():
            roots[LUAJIT_BENCH] = d
        elif (d / "bench" / "PARAM_x86.txt").exists():
            roots[LUAJIT_BENCH] = d / "bench"
        else:
            raise SystemExit(f"--classic {d}: neither Lua-Benchmarks (runbenchmarks.lua) "
                             f"nor LuaJIT-test-cleanup (bench/PARAM_x86.txt)")
    return roots


def copy_tree(src, dst, names=None):
    """Copy files (following symlinks: Debian's 5.4 tree links into 5.1's)."""
    dst.mkdir(parents=True, exist_ok=True)
    for name in names if names is not None else sorted(os.listdir(src)):
        s = Path(src) / name
        if s.is_dir():
            shutil.copytree(s, dst / name, symlinks=False, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__luacache__", "__pycache__", ".git"))
        elif s.exists():
            shutil.copy(s, dst / name)
        else:
            raise FileNotFoundError(s)


def prepare(args, scratch, log):
    """Copy every source into the scratch directory; return (sources info, available needs)."""
    sources = {}
    have = set()
    if args.awfy:
        awfy = Path(args.awfy).resolve()
        if not (awfy / "benchmarks" / "Lua" / "harness.lua").exists():
            raise SystemExit(f"--awfy {awfy}: no benchmarks/Lua/harness.lua")
        copy_tree(awfy / "benchmarks" / "Lua", scratch / "awfy" / "Lua")
        copy_tree(awfy / "benchmarks" / "Python", scratch / "awfy" / "Python")
        sources["are-we-fast-yet"] = {"path": str(awfy), "commit": git_commit(awfy)}
        have.add("awfy")
    for source, d in find_classic_roots(args.classic).items():
        sub = scratch / "classic" / source.split("/")[0]
        copy_tree(d, sub, [f for _n, s, f, _a, _i in CLASSIC if s == source])
        sources[source] = {"path": str(d), "commit": git_commit(d)}
        have.add(source)
    share = Path(args.lua_share)
    if share.is_dir():
        libdir = scratch / "lib"
        mods = sorted({m for _n, _s, _a, ms, _d in LIBS for m in ms})
        missing = [m for m in mods if not (share / m).exists()]
        if missing:
            log(f"note: not in {share}: {', '.join(missing)} (their workloads will fail)")
        copy_tree(share, libdir / "lua", [m for m in mods if m not in missing])
        copy_tree(WORKLOADS, libdir, ["dkjson_roundtrip.lua", "penlight_work.lua", "argparse_parse.lua"])
        copy_tree(WORKLOADS / "busted_spec", libdir, ["corpus_spec.lua"])
        busted = shutil.which("busted") or "/usr/bin/busted"
        if Path(busted).exists():
            shutil.copy(busted, libdir / "busted_main.lua")
        debs = sorted({d for _n, _s, _a, _m, ds in LIBS for d in ds})
        sources["debian"] = {"path": str(share), "packages": {d: deb_version(d) for d in debs}}
        have.add("share")
    if args.tl:
        tl = Path(args.tl).resolve()
        if not (tl / "tl.lua").exists():
            raise SystemExit(f"--tl {tl}: no tl.lua")
        copy_tree(tl, scratch / "tl", ["tl.lua", "tl.tl", "teal"])
        copy_tree(WORKLOADS, scratch / "tl", ["tl_check.lua"])
        sources["tl"] = {"path": str(tl), "commit": git_commit(tl)}
        have.add("tl")
    # inputs made by lua5.4 from the sources themselves
    for _name, source, _f, _a, stdin in CLASSIC:
        if stdin and source in have and args.lua:
            sub = scratch / "classic" / source.split("/")[0]
            target = sub / f"{stdin[0]}{stdin[1]}.txt"
            if not target.exists():
                gen = sub / f"{stdin[0]}.lua"
                if not gen.exists():
                    copy_tree(Path(sources[source]["path"]), sub, [f"{stdin[0]}.lua"])
                with open(target, "wb") as fh:
                    subprocess.run([args.lua, gen.name, stdin[1]], cwd=sub, stdout=fh, check=True)
    return sources, have


def child_env(args, scratch, lua2py_root):
    env = dict(os.environ)
    env["PYTHONPATH"] = str(lua2py_root)
    env.setdefault("PYTHONIOENCODING", "utf-8")
    for k in ("PYTHONPROFILEIMPORTTIME", "PYTHONDONTWRITEBYTECODE", "LUA_PATH_5_4", "LUA_CPATH_5_4",
              "LUA_INIT", "LUA_INIT_5_4", "LUA2PY_NO_CACHE"):
        env.pop(k, None)
    # only the scratch copies: no module is read (or cached) from /usr/share/lua
    env["LUA_PATH"] = f"./?.lua;./?/init.lua;{scratch}/lib/lua/?.lua;{scratch}/lib/lua/?/init.lua"
    env["XDG_CACHE_HOME"] = str(scratch / "xdg-cache")
    return env


# ---------------------------------------------------------------- implementations


class Impl:
    """One column: a command line for a program, or None when it does not apply."""

    def __init__(self, key, title, make, python_version=False):
        self.key, self.title, self.make = key, title, make
        self.python_version = python_version   # runs the hand-written Python (in its own folder)


def implementations(args):
    impls = []
    if args.lua:
        impls.append(Impl("lua", "lua5.4", lambda p: [args.lua] + p.lua_argv))
    if not args.pypy_only:
        impls.append(Impl("lua2py", "lua2py", lambda p: [args.python, "-m", "lua2py", "run"] + p.lua_argv))
        impls.append(Impl("python", "python", lambda p: [args.python] + p.python_argv if p.python_argv else None,
                          python_version=True))
    if args.cython:  # lua2py run --cython: the chunks compiled with Cython (compiled in the warm-up)
        impls.append(Impl("cython", "lua2py --cython",
                          lambda p: [args.python, "-m", "lua2py", "run", "--cython"] + p.lua_argv))
    if args.pypy:
        impls.append(Impl("pypy", "python (pypy)",
                          lambda p: [args.pypy] + p.python_argv if p.python_argv else None,
                          python_version=True))
        if not args.no_pypy_lua2py:
            impls.append(Impl("pypy_lua2py", "lua2py (pypy)",
                              lambda p: [args.pypy, "-m", "lua2py", "run"] + p.lua_argv))
    return impls


def normalise(prog, out):
    """Output as compared: AWFY prints its timings (and Python an extra blank line)."""
    if prog.group != "awfy":
        return out
    out = re.sub(rb"\d+us", b"Nus", out)
    return b"\n".join(line for line in out.split(b"\n") if line.strip()) + b"\n"


class Cell:
    def __init__(self):
        self.runs = []      # (wall, cpu)
        self.error = None
        self.mismatch = None
        self.skipped = None

    @property
    def ok(self):
        return self.error is None and self.mismatch is None and self.skipped is None and bool(self.runs)

    def cpu(self, how=statistics.median):
        return how(c for _w, c in self.runs) if self.runs else None

    def to_json(self):
        return {"runs": self.runs, "error": self.error, "mismatch": self.mismatch, "skipped": self.skipped}

    @classmethod
    def from_json(cls, d):
        c = cls()
        c.runs = [tuple(r) for r in d["runs"]]
        c.error, c.mismatch, c.skipped = d["error"], d["mismatch"], d["skipped"]
        return c


def failure_line(res):
    """Why a run failed: the Lua error message ("lua: ...") if there is one, else the last line."""
    if res.timed_out:
        return "timeout"
    lines = [ln.strip() for ln in res.err.decode("utf-8", "replace").splitlines() if ln.strip()]
    for ln in lines:
        if ln.startswith(("lua:", "lua5.4:", "lua2py:")):
            return f"exit {res.rc}: {ln}"[:300]
    return error_line(res)


def measure_program(prog, impls, args, scratch, env, log):
    cwds = {im.key: scratch / (prog.python_cwd if im.python_version else prog.cwd) for im in impls}
    stdin = str(scratch / prog.stdin) if prog.stdin else None
    cells = {im.key: Cell() for im in impls}
    cmds = {im.key: im.make(prog) for im in impls}
    active = []
    ref = None
    for im in impls:       # warm-up: fills lua2py's cache; gives the reference output (lua5.4's)
        cell, cmd = cells[im.key], cmds[im.key]
        if cmd is None:
            cell.skipped = "no such version"
            continue
        log(f"  {prog.name}: {im.title} (warm-up)")
        res = run_once(cmd, cwds[im.key], env, args.timeout, stdin)
        if res.rc != 0 or res.timed_out:
            cell.error = failure_line(res)
            continue
        out = normalise(prog, res.out)
        if ref is None:
            ref = out
        elif out != ref:
            cell.mismatch = first_diff(ref, out)
            continue
        active.append(im)
    for rnd in range(args.n):
        k = rnd % len(active) if active else 0
        for im in active[k:] + active[:k]:
            cell = cells[im.key]
            if not cell.ok and cell.runs:
                continue
            log(f"  {prog.name}: {im.title} ({rnd + 1}/{args.n})")
            res = run_once(cmds[im.key], cwds[im.key], env, args.timeout, stdin)
            if res.rc != 0 or res.timed_out:
                cell.error = failure_line(res)
                cell.runs = []
            elif normalise(prog, res.out) != ref:
                cell.mismatch = first_diff(ref, normalise(prog, res.out))
                cell.runs = []
            else:
                cell.runs.append((res.wall, res.cpu))
    return cells, cmds


def startup_figures(args, scratch, env):
    """CPU seconds of an empty program: what every row's figure includes."""
    empty = scratch / "empty.lua"
    empty.write_text("")
    out = {}
    cmds = {"lua": [args.lua, "empty.lua"] if args.lua else None,
            "lua2py": None if args.pypy_only else [args.python, "-m", "lua2py", "run", "empty.lua"]}
    if args.pypy and not args.no_pypy_lua2py:
        cmds["pypy_lua2py"] = [args.pypy, "-m", "lua2py", "run", "empty.lua"]
    for key, cmd in cmds.items():
        if cmd is None:
            continue
        run_once(cmd, scratch, env, 120)
        runs = [run_once(cmd, scratch, env, 120) for _ in range(5)]
        ok = [r.cpu for r in runs if r.rc == 0]
        out[key] = statistics.median(ok) if ok else None
    return out


# ---------------------------------------------------------------- report


def fmt_time(cell):
    if cell is None or cell.skipped:
        return ""
    if cell.error:
        return "FAIL"
    if cell.mismatch:
        return "MISMATCH"
    if not cell.runs:
        return "-"
    med, lo, hi = cell.cpu(), cell.cpu(min), cell.cpu(max)
    if len(cell.runs) == 1:
        return f"{med:.2f}"
    return f"{med:.2f} ({lo:.2f}-{hi:.2f})"


def ratio(a, b):
    if a is None or b is None or not a.ok or not b.ok:
        return None
    return a.cpu() / b.cpu()


def fmt_ratio(r):
    return "-" if r is None else f"{r:.2f}x"


RATIOS = [("lua2py", "lua", "lua2py/lua5.4"), ("lua2py", "python", "lua2py/python"),
          ("python", "lua", "python/lua5.4"), ("pypy_lua2py", "lua", "lua2py(pypy)/lua5.4"),
          ("pypy", "lua", "python(pypy)/lua5.4"), ("pypy_lua2py", "pypy", "lua2py(pypy)/python(pypy)"),
          ("cython", "lua2py", "cython/lua2py"), ("cython", "lua", "cython/lua5.4")]


def render(data, markdown):
    info = data["info"]
    keys = [k for k in ("lua", "lua2py", "python", "pypy", "pypy_lua2py", "cython") if k in data["impls"]]
    titles = {"lua": "lua5.4", "lua2py": "lua2py", "python": "python", "pypy": "python (pypy)",
              "pypy_lua2py": "lua2py (pypy)", "cython": "lua2py --cython"}
    ratios = [r for r in RATIOS if r[0] in keys and r[1] in keys]
    lines = []
    src = "; ".join(
        f"{name} {s['commit'][:12] if s.get('commit') else ''}".strip() if "commit" in s
        else "Debian " + ", ".join(f"{p} {v}" for p, v in s.get("packages", {}).items() if v)
        for name, s in data["sources"].items())
    head = (f"{info['machine']}, {info['cpus']} cpus, {info['system']}, {info['python']}, {info['lua']}"
            + (f", {info['pypy']}" if info.get("pypy") else "")
            + f", {info['date']}, lua2py {info['commit']}, n={data['n']} (median, min-max of CPU s), "
            f"load average {info.get('load_start')} at start, {info.get('load_end')} at end")
    lines.append(f"_{head}_" if markdown else head)
    lines.append("")
    lines.append(f"Sources: {src}")
    if data.get("startup"):
        st = data["startup"]
        lines.append("")
        lines.append("Start-up (empty program, CPU s, included in every figure): "
                     + ", ".join(f"{titles[k]} {v:.3f}" for k, v in st.items() if v is not None))
    failures = []
    for group in GROUPS:
        rows = [p for p in data["programs"] if p["group"] == group]
        if not rows:
            continue
        used = [k for k in keys if any(not p["cells"][k]["skipped"] for p in rows)]
        used_ratios = [r for r in ratios if r[0] in used and r[1] in used]
        head = ["program"] + [titles[k] + " s" for k in used] + [r[2] for r in used_ratios]
        table = []
        per_ratio = {r[2]: [] for r in used_ratios}
        for p in rows:
            cells = {k: Cell.from_json(p["cells"][k]) for k in used}
            row = [p["name"]] + [fmt_time(cells[k]) for k in used]
            for a, b, title in used_ratios:
                r = ratio(cells[a], cells[b])
                per_ratio[title].append(r)
                row.append(fmt_ratio(r))
            table.append(row)
            for k in used:
                c = cells[k]
                if c.error or c.mismatch:
                    failures.append(f"{p['name']} ({titles[k]}): "
                                    + (f"FAIL {c.error}" if c.error else f"MISMATCH {c.mismatch}"))
        geo = ["geomean"] + [""] * len(used)
        for _a, _b, title in used_ratios:
            rs = [r for r in per_ratio[title] if r is not None]
            g = geomean(rs)
            geo.append(fmt_ratio(g) + (f" ({len(rs)})" if g is not None and len(rs) < len(rows) else ""))
        table.append(geo)
        lines.append("")
        lines.append(f"**{GROUP_TITLES[group]}**" if markdown else GROUP_TITLES[group])
        lines.append("")
        if markdown:
            lines.append("| " + " | ".join(head) + " |")
            lines.append("|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|")
            for row in table:
                lines.append("| " + " | ".join(row) + " |")
        else:
            widths = [max(len(r[i]) for r in [head] + table) for i in range(len(head))]
            for row in [head] + table:
                lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                                       for i, (c, w) in enumerate(zip(row, widths))))
    if failures:
        lines.append("")
        lines.append("Failures (no figure; the program's output or exit status differs from lua5.4's):")
        for f in failures:
            lines.append(f"- {f}")
    return "\n".join(lines)


# ---------------------------------------------------------------- main


def machine_info(args, lua2py_root):
    def out(cmd):
        try:
            p = subprocess.run(cmd, check=False, capture_output=True, text=True)
            return (p.stdout or p.stderr).strip()
        except OSError:
            return None
    lua = out([args.lua, "-v"]).split("Copyright")[0].strip() if args.lua else "absent"
    which = "import sys, platform; print(platform.python_implementation(), sys.version.split()[0])"
    py = out([args.python, "-c", which])
    pypy = out([args.pypy, "-c", which]) if args.pypy else None
    return {"machine": platform.machine(), "cpus": os.cpu_count(),
            "system": f"{platform.system()} {platform.release()}", "python": py, "pypy": pypy,
            "lua": lua, "date": datetime.date.today().isoformat(),
            "commit": (git_commit(lua2py_root) or "?")[:12] + (" (modified)" if "modified" in (git_commit(lua2py_root) or "") else ""),
            "root": str(lua2py_root)}


def loadavg():
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "?"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--awfy", metavar="DIR", help="are-we-fast-yet checkout")
    ap.add_argument("--classic", metavar="DIR", action="append", default=[],
                    help="Lua-Benchmarks checkout or LuaJIT-test-cleanup (checkout or its bench/); repeatable")
    ap.add_argument("--tl", metavar="DIR", help="tl (Teal) checkout")
    ap.add_argument("--lua-share", metavar="DIR", default="/usr/share/lua/5.4",
                    help="where Debian's Lua packages are (default /usr/share/lua/5.4)")
    ap.add_argument("--root", metavar="DIR", default=str(ROOT),
                    help="the lua2py checkout to measure (default: this one)")
    ap.add_argument("-n", type=int, default=3, help="timed rounds (default 3)")
    ap.add_argument("--only", action="append", default=[], help="programs or groups (awfy, classic, lib)")
    ap.add_argument("--lua", default=shutil.which("lua5.4"), help="lua5.4 (default: from PATH)")
    ap.add_argument("--python", default=sys.executable, help="CPython for lua2py and the Python versions")
    ap.add_argument("--pypy", metavar="PYPY", help="also run the Python versions, and lua2py, under this PyPy "
                    "(lua2py needs its dependencies importable there: a venv with the checkout installed)")
    ap.add_argument("--no-pypy-lua2py", action="store_true", help="with --pypy: only the Python versions")
    ap.add_argument("--pypy-only", action="store_true",
                    help="with --pypy: lua5.4 and the PyPy columns only (no CPython runs)")
    ap.add_argument("--cython", action="store_true",
                    help="add a column of `lua2py run --cython` (compiled in the untimed warm-up)")
    ap.add_argument("--timeout", type=float, default=1800.0, help="seconds per run (default 1800)")
    ap.add_argument("--json", metavar="FILE", help="write every run's figures as JSON")
    ap.add_argument("--from-json", metavar="FILE", help="render a saved --json run (runs nothing)")
    ap.add_argument("--markdown", action="store_true", help="markdown tables (for RESULTS.md)")
    ap.add_argument("--list", action="store_true", help="list the programs and exit")
    ap.add_argument("--keep", metavar="DIR", help="use DIR as the scratch directory and keep it")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)

    if args.from_json:
        print(render(json.loads(Path(args.from_json).read_text()), args.markdown))
        return 0

    progs = program_list()
    if args.list:
        for p in progs:
            print(f"{p.group:8} {p.name:16} {p.describe}"
                  + ("   [+ python]" if p.python_argv else ""))
        return 0
    if args.only:
        wanted = {w for a in args.only for w in a.split(",") if w}
        unknown = wanted - {p.name for p in progs} - set(GROUPS)
        if unknown:
            ap.error("unknown program(s): " + ", ".join(sorted(unknown)))
        progs = [p for p in progs if p.name in wanted or p.group in wanted]
    if args.pypy_only and not args.pypy:
        ap.error("--pypy-only needs --pypy")
    if not args.lua:
        ap.error("lua5.4 not found (the reference output comes from it): --lua PATH")

    def log(msg):
        if not args.quiet:
            print(msg, file=sys.stderr, flush=True)

    lua2py_root = Path(args.root).resolve()
    if args.keep:
        scratch = Path(args.keep).resolve()
        scratch.mkdir(parents=True, exist_ok=True)
        tmpctx = None
    else:
        tmpctx = tempfile.TemporaryDirectory(prefix="lua2py-corpus-")
        scratch = Path(tmpctx.name)
    try:
        sources, have = prepare(args, scratch, log)
        env = child_env(args, scratch, lua2py_root)
        impls = implementations(args)
        if args.pypy and not args.no_pypy_lua2py:
            chk = subprocess.run([args.pypy, "-c", "import lua2py.transpiler, luaparser"], env=env,
                                 check=False, capture_output=True, text=True)
            if chk.returncode != 0:
                log(f"note: lua2py does not import under {args.pypy}: {chk.stderr.strip().splitlines()[-1:]}")
        info = machine_info(args, lua2py_root)
        info["load_start"] = loadavg()
        data = {"info": info, "n": args.n, "sources": sources, "impls": [im.key for im in impls],
                "programs": []}
        data["startup"] = startup_figures(args, scratch, env)
        for p in progs:
            if p.needs not in have:
                log(f"  {p.name}: skipped ({p.needs} not given)")
                continue
            load = loadavg()
            cells, cmds = measure_program(p, impls, args, scratch, env, log)
            data["programs"].append({
                "name": p.name, "group": p.group, "describe": p.describe, "cwd": p.cwd, "load": load,
                "cmds": {k: v for k, v in cmds.items() if v},
                "cells": {k: c.to_json() for k, c in cells.items()}})
            if args.json:   # written as it goes: a long run leaves its figures behind
                Path(args.json).write_text(json.dumps(data, indent=1) + "\n")
        info["load_end"] = loadavg()
    finally:
        if tmpctx is not None:
            tmpctx.cleanup()
    if args.json:
        Path(args.json).write_text(json.dumps(data, indent=1) + "\n")
    print(render(data, args.markdown))
    return 0


if __name__ == "__main__":
    sys.exit(main())

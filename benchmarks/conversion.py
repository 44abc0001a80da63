#!/usr/bin/env python3
"""Conversion benchmark: how fast lua2py turns large real Lua files into Python (issue 12).

For each file (copied into a scratch directory first, so no cache entry is
written next to the original), in fresh processes:

  luac -p     `luac5.4 -p FILE`: the reference parse
  check       `lua2py check FILE` (lines/s); "again" is a second check of the
              same file, which would be fast if checks were cached
  convert     `lua2py convert FILE -o OUT.py` (lines/s, peak RSS, output size
              as .py bytes / .lua bytes)
  run cold    `lua2py run FILE` with LUA2PY_NO_CACHE=1 (lines/s, peak RSS); the
              file runs as a main chunk (a library file just builds its module)
  run warm    `lua2py run FILE` again after a run that filled the cache

and `load` of a fresh 200-line chunk (its text never seen before: it carries a
new constant each time): the milliseconds of the `load` call itself inside a
Lua program (os.clock around it), under lua5.4 and under lua2py; the same
text loaded again in the same process; and the same text loaded in a second
process sharing the first one's cache directory (cross-process caching).

Times are CPU seconds (user+sys of the child; each lua2py process also pays
Python's start-up and lua2py's imports, ~0.1-0.3 s); lines/s = Lua lines /
CPU seconds; peak RSS is the child's ru_maxrss.  Caches are isolated: every
process gets XDG_CACHE_HOME in the scratch directory.

  python benchmarks/conversion.py --tl /work/src/tl          # tl.lua, argparse.lua, generated
  python benchmarks/conversion.py --only argparse,generated --markdown
  python benchmarks/conversion.py --file some/big.lua        # any other file too

--check measures `lua2py check` alone (issue 12's 200,000 lines/s), paired: every round
runs each case once under each checkout (--base first, then --root; alternating which
goes first), medians over -n rounds of CPU (user+sys) and wall seconds, lines/s of both,
and the median of the per-round CPU ratios root/base.  Cases: each file (one process,
start-up included); with --tree DIR (repeatable) all their .lua files in one `lua2py
check DIR...` invocation, by default (one process per core above 128 KB) and with -j 1;
the floor `python -c pass` and `python -S -c pass`; `luac5.4 -p` per file (a process per
file for a tree: Debian's luac5.4 crashes on many files at once); and the parse alone in
process (`check_syntax`, the median of 7 in one process, after the imports).

  python benchmarks/conversion.py --check --base /tmp/base --root . --tl /work/src/tl \
      --argparse /usr/share/lua/5.1/argparse.lua --tree /usr/share/lua/5.4 --tree /usr/share/lua/5.1 -n 21
"""
import argparse
import datetime
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

_spec = importlib.util.spec_from_file_location("lua2py_bench_run", HERE / "run.py")
bench_run = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_run)
run_once = bench_run.run_once

LOAD_DRIVER = r"""
local f = assert(io.open(arg[1], "rb"))
local src = f:read("a")
f:close()
local t0 = os.clock()
local fn = assert(load(src, "=chunk"))
local t1 = os.clock()
local fn2 = assert(load(src, "=chunk"))
local t2 = os.clock()
assert(fn() == fn2())
print(string.format("%.3f %.3f", (t1 - t0) * 1000, (t2 - t1) * 1000))
"""

# ---------------------------------------------------------------- generated Lua

UNIT = """\
do
local Unit{i} = {{}}
Unit{i}.__index = Unit{i}
function Unit{i}.new(n, label)
  local self = setmetatable({{n = n, label = label or "u{i}", items = {{}}}}, Unit{i})
  for k = 1, n do self.items[k] = {{k, k * {m}, name = "item" .. k}} end
  return self
end
function Unit{i}:total()
  local s = 0
  for _, it in ipairs(self.items) do
    if it[1] % {m} == 0 then s = s + it[2] elseif it[1] > {i} then s = s - 1 else s = s + #it.name end
  end
  return s
end
local function helper{i}(a, b, ...)
  local t = {{...}}
  local r = string.format("%d:%s:%d", a, tostring(b), select("#", ...))
  while #t > 0 and #r < 40 do r = r .. "," .. tostring(table.remove(t)) end
  return r, #t
end
results[#results + 1] = Unit{i}.new({n}):total() + #helper{i}({i}, "x", 1, 2, 3)
end
"""
UNIT_LINES = UNIT.count("\n")


def generated_lua(units, header="", seed=0):
    """A Lua program of `units` blocks (a class, a method, a vararg helper) that runs and prints a sum."""
    parts = [header, "local results = {}\n"]
    for i in range(1, units + 1):
        parts.append(UNIT.format(i=i + seed, m=2 + (i + seed) % 7, n=3 + i % 5))
    parts.append("local sum = 0\nfor _, v in ipairs(results) do sum = sum + v end\nprint(#results, sum)\n"
                 "return sum\n")
    return "".join(parts)


# ---------------------------------------------------------------- measuring


def lines_of(path):
    with open(path, "rb") as fh:
        return fh.read().count(b"\n")


class Step:
    def __init__(self):
        self.runs = []     # (wall, cpu, maxrss KiB)
        self.error = None
        self.extra = {}

    def med(self, i):
        return statistics.median(r[i] for r in self.runs) if self.runs else None

    def to_json(self):
        return {"runs": self.runs, "error": self.error, **self.extra}


def timed(step, cmd, cwd, env, timeout, n, log, what):
    for k in range(n):
        log(f"  {what} ({k + 1}/{n})")
        res = run_once(cmd, cwd, env, timeout)
        if res.rc != 0 or res.timed_out:
            step.error = bench_run.error_line(res)
            return None
        step.runs.append((res.wall, res.cpu, res.maxrss))
    return res


def measure_file(label, src, args, scratch, base_env, log):
    work = scratch / label
    work.mkdir(parents=True, exist_ok=True)
    lua_file = work / src.name
    shutil.copy(src, lua_file)
    py = args.python
    steps = {}
    cold = dict(base_env, LUA2PY_NO_CACHE="1")
    info = {"path": str(src), "lines": lines_of(lua_file), "bytes": lua_file.stat().st_size}

    if args.luac:
        steps["luac"] = Step()
        timed(steps["luac"], [args.luac, "-p", lua_file.name], work, base_env, args.timeout, args.n, log,
              f"{label}: luac -p")
    steps["check"] = Step()
    timed(steps["check"], [py, "-m", "lua2py", "check", lua_file.name], work, base_env, args.timeout, args.n,
          log, f"{label}: check")
    steps["check_again"] = Step()
    timed(steps["check_again"], [py, "-m", "lua2py", "check", lua_file.name], work, base_env, args.timeout, 1,
          log, f"{label}: check again")
    steps["convert"] = Step()
    out = work / (lua_file.stem + "_lua.py")
    if timed(steps["convert"], [py, "-m", "lua2py", "convert", lua_file.name, "-o", out.name], work, cold,
             args.timeout, args.n, log, f"{label}: convert") is not None:
        steps["convert"].extra["out_bytes"] = out.stat().st_size
    if not args.no_run:
        steps["run_cold"] = Step()
        timed(steps["run_cold"], [py, "-m", "lua2py", "run", lua_file.name], work, cold, args.timeout, args.n,
              log, f"{label}: run (cold)")
        steps["run_warm"] = Step()
        run_once([py, "-m", "lua2py", "run", lua_file.name], work, base_env, args.timeout)   # fills the cache
        timed(steps["run_warm"], [py, "-m", "lua2py", "run", lua_file.name], work, base_env, args.timeout,
              args.n, log, f"{label}: run (warm)")
    return info, steps


def measure_load(args, scratch, base_env, log):
    """ms of load() of a fresh 200-line chunk: lua5.4, lua2py, again in-process, in a second process."""
    work = scratch / "load"
    work.mkdir(parents=True, exist_ok=True)
    (work / "load_chunk.lua").write_text(LOAD_DRIVER)
    rows = {"lua": [], "lua2py": [], "lua2py_same_process": [], "lua2py_second_process": []}
    errors = []
    for k in range(args.load_n):
        nonce = uuid.uuid4().int % 10**12
        chunk = work / f"chunk{k}.lua"
        # 200 lines, the first carrying the new constant
        units = (200 - 6) // UNIT_LINES
        pad = "\n" * (200 - 6 - units * UNIT_LINES)
        chunk.write_text(generated_lua(units, header=f"local NONCE = {nonce}\n{pad}", seed=nonce % 1000)
                         .replace("print(#results, sum)\n", ""))
        log(f"  load: chunk {k + 1}/{args.load_n} ({lines_of(chunk)} lines)")
        env = dict(base_env, XDG_CACHE_HOME=str(work / f"cache{k}"))
        if args.lua:
            res = run_once([args.lua, "load_chunk.lua", chunk.name], work, env, args.timeout)
            if res.rc == 0:
                rows["lua"].append(float(res.out.split()[0]))
        first = run_once([args.python, "-m", "lua2py", "run", "load_chunk.lua", chunk.name], work, env,
                         args.timeout)
        second = run_once([args.python, "-m", "lua2py", "run", "load_chunk.lua", chunk.name], work, env,
                          args.timeout)
        if first.rc != 0 or second.rc != 0:
            errors.append(bench_run.error_line(first if first.rc else second))
            continue
        a, b = (float(x) for x in first.out.split())
        rows["lua2py"].append(a)
        rows["lua2py_same_process"].append(b)
        rows["lua2py_second_process"].append(float(second.out.split()[0]))
    return {"lines": lines_of(work / "chunk0.lua"), "ms": rows, "errors": errors}


# ---------------------------------------------------------------- lua2py check, paired

IN_PROCESS = r"""
import sys, time
from lua2py.transpiler.frontend import IMPLEMENTATION, check_syntax
with open(sys.argv[1], "rb") as fh:
    src = fh.read().decode("latin-1")
times = []
for _ in range(int(sys.argv[2])):
    t = time.process_time()
    check_syntax(src, "@x", is_file=True)
    times.append(time.process_time() - t)
times.sort()
print(times[len(times) // 2], IMPLEMENTATION)
"""


def tree_lua_files(dirs):
    """The .lua files `lua2py check DIR...` reads (lua2py.convert.lua_files' walk)."""
    out = []
    for root in dirs:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d != "__luacache__" and not d.startswith("."))
            out += [os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".lua")]
    return out


def measure_check(args, files, roots, scratch, base_env, log):
    """Paired rounds of every check case under every root: {case: {...}}."""
    py = args.python
    cases = []  # (label, argv after python, cwd, lines, files, luac commands)
    for label, src in files:
        work = scratch / "check" / label
        work.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, work / src.name)
        cases.append((label, ["-m", "lua2py", "check", src.name], work, lines_of(work / src.name), 1,
                      [[args.luac, "-p", src.name]] if args.luac else []))
    if args.tree:
        lua = tree_lua_files(args.tree)
        n = sum(lines_of(f) for f in lua)
        luac = [[args.luac, "-p", f] for f in lua] if args.luac else []
        cases.append(("tree", ["-m", "lua2py", "check", *args.tree], scratch, n, len(lua), luac))
        cases.append(("tree -j 1", ["-m", "lua2py", "check", "-j", "1", *args.tree], scratch, n, len(lua), []))
    floors = [("python -c pass", ["-c", "pass"]), ("python -S -c pass", ["-S", "-c", "pass"])]
    extra_path = ""
    if args.no_site:  # python -S, the site-packages on PYTHONPATH (as benchmarks/startup.py --no-site)
        dirs = subprocess.run([py, "-c", "import os, site; print(os.pathsep.join(site.getsitepackages()))"],
                              capture_output=True, text=True, check=True).stdout.strip()
        extra_path = os.pathsep + dirs
        cases = [(c[0], ["-S"] + c[1]) + c[2:] for c in cases]
    env_of = {r: dict(base_env, PYTHONPATH=str(r) + extra_path) for r in roots}
    any_lua = scratch / "check" / "any.lua"
    any_lua.parent.mkdir(parents=True, exist_ok=True)
    any_lua.write_text("return 1\n")
    serial_only = set()  # roots whose check has no -j: their "-j 1" case is their plain check
    for r in roots:  # untimed: writes the .pyc files
        if run_once([py, "-m", "lua2py", "check", "-j", "1", str(any_lua)], scratch, env_of[r], args.timeout).rc:
            serial_only.add(r)
    out = {label: {"lines": n, "files": nf, "runs": {str(r): [] for r in roots}, "luac": [], "in_process": {}}
           for label, _, _, n, nf, _ in cases}
    out.update({label: {"runs": {"-": []}} for label, _ in floors})
    for k in range(args.n):
        log(f"  check: round {k + 1}/{args.n}")
        order = roots if k % 2 == 0 else roots[::-1]
        for label, argv in floors:
            res = run_once([py, *argv], scratch, base_env, args.timeout)
            out[label]["runs"]["-"].append((res.wall, res.cpu))
        for label, argv, cwd, _, _, luac in cases:
            for r in order:
                j1 = argv.index("check") + 1
                cmd = argv[:j1] + argv[j1 + 2:] if r in serial_only and argv[j1:j1 + 2] == ["-j", "1"] else argv
                res = run_once([py, *cmd], cwd, env_of[r], args.timeout)
                if res.rc != 0 or res.timed_out:
                    out[label]["error"] = bench_run.error_line(res)
                out[label]["runs"][str(r)].append((res.wall, res.cpu))
            if luac:
                wall = cpu = 0.0
                for cmd in luac:
                    res = run_once(cmd, cwd, base_env, args.timeout)
                    wall += res.wall
                    cpu += res.cpu
                out[label]["luac"].append((wall, cpu))
    for label, _, cwd, _, nf, _ in cases:
        if nf != 1:
            continue
        path = cwd / next(case[1][-1] for case in cases if case[0] == label)
        for r in roots:
            res = run_once([py, "-c", IN_PROCESS, str(path), "7"], cwd, env_of[r], args.timeout)
            if res.rc == 0:
                t, impl = res.out.decode().split()
                out[label]["in_process"][str(r)] = (float(t), impl)
    return out


def render_check(data, markdown):
    roots = data["roots"]
    names = {r: ("base" if len(roots) > 1 and i == 0 else "root") + f" ({data['commits'].get(r) or '?'})"
             for i, r in enumerate(roots)}
    head = ["case", "lines", "files", "luac -p CPU s"]
    for r in roots:
        head += [f"{names[r]} CPU s (lines/s)", f"{names[r]} wall s (lines/s)"]
    if len(roots) > 1:
        head.append("CPU ratio root/base")
    rows = []
    med = statistics.median
    for label, c in data["check"].items():
        runs = c["runs"]
        if "-" in runs:
            cpu = med(x[1] for x in runs["-"])
            wall = med(x[0] for x in runs["-"])
            rows.append([label, "", "", ""] + [f"{cpu:.4f}", f"{wall:.4f}"] + [""] * (2 * len(roots) - 2)
                        + ([""] if len(roots) > 1 else []))
            continue
        n = c["lines"]
        luac = f"{med(x[1] for x in c['luac']):.4f}" if c["luac"] else "-"
        row = [label, f"{n:,}", f"{c['files']:,}", luac]
        for r in roots:
            cpu = med(x[1] for x in runs[r])
            wall = med(x[0] for x in runs[r])
            row += [f"{cpu:.4f} ({n / cpu:,.0f})", f"{wall:.4f} ({n / wall:,.0f})"]
        if len(roots) > 1:
            ratios = [b[1] / a[1] for a, b in zip(runs[roots[0]], runs[roots[-1]])]
            row.append(f"{med(ratios):.3f} ({min(ratios):.2f}-{max(ratios):.2f})")
        rows.append(row)
        if c.get("error"):
            rows[-1][0] += " (FAIL: " + c["error"] + ")"
    info = data["info"]
    out = [f"{info['machine']}, {info['cpus']} cpus, {info['python']}, {info['date']}, n={data['n']} paired rounds "
           f"(medians), load average {info.get('load_start')} at start, {info.get('load_end')} at end"
           + (", lua2py under python -S" if data.get("no_site") else ""), ""]
    out += _table(head, rows, markdown)
    inproc = [(label, c) for label, c in data["check"].items() if c.get("in_process")]
    if inproc:
        out += ["", "The parse alone, in process (check_syntax, median of 7 after the imports):", ""]
        head = ["file", "lines"] + [names[r] + " s (lines/s)" for r in roots]
        rows = []
        for label, c in inproc:
            row = [label, f"{c['lines']:,}"]
            for r in roots:
                t, impl = c["in_process"].get(r, (None, None))
                row.append("-" if t is None else f"{t:.4f} ({c['lines'] / t:,.0f}, {impl})")
            rows.append(row)
        out += _table(head, rows, markdown)
    return "\n".join(out)


# ---------------------------------------------------------------- report


def render(data, markdown):
    def cpu(step):
        if step is None:
            return None
        return statistics.median(r[1] for r in step["runs"]) if step["runs"] else None

    def rss_mb(step):
        return max(r[2] for r in step["runs"]) / 1024 if step and step["runs"] and step["runs"][0][2] else None

    def secs(step, lines=None):
        if step is None:
            return "-"
        if step.get("error"):
            return "FAIL"
        t = cpu(step)
        if t is None:
            return "-"
        runs = [r[1] for r in step["runs"]]
        s = f"{t:.2f}" if len(runs) == 1 else f"{t:.2f} ({min(runs):.2f}-{max(runs):.2f})"
        if lines:
            s += f", {lines / t:,.0f} l/s"
        return s

    info = data["info"]
    out = []
    head = (f"{info['machine']}, {info['cpus']} cpus, {info['system']}, {info['python']}, {info['lua']}, "
            f"{info['date']}, lua2py {info['commit']}, n={data['n']} (CPU s; median, min-max), "
            f"load average {info.get('load_start')} at start, {info.get('load_end')} at end")
    out.append(f"_{head}_" if markdown else head)
    out.append("")
    cols = ["file", "lines", "KB", "luac -p s", "check s", "check again s", "convert s", "convert peak MB",
            ".py KB (x .lua)", "run cold s", "run cold peak MB", "run warm s"]
    table = []
    for f in data["files"]:
        st, n = f["steps"], f["lines"]
        conv = st.get("convert")
        size = ""
        if conv and conv.get("out_bytes"):
            size = f"{conv['out_bytes'] / 1024:,.0f} ({conv['out_bytes'] / f['bytes']:.1f}x)"
        peak = rss_mb(conv)
        peak_s = "-" if peak is None else f"{peak:,.0f}"
        if peak is not None and conv.get("out_bytes"):
            peak_s += f" ({peak * 1024 * 1024 / conv['out_bytes']:.0f}x .py)"
        cold_peak = rss_mb(st.get("run_cold"))
        table.append([f["label"], f"{n:,}", f"{f['bytes'] / 1024:,.0f}", secs(st.get("luac")),
                      secs(st.get("check"), n), secs(st.get("check_again")), secs(conv, n), peak_s, size,
                      secs(st.get("run_cold"), n), "-" if cold_peak is None else f"{cold_peak:,.0f}",
                      secs(st.get("run_warm"))])
    out.extend(_table(cols, table, markdown))
    load = data.get("load")
    if load:
        out.append("")
        ms = load["ms"]

        def m(key):
            v = ms.get(key) or []
            if not v:
                return "-"
            return f"{statistics.median(v):.1f}" + (f" ({min(v):.1f}-{max(v):.1f})" if len(v) > 1 else "")
        out.append(f"`load` of a fresh {load['lines']}-line chunk, ms inside the program "
                   f"(median of {len(ms.get('lua2py') or [])} chunks):")
        out.append("")
        out.extend(_table(["lua5.4", "lua2py", "same text again, same process", "same text, second process"],
                          [[m("lua"), m("lua2py"), m("lua2py_same_process"), m("lua2py_second_process")]],
                          markdown))
        for e in load["errors"]:
            out.append(f"- load failed: {e}")
    fails = [(f["label"], k, s["error"]) for f in data["files"] for k, s in f["steps"].items() if s.get("error")]
    if fails:
        out.append("")
        for label, k, e in fails:
            out.append(f"- {label} {k}: FAIL {e}")
    return "\n".join(out)


def _table(head, rows, markdown):
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|"]
        return lines + ["| " + " | ".join(r) + " |" for r in rows]
    widths = [max(len(r[i]) for r in [head] + rows) for i in range(len(head))]
    return ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
            for r in [head] + rows]


def git_commit(path):
    try:
        p = subprocess.run(["git", "-C", str(path), "rev-parse", "HEAD"], check=False, capture_output=True,
                           text=True)
        return p.stdout.strip() or None
    except OSError:
        return None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tl", metavar="DIR", help="tl checkout (its tl.lua, ~20,000 lines)")
    ap.add_argument("--argparse", metavar="FILE", default="/usr/share/lua/5.4/argparse.lua",
                    help="argparse.lua (default: Debian's lua-argparse)")
    ap.add_argument("--generated-lines", type=int, default=5000,
                    help="size of the generated Lua program (default 5000 lines; 0: none)")
    ap.add_argument("--file", action="append", default=[], help="another Lua file to measure (repeatable)")
    ap.add_argument("--only", action="append", default=[], help="labels: tl, argparse, generated, load, "
                    "or a --file's name")
    ap.add_argument("--root", default=str(ROOT), help="the lua2py checkout to measure (default: this one)")
    ap.add_argument("-n", type=int, default=1, help="runs of each step (default 1: tl.lua takes minutes)")
    ap.add_argument("--load-n", type=int, default=5, help="fresh chunks for the load figures (default 5)")
    ap.add_argument("--no-run", action="store_true", help="skip the `lua2py run` steps")
    ap.add_argument("--lua", default=shutil.which("lua5.4"))
    ap.add_argument("--luac", default=shutil.which("luac5.4"))
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--timeout", type=float, default=1800.0)
    ap.add_argument("--json", metavar="FILE")
    ap.add_argument("--from-json", metavar="FILE")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--keep", metavar="DIR", help="scratch directory to use and keep")
    ap.add_argument("-q", "--quiet", action="store_true")
    ap.add_argument("--check", action="store_true", help="`lua2py check` alone, paired with --base")
    ap.add_argument("--base", metavar="CHECKOUT", help="--check: the checkout measured first (before)")
    ap.add_argument("--no-site", action="store_true",
                    help="--check: lua2py processes run with python -S (site-packages on PYTHONPATH)")
    ap.add_argument("--tree", action="append", default=[], metavar="DIR",
                    help="--check: also every .lua file under DIR in one invocation (repeatable)")
    args = ap.parse_args(argv)

    if args.from_json:
        data = json.loads(Path(args.from_json).read_text())
        print(render_check(data, args.markdown) if "check" in data else render(data, args.markdown))
        return 0

    def log(msg):
        if not args.quiet:
            print(msg, file=sys.stderr, flush=True)

    root = Path(args.root).resolve()
    if args.keep:
        scratch = Path(args.keep).resolve()
        scratch.mkdir(parents=True, exist_ok=True)
        tmpctx = None
    else:
        tmpctx = tempfile.TemporaryDirectory(prefix="lua2py-conv-")
        scratch = Path(tmpctx.name)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(root)
    for k in ("PYTHONDONTWRITEBYTECODE", "LUA2PY_NO_CACHE", "LUA_PATH", "LUA_PATH_5_4", "LUA_INIT"):
        env.pop(k, None)
    env["XDG_CACHE_HOME"] = str(scratch / "xdg-cache")

    files = []
    if args.tl:
        files.append(("tl", Path(args.tl).resolve() / "tl.lua"))
    if args.argparse and Path(args.argparse).is_file():
        files.append(("argparse", Path(args.argparse).resolve()))
    if args.generated_lines:
        gen = scratch / "generated.lua"
        gen.write_text(generated_lua(max(1, (args.generated_lines - 5) // UNIT_LINES)))
        files.append(("generated", gen))
    files += [(Path(f).stem, Path(f).resolve()) for f in args.file]
    wanted = {w for a in args.only for w in a.split(",") if w}
    if wanted:
        files = [f for f in files if f[0] in wanted]

    which = "import sys, platform; print(platform.python_implementation(), sys.version.split()[0])"
    pyver = subprocess.run([args.python, "-c", which], check=False, capture_output=True, text=True).stdout.strip()
    lua_v = (subprocess.run([args.lua, "-v"], check=False, capture_output=True, text=True).stdout.split("Copyright")[0]
             if args.lua else "")
    data = {"info": {"machine": platform.machine(), "cpus": os.cpu_count(),
                     "system": f"{platform.system()} {platform.release()}", "python": pyver,
                     "lua": lua_v.strip() if args.lua else "absent",
                     "date": datetime.date.today().isoformat(), "commit": (git_commit(root) or "?")[:12],
                     "load_start": f"{os.getloadavg()[0]:.1f}"},
            "n": args.n, "files": []}
    if args.tl:
        data["info"]["tl_commit"] = git_commit(args.tl)
    try:
        if args.check:
            # (a --base that is the root itself: one column, no pairing)
            roots = list(dict.fromkeys(([str(Path(args.base).resolve())] if args.base else []) + [str(root)]))
            data.update(roots=roots, commits={r: (git_commit(r) or Path(r).name)[:12] for r in roots},
                        no_site=args.no_site)
            data["check"] = measure_check(args, files, roots, scratch, env, log)
            report = render_check
        else:
            for label, path in files:
                info, steps = measure_file(label, path, args, scratch, env, log)
                data["files"].append({"label": label, **info, "steps": {k: s.to_json() for k, s in steps.items()}})
            if not wanted or "load" in wanted:
                data["load"] = measure_load(args, scratch, env, log)
            report = render
        data["info"]["load_end"] = f"{os.getloadavg()[0]:.1f}"
    finally:
        if tmpctx is not None:
            tmpctx.cleanup()
    if args.json:
        Path(args.json).write_text(json.dumps(data, indent=1) + "\n")
    print(report(data, args.markdown))
    return 0


if __name__ == "__main__":
    sys.exit(main())

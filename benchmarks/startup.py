#!/usr/bin/env python3
"""Start-up benchmark: the fixed costs of a lua2py process and of `load` (issue 12).

Whole processes, paired and interleaved across checkouts (`--root A --root B`: every
round runs each case once under each root, in turn), CPU seconds (user+sys of the
child) and wall seconds, medians over `-n` rounds.  Cases:

  python      `python -c pass`: the floor (Python's own start-up and site imports)
  lua         `lua5.4 empty.lua`
  run-empty   `lua2py run empty.lua` (an empty script; its chunk cached)
  run-hello   `lua2py run hello.lua` (print, string.format, a table)
  run-socket  `lua2py run sock.lua` (require "socket", socket.gettime())
  check-tl    `lua2py check tl.lua` (--tl DIR; lines/s of the whole process)
  load        `load` of a fresh 200-line chunk, ms inside the program (os.clock around
              the call; the same chunk shape and driver as benchmarks/conversion.py's):
              "compiler warm" as conversion.py measures it (the driver itself was just
              compiled in that process, so the compiler is imported already), "compiler
              cold" with the driver cached (the first load() of new text in a process that
              compiled nothing yet: the compiler's import included), and the same text in
              a second process (the cross-process cache)

Every process gets its own empty cache directory for `load`, a shared warm one for the
rest.  `--no-site` runs every Python process with -S and the site-packages folders on
PYTHONPATH instead: Python without the .pth files of the machine (on the reference machine
a sandbox's certifi hook and an editable install's finder import tempfile, zipfile,
importlib.resources, pathlib ... into every process, ~40 ms), which hide what lua2py itself
imports.  PYTHONDONTWRITEBYTECODE is unset (as for an installed lua2py, whose modules have
their .pyc); each root is run once untimed first, which writes them.

  python benchmarks/startup.py --root /work/base --root . --tl /work/src/tl -n 7
  python benchmarks/startup.py --only run-empty,load --json out.json
  python benchmarks/startup.py --root /work/base --root . --no-site
"""
import argparse
import importlib.util
import json
import os
import statistics
import sys
import tempfile
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


bench_run = _load("lua2py_bench_run", HERE / "run.py")
conversion = _load("lua2py_bench_conversion", HERE / "conversion.py")
run_once = bench_run.run_once

HELLO = 'local t = {}\nfor i = 1, 10 do t[i] = i * i end\nprint(string.format("%d %s", #t, table.concat(t, ",")))\n'
SOCK = 'local socket = require "socket"\nprint(type(socket.gettime()))\n'
CASES = ("python", "lua", "run-empty", "run-hello", "run-socket", "check-tl", "load")


def load_chunk(path):
    """A fresh 200-line chunk (a new constant each time), as conversion.py makes them."""
    nonce = uuid.uuid4().int % 10**12
    units = (200 - 6) // conversion.UNIT_LINES
    pad = "\n" * (200 - 6 - units * conversion.UNIT_LINES)
    text = conversion.generated_lua(units, header=f"local NONCE = {nonce}\n{pad}", seed=nonce % 1000)
    path.write_text(text.replace("print(#results, sum)\n", ""))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", action="append", default=[], help="a lua2py checkout (repeatable; default: this one)")
    ap.add_argument("-n", type=int, default=5, help="rounds (default 5)")
    ap.add_argument("--only", action="append", default=[], help="cases, comma-separated: " + ", ".join(CASES))
    ap.add_argument("--tl", help="directory holding tl.lua (the check-tl case)")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--lua", default="lua5.4")
    ap.add_argument("--json", help="write every figure here")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--no-site", action="store_true", help="python -S, site-packages on PYTHONPATH")
    args = ap.parse_args(argv)
    roots = [str(Path(r).resolve()) for r in (args.root or [str(HERE.parent)])]
    wanted = {c for o in args.only for c in o.split(",") if c} or set(CASES)
    if not args.tl:
        wanted.discard("check-tl")

    scratch = Path(tempfile.mkdtemp(prefix="lua2py-startup-"))
    (scratch / "empty.lua").write_text("")
    (scratch / "hello.lua").write_text(HELLO)
    (scratch / "sock.lua").write_text(SOCK)
    (scratch / "load_chunk.lua").write_text(conversion.LOAD_DRIVER)
    if args.tl:
        (scratch / "tl.lua").write_bytes((Path(args.tl) / "tl.lua").read_bytes())
    base_env = dict(os.environ)
    for k in ("PYTHONDONTWRITEBYTECODE", "LUA2PY_NO_CACHE", "LUA_PATH", "LUA_PATH_5_4", "LUA_INIT", "LUA_INIT_5_4"):
        base_env.pop(k, None)

    extra_path = ""
    if args.no_site:
        import subprocess

        dirs = subprocess.run([args.python, "-c", "import os, site; print(os.pathsep.join(site.getsitepackages()))"],
                              capture_output=True, text=True, check=True).stdout.strip()
        extra_path = os.pathsep + dirs

    def env_for(root, cache):
        return dict(base_env, PYTHONPATH=root + extra_path, XDG_CACHE_HOME=str(scratch / cache))

    if args.no_site:
        # (a list, so that the lambdas below and the load case put -S first)
        py_cmd = [args.python, "-S"]
    else:
        py_cmd = [args.python]
    cmds = {
        "python": lambda r: py_cmd + ["-c", "pass"],
        "lua": lambda r: [args.lua, "empty.lua"],
        "run-empty": lambda r: py_cmd + ["-m", "lua2py", "run", "empty.lua"],
        "run-hello": lambda r: py_cmd + ["-m", "lua2py", "run", "hello.lua"],
        "run-socket": lambda r: py_cmd + ["-m", "lua2py", "run", "sock.lua"],
        "check-tl": lambda r: py_cmd + ["-m", "lua2py", "check", "tl.lua"],
    }
    data = {"roots": roots, "no_site": args.no_site, "load_start": os.getloadavg()[0], "cpu": {}, "wall": {}, "load_ms": {}, "load2_ms": {},
            "load_cold_ms": {}}
    for ri, root in enumerate(roots):  # warm: .pyc files, the file cache
        for c in ("run-empty", "run-hello", "run-socket"):
            if c in wanted:
                run_once(cmds[c](root), scratch, env_for(root, f"cache{ri}"), args.timeout)
    for k in range(args.n):
        for ri, root in enumerate(roots):
            key = root
            for c in CASES:
                if c not in wanted:
                    continue
                if c == "load":
                    chunk = scratch / f"chunk-{k}-{ri}.lua"
                    load_chunk(chunk)
                    env = env_for(root, f"load-{k}-{ri}")
                    first = run_once(py_cmd + ["-m", "lua2py", "run", "load_chunk.lua", chunk.name], scratch, env,
                                     args.timeout)
                    second = run_once(py_cmd + ["-m", "lua2py", "run", "load_chunk.lua", chunk.name], scratch, env,
                                      args.timeout)
                    chunk2 = scratch / f"chunk-{k}-{ri}-cold.lua"  # the driver is cached now
                    load_chunk(chunk2)
                    cold = run_once(py_cmd + ["-m", "lua2py", "run", "load_chunk.lua", chunk2.name], scratch, env,
                                    args.timeout)
                    if first.rc or second.rc or cold.rc:
                        bad = first if first.rc else second if second.rc else cold
                        print("load failed:", bench_run.error_line(bad), file=sys.stderr)
                        continue
                    data["load_ms"].setdefault(key, []).append(float(first.out.split()[0]))
                    data["load2_ms"].setdefault(key, []).append(float(second.out.split()[0]))
                    data["load_cold_ms"].setdefault(key, []).append(float(cold.out.split()[0]))
                    continue
                res = run_once(cmds[c](root), scratch, env_for(root, f"cache{ri}"), args.timeout)
                if res.rc:
                    print(f"{c} failed under {root}:", bench_run.error_line(res), file=sys.stderr)
                    continue
                data["cpu"].setdefault(c, {}).setdefault(key, []).append(res.cpu)
                data["wall"].setdefault(c, {}).setdefault(key, []).append(res.wall)
    data["load_end"] = os.getloadavg()[0]

    med = statistics.median
    print(f"load average {data['load_start']:.1f} at start, {data['load_end']:.1f} at end; "
          f"{args.n} rounds; CPU s (wall s), medians")
    head = "| case | " + " | ".join(roots) + " |"
    print(head)
    print("|---|" + "---:|" * len(roots))
    for c in CASES:
        if c in data["cpu"]:
            cells = []
            for r in roots:
                xs = data["cpu"][c].get(r)
                cells.append(f"{med(xs):.3f} ({med(data['wall'][c][r]):.3f})" if xs else "-")
            print(f"| {c} | " + " | ".join(cells) + " |")
    if data["load_ms"]:
        print("| load fresh 200 lines, compiler warm, ms | " + " | ".join(
            f"{med(data['load_ms'][r]):.1f}" if r in data["load_ms"] else "-" for r in roots) + " |")
        print("| load fresh 200 lines, compiler cold, ms | " + " | ".join(
            f"{med(data['load_cold_ms'][r]):.1f}" if r in data["load_cold_ms"] else "-" for r in roots) + " |")
        print("| load, second process, ms | " + " | ".join(
            f"{med(data['load2_ms'][r]):.1f}" if r in data["load2_ms"] else "-" for r in roots) + " |")
    if args.json:
        Path(args.json).write_text(json.dumps(data, indent=1))


if __name__ == "__main__":
    main()

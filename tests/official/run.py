#!/usr/bin/env python3
"""Run Lua 5.4's official test suite (lua-5.4.4-tests, the testes/ folder of the lua/lua
repository at tag v5.4.4) under lua2py, one process per file, and print a per-file table.

Usage: python tests/official/run.py SUITE_DIR [FILE ...] [--timeout S] [--no-lua]
                                    [--markdown] [--lua LUA]

The suite's files are not part of this project: point the script at a checkout.  Each file
runs with the suite's folder as its working directory, as all.lua runs it, after
`-e` statements giving all.lua's user-test settings (`_U`: `_soft`, `_port` and `_nomsg`
true, no internal tests `T`; all.lua also sets the global `debug` to nil: "tests should
require debug when needed").  A file passes when it exits with status 0.  The same file
is timed under lua5.4 (unless --no-lua) with the same settings.

Without FILE arguments the files run are the 25 of issue 15 (every file but all.lua, the
C-API test api.lua, the internal-test files big.lua, code.lua and heavy.lua, main.lua,
which tests the lua5.4 executable, and tracegc.lua, a helper).
"""
import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FILES = [
    "attrib", "bitwise", "calls", "closure", "constructs", "coroutine", "cstack", "db",
    "errors", "events", "files", "gc", "gengc", "goto", "literals", "locals", "math",
    "nextvar", "pm", "sort", "strings", "tpack", "utf8", "vararg", "verybig",
]

# all.lua's settings for user tests (`lua -e"_U=true" all.lua`), and its `debug = nil`
SETTINGS = "_soft=true _port=true _nomsg=true T=nil debug=nil"


def run(cmd, cwd, timeout, env=None):
    """(status, stderr text, CPU seconds of the child); status None on a timeout."""
    start = os.times()
    try:
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=timeout, env=env,
                              stdin=subprocess.DEVNULL)
        status, err = proc.returncode, proc.stderr.decode("latin-1")
    except subprocess.TimeoutExpired:
        status, err = None, ""
    end = os.times()
    cpu = (end.children_user - start.children_user) + (end.children_system - start.children_system)
    return status, err, cpu


def where_stopped(err):
    """The first line of an error report, without the interpreter's name."""
    for line in err.splitlines():
        line = re.sub(r"^(lua5\.4|lua2py|lua): ", "", line.strip())
        if line:
            return line[:160]
    return "(no message)"


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("suite", type=Path)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--no-lua", action="store_true", help="do not time the files under lua5.4")
    ap.add_argument("--lua", default=os.environ.get("LUA", "lua5.4"))
    ap.add_argument("--markdown", action="store_true", help="print the table in Markdown")
    args = ap.parse_args(argv)

    suite = args.suite.resolve()
    names = [f[:-4] if f.endswith(".lua") else f for f in args.files] or FILES
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    rows = []
    passed = 0
    for name in names:
        file = name + ".lua"
        status, err, cpu = run([sys.executable, "-m", "lua2py", "run", "-e", SETTINGS, file],
                               suite, args.timeout, env)
        if status is None:
            result = "timeout (%gs)" % args.timeout
        elif status == 0:
            result = "pass"
            passed += 1
        else:
            result = "stopped: " + where_stopped(err)
        lua_time = ""
        if not args.no_lua:
            lstatus, _, lcpu = run([args.lua, "-e", SETTINGS, file], suite, args.timeout)
            lua_time = "%.2f" % lcpu if lstatus == 0 else ("timeout" if lstatus is None else
                                                           "%.2f (rc %d)" % (lcpu, lstatus))
        rows.append((file, result, "%.2f" % cpu, lua_time))
        if not args.markdown:
            print("%-15s %-80s %8s %8s" % rows[-1], flush=True)
    if args.markdown:
        print("| file | result | lua2py CPU s | lua5.4 CPU s |")
        print("|---|---|---:|---:|")
        for row in rows:
            print("| %s | %s | %s | %s |" % tuple(c.replace("|", "\\|") for c in row))
    print("\n%d of %d files pass" % (passed, len(rows)))
    return 0 if passed == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

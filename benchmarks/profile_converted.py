#!/usr/bin/env python3
"""Profile a lua2py-converted program with cProfile.

`python -m cProfile out.py` sees almost nothing, because converted programs
run the Lua main chunk in a separate big-stack thread (lua2py.runner) and
cProfile only profiles the thread it was started in.  This script enables
the profiler inside that thread instead.

  python -m lua2py convert benchmarks/oop.lua -o /tmp/oop_lua.py
  python benchmarks/profile_converted.py /tmp/oop_lua.py            # top 30 by tottime
  python benchmarks/profile_converted.py -s cumtime -l 50 /tmp/oop_lua.py

The program's own output goes to stdout as usual; the profile goes to stderr.
Run it from the directory the program expects as cwd (benchmarks/).
"""
import argparse
import cProfile
import pstats
import runpy
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-s", "--sort", default="tottime", help="pstats sort key (default tottime)")
    ap.add_argument("-l", "--lines", type=int, default=30, help="rows to print (default 30)")
    ap.add_argument("-o", "--output", help="also dump the raw stats to this file")
    ap.add_argument("program")
    ap.add_argument("args", nargs=argparse.REMAINDER)
    a = ap.parse_args()

    import lua2py.runner as runner

    prof = cProfile.Profile()
    orig = runner.run_big_stack

    def run_big_stack(fn):
        def profiled():
            prof.enable()
            try:
                return fn()
            finally:
                prof.disable()
        return orig(profiled)

    runner.run_big_stack = run_big_stack
    sys.argv = [a.program] + a.args
    status = 0
    try:
        runpy.run_path(a.program, run_name="__main__")
    except SystemExit as e:
        status = e.code
    finally:
        sys.stdout.flush()
        if a.output:
            prof.dump_stats(a.output)
        st = pstats.Stats(prof, stream=sys.stderr)
        st.sort_stats(a.sort).print_stats(a.lines)
    return status


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Profile a lua2py-converted program with cProfile (or count its bytecode instructions).

`python -m cProfile out.py` sees almost nothing, because converted programs
run the Lua main chunk in a separate big-stack thread (lua2py.runner) and
cProfile only profiles the thread it was started in.  This script enables
the profiler inside that thread instead.

  python -m lua2py convert benchmarks/oop.lua -o /tmp/oop_lua.py
  python benchmarks/profile_converted.py /tmp/oop_lua.py            # top 30 by tottime
  python benchmarks/profile_converted.py -s cumtime -l 50 /tmp/oop_lua.py

A Lua program can also be run directly (`lua2py run` in this process), which
profiles the modules it requires too:

  python benchmarks/profile_converted.py --lua harness.lua Richards 1 20
  python benchmarks/profile_converted.py --lua x.lua --dump-py /tmp/gen -o x.prof

--dump-py DIR compiles every chunk (the script, each required module, each
load()) from its converted Python text, written to DIR (and reused from
there), instead of the cache: profiles, py-spy and tracebacks then point at
lines of generated Python rather than at Lua lines.  --opcodes FILE counts the
bytecode instructions executed in generated code per source position (JSON;
needs --dump-py; traced in short windows over 2% of the run, --opcode-duty).  --no-profile runs without cProfile (for py-spy).

The program's own output goes to stdout as usual; the profile goes to stderr.
Run it from the directory the program expects as cwd.
"""
import argparse
import cProfile
import hashlib
import json
import os
import pstats
import re
import runpy
import sys
import threading
import time


def install_dump(dump_dir):
    """Compile chunks from their converted Python text, kept in dump_dir."""
    from lua2py import transpiler

    os.environ["LUA2PY_NO_CACHE"] = "1"     # cached code objects carry Lua line numbers
    os.makedirs(dump_dir, exist_ok=True)

    def compile_lua(source, chunkname, gens=True):
        key = hashlib.sha1((chunkname + "\0" + source).encode("utf-8", "surrogatepass")).hexdigest()[:12]
        display = transpiler.chunk_display_name(chunkname)
        while display.startswith(("./", ".\\")):
            display = display[2:]
        stem = re.sub(r"[^A-Za-z0-9_.-]", "_", display)[-40:]
        path = os.path.abspath(os.path.join(dump_dir, f"{stem}-{key}.py"))
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        else:
            text = transpiler.python_source(source, chunkname, gens=True, main_gen=True)
            # the registrations are keyed by the module's file name (there is no __file__ here)
            text = text.replace("(__file__, ", f"({path!r}, ")
            tmp = path + ".tmp"
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, path)
        return compile(text, path, "exec")

    transpiler.compile_lua = compile_lua


class OpcodeCounter:
    """Counts executed instructions of code objects whose file is in `prefix` (sys.settrace).

    Tracing every instruction makes a program ~50x slower, so it runs in short
    windows spread over the whole run (`duty` of the time, `window` seconds
    each; a thread opens and closes them): the counts sample every phase of
    the program, not just its start.  `budget` caps the instructions counted."""

    def __init__(self, prefix, budget, duty=0.02, window=0.002, window_events=5000):
        self.prefix, self.budget = prefix, budget
        self.duty, self.window = duty, window
        self.window_events = window_events   # a window also closes after this many (a loaded machine wakes
        self.window_end = 0                  # the window thread late)
        self.counts = {}
        self.events = 0
        self.active = duty >= 1.0
        if self.active:
            self.window_end = budget
        self.stopped = False
        self.thread_id = None

    def start(self):
        """Called in the traced thread."""
        self.thread_id = threading.get_ident()
        sys.settrace(self.global_trace)
        if self.duty < 1.0:
            sys.setswitchinterval(0.0005)
            threading.Thread(target=self._windows, daemon=True).start()

    def _windows(self):
        pause = self.window * (1 - self.duty) / self.duty
        while not self.stopped:
            time.sleep(pause)
            frame = sys._current_frames().get(self.thread_id)
            self.window_end = self.events + self.window_events
            self.active = True
            while frame is not None:     # the frames already running join in
                if frame.f_code.co_filename.startswith(self.prefix):
                    frame.f_trace_opcodes = True
                    frame.f_trace_lines = False
                    frame.f_trace = self.local_trace
                frame = frame.f_back
            time.sleep(self.window)
            self.active = False

    def global_trace(self, frame, event, arg):
        if not self.active or self.stopped or not frame.f_code.co_filename.startswith(self.prefix):
            return None
        frame.f_trace_opcodes = True
        frame.f_trace_lines = False
        return self.local_trace

    def local_trace(self, frame, event, arg):
        if not self.active:
            frame.f_trace_opcodes = False
            return None
        if event == "opcode":
            key = (frame.f_code, frame.f_lasti)
            counts = self.counts
            counts[key] = counts.get(key, 0) + 1
            self.events += 1
            if self.events >= self.window_end:
                self.active = self.duty >= 1.0
                if self.events >= self.budget:
                    self.stop(frame)
                    return None
        return self.local_trace

    def stop(self, frame=None):
        self.stopped = True
        self.active = False
        sys.settrace(None)
        while frame is not None:
            frame.f_trace = None
            frame.f_trace_opcodes = False
            frame = frame.f_back

    def dump(self, filename):
        by_file = {}
        positions = {}
        for (code, lasti), n in self.counts.items():
            pos = positions.get(code)
            if pos is None:
                pos = positions[code] = list(code.co_positions())
            line, end_line, col, end_col = pos[lasti // 2]
            if line is None:
                continue
            cell = by_file.setdefault(code.co_filename, {})
            k = (line, end_line, col, end_col)
            cell[k] = cell.get(k, 0) + n
        out = {"events": self.events, "budget": self.budget, "duty": self.duty, "window": self.window,
               "files": {f: [[*k, n] for k, n in sorted(c.items())] for f, c in by_file.items()}}
        with open(filename, "w") as fh:
            json.dump(out, fh)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-s", "--sort", default="tottime", help="pstats sort key (default tottime)")
    ap.add_argument("-l", "--lines", type=int, default=30, help="rows to print (default 30)")
    ap.add_argument("-o", "--output", help="also dump the raw stats to this file")
    ap.add_argument("--lua", action="store_true", help="PROGRAM is a Lua script: run it as `lua2py run` does")
    ap.add_argument("--dump-py", metavar="DIR", help="compile chunks from converted Python kept in DIR")
    ap.add_argument("--no-profile", action="store_true", help="run without cProfile")
    ap.add_argument("--opcodes", metavar="FILE", help="count executed instructions of generated code (JSON)")
    ap.add_argument("--opcode-budget", type=int, default=100_000_000, help="instructions to count at most")
    ap.add_argument("--opcode-duty", type=float, default=0.02,
                    help="fraction of the run traced, in windows spread over it (default 0.02; 1: all)")
    ap.add_argument("program")
    ap.add_argument("args", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    if a.opcodes and not a.dump_py:
        ap.error("--opcodes needs --dump-py")

    from lua2py import runner

    if a.dump_py:
        install_dump(a.dump_py)
    prof = None if a.no_profile or a.opcodes else cProfile.Profile()
    counter = (OpcodeCounter(os.path.abspath(a.dump_py) + os.sep, a.opcode_budget, a.opcode_duty)
               if a.opcodes else None)
    orig = runner.run_big_stack

    def run_big_stack(fn):
        def profiled():
            if prof is not None:
                prof.enable()
            if counter is not None:
                counter.start()
            try:
                return fn()
            finally:
                if prof is not None:
                    prof.disable()
                if counter is not None:
                    counter.stop()
        return orig(profiled)

    runner.run_big_stack = run_big_stack
    status = 0
    try:
        if a.lua:
            from lua2py import cli

            status = cli.main(["run", a.program] + a.args)
        else:
            sys.argv = [a.program] + a.args
            runpy.run_path(a.program, run_name="__main__")
    except SystemExit as e:
        status = e.code
    finally:
        sys.stdout.flush()
        if prof is not None:
            if a.output:
                prof.dump_stats(a.output)
            st = pstats.Stats(prof, stream=sys.stderr)
            st.sort_stats(a.sort).print_stats(a.lines)
        if counter is not None:
            counter.dump(a.opcodes)
    return status


if __name__ == "__main__":
    sys.exit(main())

"""Front-end speed: parse and check times of Lua files, in process.

    python benchmarks/frontend.py FILE.lua... [--runs N] [--antlr]

For each file, the median CPU time of N runs (default 7) of:
  check   the parse without a tree (`lua2py check`, like `luac -p`)
  tree    the parse that builds luaparser's AST (`parse_chunk`)
for each build of the front end that is available (compiled twin, pure
Python), and with --antlr luaparser's own ANTLR parse and builder, which the
front end used before (one run: it is slow).  Lines per second count the
file's lines.  Whole-process figures (start-up included) come from timing
`lua2py check FILE` itself, e.g. with `/usr/bin/time`.
"""
import argparse
import functools
import gc
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lua2py.transpiler import frontend


def cpu(fn, runs):
    times = []
    for _ in range(runs):
        gc.collect()
        t = time.process_time()
        result = fn()
        times.append(time.process_time() - t)
        del result
    times.sort()
    return times[len(times) // 2]


def deep(fn, *args):
    """Run fn in a thread with a large stack (ANTLR recurses deeply)."""
    out = []
    threading.stack_size(512 * 1024 * 1024)
    t = threading.Thread(target=lambda: out.append(fn(*args)))
    t.start()
    t.join()
    return out[0]


def antlr(src):
    from antlr4 import CommonTokenStream, InputStream, Token
    from luaparser.builder import BuilderVisitor
    from luaparser.parser.LuaLexer import LuaLexer
    from luaparser.parser.LuaParser import LuaParser

    stream = CommonTokenStream(LuaLexer(InputStream(src)), channel=Token.DEFAULT_CHANNEL)
    return BuilderVisitor(stream).visit(LuaParser(stream).start_())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--antlr", action="store_true", help="also time luaparser's ANTLR parser")
    ns = ap.parse_args()
    sys.setrecursionlimit(100000)
    impls = [name for name in ("compiled", "pure") if frontend.implementation(name)]
    print(f"{'file':<28} {'lines':>7}  {'build':<9} {'mode':<6} {'cpu s':>9} {'lines/s':>12}")
    for f in ns.files:
        src = Path(f).read_bytes().decode("latin-1")
        lines = src.count("\n") + 1
        name = Path(f).name
        rows = []
        for impl in impls:
            for mode, fn in (("check", frontend.check_syntax), ("tree", frontend.parse_chunk)):
                run = functools.partial(fn, src, name, is_file=True, implementation=impl)
                rows.append((impl, mode, cpu(run, ns.runs)))
        if ns.antlr:
            text = frontend.prepare(src, True)
            rows.append(("luaparser", "tree", cpu(functools.partial(deep, antlr, text), 1)))
        for impl, mode, t in rows:
            print(f"{name:<28} {lines:>7}  {impl:<9} {mode:<6} {t:>9.4f} {lines / t:>12.0f}")


if __name__ == "__main__":
    main()

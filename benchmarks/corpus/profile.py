#!/usr/bin/env python3
"""Where converted code spends its time, by mechanism, across the whole corpus.

Runs every corpus program (benchmarks/corpus/run.py's list, same sources and
arguments) under lua2py with its chunks compiled from their converted Python
text (benchmarks/profile_converted.py --dump-py), three ways:

  cProfile   function-level: time and calls of each runtime helper
             (ops.eq, ops.index, LuaTable.__missing__, loops.*, ...)
  py-spy     line-level sampling (if py-spy is installed): time per line of
             generated Python, and per runtime helper, without cProfile's
             per-call overhead
  opcodes    the bytecode instructions executed per source position of the
             generated code (sys.settrace, the first --opcode-budget
             instructions of the run): how a line's time divides between the
             code shapes on it

and then aggregates.  Time in runtime helpers is classified by helper
(HELPERS below); time on generated lines is split among the code shapes the
compiler emits (SHAPES below: method lookups through __index chains,
call-result tuple checks, guarded field reads and stores, overflow-checked
integer arithmetic, truth tests, table constructors, ...) in proportion to
the instructions each shape executed on that line (static instruction counts
where the traced prefix never reached the line).  Compilation (the
transpiler, luaparser) is left out of every share.

  python benchmarks/corpus/profile.py --awfy ... --classic ... --tl ... --out /tmp/prof
  python benchmarks/corpus/profile.py --report /tmp/prof [--markdown] [--corpus-json corpus.json]
"""
import argparse
import ast
import collections
import importlib.util
import json
import math
import os
import pstats
import re
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent

_spec = importlib.util.spec_from_file_location("lua2py_corpus_run", HERE / "run.py")
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)

PROFILER = BENCH / "profile_converted.py"

# Profiled runs are 3-4x slower (cProfile) and there are three per program, so
# they use about a fifth of the timed workload (run.py's arguments); shares of
# time hardly change with the size.  Havlak, NBody, Mandelbrot, k-nucleotide
# and teal keep theirs (fixed sizes, or the result check needs them).
PROFILE_ARGS = {
    "DeltaBlue": ["1", "2500"], "Richards": ["1", "4"], "Json": ["1", "12"], "CD": ["1", "10"],
    "Bounce": ["1", "300"], "List": ["1", "300"], "Mandelbrot": ["1", "500"], "Permute": ["1", "200"],
    "Queens": ["1", "200"], "Sieve": ["1", "600"], "Storage": ["1", "80"], "Towers": ["1", "120"],
    "ack": ["3", "8"], "binary-trees": ["11"], "fannkuch-redux": ["9"], "fasta": ["200000"],
    "fixpoint-fact": ["600"], "heapsort": ["2", "100000"], "mandel": ["80"], "n-body": ["60000"],
    "queen": ["10"], "sieve": ["600"], "spectral-norm": ["220"], "coroutine-ring": ["1000000"],
    "ray": ["2", "64"], "dkjson": ["300", "4"], "penlight": ["16"], "argparse": ["160"],
}


def profile_argv(prog):
    """The program's command line with the smaller profiling workload."""
    small = PROFILE_ARGS.get(prog.name)
    if small is None:
        return prog.lua_argv
    if prog.group == "awfy":
        return prog.lua_argv[:2] + small
    return prog.lua_argv[:1] + small

# ---------------------------------------------------------------- runtime helpers

# (mechanism, {module stem: function names or "*"}); the first match wins.  Module
# stems rather than paths, so the table survives the runtime's move into folders.
HELPERS = [
    ("eq: ops.eq (== / ~= not decided inline)", {"ops": {"eq", "ne"}, "cogen": {"eq_gen"}}),
    ("compare: ops.lt/le (< <= not decided inline)", {"ops": {"lt", "le", "_cmp_error"},
                                                      "cogen": {"lt_gen", "le_gen"}}),
    ("index: ops.index / LuaTable.__missing__ (reads through __index, missing keys)",
     {"ops": {"index", "_index_varinfo"}, "table": {"__missing__", "rawget", "rawkey", "luakey"},
      "cogen": {"index_gen"}, "values": {"getmetamethod", "getmetatable"}}),
    ("store: ops.setindex (stores not done inline)", {"ops": {"setindex", "setfield"},
                                                     "cogen": {"setindex_gen"}, "table": {"rawset"},
                                                     "libguard": {"stored"}}),
    ("call: ops.call, multiple results, generator versions", {
        "ops": {"call", "call_meta1", "first", "multi"},
        "cogen": {"call_gen", "gen_of", "_first", "_meta1_gen"}, "loops": {"ret_multi", "adjust"},
        "table": {"__call__"}}),
    ("arith: ops.add/sub/mul/mod/... and integer wrap", {
        "ops": {"add", "sub", "mul", "fdiv", "div", "fmod_float", "mod", "idiv", "fpow", "pow", "unm",
                "toint_bitwise", "_bitwise_error", "_bitop", "_shl", "shl", "shr", "band", "bor", "bxor",
                "bnot", "tonum", "_arith_meta", "_numpair"},
        "number": "*", "cogen": {"arith_gen", "unary_gen"}}),
    ("length: # (LuaTable.length)", {"ops": {"length"}, "table": {"length"}, "cogen": {"len_gen"}}),
    ("concat: .. (ops.concat)", {"ops": {"concat", "concat_n", "_concat_piece", "_concat_pair_at"}}),
    ("constructor: table constructors (LuaTable(), mktable*)", {
        "table": {"__init__", "from_list"}, "loops": {"mktable", "mktable_kv", "mktable_mixed"}}),
    ("loops: for-loop protocols (forrange, ipairs/pairs/next)", {
        "loops": "*", "cogen": {"GenIter", "for_next", "forin_gen"}, "table": {"lua_next", "iter_pairs"}}),
    ("coroutines", {"lcoroutine": "*", "_lcoroutine": "*", "cogen": "*", "aio": "*"}),
    ("stdlib: string (string.*, patterns, format)", {"lstring": "*", "lpattern": "*", "lformat": "*",
                                                     "lutf8": "*", "lpack": "*"}),
    ("stdlib: table (table.*)", {"ltable": "*"}),
    ("stdlib: math", {"lmath": "*"}),
    ("stdlib: base (setmetatable, select, type, tostring, pcall, ...)", {"lbase": "*", "values": "*",
                                                                          "args": "*"}),
    ("stdlib: io/os", {"lio": "*", "los": "*"}),
    ("library guards (libguard)", {"libguard": "*"}),
    ("errors/debug", {"errors": "*", "ldebug": "*", "state": "*", "linit": "*"}),
    ("sockets/http (net)", {"lsocket": "*", "lhttp": "*", "lurl": "*", "lltn12": "*", "lcopas": "*"}),
    ("require/package", {"lpackage": "*"}),
]
GENERATED = "generated code"
COMPILE = "compile"
OTHER_RUNTIME = "other runtime"


def helper_category(path, func):
    """Mechanism of a runtime function (path relative or absolute, func a name or qualname)."""
    stem = Path(path).stem
    name = func.rsplit(".", 1)[-1]
    for title, mods in HELPERS:
        names = mods.get(stem)
        if names is not None and (names == "*" or name in names):
            return title
    return OTHER_RUNTIME


def frame_kind(path, func):
    """'gen', 'compile', 'runtime' or 'other' for a frame's file."""
    p = path.replace("\\", "/")
    if "/dump/" in p or re.search(r"-[0-9a-f]{12}\.py$", p) or p.endswith(".lua"):
        return "gen"
    if ("transpiler/" in p or "luaparser" in p or "antlr4" in p or p.endswith("lua2py/cache.py")
            or (p.endswith("profile_converted.py") and func.endswith("compile_lua"))):
        return COMPILE
    if "runtime/" in p or "/lua2py/" in p or p.startswith("lua2py/"):
        return "runtime"
    return "other"


# ---------------------------------------------------------------- code shapes

SHAPES = {
    "method": "method lookup o:m() (dict.get chain through __index levels)",
    "field_read": "field/index read guard (t[k] if class is LuaTable else index(), or L_get)",
    "store_guard": "store guard (class, meta is None / key present / no __newindex, value not nil; or L_put)",
    "store": "raw store t[k] = v",
    "tuple_check": "call-result check (r if r.__class__ is not tuple else r[0])",
    "lua_call": "Lua function call (the call itself, arguments)",
    "library_call": "library function read through its guard cell (L_g_x[1] if L_g_x[0] is _ENV)",
    "global": "global / _ENV access",
    "int_overflow": "integer overflow check (-2**30 <= r <= 2**30, wrap)",
    "num_guard": "number class dispatch (x.__class__ is int / float)",
    "cmp_guard": "comparison class guard ((k := a.__class__) is b.__class__ and ...)",
    "truth": "truth test (x is not None and x is not False)",
    "eq_call": "call of L_eq / L_lt / L_le (comparison not inlined)",
    "index_call": "call of L_index / L_setindex",
    "arith_call": "call of L_add / L_sub / ... (arithmetic not inlined)",
    "constructor": "table constructor (L_Table / mktable*)",
    "concat": "concatenation (f-strings, L_concat)",
    "loop": "for-loop control (range / L_forrange / generic for)",
    "gen_dispatch": "coroutine-aware call dispatch (yield / resume / generator versions)",
    "return": "return statements (tuples of results)",
    "other_call": "other runtime helper calls",
    "other": "other generated code (locals, branches, typed arithmetic)",
}
SHAPE_TITLES = {k: "shape: " + v for k, v in SHAPES.items()}

_EQ = {"L_eq", "L_lt", "L_le", "L_eq_gen", "L_lt_gen", "L_le_gen"}
_IDX = {"L_index", "L_setindex", "L_index_gen", "L_setindex_gen"}
_ARITH = {"L_add", "L_sub", "L_mul", "L_div", "L_mod", "L_idiv", "L_pow", "L_unm", "L_band", "L_bor",
          "L_bxor", "L_shl", "L_shr", "L_bnot", "L_fdiv", "L_fmod", "L_wrap", "L_arith_gen", "L_unary_gen",
          "L_len", "L_len_gen"}
_CTOR = {"L_Table", "L_mktable", "L_mktable_kv", "L_mktable_mixed"}
_LOOP = {"L_forrange", "L_forin", "L_forin_gen", "L_for_next"}


def _class_test(node, names=None):
    """x.__class__ is/is not NAME (x may be a walrus)."""
    if not isinstance(node, ast.Compare) or len(node.ops) != 1 or not isinstance(node.ops[0], (ast.Is, ast.IsNot)):
        return False
    left = node.left
    if not (isinstance(left, ast.Attribute) and left.attr == "__class__"):
        return False
    comp = node.comparators[0]
    if names is None:
        return True
    return isinstance(comp, ast.Name) and comp.id in names


def _tests(node):
    """The conjuncts/disjuncts of a boolean test, flattened."""
    if isinstance(node, ast.BoolOp):
        out = []
        for v in node.values:
            out.extend(_tests(v))
        return out
    return [node]


def _const(node):
    """A constant's value, negative numbers included (-N parses as a unary minus); else a sentinel."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
        return -node.operand.value
    return node.value if isinstance(node, ast.Constant) else ...


def _call_name(node):
    return node.func.id if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) else None


def classify_node(node):
    """The shape a generated-code node is, or None (its instructions then belong to an enclosing shape)."""
    if isinstance(node, ast.IfExp):
        t = node.test
        if _class_test(t, {"tuple"}):
            return "tuple_check"
        if isinstance(node.body, ast.IfExp) and isinstance(node.body.test, ast.Compare):
            inner = node.body.test.left
            if (isinstance(inner, ast.NamedExpr) and inner.target.id.startswith("_m")
                    and isinstance(inner.value, ast.Call) and isinstance(inner.value.func, ast.Attribute)
                    and inner.value.func.attr == "get"):
                return "method"
        if (isinstance(t, ast.Compare) and isinstance(t.left, ast.NamedExpr)
                and t.left.target.id.startswith("_m") and isinstance(t.left.value, ast.Call)):
            return "method"
        if isinstance(t, ast.Compare) and isinstance(t.left, ast.Subscript) and isinstance(t.left.value, ast.Name) \
                and t.left.value.id.startswith("L_g_"):
            return "library_call"
        if isinstance(t, ast.Compare) and _const(t.left) in (-1073741823, -9223372036854775808):
            return "int_overflow"
        conj = _tests(t)
        if any(_class_test(c, {"L_Table"}) for c in conj) and (
                isinstance(node.body, ast.Subscript) or _call_name(node.orelse) in _IDX
                or isinstance(node.orelse, ast.YieldFrom)):
            return "field_read"
        if any(_class_test(c, {"int", "float"}) for c in conj):
            return "num_guard"
        if isinstance(t, ast.Compare) and isinstance(t.left, ast.NamedExpr) and t.left.target.id.startswith("_f"):
            return "gen_dispatch"
        if any(isinstance(c, ast.Compare) and any(isinstance(x, ast.Name) and x.id in ("L_co_yield", "L_co_resume")
                                                   for x in c.comparators) for c in conj):
            return "gen_dispatch"
        return None
    if isinstance(node, ast.BoolOp):
        vals = node.values
        if (isinstance(node.op, ast.And) and len(vals) == 2 and all(isinstance(v, ast.Compare) for v in vals)
                and all(len(v.ops) == 1 and isinstance(v.ops[0], ast.IsNot) for v in vals)
                and isinstance(vals[0].comparators[0], ast.Constant) and vals[0].comparators[0].value is None
                and isinstance(vals[1].comparators[0], ast.Constant) and vals[1].comparators[0].value is False):
            return "truth"
        conj = _tests(node)
        if any(isinstance(c, ast.Compare) and isinstance(c.left, ast.NamedExpr) and c.left.target.id.startswith("_k")
               for c in conj):
            return "cmp_guard"
        return None
    if isinstance(node, ast.Call):
        name = _call_name(node)
        if name in _EQ:
            return "eq_call"
        if name == "L_get":  # the read guard as one call (issue 13, evening round)
            return "field_read"
        if name in ("L_put", "L_putk"):
            return "store_guard"
        if name in _IDX:
            return "index_call"
        if name in _ARITH:
            return "arith_call"
        if name in _CTOR:
            return "constructor"
        if name in _LOOP:
            return "loop"
        if name in ("L_concat", "L_concat_n", "L_str_format"):
            return "concat"
        if name in ("L_ret", "L_adjust", "L_first", "L_multi"):
            return "tuple_check"
        if name in ("L_co_resume_in", "L_gen_of", "getattr"):
            return "gen_dispatch"
        if name and name.startswith("L_"):
            return "other_call"
        if isinstance(node.func, ast.Attribute) and node.func.attr in ("get", "rest"):
            return None
        return "lua_call"
    if isinstance(node, ast.JoinedStr):
        return "concat"
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "_ENV":
        return "global"
    if isinstance(node, ast.Return):
        return "return"
    if isinstance(node, (ast.YieldFrom, ast.Yield)):
        return "gen_dispatch"
    return None


def _header_snippet(text):
    """One generated line as a parsable snippet: (snippet, column shift)."""
    body = text.strip()
    if not body:
        return None, 0
    indent = len(text) - len(text.lstrip())
    shift = indent
    if body.startswith("elif "):
        body = body[2:]
        shift += 2
    if body.endswith(":") and not body.startswith(("else", "try", "finally")):
        if body.startswith("except"):
            return None, 0
        body += " pass"
    elif body.endswith(":"):
        return None, 0
    return body, shift


class LineShapes:
    """Shape spans of single generated lines, parsed on demand."""

    def __init__(self):
        self.cache = {}

    def spans(self, text):
        """[(col, end_col, shape, size)] of the shape nodes on a line, and its static instruction weights."""
        got = self.cache.get(text)
        if got is not None:
            return got
        snippet, shift = _header_snippet(text)
        spans, static = [], collections.Counter()
        if snippet is not None:
            try:
                tree = ast.parse(snippet)
            except SyntaxError:
                tree = None
            if tree is not None:
                for node in ast.walk(tree):
                    if isinstance(node, (ast.If, ast.While)):
                        shape = "store_guard" if _is_store_guard(node.test) else None
                        if shape:
                            spans.append((node.test.col_offset + shift, node.test.end_col_offset + shift, shape))
                        continue
                    if isinstance(node, ast.For):
                        spans.append((node.iter.col_offset + shift, node.iter.end_col_offset + shift, "loop"))
                        spans.append((node.target.col_offset + shift, node.target.end_col_offset + shift, "loop"))
                        continue
                    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Subscript):
                        spans.append((node.col_offset + shift, node.end_col_offset + shift, "store"))
                        continue
                    if not hasattr(node, "col_offset"):
                        continue
                    shape = classify_node(node)
                    if shape:
                        spans.append((node.col_offset + shift, node.end_col_offset + shift, shape))
                spans.sort(key=lambda s: s[1] - s[0])
                try:
                    code = compile(snippet, "<line>", "exec")
                except SyntaxError:
                    code = None
                for co in _code_objects(code):
                    for pos in co.co_positions():
                        if pos[0] is None or pos[2] is None:
                            continue
                        static[self.shape_at(spans, pos[2] + shift, pos[3] + shift)] += 1
        got = (spans, static)
        self.cache[text] = got
        return got

    @staticmethod
    def shape_at(spans, col, end_col):
        for c0, c1, shape in spans:         # smallest first
            if c0 <= col and end_col <= c1:
                return shape
        return "other"


def _is_store_guard(test):
    conj = _tests(test)
    return any(_class_test(c, {"L_Table"}) for c in conj) and any(
        isinstance(c, ast.Compare) and isinstance(c.left, ast.Attribute) and c.left.attr == "meta" for c in conj)


def _code_objects(code):
    if code is None:
        return
    stack = [code]
    while stack:
        co = stack.pop()
        yield co
        stack.extend(c for c in co.co_consts if hasattr(c, "co_code"))


# ---------------------------------------------------------------- generated files


class GenFile:
    """A dumped converted module: its lines and the map back to Lua lines."""

    def __init__(self, path):
        self.path = path
        with open(path, encoding="utf-8") as fh:
            self.lines = fh.read().split("\n")
        self.linemap, self.chunkname = {}, None
        for text in self.lines[-8:]:
            if text.startswith("L_register("):
                try:
                    call = ast.parse(text).body[0].value
                    self.chunkname = ast.literal_eval(call.args[1])
                    if len(call.args) > 3:
                        self.linemap = ast.literal_eval(call.args[3])
                except (SyntaxError, ValueError, IndexError):
                    pass

    def text(self, line):
        return self.lines[line - 1] if 0 < line <= len(self.lines) else ""

    def lua_line(self, line):
        return self.linemap.get(line)


# ---------------------------------------------------------------- running


def run_profiles(args):
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)

    def log(msg):
        if not args.quiet:
            print(msg, file=sys.stderr, flush=True)

    tmpctx = tempfile.TemporaryDirectory(prefix="lua2py-prof-")
    scratch = Path(tmpctx.name)
    try:
        sources, have = corpus.prepare(args, scratch, log)
        env = corpus.child_env(args, scratch, Path(args.root).resolve())
        env["LUA2PY_NO_CACHE"] = "1"
        progs = corpus.program_list()
        if args.only:
            wanted = {w for a in args.only for w in a.split(",") if w}
            progs = [p for p in progs if p.name in wanted or p.group in wanted]
        pyspy = shutil.which("py-spy") if not args.no_pyspy else None
        meta = {"sources": sources, "programs": {}, "opcode_budget": args.opcode_budget,
                "rate": args.rate, "pyspy": bool(pyspy)}
        if (out / "meta.json").exists():
            old = json.loads((out / "meta.json").read_text())
            meta["programs"] = old.get("programs", {})
        for p in progs:
            if p.needs not in have:
                continue
            cwd = scratch / p.cwd
            stdin = str(scratch / p.stdin) if p.stdin else None
            dump = out / "dump" / p.name
            base = [args.python, str(PROFILER), "--lua", "--dump-py", str(dump)]
            argv = profile_argv(p)
            rec = dict(meta["programs"].get(p.name, {}), group=p.group, cwd=p.cwd, argv=argv, lua_dir=str(cwd))
            if not rec.get("converted"):
                log(f"{p.name}: converting")
                res = corpus.run_once(base + ["--no-profile"] + argv, cwd, env, args.timeout, stdin)
                if res.rc != 0:
                    rec["error"] = corpus.failure_line(res)
                    log(f"{p.name}: fails under lua2py: {rec['error']}")
                    meta["programs"][p.name] = rec
                    continue
                rec["converted"] = True
            # the Lua sources of the dumped chunks, for the report
            rec["lua_sources"] = {}
            if not (out / f"{p.name}.prof").exists():     # each phase's file is kept: a rerun resumes
                log(f"{p.name}: cProfile")
                res = corpus.run_once(base + ["-o", str(out / f"{p.name}.prof"), "-l", "0"] + argv, cwd, env,
                                      args.timeout, stdin)
                rec["cprofile_cpu"] = res.cpu
            if pyspy and not (out / f"{p.name}.spy").exists():
                log(f"{p.name}: py-spy")
                res = corpus.run_once([pyspy, "record", "--nonblocking", "-r", str(args.rate), "-f", "raw", "-o",
                                       str(out / f"{p.name}.spy"), "--"] + base + ["--no-profile"] + argv,
                                      cwd, env, args.timeout, stdin)
                rec["pyspy_cpu"] = res.cpu
            if args.opcode_budget and not (out / f"{p.name}.ops.json").exists():
                log(f"{p.name}: opcodes")
                res = corpus.run_once(base + ["--opcodes", str(out / f"{p.name}.ops.json"), "--opcode-budget",
                                             str(args.opcode_budget)] + argv, cwd, env, args.timeout, stdin)
            # keep the Lua sources next to the dump (the scratch directory goes away)
            lua_copy = out / "lua" / p.name
            for f in dump.glob("*.py"):
                g = GenFile(f)
                if g.chunkname and not g.chunkname.startswith(("=", "[string")):
                    src = (cwd / g.chunkname.lstrip("@")).resolve()
                    if src.exists():
                        dst = lua_copy / f.name.replace(".py", ".lua")
                        dst.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copy(src, dst)
                        rec["lua_sources"][f.name] = str(dst)
            meta["programs"][p.name] = rec
            (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n")
    finally:
        tmpctx.cleanup()
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n")


# ---------------------------------------------------------------- analysis


def parse_pyspy(path):
    """[(frames [(func, file, line)], count)] of the Lua thread's samples."""
    out = []
    frame_re = re.compile(r"^(.*) \((.*):(\d+)\)$")
    with open(path, encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            raw = raw.rstrip("\n")
            stack, _, count = raw.rpartition(" ")
            if not stack or not count.isdigit():
                continue
            frames = []
            for fr in stack.split(";"):
                m = frame_re.match(fr)
                if m:
                    frames.append((m.group(1), m.group(2), int(m.group(3))))
            if not any(f[0].endswith("profiled") and f[1].endswith("profile_converted.py") for f in frames):
                continue     # not the Lua thread (the main thread waiting in join)
            out.append((frames, int(count)))
    return out


def analyse_program(out, name, rec, shapes_cache):
    """Per-mechanism seconds-equivalent shares of one program, and its hot lines."""
    dump = out / "dump" / name
    files = {}

    def genfile(path):
        base = os.path.basename(path)
        g = files.get(base)
        if g is None and (dump / base).exists():
            g = files[base] = GenFile(dump / base)
        return g

    res = {"mechanisms": collections.Counter(), "compile": 0, "total": 0, "lines": collections.Counter(),
           "line_shapes": {}, "sites": collections.Counter(), "cprofile": {}, "calls": collections.Counter()}
    # opcode counts per (file basename, line) -> Counter(shape)
    ops_by_line = {}
    ops_path = out / f"{name}.ops.json"
    if ops_path.exists():
        data = json.loads(ops_path.read_text())
        res["opcodes_complete"] = data.get("complete")
        for fpath, rows in data["files"].items():
            g = genfile(fpath)
            if g is None:
                continue
            for line, end_line, col, end_col, n in rows:
                if line != end_line:
                    continue
                spans, _static = shapes_cache.spans(g.text(line))
                shape = LineShapes.shape_at(spans, col, end_col)
                ops_by_line.setdefault((g.path.name, line), collections.Counter())[shape] += n
    spy = out / f"{name}.spy"
    if spy.exists():
        for frames, count in parse_pyspy(spy):
            kinds = [frame_kind(f[1], f[0]) for f in frames]
            if COMPILE in kinds:
                res["compile"] += count
                continue
            res["total"] += count
            # the innermost generated or runtime frame takes the sample
            i = len(frames) - 1
            while i >= 0 and kinds[i] not in ("gen", "runtime"):
                i -= 1
            if i < 0:
                res["mechanisms"]["other (Python library)"] += count
                continue
            func, path, line = frames[i]
            if kinds[i] == "gen":
                g = genfile(path)
                key = (os.path.basename(path), line)
                res["lines"][key] += count
                weights = ops_by_line.get(key)
                if not weights and g is not None:
                    weights = shapes_cache.spans(g.text(line))[1]
                tot = sum(weights.values()) if weights else 0
                if not tot:
                    res["mechanisms"][SHAPE_TITLES["other"]] += count
                    continue
                for shape, w in weights.items():
                    res["mechanisms"][SHAPE_TITLES[shape]] += count * w / tot
                res["line_shapes"][key] = weights
            else:
                mech = helper_category(path, func)
                res["mechanisms"][mech] += count
                j = i - 1
                while j >= 0 and kinds[j] != "gen":
                    j -= 1
                if j >= 0:
                    res["sites"][(mech, os.path.basename(frames[j][1]), frames[j][2])] += count
    prof = out / f"{name}.prof"
    if prof.exists():
        st = pstats.Stats(str(prof))
        cp = collections.Counter()
        for (path, _line, func), (_cc, nc, tt, _ct, callers) in st.stats.items():
            kind = frame_kind(path, func) if not path.startswith("~") else "builtin"
            if kind == "builtin":
                # C functions: charged to whoever called them
                for (cpath, _cl, cfunc), (_c1, _n1, ctt, _ct1) in callers.items():
                    ck = frame_kind(cpath, cfunc) if not cpath.startswith("~") else "other"
                    if ck == COMPILE:
                        continue
                    cp[GENERATED if ck == "gen" else helper_category(cpath, cfunc) if ck == "runtime"
                       else "other (Python library)"] += ctt
                continue
            if kind == COMPILE:
                continue
            mech = GENERATED if kind == "gen" else helper_category(path, func) if kind == "runtime" \
                else "other (Python library)"
            cp[mech] += tt
            if kind == "runtime":
                res["calls"][(mech, f"{Path(path).stem}.{func}")] += nc
        res["cprofile"] = cp
    res["files"] = files
    return res


def pct(x, tot):
    return f"{100 * x / tot:.1f}%" if tot else "-"


def report(args):
    out = Path(args.report).resolve()
    meta = json.loads((out / "meta.json").read_text())
    cpu = {}
    if args.corpus_json:
        cj = json.loads(Path(args.corpus_json).read_text())
        for p in cj["programs"]:
            c = corpus.Cell.from_json(p["cells"]["lua2py"]) if "lua2py" in p["cells"] else None
            if c is not None and c.ok:
                cpu[p["name"]] = c.cpu()
    shapes_cache = LineShapes()
    results = {}
    failed = {}
    for name, rec in meta["programs"].items():
        if rec.get("error"):
            failed[name] = rec["error"]
            continue
        results[name] = analyse_program(out, name, rec, shapes_cache)
    md = args.markdown
    lines = []

    # 1. the mechanisms, across the corpus
    share = {n: {m: v / r["total"] for m, v in r["mechanisms"].items()} for n, r in results.items() if r["total"]}
    mechs = sorted({m for s in share.values() for m in s})
    weight = {n: cpu.get(n, results[n]["total"] / max(1, meta.get("rate", 100))) for n in share}
    wsum = sum(weight.values())
    rows = []
    for m in mechs:
        mean = sum(s.get(m, 0) for s in share.values()) / len(share)
        weighted = sum(share[n].get(m, 0) * weight[n] for n in share) / wsum
        # what the corpus geomean would gain if this cost were gone: geomean of 1 / (1 - share)
        gain = math.exp(sum(-math.log(max(1e-9, 1 - s.get(m, 0))) for s in share.values()) / len(share))
        top = sorted(share, key=lambda n: -share[n].get(m, 0))[:4]
        rows.append((mean, weighted, gain, m, top))
    rows.sort(reverse=True)
    lines.append(f"Mechanisms, share of converted-code time (py-spy samples of the Lua thread, compilation "
                 f"excluded), {len(share)} programs; mean = each program weighted equally, weighted = by "
                 f"the program's lua2py CPU time{' (corpus run)' if cpu else ' (samples)'}; bound = the "
                 f"corpus geomean speed-up if the mechanism cost nothing:")
    lines.append("")
    head = ["mechanism", "mean share", "time-weighted", "bound", "largest in"]
    table = [[m, f"{100 * mean:.1f}%", f"{100 * w:.1f}%", f"{gain:.3f}x",
              ", ".join(f"{n} {100 * share[n].get(m, 0):.0f}%" for n in top if share[n].get(m, 0) >= 0.005)]
             for mean, w, gain, m, top in rows if mean >= 0.001 or w >= 0.001]
    lines.extend(corpus_table(head, table, md))

    # 2. cProfile view: helper time and calls
    lines.append("")
    lines.append("cProfile (function level; its per-call overhead inflates helpers relative to generated code): "
                 "share of profiled time, mean over programs, and the most-called helpers:")
    lines.append("")
    cshare = {n: {m: v / sum(r["cprofile"].values()) for m, v in r["cprofile"].items()}
              for n, r in results.items() if r["cprofile"]}
    cm = sorted({m for s in cshare.values() for m in s},
                key=lambda m: -sum(s.get(m, 0) for s in cshare.values()))
    calls = collections.Counter()
    for r in results.values():
        calls.update(r["calls"])
    table = []
    for m in cm:
        mean = sum(s.get(m, 0) for s in cshare.values()) / max(1, len(cshare))
        if mean < 0.002:
            continue
        top_calls = [(f, n) for (mm, f), n in calls.most_common() if mm == m][:4]
        table.append([m, f"{100 * mean:.1f}%", ", ".join(f"{f} {n:,}" for f, n in top_calls)])
    lines.extend(corpus_table(["mechanism", "mean share (cProfile)", "calls over the corpus"], table, md))

    # 3. per program
    lines.append("")
    lines.append("Per program: the three largest mechanisms (py-spy shares):")
    lines.append("")
    table = []
    for n, s in share.items():
        top = sorted(s.items(), key=lambda kv: -kv[1])[:3]
        r = results[n]
        table.append([n, f"{r['total']:,}", pct(r["compile"], r["compile"] + r["total"]),
                      "; ".join(f"{m.split(' (')[0]} {100 * v:.0f}%" for m, v in top)])
    lines.extend(corpus_table(["program", "samples", "compile (excluded)", "largest mechanisms"], table, md))
    if failed:
        lines.append("")
        for n, e in failed.items():
            lines.append(f"- {n}: not profiled, fails under lua2py ({e})")

    # 4. hot lines
    if args.hot:
        lines.append("")
        lines.append(f"Hottest generated lines (top {args.hot} per program, share of the program's samples):")
        for n in (args.hot_programs.split(",") if args.hot_programs else share):
            r = results.get(n)
            if not r:
                continue
            lines.append("")
            lines.append(f"### {n}")
            rec = meta["programs"][n]
            for (fname, line), count in r["lines"].most_common(args.hot):
                g = r["files"].get(fname)
                lua_line = g.lua_line(line) if g else None
                lua_text = ""
                src = rec.get("lua_sources", {}).get(fname)
                if src and lua_line and os.path.exists(src):
                    with open(src, encoding="latin-1") as fh:
                        ll = fh.read().split("\n")
                    lua_text = ll[lua_line - 1].strip() if lua_line <= len(ll) else ""
                w = r["line_shapes"].get((fname, line)) or {}
                tot = sum(w.values()) or 1
                parts = ", ".join(f"{k} {100 * v / tot:.0f}%" for k, v in w.most_common(4)) if w else ""
                lines.append("")
                lines.append(f"- {pct(count, r['total'])} {fname.split('-')[0]}:{lua_line}  `{lua_text[:100]}`"
                             + (f"  [{parts}]" if parts else ""))
                if args.show_python and g:
                    txt = g.text(line).strip()
                    lines.append(f"  `{txt[:args.show_python]}{'...' if len(txt) > args.show_python else ''}`")
    print("\n".join(lines))


def corpus_table(head, rows, markdown):
    if markdown:
        out = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] + ["---:"] * (len(head) - 2) + ["---"]) + "|"]
        return out + ["| " + " | ".join(r) + " |" for r in rows]
    widths = [max(len(r[i]) for r in [head] + rows) for i in range(len(head))]
    return ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in [head] + rows]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--awfy")
    ap.add_argument("--classic", action="append", default=[])
    ap.add_argument("--tl")
    ap.add_argument("--lua-share", default="/usr/share/lua/5.4")
    ap.add_argument("--root", default=str(BENCH.parent), help="the lua2py checkout to profile")
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("--lua", default=shutil.which("lua5.4"))
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--out", help="directory for the profiles (runs the programs)")
    ap.add_argument("--rate", type=int, default=100, help="py-spy samples per second (default 100)")
    ap.add_argument("--no-pyspy", action="store_true")
    ap.add_argument("--opcode-budget", type=int, default=20_000_000,
                    help="instructions counted at most per program, in windows over 2%% of the run "
                    "(default 20M; 0: no opcode run)")
    ap.add_argument("--timeout", type=float, default=3600.0)
    ap.add_argument("--report", metavar="DIR", help="aggregate the profiles in DIR (runs nothing)")
    ap.add_argument("--corpus-json", help="a corpus run.py --json file: weights programs by lua2py CPU time")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--hot", type=int, default=0, help="list the N hottest generated lines per program")
    ap.add_argument("--hot-programs", help="only these programs in the hot-line lists (comma-separated)")
    ap.add_argument("--show-python", type=int, default=0, metavar="CHARS",
                    help="with --hot: print that much of each line's generated Python")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)
    if args.report:
        report(args)
    elif args.out:
        if not args.lua:
            ap.error("lua5.4 is needed to prepare inputs (--lua)")
        run_profiles(args)
    else:
        ap.error("--out DIR (profile) or --report DIR (aggregate)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

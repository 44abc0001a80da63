"""The Python versions of Lua C modules (runtime/clib): lpeg, re, cjson.

- The clib goldens run again with each of lpeg's two matchers forced
  (LUA2PY_LPEG_JIT=0: LPeg's machine only; =1: every pattern compiled to Python at
  its first match), with LUA2PY_LPEG_CHECK=1 (the compiler checks its call depths
  against LPeg's code generator).  test_golden.py runs them as a user would.
- A differential fuzzer builds random patterns and compares the two matchers'
  results and captures (FUZZ_PATTERNS=n, FUZZ_SEED=s for longer runs).
- cjson's fast decoder (Python's json) against its port of lua-cjson's parser.
- `require` of a C module lua2py does not provide reports what lua5.4 reports for a
  module that is not installed (needs lua5.4 on PATH; skipped without it).
"""
import json
import math
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import test_golden as golden
from lua2py.runtime.clib import cjson, lpeg, lpeg_jit, lpeg_vm
from lua2py.runtime.clib.lpeg_cap import getcaptures
from lua2py.runtime.core.errors import LuaError
from lua2py.runtime.core.table import LuaTable

CLIB = golden.GOLDEN / "clib"
PROGRAMS = sorted(p for p in CLIB.glob("*.lua") if p.with_suffix(".expected").exists())


@pytest.mark.parametrize("tier", ["0", "1"], ids=["machine", "compiled"])
@pytest.mark.parametrize("program", [pytest.param(p, id=p.stem) for p in PROGRAMS
                                     if p.stem.startswith(("lpeg", "re_"))])
def test_golden_each_matcher(program, tier, monkeypatch):
    monkeypatch.setenv("LUA2PY_LPEG_JIT", tier)
    monkeypatch.setenv("LUA2PY_LPEG_CHECK", "1")
    proc = golden._run([sys.executable, "-m", "lua2py", "run", program.name], program)
    golden._check(program, proc)


# ---------------------------------------------------------------- differential fuzzing of the matchers

def _norm(v):
    """A comparable form of a Lua value."""
    if v.__class__ is LuaTable:
        return ("table", sorted(((repr(k), _norm(x)) for k, x in dict.items(v)), key=repr))
    if v.__class__ is tuple:
        return tuple(_norm(x) for x in v)
    if v.__class__ is float and v != v:
        return "nan"
    return v


def _upper(s, *_):
    return s.upper() if s.__class__ is str else s


def _cmt_even(s, i, *caps):
    return (i if i % 2 else False,) + caps


class PatternGen:
    def __init__(self, rnd):
        self.r = rnd
        self.pool = []  # earlier patterns, used again: shared subtrees

    def leaf(self):
        r = self.r
        k = r.randrange(9)
        if k == 0:
            return lpeg.lp_P("".join(r.choice("abc") for _ in range(r.randrange(1, 3))))
        if k == 1:
            return lpeg.lp_set("".join(r.sample("abc", r.randrange(1, 3))))
        if k == 2:
            return lpeg.lp_range("ab")
        if k == 3:
            return lpeg.lp_P(r.choice([1, 2, -1, 0]))
        if k == 4:
            return lpeg.lp_P(r.random() < 0.7)
        if k == 5:
            return lpeg.lp_poscapture()
        if k == 6:
            return lpeg.lp_constcapture(r.choice(["x", 1, True]))
        if k == 7:
            return lpeg.lp_simplecapture(lpeg.lp_P(1))
        return lpeg.lp_P("a")

    def pattern(self, depth):
        p = self._pattern(depth)
        self.pool.append(p)
        if len(self.pool) > 50:
            del self.pool[:10]
        return p

    def _pattern(self, depth):
        r = self.r
        if self.pool and r.random() < 0.15:
            return r.choice(self.pool)
        if depth <= 0 or r.random() < 0.25:
            return self.leaf()
        k = r.randrange(17)
        p = self.pattern(depth - 1)
        try:
            if k == 0:
                return lpeg.lp_seq(p, self.pattern(depth - 1))
            if k == 1:
                return lpeg.lp_choice(p, self.pattern(depth - 1))
            if k == 2:
                return lpeg.lp_sub(p, self.pattern(depth - 1))
            if k == 3:
                if r.random() < 0.4:  # a choice with character-set alternatives: span fast path
                    cs = lpeg.lp_set("".join(r.sample("abc", r.randrange(1, 3))))
                    p = lpeg.lp_choice(p, cs) if r.random() < 0.5 else lpeg.lp_choice(cs, p)
                return lpeg.lp_star(p, r.choice([0, 1, -1, -2, 2]))
            if k == 4:
                return lpeg.lp_and(p)
            if k == 5:
                return lpeg.lp_not(p)
            if k == 6:
                return lpeg.lp_simplecapture(p)
            if k == 7:
                return lpeg.lp_tablecapture(p)
            if k == 8:
                return lpeg.lp_substcapture(p)
            if k == 9:
                return lpeg.lp_groupcapture(p, r.choice([None, "g"]))
            if k == 10:
                return lpeg.lp_divcapture(p, r.choice(["<%0>", "%1", "x"]))
            if k == 11:
                return lpeg.lp_divcapture(p, _upper)
            if k == 12:
                return lpeg.lp_matchtime(p, _cmt_even)
            if k == 13:
                return lpeg.lp_behind(lpeg.lp_P(r.choice(["a", "b", 1])))
            if k == 14:
                return lpeg.lp_seq(p, lpeg.lp_backref(r.choice(["g", None])))
            if k == 15:
                return self.grammar(depth - 1)
            return lpeg.lp_divcapture(p, r.choice([0, 1]))
        except LuaError:
            return p

    def grammar(self, depth):
        r = self.r
        names = ["A", "B", "C"]
        rules = LuaTable()
        dict.__setitem__(rules, 1, "A")
        for name in names:
            body = self.pattern(depth)
            if r.random() < 0.6:
                ref = lpeg.lp_V(r.choice(names))
                body = lpeg.lp_choice(lpeg.lp_seq(self.leaf(), ref), body) if r.random() < 0.5 \
                    else lpeg.lp_seq(body, lpeg.lp_star(lpeg.lp_seq(lpeg.lp_P("a"), ref), -1))
            dict.__setitem__(rules, name, body)
        try:
            return lpeg.lp_P(rules)
        except LuaError:
            return self.leaf()


def _outcome(run, p, s, init, budget):
    caps = []
    try:
        r = run(s, init, len(s), caps, (), budget)
        if r < 0:
            return ("fail",)
        return ("ok", r, _norm(getcaptures(caps, s, r, ())))
    except LuaError as e:
        return ("error", str(e.value))
    except lpeg_vm.StackOverflow:
        return ("overflow",)


def test_fuzz_machine_against_compiled():
    rnd = random.Random(int(os.environ.get("FUZZ_SEED", "20240611")))
    gen = PatternGen(rnd)
    count = int(os.environ.get("FUZZ_PATTERNS", "300"))
    subjects = ["".join(rnd.choice("abc") for _ in range(rnd.randrange(0, 9))) for _ in range(25)]
    compiled = 0
    for _ in range(count):
        p = gen.pattern(rnd.randrange(1, 5))
        try:
            prog = lpeg._prepare(p)
        except LuaError:
            continue
        fn = lpeg_jit.compile_pattern(p.tree, prog)
        compiled += 1
        for s in subjects:
            init = rnd.randrange(0, len(s) + 1)
            # a small backtrack budget too: rules near it run on the machine, which must
            # overflow exactly where it would have alone
            budget = rnd.choice([lpeg.MAXBACK - 1, rnd.randrange(0, 6)])
            want = _outcome(lambda *a, code=prog.code: lpeg_vm.run(code, *a), p, s, init, budget)
            got = _outcome(fn, p, s, init, budget)
            assert got == want, "pattern differs on %r at %d, budget %d:\n%s" % (
                s, init, budget, fn.source)
    assert compiled > count // 2


# ---------------------------------------------------------------- cjson: fast decoder vs the port

def _random_json(rnd, depth=0):
    k = rnd.randrange(12 if depth < 4 else 6)
    if k == 0:
        return rnd.choice(["0", "-0", "12", "-3.5e2", "1E+2", "0.125", "1e400", "01", "0x1F", "1.",
                           "-", "+1", "NaN", "Infinity", "-Infinity", "nan", "inf", "9007199254740993"])
    if k == 1:
        return rnd.choice(["true", "false", "null", "tru", "nul", "x"])
    if k <= 4:
        parts = []
        for _ in range(rnd.randrange(0, 5)):
            parts.append(rnd.choice(["a", "\\n", "\\u00e9", "\\ud83d\\ude00", "\\ud800", "\\/", "\\\"",
                                     "\xc3\xa9", "\xe9", "\t", "\\x", "\\u12", "\\u0000", "\x00"]))
        return '"' + "".join(parts) + rnd.choice(['"', '"', '"', ""])
    if k <= 7:
        items = [_random_json(rnd, depth + 1) for _ in range(rnd.randrange(0, 4))]
        return "[" + rnd.choice([", ", ","]).join(items) + rnd.choice(["]", "]", "]", ",]", ""])
    items = ['"k%d": %s' % (i, _random_json(rnd, depth + 1)) for i in range(rnd.randrange(0, 4))]
    return "{" + ", ".join(items) + rnd.choice(["}", "}", "}", ",}", ""])


def _decode_both(cfg, text):
    try:
        ref = ("ok", _norm(cjson._Decoder(cfg, text).decode()))
    except cjson._ParseError as e:
        ref = ("error", str(e))
    fast = cjson._fast_decode(cfg, text)
    return ref, (None if fast is None else ("ok", _norm(fast)))


@pytest.mark.parametrize("invalid_numbers", [1, 0])
def test_cjson_fast_decoder_agrees(invalid_numbers):
    rnd = random.Random(7 + invalid_numbers)
    cfg = cjson.Config()
    cfg.decode_invalid_numbers = invalid_numbers
    cfg.decode_max_depth = 3
    fast_used = 0
    for _ in range(3000):
        text = " " * rnd.randrange(2) + _random_json(rnd) + rnd.choice(["", " ", "\n", " x"])
        ref, fast = _decode_both(cfg, text)
        if fast is not None:
            fast_used += 1
            assert fast == ref, text
    assert fast_used > 300


def test_cjson_fast_decoder_on_generated_documents():
    cfg = cjson.Config()
    rnd = random.Random(3)
    for _ in range(50):
        doc = json.dumps(_py_value(rnd, 0), ensure_ascii=rnd.random() < 0.5)
        text = doc.encode("utf-8").decode("latin-1")
        ref, fast = _decode_both(cfg, text)
        assert fast == ref


def _py_value(rnd, depth):
    k = rnd.randrange(7 if depth < 5 else 4)
    if k == 0:
        return rnd.choice([0, -1, 2 ** 70, 1.5, -0.0, 1e-300, 123456789])
    if k == 1:
        return rnd.choice([True, False, None])
    if k == 2:
        return "".join(rnd.choice(["a", "é", "€", "😀", "\n", '"', "\\", "/", "\x01"]) for _ in range(5))
    if k <= 4:
        return [_py_value(rnd, depth + 1) for _ in range(rnd.randrange(4))]
    return {"k%d%s" % (i, rnd.choice(["", "é"])): _py_value(rnd, depth + 1) for i in range(rnd.randrange(4))}


def test_cjson_strtod():
    cases = {"1": 1.0, "0x10": 16.0, "0x1p-2": 0.25, "0x.8": 0.5, "-0x10": -16.0, "1e5": 1e5,
             "1.": 1.0, ".5e1": 5.0, "infinity": math.inf, "-INF": -math.inf, "1e999": math.inf}
    for text, value in cases.items():
        v, end = cjson.c_strtod(text, 0)
        assert (v, end) == (value, len(text)), text
    assert cjson.c_strtod("0x", 0) == (0.0, 1)
    assert cjson.c_strtod("1e+", 0) == (1.0, 1)
    assert cjson.c_strtod("x", 0) == (0.0, 0)
    v, end = cjson.c_strtod("nan(abc)", 0)
    assert v != v and end == 8


# ---------------------------------------------------------------- require of C modules

@pytest.mark.skipif(shutil.which("lua5.4") is None, reason="needs lua5.4 to read its message")
def test_unprovided_c_module_reads_as_not_installed(tmp_path):
    """lua2py cannot load a C library: a module it does not provide reads as lua5.4 reports a
    module that is not installed, every file tried listed, even when the .so exists."""
    cdir = tmp_path / "clibs"
    cdir.mkdir()
    (cdir / "fakemod.so").write_bytes(b"\x7fELF not really")
    env = dict(golden._env(), LUA_CPATH=str(cdir / "?.so") + ";./?.so", LUA_PATH="./?.lua")
    prog = tmp_path / "req.lua"
    prog.write_text('print(pcall(require, "fakemod"))\nprint(pcall(require, "fakemod.sub"))\n')
    got = subprocess.run([sys.executable, "-m", "lua2py", "run", "req.lua"], cwd=tmp_path,
                         capture_output=True, env=env, timeout=60, check=False)
    absent = subprocess.run(["lua5.4", "req.lua"], cwd=tmp_path, capture_output=True,
                            env=dict(env, LUA_CPATH=str(tmp_path / "nowhere" / "?.so") + ";./?.so"),
                            timeout=60, check=False)
    want = absent.stdout.decode().replace(str(tmp_path / "nowhere"), str(cdir))
    assert got.stdout.decode() == want
    assert "not found" in want


# ---------------------------------------------------------------- re without re.lua

RE_PROGRAMS = [p for p in PROGRAMS if p.stem.startswith("re_") or p.stem == "lpeg_luaexpr"]
_RE_POS = __import__("re").compile(r"/usr/share/lua/5\.\d/re\.lua:\d+: ")
_ARG_LINE = __import__("re").compile(r"bad argument #\d to '(re\.\w+|match)'")


def _comparable(text):
    """Output without re.lua's positions and argument-error lines: the Python re has no Lua
    source to point to, and its functions are named as library functions."""
    return [_RE_POS.sub("", line) for line in text.splitlines() if not _ARG_LINE.search(line)]


@pytest.mark.parametrize("program", [pytest.param(p, id=p.stem) for p in RE_PROGRAMS])
def test_python_re_when_no_re_lua(program):
    """With no re.lua on package.path, `require "re"` loads the Python translation."""
    env = dict(golden._env(), LUA_PATH="./?.lua")
    proc = subprocess.run([sys.executable, "-m", "lua2py", "run", program.name], cwd=program.parent,
                          capture_output=True, env=env, timeout=golden.TIMEOUT, check=False)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    want = program.with_suffix(".expected").read_bytes().decode("latin-1")
    assert _comparable(proc.stdout.decode("latin-1")) == _comparable(want)

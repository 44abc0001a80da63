"""The fuzzer's own parts, without lua5.4: the generator is deterministic and its
programs are well formed for lua2py's front end; the shrinker keeps what a predicate
needs and nothing else, the same way every time."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.fuzz import gen, shrink


def test_generator_is_deterministic():
    for seed in (1, 2, 777):
        assert gen.generate(seed) == gen.generate(seed)
    assert gen.generate(1) != gen.generate(2)


def test_generator_restricts_kinds():
    text = gen.generate(5, only=("params",))
    assert "_params()" in text and "_order()" not in text
    text = gen.generate(5, exclude=("params",))
    assert "_params()" not in text


def test_generated_programs_parse():
    from lua2py.transpiler import compile_lua

    for seed in range(1, 4):
        compile_lua(gen.generate(seed), "fuzz.lua")
    newer = ("borders", "callmeta", "getinfo", "pynames", "libmisc", "assign")
    for seed in range(1, 4):
        compile_lua(gen.generate(seed, only=newer), "fuzz.lua")


def test_extra_segments_are_opt_in(monkeypatch):
    """A segment kind in EXTRA_SEGMENTS is drawn only when asked for (--extra, --only), and
    the default programs are those of the generator without it."""
    base = [s for s in gen.Gen.SEGMENTS if s[0] != "borders"]
    monkeypatch.setattr(gen.Gen, "SEGMENTS", tuple(base))
    monkeypatch.setattr(gen.Gen, "EXTRA_SEGMENTS", (("borders", 3),))
    for seed in range(1, 30):
        text = gen.generate(seed)
        assert "_borders" not in text
        assert gen.generate(seed, extra=()) == text
    assert any("_borders" in gen.generate(seed, extra=("borders",)) for seed in range(1, 30))
    assert "_borders" in gen.generate(1, only=("borders",))


def test_units_follow_indentation():
    lines = ["local x = 1", "if x then", "  print(1)", "else", "  print(2)", "end", "print(3)"]
    assert shrink.units(lines) == [(0, 1), (1, 6), (6, 7)]


def test_shrinker_keeps_only_what_fails():
    text = gen.generate(3)
    needle = "local function show(...)"

    def still_fails(t):
        return needle in t and "both(" in t

    runs = []
    for _ in range(2):
        s = shrink.Shrinker(text, still_fails)
        runs.append(s.run())
    assert runs[0] == runs[1]  # deterministic
    small = runs[0]
    assert still_fails(small)
    assert len(small.splitlines()) < len(text.splitlines()) // 3


def test_line_variants_simplify_expressions():
    vs = list(shrink.line_variants("print((a + b), f(1, 2))"))
    assert "print(a, f(1, 2))" in vs
    assert "print((a + b), f(1))" in vs


# Programs whose every output channel the fork server must reproduce byte for byte: errors
# with tracebacks, exit statuses, os.exit with and without closing, files left open (closed
# at exit), stderr writes, warnings, stdin at EOF, arg, non-UTF-8 bytes, a big output without
# a final newline, an error inside a coroutine, a runtime error of the Python layer's kind.
MODE_PROGRAMS = {
    "bytes.lua": 'io.write("caf\\xe9 \\0 \\255\\n") print(("x"):rep(3), 1 / 0, -0.0, 2 ^ 63, math.mininteger)\n'
                 'io.write(("abc\\n"):rep(20000), "no newline at the end")\n',
    "error.lua": 'local function f(x) return x.y.z end\nprint("before")\nf({})\n',
    "errvalue.lua": 'io.stderr:write("to stderr\\n") error(setmetatable({}, {__tostring = function() '
                    'return "custom" end}))\n',
    "errtable.lua": 'print(1) error({code = 2})\n',
    "exit.lua": 'io.write("buffered") os.exit(7)\n',
    "exitclose.lua": 'do local x <close> = setmetatable({}, {__close = function() print("closed") end})\n'
                     '  if arg[1] then os.exit(3, true) end os.exit(false) end\n',
    "openfile.lua": 'local name = os.tmpname() local f = io.open(name, "w") f:write("left open")\n'
                    'local g = io.open(name, "r") print(g:read("a")) print(#arg, arg[0], arg[-1] ~= nil)\n'
                    'os.remove(name) local p = io.popen("cat", "w") p:write("written by cat when its pipe '
                    'is closed at exit\\n")\n',
    "warn.lua": 'warn("@on") warn("a ", "warning") print(io.read(), io.read("n"), io.read("a"))\n',
    "coro.lua": 'local co = coroutine.wrap(function() coroutine.yield(1) error("in coroutine") end)\n'
                'print(co()) print(pcall(co)) co = coroutine.wrap(function() local t = nil; return t.x end)\n'
                'co()\n',
    "traceback.lua": 'local function g() print(debug.traceback("tb", 1)) end g()\n'
                     'print(select("#", pcall(string.rep)), pcall(string.rep))\n'
                     'local t = setmetatable({}, {__index = function(t, k) return k * 2 end}) print(t[21])\n'
                     'print(("%d"):format(3.5))\n',
    "syntax.lua": 'print(1)\nlocal x = = 2\n',
}


def test_fork_server_gives_the_cli_bytes(tmp_path):
    """The fuzzer's fork server gives what `python -m lua2py run NAME.lua` gives, byte for
    byte on stdout and stderr, and the same exit status, on generated programs and on
    programs that use every output channel (run in a subprocess: forking a test worker that
    has threads is not safe)."""
    import subprocess

    from tests.fuzz import runner

    files = []
    for name, text in MODE_PROGRAMS.items():
        (tmp_path / name).write_text(text, encoding="latin-1")
        files.append(str(tmp_path / name))
    args = ["compare-modes", "-v", "--count", "2", "--seed", "500834", *files]
    p = subprocess.run([sys.executable, "-m", "tests.fuzz", *args], cwd=ROOT, capture_output=True, timeout=600,
                       env=runner._env(), check=False)
    out = p.stdout.decode("latin-1") + p.stderr.decode("latin-1")
    assert p.returncode == 0, out
    assert "%d programs: 0 differ" % (2 + len(files)) in out, out
    # the programs did what they are there for (a fork server that ran nothing would agree too)
    assert "exit status 7" in out and "exit status 1" in out and "exit status 0" in out, out


def test_one_shrink_per_signature():
    from tests.fuzz import cli

    sig_a = (("stdout",), None, "order", ("nil",), False)
    sig_b = (("exit status", "stderr"), "TypeError", None, (), False)
    ms = [{"seed": 5, "sig": sig_a, "text": "x" * 50}, {"seed": 3, "sig": sig_b, "text": "y" * 90},
          {"seed": 4, "sig": sig_a, "text": "z" * 20}, {"seed": 9, "sig": sig_b, "text": "w" * 10}]
    groups = cli.by_signature(ms)
    assert list(groups) == [sig_b, sig_a]  # in the order of their first seed
    assert [r["seed"] for r in groups[sig_a]] == [4, 5] and [r["seed"] for r in groups[sig_b]] == [9, 3]

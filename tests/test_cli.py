"""The lua2py command line, run as real subprocesses: run, convert, check, the cache."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 120

try:
    from lua2py.transpiler import compile_lua  # noqa: F401
except ImportError:  # pragma: no cover - while the compiler is being written
    pytest.skip("compiler not available yet", allow_module_level=True)


def _env(tmp_path, **extra):
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["XDG_CACHE_HOME"] = str(tmp_path / "xdg-cache")
    env.pop("LUA2PY_NO_CACHE", None)
    for k in ("LUA2PY_CACHE_TRACE", "LUA2PY_CACHE_DIR", "LUA2PY_CACHE_BESIDE"):
        env.pop(k, None)
    for k, v in extra.items():
        if v is None:
            env.pop(k, None)  # (unset)
        else:
            env[k] = v
    return env


def lua2py(tmp_path, *args, stdin=b"", cwd=None, **env):
    return subprocess.run([sys.executable, "-m", "lua2py", *args], cwd=cwd or tmp_path, input=stdin,
                          capture_output=True, timeout=TIMEOUT, env=_env(tmp_path, **env))


def write(p: Path, text: str) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text)
    return p


def err_lines(proc):
    return proc.stderr.decode("latin-1").splitlines()


# ---------------------------------------------------------------- run


def test_run_args_and_varargs(tmp_path):
    write(tmp_path / "a.lua", 'print(...)\nprint(arg[0], arg[-1], arg[1], arg[2], #arg, select("#", ...))\n')
    p = lua2py(tmp_path, "run", "a.lua", "x", "y z")
    assert p.returncode == 0, p.stderr
    assert p.stdout == b"x\ty z\na.lua\tlua2py\tx\ty z\t2\t2\n"


def test_shorthand_without_run(tmp_path):
    write(tmp_path / "a.lua", "print('short')\n")
    p = lua2py(tmp_path, "a.lua")
    assert p.returncode == 0 and p.stdout == b"short\n"


def test_run_e_and_l(tmp_path):
    write(tmp_path / "m.lua", "return {v = 42}\n")
    p = lua2py(tmp_path, "run", "-l", "m", "-e", "print(m.v, arg[0])")
    assert p.returncode == 0, p.stderr
    assert p.stdout == b"42\tlua2py\n"


def test_run_stdin(tmp_path):
    p = lua2py(tmp_path, "run", "-", "a", "b", stdin=b"print(...) print(arg[0])\n")
    assert p.returncode == 0, p.stderr
    assert p.stdout == b"a\tb\n-\n"


def test_run_stdin_error_chunkname(tmp_path):
    p = lua2py(tmp_path, "run", "-", stdin=b"\nerror('bad')\n")
    assert p.returncode == 1
    assert err_lines(p)[0] == "lua: stdin:2: bad"


def test_print_and_io_write_order(tmp_path):
    write(tmp_path / "o.lua", "print('a') io.write('b\\n') print('c') io.write('d') print()\n")
    p = lua2py(tmp_path, "run", "o.lua")
    assert p.returncode == 0, p.stderr
    assert p.stdout == b"a\nb\nc\nd\n"


def test_uncaught_error(tmp_path):
    write(tmp_path / "e.lua", "print('before')\nlocal t = nil\nerror('boom')\n")
    p = lua2py(tmp_path, "run", "e.lua")
    assert p.returncode == 1
    assert p.stdout == b"before\n"
    lines = err_lines(p)
    assert lines[0] == "lua: e.lua:3: boom"
    assert lines[1] == "stack traceback:"
    assert "\t[C]: in function 'error'" in lines
    assert "\te.lua:3: in main chunk" in lines
    assert lines[-1] == "\t[C]: in ?"


# uncaught errors' tracebacks, recorded from lua5.4: functions named by how they were called
# (upvalue, field, method, local, metamethod), library functions as C levels by their global
# names ('error', 'table.sort', 'string.rep'), tail calls collapsed
TRACEBACKS = {
    'e1.lua': ('local function lvl3() error("boom") end\nlocal t = {}\nfunction t.f() lvl3() end\nlocal obj = {}\nfunction obj:m() t.f() end\nlocal function g() obj:m() end\ng()\n',
           "lua: e1.lua:1: boom\nstack traceback:\n\t[C]: in function 'error'\n\te1.lua:1: in upvalue 'lvl3'\n\te1.lua:3: in field 'f'\n\te1.lua:5: in method 'm'\n\te1.lua:6: in local 'g'\n\te1.lua:7: in main chunk\n\t[C]: in ?\n"),
    'e2.lua': ('local function cmp(a, b) return a.x < b end\ntable.sort({1, 2, 3}, cmp)\n',
           "lua: e2.lua:1: attempt to index a number value (local 'a')\nstack traceback:\n\te2.lua:1: in function <e2.lua:1>\n\t[C]: in function 'table.sort'\n\te2.lua:2: in main chunk\n\t[C]: in ?\n"),
    'e4.lua': ('local t = setmetatable({}, {__index = function(t, k) assert(false, "no " .. k) end})\nlocal function get() return t.foo end\nprint(get())\n',
           "lua: e4.lua:1: no foo\nstack traceback:\n\t[C]: in function 'assert'\n\te4.lua:1: in metamethod 'index'\n\te4.lua:2: in local 'get'\n\te4.lua:3: in main chunk\n\t[C]: in ?\n"),
    'e6.lua': ('local M = {}\nfunction M.run(f) return f() end\nM.run(function() local s = ("x"):rep(-1, {}) + 1 end)\n',
           "lua: e6.lua:3: bad argument #2 to 'rep' (string expected, got table)\nstack traceback:\n\t[C]: in function 'string.rep'\n\te6.lua:3: in function <e6.lua:3>\n\t(...tail calls...)\n\te6.lua:3: in main chunk\n\t[C]: in ?\n"),
    'e7.lua': ('local v = "a"\nlocal function g() return v + 1 end\ng()\n',
           "lua: e7.lua:2: attempt to add a 'string' with a 'number'\nstack traceback:\n\t[C]: in metamethod 'add'\n\te7.lua:2: in local 'g'\n\te7.lua:3: in main chunk\n\t[C]: in ?\n"),
}


@pytest.mark.parametrize("name", sorted(TRACEBACKS))
def test_uncaught_error_traceback(tmp_path, name):
    src, want = TRACEBACKS[name]
    write(tmp_path / name, src)
    p = lua2py(tmp_path, "run", name)
    assert p.returncode == 1
    assert p.stderr.decode() == want


def test_uncaught_error_values(tmp_path):
    write(tmp_path / "t.lua", "error({})\n")
    write(tmp_path / "s.lua", "error(setmetatable({}, {__tostring = function() return 'custom' end}))\n")
    write(tmp_path / "n.lua", "error()\n")
    write(tmp_path / "c.lua", "local f\nf()\n")
    assert err_lines(lua2py(tmp_path, "run", "t.lua"))[0] == "lua: (error object is a table value)"
    p = lua2py(tmp_path, "run", "s.lua")
    assert p.returncode == 1 and err_lines(p) == ["lua: custom"]
    assert err_lines(lua2py(tmp_path, "run", "n.lua"))[0] == "lua: (error object is a nil value)"
    assert err_lines(lua2py(tmp_path, "run", "c.lua"))[0] == "lua: c.lua:2: attempt to call a nil value (local 'f')"


def test_call_nil_global_message(tmp_path):
    write(tmp_path / "g.lua", "print(pcall(function() undefinedfn() end))\nprint(pcall(undefinedfn))\n")
    p = lua2py(tmp_path, "run", "g.lua")
    assert p.returncode == 0, p.stderr
    assert p.stdout == (b"false\tg.lua:1: attempt to call a nil value (global 'undefinedfn')\n"
                        b"false\tattempt to call a nil value\n")


def test_os_exit(tmp_path):
    write(tmp_path / "x.lua", "io.write('partial') os.exit(3)\n")
    p = lua2py(tmp_path, "run", "x.lua")
    assert p.returncode == 3 and p.stdout == b"partial"
    write(tmp_path / "y.lua", "os.exit(false)\n")
    assert lua2py(tmp_path, "run", "y.lua").returncode == 1
    write(tmp_path / "z.lua", "os.exit(true)\n")
    assert lua2py(tmp_path, "run", "z.lua").returncode == 0


def test_syntax_error(tmp_path):
    write(tmp_path / "bad.lua", "local x = 1\nx = = 2\n")
    p = lua2py(tmp_path, "run", "bad.lua")
    assert p.returncode == 1
    assert err_lines(p)[0] == "lua: bad.lua:2: unexpected symbol near '='"
    assert p.stdout == b""


def test_missing_script(tmp_path):
    p = lua2py(tmp_path, "run", "nofile.lua")
    assert p.returncode == 1
    assert err_lines(p)[0] == "lua: cannot open nofile.lua: No such file or directory"


def test_shebang_line_skipped(tmp_path):
    write(tmp_path / "sb.lua", "#!/usr/bin/env lua\nprint(1)\nerror('x')\n")
    p = lua2py(tmp_path, "run", "sb.lua")
    assert p.stdout == b"1\n"
    assert err_lines(p)[0] == "lua: sb.lua:3: x"


def test_deep_recursion_works(tmp_path):
    write(tmp_path / "deep.lua",
          "local function f(n) if n == 0 then return 0 end return 1 + f(n - 1) end\nprint(f(15000))\n"
          "local function g(n) if n == 0 then return 0 end local ok, v = pcall(g, n - 1) return v + 1 end\n"
          "print(g(150))\n"
          # 5000 nested pcalls pass lua5.4's C-call limit (LUAI_MAXCCALLS, 200): the innermost
          # pcall returns the 'C stack overflow' message, and adding 1 to it fails as in lua5.4
          "print(g(5000))\n")
    p = lua2py(tmp_path, "run", "deep.lua")
    assert p.returncode == 1
    assert p.stdout == b"15000\n150\n"
    assert err_lines(p)[0] == "lua: deep.lua:3: attempt to add a 'string' with a 'number'"


def test_stack_overflow_is_a_lua_error(tmp_path):
    write(tmp_path / "so.lua",
          "local function f(n) return 1 + f(n + 1) end\n"
          "local ok, msg = pcall(f, 1)\nprint(ok, msg)\n"
          "f(1)\n")
    p = lua2py(tmp_path, "run", "so.lua")
    assert p.stdout == b"false\tso.lua:1: stack overflow\n"
    assert p.returncode == 1
    assert err_lines(p)[0] == "lua: so.lua:1: stack overflow"


def test_require_and_package(tmp_path):
    write(tmp_path / "sub" / "m.lua", "local name, path = ...\nreturn {name = name, path = path}\n")
    write(tmp_path / "r.lua",
          "package.path = './sub/?.lua;' .. package.path\n"
          "local m = require('m')\nprint(m.name, m.path, require('m') == m, package.loaded.m == m)\n"
          "print(package.searchpath('m', './sub/?.lua'))\n"
          "package.preload.pre = function(...) return 'pre:' .. select('#', ...) end\n"
          "print(require('pre'))\n"
          "print(select(2, pcall(require, 'nomod')))\n")
    p = lua2py(tmp_path, "run", "r.lua")
    assert p.returncode == 0, p.stderr
    out = p.stdout.decode().splitlines()
    assert out[0] == "m\t./sub/m.lua\ttrue\ttrue"
    assert out[1] == "./sub/m.lua"
    assert out[2] == "pre:2\t:preload:"
    assert out[3] == "module 'nomod' not found:"
    assert out[4] == "\tno field package.preload['nomod']"
    assert out[5] == "\tno file './sub/nomod.lua'"


@pytest.mark.parametrize("given, expected", [
    ("./?.lua;./?/init.lua;;", "./?.lua;./?/init.lua;{d}"),
    (";;", "{d}"),
    (";;./x/?.lua", "{d};./x/?.lua"),
    ("a/?.lua;;b/?.lua", "a/?.lua;{d};b/?.lua"),
    ("a;;;", "a;{d};;"),
    ("a;b", "a;b"),
])
def test_lua_path_default_mark(tmp_path, given, expected):
    # loadlib.c's setpath: the default path replaces the first ";;", with a ";" only next
    # to a prefix or suffix that is there (lua5.4 prints these; LUA_PATH="./?.lua;;" is the
    # usual way to put a tree first)
    p = lua2py(tmp_path, "run", "-E", "-e", "print(package.path)")
    default = p.stdout.decode().strip()
    p = lua2py(tmp_path, "run", "-e", "print(package.path)", LUA_PATH=given, LUA_PATH_5_4=None)
    assert p.returncode == 0, p.stderr
    assert p.stdout.decode().strip() == expected.format(d=default)


def test_require_python_module(tmp_path):
    write(tmp_path / "py.lua",
          "local json = require('py:json')\n"
          "print(json.dumps({1, 2}), json.loads('[1, 2, 3]')[3])\n"
          "local math = require('py:math')\nprint(math.sqrt(16), math.pi > 3)\n"
          "local b = require('py:builtins')\nprint(b.divmod(7, 2))\n")
    p = lua2py(tmp_path, "run", "py.lua")
    assert p.returncode == 0, p.stderr
    assert p.stdout.decode().splitlines()[1:] == ["4.0\ttrue", "3\t1"]


def test_dofile_loadfile_load(tmp_path):
    write(tmp_path / "d.lua", "return 1, 2\n")
    write(tmp_path / "main.lua",
          "print(dofile('d.lua'))\nprint(loadfile('d.lua')())\n"
          "print(loadfile('none.lua'))\n"
          "print(load('return ...', 'c')(7, 8))\n"
          "print(load('x ='))\n"
          "print(load('return 1', 'n', 'b'))\n"
          "local parts = {'return ', '4', '2'}\nlocal i = 0\n"
          "print(load(function() i = i + 1 return parts[i] end)())\n"
          "local env = {y = 5}\nprint(load('return y', 'e', 't', env)())\n")
    p = lua2py(tmp_path, "run", "main.lua")
    assert p.returncode == 0, p.stderr
    assert p.stdout.decode().splitlines() == [
        "1\t2", "1\t2", "nil\tcannot open none.lua: No such file or directory", "7\t8",
        "nil\t[string \"x =\"]:1: unexpected symbol near <eof>",
        "nil\tattempt to load a text chunk (mode is 'b')", "42", "5"]


def test_version(tmp_path):
    p = lua2py(tmp_path, "--version")
    assert p.returncode == 0 and p.stdout.startswith(b"lua2py ")


# ---------------------------------------------------------------- cache


def _entries(tmp_path, sub):
    return sorted((tmp_path / "xdg-cache" / "lua2py" / sub).glob("*.pyc"))


def test_cache_hit_on_second_run(tmp_path):
    body = "local t = {}\n" + "".join("t[%d] = %d * 2\n" % (i, i) for i in range(1, 2001)) + "print(#t, t[2000])\n"
    write(tmp_path / "big.lua", body)
    p1 = lua2py(tmp_path, "run", "big.lua", LUA2PY_CACHE_TRACE="1")
    assert p1.returncode == 0, p1.stderr
    assert p1.stdout == b"2000\t4000\n"
    assert b"lua2py-cache: miss" in p1.stderr
    # in the user cache directory, nothing beside the script
    assert [f.name.split("-")[0] for f in _entries(tmp_path, "files")] == ["big"]
    assert sorted(f.name for f in tmp_path.iterdir()) == ["big.lua", "xdg-cache"]
    p2 = lua2py(tmp_path, "run", "big.lua", LUA2PY_CACHE_TRACE="1")
    assert p2.stdout == b"2000\t4000\n"
    assert b"lua2py-cache: hit" in p2.stderr and b"miss" not in p2.stderr
    # a changed source is recompiled
    write(tmp_path / "big.lua", body + "print('changed')\n")
    p3 = lua2py(tmp_path, "run", "big.lua", LUA2PY_CACHE_TRACE="1")
    assert p3.stdout.endswith(b"changed\n") and b"miss" in p3.stderr


def test_program_listing_its_directory_sees_no_cache(tmp_path):
    # Penlight's test-dir lists its own folders: a cache folder there changes its output
    write(tmp_path / "d" / "m.lua", "return 1\n")
    write(tmp_path / "d" / "main.lua",
          "package.path = './?.lua;' .. package.path\nrequire 'm'\n"
          "local p = io.popen('ls -a')\nio.write(p:read('a'))\np:close()\n")
    for _ in range(2):
        p = lua2py(tmp_path, "run", "main.lua", cwd=tmp_path / "d")
        assert p.returncode == 0, p.stderr
        assert p.stdout == b".\n..\nm.lua\nmain.lua\n"


def test_cache_beside_sources_on_request(tmp_path):
    write(tmp_path / "c.lua", "print('beside')\n")
    for _ in range(2):
        p = lua2py(tmp_path, "run", "c.lua", LUA2PY_CACHE_BESIDE="1", LUA2PY_CACHE_TRACE="1")
        assert p.stdout == b"beside\n"
    assert b"hit" in p.stderr
    assert list((tmp_path / "__luacache__").glob("c.*.pyc"))
    assert not _entries(tmp_path, "files")


def test_cache_dir_variable(tmp_path):
    write(tmp_path / "c.lua", "print('elsewhere')\n")
    p = lua2py(tmp_path, "run", "c.lua", LUA2PY_CACHE_DIR=str(tmp_path / "mine"))
    assert p.stdout == b"elsewhere\n"
    assert list((tmp_path / "mine" / "files").glob("c-*.pyc"))
    assert not (tmp_path / "xdg-cache").exists()


def test_cache_disabled_and_corrupt(tmp_path):
    write(tmp_path / "c.lua", "print('ok')\n")
    p = lua2py(tmp_path, "run", "c.lua", LUA2PY_NO_CACHE="1")
    assert p.stdout == b"ok\n" and not (tmp_path / "xdg-cache").exists()
    lua2py(tmp_path, "run", "c.lua")
    [entry] = _entries(tmp_path, "files")
    good = entry.read_bytes()
    # garbage, a truncated entry, an empty one: ignored and replaced
    for bad in (b"garbage", good[:len(good) // 2], b""):
        entry.write_bytes(bad)
        p = lua2py(tmp_path, "run", "c.lua", LUA2PY_CACHE_TRACE="1")
        assert p.returncode == 0 and p.stdout == b"ok\n", p.stderr
        assert b"miss" in p.stderr
        assert entry.read_bytes() == good
    # an entry that can be neither read nor replaced (a directory in its place)
    entry.unlink()
    entry.mkdir()
    p = lua2py(tmp_path, "run", "c.lua")
    assert p.returncode == 0 and p.stdout == b"ok\n", p.stderr
    # a cache directory that cannot be created
    write(tmp_path / "blocked", "a file where the cache directory should be")
    p = lua2py(tmp_path, "run", "c.lua", LUA2PY_CACHE_DIR=str(tmp_path / "blocked" / "x"))
    assert p.returncode == 0 and p.stdout == b"ok\n", p.stderr


def test_cache_user_dir_when_beside_not_writable(tmp_path, monkeypatch):
    from lua2py import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("LUA2PY_CACHE_BESIDE", "1")
    monkeypatch.delenv("LUA2PY_NO_CACHE", raising=False)
    monkeypatch.delenv("LUA2PY_CACHE_DIR", raising=False)
    ro = tmp_path / "ro"
    ro.mkdir()
    src = "return 1 + 1\n"
    (ro / "__luacache__").write_text("not a directory")  # makes the local cache dir unusable
    before = dict(cache.STATS)
    code1 = cache.get_code(src, "@ro/x.lua", str(ro / "x.lua"))
    code2 = cache.get_code(src, "@ro/x.lua", str(ro / "x.lua"))
    assert cache.STATS["compiles"] == before["compiles"] + 1
    assert cache.STATS["hits"] == before["hits"] + 1
    assert list((tmp_path / "xdg" / "lua2py" / "files").glob("x-*.pyc"))
    assert code1.co_consts == code2.co_consts or code1.co_code == code2.co_code


def test_cache_entries_of_two_installations_do_not_collide(tmp_path, monkeypatch):
    """Two lua2py installations (or checkouts) sharing one user cache keep an entry each for
    the same script: alternating between them hits, instead of recompiling every time."""
    from lua2py import cache

    monkeypatch.setenv("LUA2PY_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.delenv("LUA2PY_CACHE_BESIDE", raising=False)
    script = str(tmp_path / "x.lua")
    here = cache.candidate_paths("@x.lua", script)
    assert cache.candidate_paths("@x.lua", script) == here
    monkeypatch.setattr(cache, "_INSTALLATION", str(tmp_path / "other" / "lua2py"))
    there = cache.candidate_paths("@x.lua", script)
    assert there != here and len(there) == len(here) == 1
    assert os.path.dirname(there[0]) == os.path.dirname(here[0])


LOADER = (
    "local parts = {}\n"
    "for i = 1, 200 do parts[#parts + 1] = ('local v%d = %d * 2'):format(i, i) end\n"
    "parts[#parts + 1] = 'return v1 + v200 + ...'\n"
    "local src = table.concat(parts, '\\n')\n"
    "local f = assert(load(src, '=generated'))\n"
    "print(f(1), load('return 7')())\n"
)


def test_load_chunks_cached_across_processes(tmp_path):
    write(tmp_path / "ld.lua", LOADER)
    p1 = lua2py(tmp_path, "run", "ld.lua", LUA2PY_CACHE_TRACE="1")
    assert p1.returncode == 0, p1.stderr
    assert p1.stdout == b"403\t7\n"
    assert p1.stderr.count(b"miss") == 3  # the file and its two load chunks
    assert len(_entries(tmp_path, "load")) == 2
    # a second process compiles nothing: it does not even import the compiler
    p2 = subprocess.run([sys.executable, "-X", "importtime", "-m", "lua2py", "run", "ld.lua"], cwd=tmp_path,
                        capture_output=True, timeout=TIMEOUT, env=_env(tmp_path, LUA2PY_CACHE_TRACE="1"))
    assert p2.stdout == b"403\t7\n"
    assert p2.stderr.count(b"lua2py-cache: hit") == 3 and b"miss" not in p2.stderr
    assert b"lua2py.transpiler" not in p2.stderr
    # another chunk name is another chunk (its error positions name it)
    write(tmp_path / "ld2.lua", LOADER.replace("=generated", "=other"))
    p3 = lua2py(tmp_path, "run", "ld2.lua", LUA2PY_CACHE_TRACE="1")
    assert p3.stdout == b"403\t7\n"
    assert len(_entries(tmp_path, "load")) == 3


def test_load_cache_prunes_least_recently_used(tmp_path, monkeypatch):
    from lua2py import cache

    monkeypatch.setenv("LUA2PY_CACHE_DIR", str(tmp_path / "c"))
    d = tmp_path / "c" / "load"
    d.mkdir(parents=True)
    for i in range(10):
        f = d / ("%02d.cpython-311.pyc" % i)
        f.write_bytes(b"x" * 1000)
        os.utime(f, (1000 + i, 1000 + i))
    assert cache.prune_load_cache(limit=20000) == 0
    assert cache.prune_load_cache(limit=8000) == 4  # down to 6000 bytes: the four oldest go
    assert sorted(f.name[:2] for f in d.glob("*.pyc")) == ["04", "05", "06", "07", "08", "09"]


def test_load_cache_stays_bounded(tmp_path):
    prog = ("for i = 1, 40 do load(('local x = %%d ' .. string.rep('x = x + 1 ', 20) .. 'return x'):format(i + %d))() end\n")
    write(tmp_path / "a.lua", prog % 0)
    write(tmp_path / "b.lua", prog % 100)
    p = lua2py(tmp_path, "run", "a.lua")
    assert p.returncode == 0, p.stderr
    first = {f.name: f.stat().st_size for f in _entries(tmp_path, "load")}
    assert len(first) == 40
    limit = sum(first.values()) // 2
    # the second program's 40 chunks go over the limit: the oldest entries (the first program's) go
    p = lua2py(tmp_path, "run", "b.lua", LUA2PY_LOAD_CACHE_MB=str(limit / 1024 / 1024))
    assert p.returncode == 0, p.stderr
    now = {f.name: f.stat().st_size for f in _entries(tmp_path, "load")}
    assert 0 < sum(now.values()) <= limit
    assert not set(now) & set(first)


# ---------------------------------------------------------------- convert and check


def test_convert_tree_and_run(tmp_path):
    src = tmp_path / "src"
    write(src / "main.lua", "print('main', ...)\nprint(arg[1])\n")
    write(src / "lib" / "util.lua", "local x = 40\nprint(x + 2)\n")
    out = tmp_path / "out"
    p = lua2py(tmp_path, "convert", "src", "-o", "out")
    assert p.returncode == 0, p.stderr
    assert (out / "main.py").exists() and (out / "lib" / "util.py").exists()
    r = subprocess.run([sys.executable, str(out / "main.py"), "hello"], capture_output=True, timeout=TIMEOUT,
                       env=_env(tmp_path), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout == b"main\thello\nhello\n"
    r = subprocess.run([sys.executable, str(out / "lib" / "util.py")], capture_output=True, timeout=TIMEOUT,
                       env=_env(tmp_path), cwd=tmp_path)
    assert r.stdout == b"42\n"


def test_convert_single_file_error_status(tmp_path):
    write(tmp_path / "e.lua", "local t = {}\nprint('x')\nerror('converted error')\n")
    p = lua2py(tmp_path, "convert", "e.lua", "-o", "e_out.py")
    assert p.returncode == 0, p.stderr
    r = subprocess.run([sys.executable, "e_out.py"], capture_output=True, timeout=TIMEOUT,
                       env=_env(tmp_path), cwd=tmp_path)
    assert r.returncode == 1 and r.stdout == b"x\n"
    assert err_lines(r)[0] == "lua: e.lua:3: converted error"


def test_convert_failure_writes_nothing(tmp_path):
    src = tmp_path / "src"
    write(src / "good.lua", "print('good')\n")
    write(src / "bad.lua", "print('a')\nlocal = 3\n")
    p = lua2py(tmp_path, "convert", "src", "-o", "out")
    assert p.returncode == 1
    assert (tmp_path / "out" / "good.py").exists()
    assert not (tmp_path / "out" / "bad.py").exists()
    assert not [f for f in (tmp_path / "out").iterdir() if f.name.endswith(".tmp")]
    assert err_lines(p) == ["lua2py: bad.lua:2: <name> expected near '='"]


def test_convert_refuses_to_overwrite_foreign_file(tmp_path):
    write(tmp_path / "a.lua", "print(1)\n")
    write(tmp_path / "a.py", "# my own program\n")
    p = lua2py(tmp_path, "convert", "a.lua")
    assert p.returncode == 1
    assert (tmp_path / "a.py").read_text() == "# my own program\n"
    p = lua2py(tmp_path, "convert", "a.lua", "--force")
    assert p.returncode == 0 and "__lua_chunk__" in (tmp_path / "a.py").read_text()
    p = lua2py(tmp_path, "convert", "a.lua")  # a previous output may be replaced
    assert p.returncode == 0


def test_convert_format(tmp_path):
    pytest.importorskip("black")
    write(tmp_path / "f.lua", "local function add(a, b) return a + b end\nprint(add(1, 2))\n")
    p = lua2py(tmp_path, "convert", "f.lua", "--format")
    assert p.returncode == 0, p.stderr
    r = subprocess.run([sys.executable, "f.py"], capture_output=True, timeout=TIMEOUT, env=_env(tmp_path),
                       cwd=tmp_path)
    assert r.stdout == b"3\n"


def test_check(tmp_path):
    write(tmp_path / "ok.lua", "print(1)\n")
    write(tmp_path / "bad.lua", "x = = 1\n")
    write(tmp_path / "goto.lua", "goto nowhere\n")
    p = lua2py(tmp_path, "check", "ok.lua")
    assert p.returncode == 0 and p.stdout == b"" and p.stderr == b""
    p = lua2py(tmp_path, "check", "ok.lua", "bad.lua", "goto.lua")
    assert p.returncode == 1
    lines = err_lines(p)
    assert lines[0] == "lua2py: bad.lua:1: unexpected symbol near '='"
    assert lines[1] == "lua2py: goto.lua:2: no visible label 'nowhere' for <goto> at line 1"


def test_check_in_processes_reports_like_one(tmp_path):
    """-j N: the files shared among N processes (this one and forked children), the messages
    in the order of the files and the exit status as from one process, each message lua5.4's
    (luac -p's, checked file by file)."""
    tree = tmp_path / "tree"
    bad = {"a/bad1.lua": "x = = 1\n", "b/bad2.lua": "local t <const> = 1\nt = 2\n",
           "b/c/bad3.lua": "goto nowhere\n", "z.lua": "for i = 1 do end\n", "s.lua": "x = [[\nab\n"}
    for name, text in bad.items():
        write(tree / name, text)
    for i in range(12):  # good files of many sizes
        write(tree / ("m%d" % (i % 3)) / ("ok%02d.lua" % i),
              "local t = {}\n" + "t[#t + 1] = function(x) return x * %d end\n" % i * (600 * i + 1))
    from lua2py.convert import lua_files

    ordered = [Path(f) for f in lua_files(str(tree))]  # the order of a check's messages
    one = lua2py(tmp_path, "check", "-j", "1", "tree")
    assert one.returncode == 1
    assert len(err_lines(one)) == len(bad)
    for j in ("2", "3", "16"):
        many = lua2py(tmp_path, "check", "-j" + j, "tree")
        assert (many.returncode, many.stdout, many.stderr) == (one.returncode, one.stdout, one.stderr), j
    default = lua2py(tmp_path, "check", "tree")
    assert (default.returncode, default.stderr) == (one.returncode, one.stderr)
    luac = shutil.which("luac5.4")
    if luac:
        want = []
        for f in ordered:
            r = subprocess.run([luac, "-p", str(f.relative_to(tmp_path))], cwd=tmp_path, capture_output=True,
                               timeout=TIMEOUT)
            if r.returncode:
                want.append("lua2py: " + r.stderr.decode("latin-1").rstrip("\n").split(": ", 1)[1])
        assert err_lines(one) == want
    p = lua2py(tmp_path, "check", "-j", "0", "tree")
    assert p.returncode == 2 and b"-j needs a positive number" in p.stderr


# ---------------------------------------------------------------- finalizers' warnings


def test_gc_finalizer_errors_are_warnings(tmp_path):
    """An error in a __gc is lua_warning's "error in __gc (msg)" on stderr (with warnings
    on), during collectgarbage() and at the close; the program goes on.  Expected text
    recorded from lua5.4 5.4.4 (goldens compare stdout only)."""
    write(tmp_path / "w.lua", "\n".join([
        'warn("@on")',
        'local e = setmetatable({}, {__gc = function() error("boom") end})',
        'e = nil',
        'collectgarbage()',
        'local n = setmetatable({}, {__gc = 42})',
        'n = nil',
        'collectgarbage()',
        'print("goes on")',
        'local a = setmetatable({}, {__gc = function() error({}) end})',
        'local b = setmetatable({}, {__gc = function() error("x", 0) end})',
    ]) + "\n")
    p = lua2py(tmp_path, "run", "w.lua")
    assert p.returncode == 0
    assert p.stdout == b"goes on\n"
    assert err_lines(p) == [
        "Lua warning: error in __gc (w.lua:2: boom)",
        "Lua warning: error in __gc (attempt to call a number value (metamethod '__gc'))",
        "Lua warning: error in __gc (x)",
        "Lua warning: error in __gc (error object is not a string)",
    ]
    # warnings off (the default): nothing on stderr
    write(tmp_path / "w.lua", (tmp_path / "w.lua").read_text().replace('warn("@on")', ""))
    p = lua2py(tmp_path, "run", "w.lua")
    assert (p.returncode, p.stdout, p.stderr) == (0, b"goes on\n", b"")

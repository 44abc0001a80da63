"""The fixed costs of a lua2py process (issue 12): what each command imports before the
script's first line, and the cache fingerprint that replaced hashing every source file.

No timings here (the machine is shared): the import sets are what the start-up
figures in benchmarks/RESULTS.md depend on, checked as sets of module names.
"""
import os
import subprocess
import sys

import pytest
from pathlib import Path

from lua2py import cache

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 120

# prints the modules a command imported (stderr, after the program's own output)
DRIVER = (
    "import sys\n"
    "from lua2py.cli import main\n"
    "rc = main(sys.argv[1:])\n"
    "sys.stdout.flush()\n"
    "sys.stderr.write('MODULES ' + ' '.join(sorted(sys.modules)) + '\\n')\n"
    "raise SystemExit(rc)\n"
)


def _checkout_env():
    """The environment with this checkout first on PYTHONPATH."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def _python_code(code):
    return subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=TIMEOUT,
                          env=_checkout_env())


def _modules(tmp_path, *args):
    env = _checkout_env()
    env["XDG_CACHE_HOME"] = str(tmp_path / "xdg-cache")
    for k in ("LUA2PY_NO_CACHE", "LUA2PY_CACHE_DIR", "LUA2PY_CACHE_BESIDE", "LUA_INIT", "LUA_INIT_5_4"):
        env.pop(k, None)
    p = subprocess.run([sys.executable, "-c", DRIVER, *args], cwd=tmp_path, capture_output=True,
                       timeout=TIMEOUT, env=env)
    assert p.returncode == 0, p.stderr
    line = [x for x in p.stderr.decode().splitlines() if x.startswith("MODULES ")][-1]
    return p.stdout, set(line.split()[1:])


def _site_modules():
    """What this interpreter imports before any lua2py code (site, .pth files)."""
    p = subprocess.run([sys.executable, "-c", "import sys; print(' '.join(sys.modules))"],
                       capture_output=True, timeout=TIMEOUT)
    return set(p.stdout.decode().split())


# modules a script that uses none of them must not pay for
NOT_AT_START = ("lua2py.transpiler", "luaparser", "antlr4", "asyncio", "tempfile", "base64", "dis",
                "locale", "ssl", "subprocess", "socket", "argparse", "lua2py.repl", "lua2py.importer", "re", "enum",
                "typing", "queue", "threading", "zlib", "struct", "lua2py.runtime.stdlib.lhooks")


def _loaded(mods, name):
    return name in mods or any(m.startswith(name + ".") for m in mods)


def test_run_of_a_cached_script_imports_neither_compiler_nor_slow_modules(tmp_path):
    (tmp_path / "hello.lua").write_text('local t = {}\nfor i = 1, 3 do t[i] = i end\n'
                                        'print(string.format("%d", #t), os.time() > 0, io.write)\n')
    _modules(tmp_path, "run", "hello.lua")  # fills the cache
    out, mods = _modules(tmp_path, "run", "hello.lua")
    assert out.startswith(b"3\ttrue\tfunction: ")
    site = _site_modules()
    extra = [n for n in NOT_AT_START if _loaded(mods, n) and not _loaded(site, n)]
    assert extra == []
    if "_sha256" in sys.builtin_module_names or _importable("_sha256"):
        assert "hashlib" not in mods or "hashlib" in site  # OpenSSL's start-up, for one sha256


def _importable(name):
    try:
        __import__(name)
        return True
    except ImportError:
        return False


def test_check_imports_the_front_end_alone(tmp_path):
    (tmp_path / "a.lua").write_text("local x = 1\nreturn x\n")
    out, mods = _modules(tmp_path, "check", "a.lua")
    site = _site_modules()
    for n in ("lua2py.runtime.stdlib", "lua2py.transpiler.analysis", "lua2py.transpiler.codegen", "luaparser",
              "lua2py.cache", "lua2py.runner", "argparse", "tempfile", "lua2py.runtime.core.errors",
              "lua2py.runtime.core.state", "re", "enum", "threading", "zlib"):
        assert not _loaded(mods, n) or _loaded(site, n), n


def test_fingerprint_follows_every_source_file(tmp_path):
    """An edited file (even to the same size), a new file and a new subpackage each change the
    stat fingerprint; caches and a listing of __pycache__ do not."""
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "a.py").write_text("x = 1\n")
    (pkg / "sub" / "b.py").write_text("y = 2\n")

    def fp():
        h = cache.sha256()
        cache._stat_tree(h, str(pkg))
        return h.digest()

    first = fp()
    assert fp() == first
    (pkg / "__pycache__").mkdir()
    (pkg / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"junk")
    (pkg / "notes.txt").write_text("not code")
    assert fp() == first
    st = os.stat(pkg / "sub" / "b.py")
    (pkg / "sub" / "b.py").write_text("y = 3\n")  # same size
    os.utime(pkg / "sub" / "b.py", ns=(st.st_atime_ns, st.st_mtime_ns + 1000))
    second = fp()
    assert second != first
    (pkg / "c.py").write_text("")
    third = fp()
    assert third not in (first, second)
    (pkg / "sub2").mkdir()
    (pkg / "sub2" / "d.py").write_text("")
    assert fp() not in (first, second, third)


def test_fingerprint_covers_the_compiler_and_the_runtime():
    dirs = dict(cache._package_dirs())
    assert set(dirs) == {"transpiler", "runtime"}
    assert os.path.isfile(os.path.join(dirs["transpiler"], "codegen", "module.py"))
    assert os.path.isfile(os.path.join(dirs["runtime"], "stdlib", "lbase.py"))


def test_edited_compiler_file_invalidates_the_cache(tmp_path):
    """End to end, in a copy of the checkout: touching a compiler file makes the next run
    recompile (the entry's key no longer matches)."""
    copy = _copy_checkout(tmp_path)
    (tmp_path / "a.lua").write_text("print('hi')\n")
    env = dict(os.environ, PYTHONPATH=str(copy), XDG_CACHE_HOME=str(tmp_path / "xdg"), LUA2PY_CACHE_TRACE="1")
    env.pop("LUA2PY_NO_CACHE", None)

    def run():
        p = subprocess.run([sys.executable, "-m", "lua2py", "run", "a.lua"], cwd=tmp_path, capture_output=True,
                           timeout=TIMEOUT, env=env)
        assert p.returncode == 0 and p.stdout == b"hi\n", p.stderr
        return p.stderr.decode()

    assert "lua2py-cache: miss" in run()
    assert "lua2py-cache: hit" in run()
    target = copy / "transpiler" / "codegen" / "module.py"
    st = os.stat(target)
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    assert "lua2py-cache: miss" in run()
    assert "lua2py-cache: hit" in run()


def _copy_checkout(tmp_path):
    import shutil

    copy = tmp_path / "checkout"
    for d in ("lua2py", "transpiler", "runtime"):
        shutil.copytree(ROOT / d, copy / d, ignore=shutil.ignore_patterns("__pycache__", "*.c", "build"))
    return copy


# prints how each of lua2py's runtime modules was loaded (the module bundle's loader or not)
LOADERS = (
    "import sys\n"
    "from lua2py.cli import main\n"
    "rc = main(sys.argv[1:])\n"
    "sys.stdout.flush()\n"
    "mods = [m for n, m in sorted(sys.modules.items()) if n.startswith('lua2py.runtime.')]\n"
    "kinds = {type(m.__spec__.loader).__name__ if not isinstance(m.__spec__.loader, type)\n"
    "         else m.__spec__.loader.__name__ for m in mods if getattr(m, '__file__', '').endswith('.py')}\n"
    "sys.stderr.write('LOADERS ' + ' '.join(sorted(kinds)) + '\\n')\n"
    "raise SystemExit(rc)\n"
)


def test_module_bundle_serves_lua2py_until_a_source_changes(tmp_path):
    """lua2py/modbundle.py: the first run imports lua2py's modules the ordinary way and writes
    the bundle; the next is served from it and writes nothing; an edited module (to the same
    size) is imported from its new source and rewritten into the bundle; LUA2PY_NO_CACHE
    reads and writes none."""
    copy = _copy_checkout(tmp_path)
    (tmp_path / "a.lua").write_text("print(utf8.charpattern == '[\\0-\\x7F\\xC2-\\xFD][\\x80-\\xBF]*')\n")
    cache_dir = tmp_path / "cache"
    env = dict(os.environ, PYTHONPATH=str(copy), LUA2PY_CACHE_DIR=str(cache_dir))
    env.pop("LUA2PY_NO_CACHE", None)

    def run(**extra):
        p = subprocess.run([sys.executable, "-c", LOADERS, "run", "a.lua"], cwd=tmp_path, capture_output=True,
                           timeout=TIMEOUT, env=dict(env, **extra))
        assert p.returncode == 0, p.stderr
        loaders = [x for x in p.stderr.decode().splitlines() if x.startswith("LOADERS ")][-1].split()[1:]
        return p.stdout, loaders

    def bundle():
        found = list(cache_dir.glob("modules-*.bin"))
        return (found[0].stat().st_mtime_ns, found[0].read_bytes()) if found else None

    assert run() == (b"true\n", ["KeepingLoader"])
    first = bundle()
    assert first is not None
    assert run() == (b"true\n", ["BundleLoader"])
    assert bundle() == first  # nothing new: not written
    target = copy / "runtime" / "stdlib" / "lutf8.py"
    text = target.read_text()
    assert 'CHARPATTERN = "[\\0-' in text
    st = os.stat(target)
    target.write_text(text.replace('CHARPATTERN = "[\\0-', 'CHARPATTERN = "[\\1-'))
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 1000))
    assert run() == (b"false\n", ["BundleLoader", "KeepingLoader"])
    second = bundle()
    assert second[1] != first[1]
    assert run() == (b"false\n", ["BundleLoader"])
    assert run(LUA2PY_NO_CACHE="1") == (b"false\n", ["SourceFileLoader"])
    assert bundle() == second
    # a damaged bundle never fails a run: a code that does not unmarshal is compiled from
    # its source again, a truncated or garbage file serves what it still holds whole (or
    # nothing); each is written anew
    import marshal

    path = next(cache_dir.glob("modules-*.bin"))
    data = bytearray(second[1])
    from lua2py import modbundle

    n = len(modbundle.MAGIC) + 4 + 8  # magic, Python's magic number, the index's size
    size = int.from_bytes(data[n - 8:n], "little")
    _, index = marshal.loads(bytes(data[n:n + size]))
    start = index["lua2py.runtime.stdlib.lutf8"][4]
    data[n + size + start] = 0  # (no marshal type)
    path.write_bytes(bytes(data))
    assert run() == (b"false\n", ["BundleLoader"])
    assert bundle()[1] != bytes(data)
    assert run() == (b"false\n", ["BundleLoader"])
    for junk in (b"junk", second[1][:len(second[1]) // 2], b""):
        path.write_bytes(junk)
        assert run()[0] == b"false\n"
        assert run() == (b"false\n", ["BundleLoader"])
    # a cache folder that cannot be written (nor a bundle read): the ordinary imports
    path.unlink()
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be")
    assert run(LUA2PY_CACHE_DIR=str(blocked / "x")) == (b"false\n", ["SourceFileLoader"])


def test_bundle_written_by_a_pure_run_keeps_the_compiled_twins(tmp_path):
    """A bundle written while the compiler ran pure (LUA2PY_PURE=1, or twins not yet built)
    holds the pure analysis and codegen modules: a run whose twins are current must still
    import the compiled ones (their package's search path differs, so the bundle's entries
    are not used for them)."""
    from lua2py.transpiler import analysis

    if analysis.IMPLEMENTATION != "compiled":
        pytest.skip("the compiled twins are not built in this checkout")
    copy = _copy_checkout(tmp_path)
    env = dict(os.environ, PYTHONPATH=str(copy), LUA2PY_CACHE_DIR=str(tmp_path / "cache"))
    for k in ("LUA2PY_NO_CACHE", "LUA2PY_PURE"):
        env.pop(k, None)
    code = ("import lua2py.transpiler.analysis.model as m, lua2py.transpiler.codegen.arith as a\n"
            "from lua2py.transpiler import analysis, codegen\n"
            "print(analysis.IMPLEMENTATION, codegen.IMPLEMENTATION,"
            " m.__file__.split('/')[-2], a.__file__.split('/')[-2])\n")

    def run(**extra):
        p = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                           timeout=TIMEOUT, env=dict(env, **extra))
        assert p.returncode == 0, p.stderr
        return p.stdout.decode().split()

    assert run(LUA2PY_PURE="1") == ["pure", "pure", "analysis", "codegen"]
    assert list((tmp_path / "cache").glob("modules-*.bin"))
    for _ in range(2):
        assert run() == ["compiled", "compiled", "_compiled", "_compiled"]
    assert run(LUA2PY_PURE="1") == ["pure", "pure", "analysis", "codegen"]


def test_modules_from_the_bundle_are_as_imported(tmp_path):
    """What a bundled module holds is what the ordinary import gave it: file, package, search
    path, the .py's code (its file name in tracebacks)."""
    cache_dir = tmp_path / "cache"
    code = (
        "import json, sys\n"
        "import lua2py.runtime.stdlib.linit, lua2py.runtime.net.lhttp\n"
        "out = {}\n"
        "for n in ('lua2py.runtime.stdlib.lstring', 'lua2py.runtime.net', 'lua2py.runtime.net.lhttp'):\n"
        "    m = sys.modules[n]\n"
        "    out[n] = [m.__file__, m.__package__, getattr(m, '__path__', None), m.__spec__.origin,\n"
        "              m.__spec__.parent, m.__spec__.submodule_search_locations, m.__cached__,\n"
        "              m.__loader__.get_filename(n), m.__loader__.is_package(n), len(m.__loader__.get_source(n)),\n"
        "              len(m.__loader__.get_data(m.__file__))]\n"
        "from lua2py.runtime.stdlib import lstring\n"
        "out['co_filename'] = lstring.open_string.__code__.co_filename\n"
        "print(json.dumps(out))\n"
    )
    env = dict(_checkout_env(), LUA2PY_CACHE_DIR=str(cache_dir))
    env.pop("LUA2PY_NO_CACHE", None)
    runs = []
    for extra in ({"LUA2PY_NO_CACHE": "1"}, {}, {}):
        p = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=TIMEOUT, env=dict(env, **extra))
        assert p.returncode == 0, p.stderr
        runs.append(p.stdout)
    assert runs[0] == runs[1] == runs[2]
    assert list(cache_dir.glob("modules-*.bin"))


def test_tmpname_suffixes():
    """os.tmpname draws from os.urandom now (random's import was start-up cost)."""
    from lua2py.runtime.stdlib import los

    names = set()
    for _ in range(20):
        s = los._tmp_suffix()
        assert len(s) == 6 and all(c in los._TMPCHARS for c in s)
        names.add(s)
    assert len(names) == 20


def test_compiling_skips_the_antlr_runtime_and_leaves_it_whole():
    """frontend/nodes.py: luaparser's astnodes without antlr4/__init__ (the whole ANTLR
    runtime); importing antlr4 afterwards gives the complete package, and luaparser's own
    (ANTLR) parser still works beside ours."""
    code = (
        "import sys\n"
        "from lua2py.transpiler import compile_lua\n"
        "compile_lua('local x = 1 return x + 1', '=t')\n"
        "assert 'antlr4' not in sys.modules, 'antlr4 package imported'\n"
        "assert 'antlr4.atn.ATN' not in sys.modules\n"
        "import antlr4\n"
        "from luaparser import ast, astnodes\n"
        "assert antlr4.CommonTokenStream and astnodes.CommonToken is sys.modules['antlr4.Token'].CommonToken\n"
        "tree = ast.parse('local y = 2')\n"
        "assert tree.body.body[0].targets[0].id == 'y'\n"
        "print('ok')\n"
    )
    p = _python_code(code)
    assert p.returncode == 0 and p.stdout == b"ok\n", p.stderr


def _run_main(tmp_path, *args, pre=()):
    env = _checkout_env()
    env["XDG_CACHE_HOME"] = str(tmp_path / "xdg-cache")
    return subprocess.run([sys.executable, *pre, "-m", "lua2py", *args], cwd=tmp_path, capture_output=True,
                          timeout=TIMEOUT, env=env)


def test_process_exit_keeps_what_the_interpreter_exit_did(tmp_path):
    """cli.exit_process ends `python -m lua2py` without the interpreter's teardown: open files
    are still closed (their buffers written, as lua_close does), a big output is flushed whole,
    os.exit's status and an error's status are kept."""
    out = tmp_path / "out.txt"
    (tmp_path / "a.lua").write_text(
        'local f = io.open(%r, "w")\nf:write(string.rep("x", 10000))\n'  # never closed nor flushed
        'for i = 1, 20000 do io.write(i, "\\n") end\nos.exit(7)\n' % str(out))
    p = _run_main(tmp_path, "run", "a.lua")
    assert p.returncode == 7, p.stderr
    assert p.stdout == b"".join(b"%d\n" % i for i in range(1, 20001))
    assert out.read_bytes() == b"x" * 10000
    (tmp_path / "b.lua").write_text('print("before")\nerror("boom")\n')
    p = _run_main(tmp_path, "run", "b.lua")
    assert p.returncode == 1 and p.stdout == b"before\n" and b"boom" in p.stderr


def test_process_exit_after_python_modules_is_the_interpreters(tmp_path):
    """A program that imported Python modules gets the interpreter's full teardown: a Python
    file it left open (a global: alive until the end) is flushed by its finalizer."""
    out = tmp_path / "py.txt"
    (tmp_path / "p.lua").write_text('local b = require "py:builtins"\nF = b.open(%r, "w")\n'
                                    'F.write("from a Python file")\n' % str(out))
    p = _run_main(tmp_path, "run", "p.lua")
    assert p.returncode == 0, p.stderr
    assert out.read_text() == "from a Python file"


def test_process_exit_leaves_profilers_their_report(tmp_path):
    """Under cProfile (a profiler writes its report after the program) the ordinary exit is taken."""
    (tmp_path / "c.lua").write_text('print("hi")\n')
    p = _run_main(tmp_path, "run", "c.lua", pre=("-m", "cProfile", "-s", "ncalls"))
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith(b"hi\n") and b"function calls" in p.stdout


def test_copas_http_script_imports_no_slow_modules(tmp_path):
    """`require "copas"` + `require "copas.http"` (the benchmarks/net client's start-up): no
    asyncio, socket/selectors, re/enum (url and status-line parsing are by hand), base64
    (credentials only), opcode (lhooks writes CPython 3.11's numbers out), typing, threading
    (the runner's _thread), zlib, heapq (evloop's _heapq), lhooks (no hook set), copas's
    lock / semaphore / queue / timer (not required)."""
    (tmp_path / "c.lua").write_text('local copas = require "copas"\nlocal http = require "copas.http"\n'
                                    'print(type(http.request), copas.running)\n')
    _modules(tmp_path, "run", "c.lua")  # fills the cache
    out, mods = _modules(tmp_path, "run", "c.lua")
    assert out == b"function\tfalse\n"
    site = _site_modules()
    slow = ("asyncio", "socket", "selectors", "re", "enum", "base64", "opcode", "typing", "dis",
            "lua2py.transpiler", "luaparser", "queue", "lua2py.runtime.stdlib.interop", "threading",
            "zlib", "struct", "heapq", "lua2py.runtime.stdlib.lhooks", "lua2py.runtime.net.lcopas_sync")
    assert [n for n in slow if _loaded(mods, n) and not _loaded(site, n)] == []
    assert "lua2py.runtime.net.lcopas" in mods


def test_collector_is_on_while_the_program_runs(tmp_path):
    """cli.entry turns the collector off for the start-up's imports; the Lua program runs with
    it on (collectgarbage("isrunning")), and a cycle with a __gc is collected and finalized."""
    (tmp_path / "g.lua").write_text(
        'print(collectgarbage("isrunning"))\n'
        'do local a = setmetatable({}, {__gc = function() print("gc") end}); a.self = a end\n'
        'collectgarbage()\nprint("after")\n')
    p = _run_main(tmp_path, "run", "g.lua")
    assert p.returncode == 0 and p.stdout == b"true\ngc\nafter\n", p.stderr


def test_plain_numerals_compile_no_regex(tmp_path):
    """tonumber of decimal digits alone (the usual argument, a content-length) is read without
    the numeral regexes, with lua5.4's results around the fast path's edges."""
    code = (
        "import sys\n"
        "from lua2py.runtime.core import number\n"
        "for s in ('0', '007', '123456789012345678', '18446744073709551616'):\n"
        "    number.str2number(s)\n"
        "    print(s, number._DEC_INT is None)\n"
        "print(number.str2number('9223372036854775808'), number.str2number('\u0661'), number.str2number('+1'))\n"
    )
    p = _python_code(code)
    assert p.stdout.decode().split("\n") == [
        "0 True", "007 True", "123456789012345678 True", "18446744073709551616 False",
        "9.223372036854776e+18 None 1", ""], p.stderr


def test_binary_chunk_header_is_structs():
    """ldump writes lua5.4's LUAC_INT and LUAC_NUM without struct (not imported at start-up)."""
    import struct

    from lua2py.runtime.stdlib import ldump

    assert ldump.HEADER[-16:] == (struct.pack("=q", 0x5678) + struct.pack("=d", 370.5)).decode("latin-1")
    assert ldump._field("abc") == struct.pack("<I", 3).decode("latin-1") + "abc"

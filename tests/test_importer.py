"""The import hook: Python `import foo` runs foo.lua."""
import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

try:
    from lua2py.transpiler import compile_lua  # noqa: F401
except ImportError:  # pragma: no cover
    pytest.skip("compiler not available yet", allow_module_level=True)

import lua2py.importer  # noqa: F401  (installs the hook)
from lua2py.runtime.core.errors import LuaError
from lua2py.runtime.core.table import LuaTable

MOD = """
local M = {}
local name, path = ...
M.modname = name
M.greeting = "hello"
function M.add(a, b) return a + b end
function M.pair() return 1, "two" end
function M.none() end
function M.fail() error("boom") end
function M.sum(t) local s = 0 for _, v in ipairs(t) do s = s + v end return s end
shared_counter = (shared_counter or 0) + 1
return M
"""


@pytest.fixture
def moddir(tmp_path):
    sys.path.insert(0, str(tmp_path))
    importlib.invalidate_caches()
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in [n for n in sys.modules if n.startswith("l2p_")]:
        del sys.modules[name]


def test_import_lua_module(moddir):
    (moddir / "l2p_mod.lua").write_text(MOD)
    import l2p_mod

    assert l2p_mod.add(1, 2) == 3
    assert l2p_mod.add(1.5, 2) == 3.5
    assert l2p_mod.pair() == (1, "two")
    assert l2p_mod.none() is None
    assert l2p_mod.none.raw() == ()
    assert l2p_mod.greeting == "hello"
    assert l2p_mod.modname == "l2p_mod"
    assert l2p_mod.sum(LuaTable.from_list([1, 2, 3])) == 6
    assert l2p_mod.sum([1, 2, 3]) == 6  # a list becomes a sequence table (tests/test_interop.py)
    assert isinstance(l2p_mod.__lua_result__, LuaTable)
    assert l2p_mod.__file__.endswith("l2p_mod.lua")


def test_lua_errors_raise_luaerror(moddir):
    (moddir / "l2p_err.lua").write_text(MOD)
    import l2p_err

    with pytest.raises(LuaError) as ei:
        l2p_err.fail()
    assert ei.value.value.endswith(":9: boom")


def test_modules_share_globals(moddir):
    (moddir / "l2p_a.lua").write_text(MOD)
    (moddir / "l2p_b.lua").write_text(MOD)
    import l2p_a
    import l2p_b

    assert l2p_a.__lua_globals__ is l2p_b.__lua_globals__
    assert l2p_b.__lua_globals__["shared_counter"] >= 2


def test_package_init_lua(moddir):
    (moddir / "l2p_pkg").mkdir()
    (moddir / "l2p_pkg" / "init.lua").write_text("return {value = 7}\n")
    (moddir / "l2p_pkg" / "sub.lua").write_text("return {value = 8}\n")
    import l2p_pkg
    import l2p_pkg.sub

    assert l2p_pkg.value == 7
    assert l2p_pkg.sub.value == 8


def test_syntax_error_is_python_syntaxerror(moddir):
    (moddir / "l2p_bad.lua").write_text("x = = 1\n")
    with pytest.raises(SyntaxError) as ei:
        import l2p_bad  # noqa: F401
    assert "unexpected symbol near '='" in str(ei.value)


def test_py_file_wins_over_lua(moddir):
    (moddir / "l2p_both.lua").write_text("return {src = 'lua'}\n")
    (moddir / "l2p_both.py").write_text("src = 'py'\n")
    import l2p_both

    assert l2p_both.src == "py"


def test_bytecode_cached_in_pycache(tmp_path):
    (tmp_path / "l2p_cached.lua").write_text("return {v = 1}\n")
    (tmp_path / "main.py").write_text("import lua2py.importer\nimport l2p_cached\nprint(l2p_cached.v)\n")
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    for _ in range(2):
        p = subprocess.run([sys.executable, "main.py"], cwd=tmp_path, capture_output=True, env=env, timeout=60)
        assert p.returncode == 0, p.stderr
        assert p.stdout == b"1\n"
    assert list((tmp_path / "__pycache__").glob("l2p_cached.*.pyc"))


def test_hook_sees_files_added_after_a_lookup(moddir):
    """The finder keeps directory listings (one stat per directory per import): a file
    created later changes the directory's mtime and is found; a listing is dropped by
    importlib.invalidate_caches() too; NAME.py still wins over NAME.lua."""
    with pytest.raises(ImportError):
        import l2p_late  # listed now, without it
    (moddir / "l2p_late.lua").write_text("return {v = 1}\n")
    st = os.stat(moddir)
    os.utime(moddir, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))  # a coarse clock cannot hide it
    import l2p_late

    assert l2p_late.v == 1
    with pytest.raises(ImportError):
        import l2p_later
    listed = os.stat(moddir)
    (moddir / "l2p_later.lua").write_text("return {v = 2}\n")
    os.utime(moddir, ns=(listed.st_atime_ns, listed.st_mtime_ns))  # the same mtime as when listed
    importlib.invalidate_caches()
    import l2p_later

    assert l2p_later.v == 2
    (moddir / "l2p_both.lua").write_text("return {v = 'lua'}\n")
    (moddir / "l2p_both.py").write_text("v = 'py'\n")
    importlib.invalidate_caches()
    import l2p_both

    assert l2p_both.v == "py"

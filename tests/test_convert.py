"""`lua2py convert` as a build tool: a converted tree that stands alone, parallel jobs, the
progress bar and summary on a terminal."""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TREE = HERE / "convert_tree" / "src"
TIMEOUT = 300
sys.path.insert(0, str(HERE))
import ptysession


def _env(tmp_path, **extra):
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["XDG_CACHE_HOME"] = str(tmp_path / "xdg-cache")
    for k in ("LUA_PATH", "LUA_PATH_5_4", "LUA_CPATH", "LUA_CPATH_5_4", "LUA_INIT", "LUA_INIT_5_4",
              "LUA2PY_CACHE_DIR", "LUA2PY_CACHE_BESIDE"):
        env.pop(k, None)
    env.update(extra)
    return env


def convert(tmp_path, *args, cwd=None):
    return subprocess.run([sys.executable, "-m", "lua2py", "convert", *args], cwd=cwd or tmp_path,
                          capture_output=True, timeout=TIMEOUT, env=_env(tmp_path))


def test_converted_tree_runs_without_lua_sources(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(TREE, src)
    p = convert(tmp_path, "src", "-o", "out")
    assert p.returncode == 0, p.stderr
    for f in src.rglob("*.lua"):
        f.unlink()
    out = tmp_path / "out"
    assert sorted(str(f.relative_to(out)) for f in out.rglob("*.py")) == [
        "lib/broken.py", "lib/util.py", "main.py", "pkg/init.py", "pkg/sub.py"]
    args = (TREE / "main.args").read_text().splitlines()
    r = subprocess.run([sys.executable, "main.py", *args], cwd=out, capture_output=True, timeout=TIMEOUT,
                       env=_env(tmp_path))
    # recorded with lua5.4 on the original tree (tests/golden/record tests/convert_tree/src/main.lua)
    assert r.stdout.decode("latin-1") == (TREE / "main.expected").read_text("latin-1")
    assert r.returncode == int((TREE / "main.rc").read_text())
    assert r.stderr.decode("latin-1").splitlines()[0] == (TREE / "main.stderr").read_text().rstrip("\n")


def test_script_name_as_given(tmp_path):
    (tmp_path / "s.lua").write_text("print(arg[0], ...)\n")
    assert convert(tmp_path, "s.lua", "-o", "out/").returncode == 0
    r = subprocess.run([sys.executable, "out/s.py", "x"], cwd=tmp_path, capture_output=True, timeout=TIMEOUT,
                       env=_env(tmp_path))
    assert r.stdout == b"out/s.py\tx\n"


def _tree(tmp_path, n):
    src = tmp_path / "src"
    for i in range(n):
        d = src / ("d%d" % (i % 3))
        d.mkdir(parents=True, exist_ok=True)
        (d / ("m%d.lua" % i)).write_text("local t = {}\n" + "".join(
            "t[%d] = function(x) return x + %d end\n" % (k, k) for k in range(1, 5 + 3 * i)) + "return t\n")
    return src


def test_parallel_output_is_the_serial_output(tmp_path):
    _tree(tmp_path, 6)
    (tmp_path / "src" / "bad.lua").write_text("local = 1\n")
    p1 = convert(tmp_path, "src", "-o", "serial", "-j", "1")
    p2 = convert(tmp_path, "src", "-o", "parallel", "-j", "3")
    assert p1.returncode == p2.returncode == 1
    assert p1.stderr == p2.stderr == b"lua2py: bad.lua:1: <name> expected near '='\n"
    a = {f.relative_to(tmp_path / "serial"): f.read_bytes() for f in (tmp_path / "serial").rglob("*.py")}
    b = {f.relative_to(tmp_path / "parallel"): f.read_bytes() for f in (tmp_path / "parallel").rglob("*.py")}
    assert len(a) == 6 and a == b
    assert not list((tmp_path / "parallel").rglob("*.tmp"))


def test_bad_jobs_value(tmp_path):
    p = convert(tmp_path, "x.lua", "-j", "0")
    assert p.returncode == 2 and b"-j needs a positive number" in p.stderr


@pytest.mark.skipif(not hasattr(os, "forkpty"), reason="needs a POSIX pseudo-terminal")
def test_progress_bar_and_summary_on_a_terminal(tmp_path):
    pytest.importorskip("tqdm")
    _tree(tmp_path, 5)
    (tmp_path / "src" / "bad.lua").write_text("x = = 1\n")
    s = ptysession.Session([sys.executable, "-m", "lua2py", "convert", "src", "-o", "out", "-j", "2"],
                           env=_env(tmp_path), cwd=str(tmp_path))
    assert os.WEXITSTATUS(s.finish(TIMEOUT)) == 1
    text = s.out.decode("utf-8", "replace").replace("\r\n", "\n")
    assert "converting" in text and re.search(r"\d/6 files", text)  # the bar, on stderr: lines and files
    lines = [ln.rsplit("\r", 1)[-1] for ln in text.split("\n") if ln.strip()]
    assert lines[-2] == "lua2py: bad.lua:1: unexpected symbol near '='"
    nlines = sum(f.read_text().count("\n") for f in (tmp_path / "src").rglob("*.lua"))
    assert re.fullmatch(r"lua2py: converted 5 of 6 files \(%d Lua lines\) in \d+\.\d s; 1 failed" % nlines,
                        lines[-1]), lines[-1]

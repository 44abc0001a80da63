"""The interactive prompt, driven through a real pseudo-terminal.

Each tests/repl/NAME.session is typed into `lua2py` in step with its prompts and the
terminal's transcript is compared with NAME.transcript, recorded from lua5.4 by
tests/repl/record (tests/ptysession.py has the session format).  The banner line, which
names the interpreter, is the one thing that differs, and is checked on its own.
"""
import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REPL_DIR = HERE / "repl"
sys.path.insert(0, str(HERE))
import ptysession

pytestmark = pytest.mark.skipif(not hasattr(os, "forkpty"), reason="needs a POSIX pseudo-terminal")

LUA2PY = [sys.executable, "-m", "lua2py"]
SESSIONS = sorted(p.stem for p in REPL_DIR.glob("*.session"))


def env(tmp_path, **extra):
    e = ptysession.pty_env(extra)
    e["PYTHONPATH"] = str(ROOT) + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    e["XDG_CACHE_HOME"] = str(tmp_path / "xdg-cache")
    e.pop("LUA2PY_NO_CACHE", None)
    return e


@pytest.mark.parametrize("name", SESSIONS)
def test_session_like_lua54(name, tmp_path):
    session = (REPL_DIR / (name + ".session")).read_text()
    expected = (REPL_DIR / (name + ".transcript")).read_bytes()
    got = ptysession.run_session(LUA2PY, session, env=env(tmp_path), cwd=str(REPL_DIR))
    assert got.decode("latin-1") == expected.decode("latin-1")


def _session(tmp_path, args=(), prompts=()):
    s = ptysession.Session(LUA2PY + list(args), env=env(tmp_path), cwd=str(REPL_DIR), prompts=prompts)
    s.wait_for(s.at_prompt(0))
    return s


def test_banner_names_lua2py(tmp_path):
    from lua2py.cli import version_text

    s = _session(tmp_path)
    s.step_key(b"\x04")
    assert s.finish() == 0
    first = s.out.split(b"\r\n", 1)[0].decode()
    assert first == version_text()
    assert first.startswith("lua2py ") and "Lua 5.4" in first


def test_run_subcommand_and_i_reach_the_prompt(tmp_path):
    for args in (["run"], ["run", "-i"], ["-i"]):
        s = _session(tmp_path, args)
        s.step_line(b"=1+2")
        s.step_key(b"\x04")
        assert s.finish() == 0
        assert b"> =1+2\r\n3\r\n> \r\n" in s.out, (args, s.out)


def test_tab_completes_globals_and_fields(tmp_path):
    # lua2py's own: lua5.4's readline completes file names instead
    s = _session(tmp_path)
    s.send(b"string.for\t")
    s.settle()
    s.step_line(b'("%05d", 42)')
    s.step_key(b"\x04")
    assert s.finish() == 0
    assert b"00042" in s.out
    assert b"string.format" in s.out


PIPED = sorted(p.stem for p in REPL_DIR.glob("*.pipe"))


@pytest.mark.parametrize("name", PIPED)
def test_piped_like_lua54(name, tmp_path):
    # stdin not a terminal: no arguments run it as a script; -i reads the prompt's lines from
    # it and echoes each after its prompt, as lua5.4's readline does
    got = ptysession.run_piped(LUA2PY, (REPL_DIR / (name + ".pipe")).read_bytes(), env=env(tmp_path),
                               cwd=str(REPL_DIR))
    assert got.decode("latin-1") == (REPL_DIR / (name + ".transcript")).read_text("latin-1")

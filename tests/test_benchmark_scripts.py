"""Smoke tests of the benchmark scripts (benchmarks/corpus, benchmarks/conversion.py).

The measurements themselves take minutes and need third-party checkouts; these
only check that the scripts parse their program lists, run end to end on a
tiny input, and that the profile report's code-shape classifier still
recognises the generated shapes it names.
"""
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"


def _env():
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    return env


def _load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_corpus_program_list():
    p = subprocess.run([sys.executable, str(BENCH / "corpus" / "run.py"), "--list"], capture_output=True,
                       text=True, env=_env(), check=False)
    assert p.returncode == 0, p.stderr
    rows = [line.split() for line in p.stdout.splitlines()]
    groups = {}
    for row in rows:
        groups.setdefault(row[0], []).append(row[1])
    assert len(groups["awfy"]) == 14
    assert {"Richards", "Json", "Havlak", "CD", "DeltaBlue"} <= set(groups["awfy"])
    assert len(groups["classic"]) >= 10
    assert {"dkjson", "penlight", "busted", "teal"} <= set(groups["lib"])
    # the library workloads exist
    corpus = _load(BENCH / "corpus" / "run.py", "corpus_run_test")
    for _name, script, *_ in corpus.LIBS:
        if script != "busted_main.lua":
            assert (BENCH / "corpus" / "workloads" / script).exists(), script


def test_corpus_render_from_json(tmp_path):
    cell = {"runs": [[1.0, 1.0], [1.1, 1.2]], "error": None, "mismatch": None, "skipped": None}
    fail = {"runs": [], "error": "exit 1: lua: x.lua:1: boom", "mismatch": None, "skipped": None}
    data = {"info": {"machine": "x86_64", "cpus": 2, "system": "Linux", "python": "CPython 3.11",
                     "lua": "Lua 5.4.4", "date": "2026-01-01", "commit": "abc", "load_start": "1.0",
                     "load_end": "1.0"},
            "n": 2, "sources": {"are-we-fast-yet": {"path": "/x", "commit": "0123456789abcdef"}},
            "impls": ["lua", "lua2py", "python"], "startup": {"lua": 0.001, "lua2py": 0.1},
            "programs": [{"name": "Towers", "group": "awfy",
                          "cells": {"lua": cell, "lua2py": dict(cell, runs=[[5.0, 5.0], [6.0, 6.0]]),
                                    "python": cell}},
                         {"name": "Json", "group": "awfy", "cells": {"lua": cell, "lua2py": fail, "python": cell}}]}
    f = tmp_path / "c.json"
    f.write_text(json.dumps(data))
    p = subprocess.run([sys.executable, str(BENCH / "corpus" / "run.py"), "--from-json", str(f), "--markdown"],
                       capture_output=True, text=True, env=_env(), check=False)
    assert p.returncode == 0, p.stderr
    assert "| Towers | 1.10 (1.00-1.20) | 5.50 (5.00-6.00) |" in p.stdout
    assert "Json (lua2py): FAIL exit 1: lua: x.lua:1: boom" in p.stdout
    # medians 5.5 / 1.1; the geomeans say over how many programs when some failed
    assert "| geomean |  |  |  | 5.00x (1) | 5.00x (1) | 1.00x |" in p.stdout


def test_conversion_on_a_tiny_file(tmp_path):
    lua = tmp_path / "tiny.lua"
    lua.write_text("local t = {}\nfor i = 1, 10 do t[i] = i * i end\nprint(#t, t[10])\n")
    out = tmp_path / "conv.json"
    p = subprocess.run([sys.executable, str(BENCH / "conversion.py"), "--generated-lines", "0", "--argparse", "",
                        "--file", str(lua), "--load-n", "1", "--json", str(out), "-q"],
                       capture_output=True, text=True, env=_env(), check=False, timeout=600)
    assert p.returncode == 0, p.stderr
    data = json.loads(out.read_text())
    (f,) = data["files"]
    assert f["lines"] == 3
    for step in ("check", "convert", "run_cold", "run_warm"):
        assert f["steps"][step]["error"] is None, (step, f["steps"][step])
        assert f["steps"][step]["runs"]
    assert f["steps"]["convert"]["out_bytes"] > f["bytes"]
    assert len(data["load"]["ms"]["lua2py"]) == 1 and not data["load"]["errors"]
    assert "tiny" in p.stdout


def test_conversion_check_mode(tmp_path):
    # --check: paired rounds over two checkouts (here the same one twice), a file and a tree
    lua = tmp_path / "tiny.lua"
    lua.write_text("local t = {}\nfor i = 1, 10 do t[i] = i * i end\nprint(#t, t[10])\n")
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "a.lua").write_text("return 1\n")
    (tree / "sub" / "b.lua").write_text("local x = 1\nreturn x\n")
    out = tmp_path / "check.json"
    root = str(BENCH.parent)
    p = subprocess.run([sys.executable, str(BENCH / "conversion.py"), "--check", "--base", root, "--root", root,
                        "--generated-lines", "0", "--argparse", "", "--file", str(lua), "--tree", str(tree),
                        "-n", "2", "--json", str(out), "-q"],
                       capture_output=True, text=True, env=_env(), check=False, timeout=600)
    assert p.returncode == 0, p.stderr
    data = json.loads(out.read_text())
    cases = data["check"]
    assert cases["tiny"]["lines"] == 3 and cases["tree"]["files"] == 2 and cases["tree"]["lines"] == 3
    for label in ("tiny", "tree", "tree -j 1"):
        assert "error" not in cases[label], cases[label]
        assert [len(runs) for runs in cases[label]["runs"].values()] == [2], label
    assert set(cases["tiny"]["in_process"]) == {root}
    assert "| tree -j 1 |" not in p.stdout and "tree -j 1" in p.stdout and "CPU ratio" not in p.stdout


def test_profile_shape_classifier():
    prof = _load(BENCH / "corpus" / "profile.py", "corpus_profile_test")
    shapes = prof.LineShapes()
    line = ("            _v22 = _r21 if (_r21 := ((_m18 if (_m18 := _t17.get('run_task')) is not None else _m18 "
            "if (_mt19 := _t17.meta) is not None and (_ix20 := _mt19.get('__index')).__class__ is L_Table and "
            "((_m18 := _ix20.get('run_task')) is not None) else _t17['run_task']) if (_t17 := "
            "(v_self['current_task'] if v_self.__class__ is L_Table else L_index(v_self, 'current_task')))"
            ".__class__ is L_Table else L_index(_t17, 'run_task'))(_t17)).__class__ is not tuple else "
            "_r21[0] if _r21 else None")
    spans, static = shapes.spans(line)
    kinds = {s[2] for s in spans}
    assert {"tuple_check", "method", "field_read", "lua_call"} <= kinds
    assert static["method"] > 0 and static["tuple_check"] > 0
    guard = ("            if v.__class__ is L_Table and (v.meta is None or 'k' in v or '__newindex' not in v.meta) "
             "and (x is not None):")
    spans, _ = shapes.spans(guard)
    assert [s[2] for s in spans] == ["store_guard"]
    assert [s[2] for s in shapes.spans("    L_put(v, 'k', L_get(w, 'j'))")[0]] in (
        ["store_guard", "field_read"], ["field_read", "store_guard"])
    arith = "    y = _t9 if -1073741823 <= (_t9 := (x + 1)) <= 1073741823 else L_wrap(_t9)"
    assert "int_overflow" in {s[2] for s in shapes.spans(arith)[0]}
    assert prof.helper_category("runtime/ops.py", "eq") .startswith("eq:")
    assert prof.helper_category("/x/runtime/core/table.py", "LuaTable.__missing__").startswith("index:")
    assert prof.frame_kind("/tmp/p/dump/Towers/towers.lua-09b8c23b8be6.py", "f") == "gen"
    assert prof.frame_kind("transpiler/compiler.py", "f") == "compile"

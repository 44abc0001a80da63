"""The fuzzer's recorded seeds, run without lua5.4.

tests/fuzz/seeds.json holds, per seed, a hash of the program the generator
makes for it and lua5.4's results for that program (`python -m tests.fuzz
record` writes them).  Each program is regenerated, checked against its hash
(a generator change must not silently change what was recorded), written to a
temporary directory as fuzz.lua and run through `python -m lua2py run`, like a
golden.  A seed whose mismatch is a known, not yet fixed bug is a strict xfail
naming its shrunk repro (tests/fuzz/findings/): when the bug is fixed the
test fails and its "xfail" entry must go.
"""
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.fuzz import cli as fuzz_cli
from tests.fuzz import gen, runner

DATA = fuzz_cli.load_seeds()
ENTRIES = DATA["programs"]


def _param(e):
    reason = e.get("xfail")
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(e, id="seed%d" % e["seed"], marks=marks)


def test_generator_version():
    assert DATA["generator_version"] == gen.GENERATOR_VERSION, (
        "tests/fuzz/gen.py's GENERATOR_VERSION changed: re-record the seeds with "
        "`python -m tests.fuzz record` (needs lua5.4) and review their xfail entries")


@pytest.mark.parametrize("entry", [_param(e) for e in ENTRIES])
def test_fuzz_seed(entry, tmp_path):
    text = fuzz_cli.seed_program(entry)
    if fuzz_cli.program_hash(text) != entry["sha256"]:
        pytest.fail("the generator now makes a different program for seed %d: if that is intended, "
                    "re-record with `python -m tests.fuzz record` (needs lua5.4) and review the "
                    "seed list's xfail entries" % entry["seed"], pytrace=False)
    p = tmp_path / fuzz_cli.PROGRAM_NAME
    p.write_text(text, encoding="latin-1")
    want = runner.Result.from_json(entry["expected"])
    got = runner.cli_run(p)
    if got != want:
        lines = ["seed %d: lua2py differs from lua5.4's recorded results" % entry["seed"]]
        for what, w, g in runner.differences(want, got):
            lines.append("  %s:\n    lua5.4: %s\n    lua2py: %s" % (what, w, g))
        lines.append("  (program: python -m tests.fuzz show %d)" % entry["seed"])
        pytest.fail("\n".join(lines), pytrace=False)


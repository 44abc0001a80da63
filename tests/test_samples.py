"""Every sample under samples/ runs as documented and prints what lua5.4 printed."""
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PROGRAMS = sorted(p for p in SAMPLES.rglob("*.lua") if p.with_suffix(".expected").exists())


@pytest.mark.parametrize("prog", PROGRAMS, ids=[p.relative_to(SAMPLES).as_posix() for p in PROGRAMS])
def test_sample(prog):
    r = subprocess.run([sys.executable, "-m", "lua2py", "run", prog.name], cwd=prog.parent,
                       capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr.decode("latin-1")
    assert r.stdout == prog.with_suffix(".expected").read_bytes()

#!/usr/bin/env bash
# Make a PyPy environment for tests/test_pypy.py: a venv of Debian's pypy3 (or $PYPY) with
# lua2py's dependencies (pyproject.toml), at $1 (default /tmp/lua2py-pypy).  Prints the
# interpreter's path for LUA2PY_PYPY; exits non-zero (printing why) when it cannot.
#   LUA2PY_PYPY=$(tests/pypy_env.sh) python -m pytest -q tests/test_pypy.py
set -euo pipefail
dest="${1:-/tmp/lua2py-pypy}"
pypy="${PYPY:-pypy3}"
command -v "$pypy" >/dev/null || { echo "pypy_env: no $pypy on PATH" >&2; exit 1; }
if [ ! -x "$dest/bin/pypy3" ]; then
    "$pypy" -m venv "$dest" >&2
fi
"$dest/bin/pypy3" -c "import luaparser, tqdm" 2>/dev/null \
    || "$dest/bin/pypy3" -m pip install --quiet 'luaparser>=4.2.0,<4.3' 'tqdm>=4.60,<5' >&2
echo "$dest/bin/pypy3"

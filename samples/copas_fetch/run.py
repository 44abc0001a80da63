"""Run the sample in one command: start server.py on a free port, run the Lua program, stop.

  python run.py               # with lua2py (python -m lua2py run copas_fetch.lua)
  python run.py lua5.4        # with any other Lua command, e.g. the real lua5.4 + lua-socket

The port is passed to the program in the SAMPLE_PORT environment variable.
"""
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import server  # noqa: E402


def main(argv):
    cmd = argv or [sys.executable, "-m", "lua2py", "run"]
    srv = server.start()
    try:
        env = dict(os.environ, SAMPLE_PORT=str(srv.server_port))
        return subprocess.call(cmd + ["copas_fetch.lua"], cwd=HERE, env=env)
    finally:
        srv.shutdown()
        srv.server_close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

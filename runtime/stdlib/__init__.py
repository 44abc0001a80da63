"""The Lua standard library: one module per library (named after lua5.4's C files),
and linit.py, which opens them all in a new state."""

"""Which Python frames are runtime code: the registry error levels and function names read.

lua5.4 counts error levels (`error(msg, 2)`, luaL_where) over its call stack: a Lua
function is a level with a position, a C function (a library function) a level without
one.  Here the stack is Python's.  Lua functions are the frames of registered chunks
(errors.CHUNKS); every runtime module registers its file here when imported, so its
frames are known exactly (by co_filename, the module's own __file__), not by a guess
from file names:

- `runtime_module(__file__)`: its functions are C functions (the libraries, the
  coroutine library, argument checks ...): a run of their frames is one level.
- `transparent_module(__file__)`: its functions run as part of the Lua operation
  that called them (operators, table reads, the generic for, <close>, their generator
  versions): an __index function called by ops.index was called by the Lua function
  doing the indexing, as luaV_finishget calls it in lua5.4, so these frames are no level.

Frames that are neither (the runner, the importer, a Python program embedding Lua) end
the Lua stack.  tests/test_layers.py checks that every runtime module registers.
"""

RUNTIME = set()      # co_filename of every runtime module's code
TRANSPARENT = set()  # those whose frames are part of the calling Lua operation


def runtime_module(filename):
    RUNTIME.add(filename)


def transparent_module(filename):
    RUNTIME.add(filename)
    TRANSPARENT.add(filename)


def is_runtime(code):
    return code.co_filename in RUNTIME


runtime_module(__file__)


if __import__("sys").implementation.name == "pypy":
    import weakref as _weakref
    from bisect import bisect_right as _bisect_right

    _LINE_STARTS = _weakref.WeakKeyDictionary()  # code -> (offsets, lines) of its line starts

    def line_at(code, lasti):
        """The line of the instruction at offset `lasti` of `code`.  PyPy 3.9's own
        f_lineno and tb_lineno read a line step of -128 in co_lnotab as +128 (a line 256
        too far after a jump back of 128 or more lines: a call whose arguments span many
        lines); dis.findlinestarts reads the table right."""
        t = _LINE_STARTS.get(code)
        if t is None:
            import dis

            starts = list(dis.findlinestarts(code))
            t = _LINE_STARTS[code] = ([o for o, _ in starts], [n for _, n in starts])
        i = _bisect_right(t[0], lasti) - 1
        return t[1][i] if i >= 0 else code.co_firstlineno

    def frame_line(f):
        """f.f_lineno, read right (line_at)."""
        lasti = f.f_lasti
        return f.f_lineno if lasti < 0 else line_at(f.f_code, lasti)

    def tb_line(tb):
        """tb.tb_lineno, read right (line_at)."""
        return line_at(tb.tb_frame.f_code, tb.tb_lasti)
else:
    def frame_line(f):
        """f.f_lineno (under PyPy computed from f_lasti: see line_at there)."""
        return f.f_lineno

    def tb_line(tb):
        """tb.tb_lineno (under PyPy computed from tb_lasti)."""
        return tb.tb_lineno


def co_lines(code):
    """code.co_lines() (Python 3.10+): (start, end, line) of each run of instructions; on
    Python 3.9 (PyPy) built from dis.findlinestarts."""
    lines = getattr(code, "co_lines", None)
    if lines is not None:
        return lines()
    import dis

    starts = list(dis.findlinestarts(code))
    end = len(code.co_code)
    return [(off, starts[i + 1][0] if i + 1 < len(starts) else end, line)
            for i, (off, line) in enumerate(starts)]


def locals_to_fast(frame):
    """Write a frame's f_locals dict back into its local variables and cells (what
    debug.setlocal and collectgarbage's clearing of dead temporaries change)."""
    try:
        from __pypy__ import locals_to_fast as pypy_locals_to_fast
    except ImportError:
        import ctypes

        ctypes.pythonapi.PyFrame_LocalsToFast(ctypes.py_object(frame), ctypes.c_int(0))
    else:
        pypy_locals_to_fast(frame)

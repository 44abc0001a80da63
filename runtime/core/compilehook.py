"""How the runtime reaches the compiler, which sits above it.

load, loadfile, dofile and require compile Lua source while a program runs.  The
runtime does not import the transpiler (nor lua2py's code cache): whoever embeds it
installs a compiler here.  lua2py's package __init__ installs lua2py's own (the
transpiler behind the code cache, both imported only when a chunk is first compiled),
so every entry point (the CLI, the importer, a converted module run with
`python x.py`) has one.
"""
import sys as _sys
from types import CodeType, ModuleType

from .chunkid import chunk_display_name
from .frames import runtime_module

runtime_module(__file__)


class CompileError(Exception):
    """Source that does not compile; str() is the message `load` returns (lua5.4's text)."""


_compiler = [None]


def set_compiler(fn):
    """fn(source, chunkname, path, use_cache) -> a code object whose module defines
    __lua_chunk__ (see transpiler.compile_lua), or raises CompileError.  use_cache: the
    chunk comes from the file `path` and may be cached."""
    _compiler[0] = fn


def compile_chunk(source, chunkname, path=None, use_cache=False):
    fn = _compiler[0]
    if fn is None:
        raise CompileError("%s: no Lua compiler installed (lua2py.runtime.core.compilehook)"
                           % chunk_display_name(chunkname))
    return chunk_code(fn(source, chunkname, path, use_cache))


def _share_strings(code, seen):
    """code with its string constants longer than 40 characters (and those of its nested
    code objects and constant tuples) replaced by the first equal one met: one object per
    distinct literal.  (Shorter strings need nothing: lformat._pointer interns them, as
    lua5.4 internalizes short strings.)"""
    consts = _share_tuple(code.co_consts, seen)
    return code if consts is code.co_consts else code.replace(co_consts=consts)


def _share_tuple(t, seen):
    """t with _share_strings' replacements made in its items (t itself when none is)."""
    out = None
    for i, c in enumerate(t):
        k = c.__class__
        if k is str:
            if len(c) <= 40:
                continue
            d = seen.setdefault(c, c)
        elif k is CodeType:
            d = _share_strings(c, seen)
        elif k is tuple:
            d = _share_tuple(c, seen)
        else:
            continue
        if d is not c:
            if out is None:
                out = list(t)
            out[i] = d
    return t if out is None else tuple(out)


if _sys.implementation.name == "pypy":
    def chunk_code(code):
        """The code of a chunk as it runs.  lua5.4 keeps one string object per distinct
        literal of a chunk (its lexer's table), which string.format's %p shows; CPython's
        compiler merges equal constants across the code objects of one compilation, PyPy's
        does not: here they are merged."""
        return _share_strings(code, {}) if code.__class__ is CodeType else code
else:
    def chunk_code(code):
        """The code of a chunk as it runs (CPython's compiler already shares equal
        constants across a chunk's code objects, as lua5.4 shares a chunk's literals)."""
        return code


_gens_compiler = [None]


def set_gens_compiler(fn):
    """fn(source, chunkname, filename=None, site_lines=False) -> the chunk's code with its
    generator versions (executed, it registers them): compile_chunk's code has none, and
    the runtime asks for them when a coroutine first needs one (support/cogen.py).
    filename: a module `lua2py convert` wrote, whose text and file name the code must
    have (site_lines: it was written in that layout, codegen.unparse)."""
    _gens_compiler[0] = fn


def compile_with_gens(source, chunkname, filename=None, site_lines=False):
    """The code of set_gens_compiler's compiler, or None when none is installed (the
    chunk's functions then run plainly inside coroutines)."""
    fn = _gens_compiler[0]
    return None if fn is None else chunk_code(fn(source, chunkname, filename, site_lines))


def chunk_namespace(name="__lua_chunk_module__", filename=None):
    """The globals a chunk's module code runs in: a module's dict, not a plain dict.  PyPy
    keeps a module's globals in cells its JIT reads as constants; in a plain dict every
    global read of compiled code (the L_* helpers) is a hash lookup (a third of the
    operations of Richards' hottest loop).  The module stays alive with its dict."""
    mod = ModuleType(name)
    ns = mod.__dict__
    ns["__lua_module__"] = mod
    if filename is not None:
        ns["__file__"] = filename
    return ns

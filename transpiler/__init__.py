"""The lua2py compiler: Lua 5.4 source -> Python code.

    source --frontend--> luaparser AST --scope--> resolved names --typeinfer--> local types
           --compiler--> Python ast.Module --compile()--> code object / ast.unparse() text
"""
import ast
import hashlib

from .frontend import LuaSyntaxError, parse_chunk
from .checks import check_chunk
from .scope import Resolver
from . import typeinfer
from .compiler import Compiler

__all__ = ["compile_lua", "python_source", "lua_to_ast", "LuaSyntaxError", "chunk_display_name"]


def chunk_display_name(chunkname):
    """Lua's luaO_chunkid: '@file' -> 'file', '=name' -> 'name', source text -> [string "..."]."""
    if chunkname.startswith("@") or chunkname.startswith("="):
        return chunkname[1:]
    first = chunkname.split("\n", 1)[0]
    limit = 60 - 15  # LUA_IDSIZE minus the room for [string "..."]
    if "\n" in chunkname or len(first) > limit:
        return '[string "%s..."]' % first[:limit]
    return '[string "%s"]' % first


def _filename(chunkname, source):
    display = chunk_display_name(chunkname)
    if chunkname.startswith("@"):
        return display
    # chunks from load(): unique per source, so their site tables never collide
    return "%s#%s" % (display, hashlib.sha1(source.encode("latin-1", "replace")).hexdigest()[:10])


def lua_to_ast(source, chunkname, filename=None):
    """Parse, check and compile Lua source (latin-1 decoded text) to a Python ast.Module."""
    display = chunk_display_name(chunkname)
    chunk = parse_chunk(source, display, is_file=chunkname.startswith("@"))
    check_chunk(chunk, display)
    Resolver().resolve_chunk(chunk)
    typeinfer.infer(chunk)
    if filename is None:
        filename = _filename(chunkname, source)
    return Compiler(display, filename).compile_chunk(chunk), filename


def compile_lua(source, chunkname):
    """Lua source -> a code object that, executed in a fresh namespace, defines __lua_chunk__(env)."""
    tree, filename = lua_to_ast(source, chunkname)
    try:
        return compile(tree, filename, "exec")
    except RecursionError:
        raise LuaSyntaxError("%s: chunk has too many syntax levels" % chunk_display_name(chunkname))


def python_source(source, chunkname):
    """The converted module as Python source text (for `lua2py convert`)."""
    tree, filename = lua_to_ast(source, chunkname)
    text = ast.unparse(tree)
    return text

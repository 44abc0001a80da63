"""The lua2py compiler: Lua 5.4 source -> Python code.

    source --frontend--> luaparser AST --analysis--> resolved names, local types
           --codegen--> Python ast.Module --compile()--> code object / ast.unparse() text

The passes after the front end load on first use: `lua2py check` (the front
end alone) does not pay for importing them.
"""
from .frontend import LuaSyntaxError, chunk_display_name, parse_chunk

__all__ = ["LuaSyntaxError", "chunk_display_name", "compile_lua", "lua_to_ast", "python_source"]


def lua_to_ast(source, chunkname, filename=None):
    """Parse, check and compile Lua source (latin-1 decoded text) to a Python ast.Module."""
    from .analysis import analyse
    from .codegen import generate, module_filename

    display = chunk_display_name(chunkname)
    chunk = parse_chunk(source, display, is_file=chunkname.startswith("@"))
    analysis = analyse(chunk)
    if filename is None:
        filename = module_filename(chunkname, display, source)
    return generate(chunk, analysis, display, filename), filename


def compile_lua(source, chunkname):
    """Lua source -> a code object that, executed in a fresh namespace, defines __lua_chunk__(env)."""
    tree, filename = lua_to_ast(source, chunkname)
    try:
        return compile(tree, filename, "exec")
    except RecursionError:
        raise LuaSyntaxError(f"{chunk_display_name(chunkname)}: chunk has too many syntax levels")


def python_source(source, chunkname):
    """The converted module as Python source text (for `lua2py convert`), with the
    maps from its lines and columns back to Lua lines and sites."""
    from .codegen import module_source

    tree, _ = lua_to_ast(source, chunkname)
    return module_source(tree)

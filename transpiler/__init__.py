"""The lua2py compiler: Lua 5.4 source -> Python code.

    source --frontend--> luaparser AST --analysis--> resolved names, local types
           --codegen--> Python ast.Module --compile()--> code object / ast.unparse() text

The passes after the front end load on first use: `lua2py check` (the front
end alone) does not pay for importing them, nor for the runtime's errors.
"""
import gc
from contextlib import contextmanager

from .frontend import LuaSyntaxError, chunk_display_name, parse_chunk

__all__ = ["LuaSyntaxError", "chunk_display_name", "compile_lua", "cython_source", "lua_to_ast", "python_source"]


@contextmanager
def _without_gc():
    """Compilation builds hundreds of thousands of objects and frees few cycles: the cyclic
    collector's passes over them (a quarter of a large file's conversion) wait till it ends."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def lua_to_ast(source, chunkname, filename=None, gens=True, main_gen=True, typed=None):
    """Parse, check and compile Lua source (latin-1 decoded text) to a Python ast.Module
    (gens, main_gen: which generator versions it has, see codegen.generate).  typed: a
    dict to fill with the locals that --cython may declare as C variables
    (codegen/cymode.typed_locals)."""
    from .analysis import analyse
    from .codegen import generate, module_filename

    display = chunk_display_name(chunkname)
    chunk = parse_chunk(source, display, is_file=chunkname.startswith("@"))
    analysis = analyse(chunk)
    if filename is None:
        filename = module_filename(chunkname, display, source)
    tree = generate(chunk, analysis, display, filename, gens, main_gen)
    if typed is not None:
        from .codegen.cymode import typed_locals

        typed.update(typed_locals(analysis))
    analysis.release()
    return tree, filename


def compile_lua(source, chunkname, gens=True):
    """Lua source -> a code object that, executed in a fresh namespace, defines __lua_chunk__(env).

    gens=False: without generator versions, for a loader that supplies them when a
    coroutine first needs one (lbase.load_source: executing compile_lua(source,
    chunkname) registers them all)."""
    from ..runtime.core.errors import SITE_LINES
    from .codegen import quiet_compile

    with _without_gc():
        tree, filename = lua_to_ast(source, chunkname, gens=gens)
        try:
            if SITE_LINES:
                # no column positions (PyPy): compiled from the text in the site-lines
                # layout, whose lines name the sites (errors.site_of)
                from .codegen import module_source

                tree = module_source(tree, site_lines=True, file_expr=repr(filename), main=False)
            code = quiet_compile(tree, filename)
        except RecursionError:
            raise LuaSyntaxError(f"{chunk_display_name(chunkname)}: chunk has too many syntax levels")
        # the tree is freed by reference counts before the collector comes back (it has
        # no cycles): otherwise the collector's next pass scans all of its nodes
        del tree
    return code


def python_source(source, chunkname, gens=False, main_gen=False, site_lines=None):
    """The converted module as Python source text (for `lua2py convert`), with the
    maps from its lines and columns back to Lua lines and sites.

    By default without generator versions: the module carries its Lua source
    (compressed), from which the runtime makes them when a coroutine first needs
    one (lbase.register_converted_source); the plain code of both texts is the
    same, line for line.  site_lines: the site-lines layout (default: errors.SITE_LINES,
    the layout of this interpreter).  A converted module is loaded by require or run as a
    script, both of which call its main function plainly (lua5.4's require is a
    C boundary for yields), so it never needs the main function's (main_gen)."""
    from .codegen import module_source

    if site_lines is None:
        from ..runtime.core.errors import SITE_LINES

        site_lines = SITE_LINES
    with _without_gc():
        # (the streamed writer has no site-lines layout)
        text = None if gens or main_gen or site_lines else _streamed_source(source, chunkname)
        if text is None:
            tree, _ = lua_to_ast(source, chunkname, gens=gens, main_gen=main_gen)
            text = module_source(tree, None if gens else (source, chunkname), site_lines)
            del tree  # (as in compile_lua)
    return text


def _streamed_source(source, chunkname):
    """python_source's text without generator versions, written a statement of the main
    chunk at a time (codegen.module.streamed_source), or None when the chunk's shape
    needs the whole tree."""
    from .analysis import analyse
    from .codegen import module_filename, streamed_source

    display = chunk_display_name(chunkname)
    chunk = parse_chunk(source, display, is_file=chunkname.startswith("@"))
    analysis = analyse(chunk)
    filename = module_filename(chunkname, display, source)
    try:
        return streamed_source(chunk, analysis, display, filename, (source, chunkname))
    finally:
        analysis.release()


def cython_source(source, chunkname):
    """The converted module's text for Cython (`--cython`, lua2py/cybuild.py): python_source's
    plain code, with each generator version defined inside its plain function
    (codegen/cymode.py) instead of made from the Lua source when first needed, written in
    the site-lines layout (a compiled frame has a line but no instruction: each error
    site starts a line of its own, so the line alone finds its variable names)."""
    from .codegen import module_source
    from .codegen.cymode import inline_generator_versions

    with _without_gc():
        typed = {}
        tree, _ = lua_to_ast(source, chunkname, gens=True, main_gen=False, typed=typed)
        return module_source(inline_generator_versions(tree, typed), site_lines=True)

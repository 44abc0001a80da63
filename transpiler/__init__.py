"""The lua2py compiler: Lua 5.4 source -> Python code.

    source --frontend--> luaparser AST --scope--> resolved names --typeinfer--> local types
           --compiler--> Python ast.Module --compile()--> code object / ast.unparse() text
"""
import ast
import hashlib

from .frontend import LuaSyntaxError, chunk_display_name, parse_chunk

__all__ = ["compile_lua", "python_source", "lua_to_ast", "LuaSyntaxError", "chunk_display_name"]


def _filename(chunkname, source):
    display = chunk_display_name(chunkname)
    if chunkname.startswith("@"):
        return display
    # chunks from load(): unique per source, so their site tables never collide
    return "%s#%s" % (display, hashlib.sha1(source.encode("latin-1", "replace")).hexdigest()[:10])


def lua_to_ast(source, chunkname, filename=None):
    """Parse, check and compile Lua source (latin-1 decoded text) to a Python ast.Module."""
    # the passes after the front end load on first use: `lua2py check` needs none
    from .scope import Resolver
    from . import typeinfer
    from .compiler import Compiler

    display = chunk_display_name(chunkname)
    chunk = parse_chunk(source, display, is_file=chunkname.startswith("@"))
    Resolver().resolve_chunk(chunk)
    typeinfer.infer(chunk)
    if filename is None:
        filename = _filename(chunkname, source)
    comp = Compiler(display, filename)
    mod = comp.compile_chunk(chunk)
    add_upvalue_names(mod, comp.upvalue_defs, filename)
    add_generator_makers(mod, comp.gen_defs, filename)
    return mod, filename


def _code_freevars(code, out):
    out[(code.co_name, code.co_firstlineno)] = code.co_freevars
    for c in code.co_consts:
        if hasattr(c, "co_freevars"):
            _code_freevars(c, out)


def _registration(func, filename, entries):
    """`func(filename, {(name, line): value, ...})` as a statement; entries are (name, line, value ast)."""
    return ast.Expr(value=ast.Call(
        func=ast.Name(id=func, ctx=ast.Load()),
        args=[ast.Constant(filename), ast.Dict(
            keys=[ast.Tuple(elts=[ast.Constant(n), ast.Constant(l)], ctx=ast.Load()) for n, l, _ in entries],
            values=[v for _, _, v in entries])],
        keywords=[]))


def add_upvalue_names(mod, upvalue_defs, filename):
    """Append the registration of each function's upvalues in Lua's order (ldebug.register_upvalues)."""
    entries = [(name, line, ast.Constant(ups)) for name, line, ups in upvalue_defs]
    mod.body.append(ast.fix_missing_locations(_registration("L_register_upvalues", filename, entries)))


def add_generator_makers(mod, gen_defs, filename):
    """Append the makers of the functions' generator versions (see runtime/cogen.py).

    A generator version shares its plain function's closure cells, so its code
    object must have exactly the plain function's free variables: the maker
    declares them as its own locals, and the generator body mentions them all
    (in unreachable code, which Python's scoping still sees)."""
    if not gen_defs:
        return
    freevars = {}
    _code_freevars(compile(mod, filename, "exec"), freevars)
    makers = []
    keys = []
    for i, (name, line, gdef) in enumerate(gen_defs):
        fv = freevars.get((name, line))
        if fv is None:
            continue
        keep = [ast.Expr(value=ast.Tuple(elts=[ast.Name(id=v, ctx=ast.Load()) for v in fv], ctx=ast.Load()))] if fv else []
        gdef.body = gdef.body + keep + [ast.Expr(value=ast.Yield(value=None))]
        body = []
        if fv:
            body.append(ast.Assign(targets=[ast.Name(id=v, ctx=ast.Store()) for v in fv], value=ast.Constant(None)))
        body.append(gdef)
        body.append(ast.Return(value=ast.Attribute(value=ast.Name(id=gdef.name, ctx=ast.Load()), attr="__code__", ctx=ast.Load())))
        mname = "L_genmaker_%d" % i
        makers.append(ast.FunctionDef(
            name=mname,
            args=ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[]),
            body=body, decorator_list=[], returns=None, lineno=line,
        ))
        keys.append((name, line, ast.Name(id=mname, ctx=ast.Load())))
    mod.body.extend(makers + [_registration("L_register_gens", filename, keys)])
    _fix_locations(mod)


def _fix_locations(tree):
    """Give nodes without a position the position of their parent."""
    def visit(node, line):
        if "lineno" in node._attributes:
            if not hasattr(node, "lineno") or node.lineno is None:
                node.lineno = line
                node.end_lineno = line
            if not hasattr(node, "col_offset"):
                node.col_offset = node.end_col_offset = 0
            line = node.lineno
        for child in ast.iter_child_nodes(node):
            visit(child, line)
    for n in tree.body:
        visit(n, getattr(n, "lineno", 1) or 1)


def compile_lua(source, chunkname):
    """Lua source -> a code object that, executed in a fresh namespace, defines __lua_chunk__(env)."""
    tree, filename = lua_to_ast(source, chunkname)
    try:
        return compile(tree, filename, "exec")
    except RecursionError:
        raise LuaSyntaxError("%s: chunk has too many syntax levels" % chunk_display_name(chunkname))


def python_source(source, chunkname):
    """The converted module as Python source text (for `lua2py convert`).

    Python numbers the lines of the written file its own way, so the module
    registers itself under __file__ with maps back to Lua: each .py line to its
    Lua line, and each operation's (line, column) to its site (for the variable
    names in error messages).  The maps come from walking the tree and the
    re-parsed text side by side."""
    tree, filename = lua_to_ast(source, chunkname)
    body = tree.body
    reg = body.pop(1)  # L_register(filename, chunkname, sites)
    gens = body.pop() if _is_call_to(body[-1], "L_register_gens") else None
    ups = _pop_call(body, "L_register_upvalues")
    _negative_constants(tree)
    text = ast.unparse(tree)
    tree2 = ast.parse(text)
    linemap, sitemap, defs = {}, {}, {}
    for a, b in zip(ast.walk(tree), ast.walk(tree2)):
        if type(a) is not type(b):
            break  # the shapes part: keep what was mapped so far
        if isinstance(a, ast.FunctionDef):
            # a nested def appears in its parent's plain and generator bodies: register both
            defs.setdefault((a.name, a.lineno), []).append(b.lineno)
        if "lineno" in a._attributes and getattr(b, "lineno", None) is not None:
            linemap.setdefault(b.lineno, a.lineno)
            if getattr(a, "col_offset", 0):
                sitemap[(b.lineno, b.col_offset, b.end_col_offset)] = a.col_offset
    chunkname_c, sites = reg.value.args[1], reg.value.args[2]
    lines = [text, ""]
    lines.append("L_register(__file__, %s, %s, %r, %r)" % (ast.unparse(chunkname_c), ast.unparse(sites), linemap, sitemap))
    # registrations keyed by (def name, line): the lines of the written file
    for reg in (ups, gens):
        if reg is None:
            continue
        d = reg.value.args[1]
        entries = []
        for k, v in zip(d.keys, d.values):
            name, line = k.elts[0].value, k.elts[1].value
            for pyline in defs.get((name, line), [line]):
                entries.append("(%r, %d): %s" % (name, pyline, ast.unparse(v)))
        lines.append("%s(__file__, {%s})" % (reg.value.func.id, ", ".join(entries)))
    lines.append("")
    lines.append('if __name__ == "__main__":')
    lines.append("    from lua2py.runner import run_module")
    lines.append("    run_module(__lua_chunk__, __file__)")
    return "\n".join(lines) + "\n"


def _pop_call(body, name):
    """Remove and return the top-level statement calling `name`, or None."""
    for i, stmt in enumerate(body):
        if _is_call_to(stmt, name):
            return body.pop(i)
    return None


def _is_call_to(stmt, name):
    return (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)
            and isinstance(stmt.value.func, ast.Name) and stmt.value.func.id == name)


class _NegativeConstants(ast.NodeTransformer):
    """-5 is written as '-5', which reads back as a unary minus: give the tree that shape too."""

    def visit_Constant(self, node):
        v = node.value
        if v.__class__ in (int, float) and (v < 0 or (v == 0 and str(v).startswith("-"))):
            new = ast.UnaryOp(op=ast.USub(), operand=ast.Constant(-v))
            return ast.copy_location(new, node)
        return node


def _negative_constants(tree):
    _NegativeConstants().visit(tree)
    _fix_locations(tree)

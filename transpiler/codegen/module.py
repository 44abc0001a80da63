"""Module assembly: the chunk's main function, the registrations of sites, upvalue
names and generator makers, and the written `.py` form with its line and site maps.

    from lua2py.runtime.prelude import *
    L_register(<filename>, <chunkname>, <sites>)
    def __lua_chunk__(_ENV):
        def main(*varargs):
            ...the chunk...
        return main
    L_register_upvalues(<filename>, {(name, line): upvalues, ...})
    def L_genmaker_0(): ...                 generator versions, made on demand
    L_register_gens(<filename>, {(name, line): maker, ...})
"""
import ast
import hashlib

from .core import Context, FuncCtx, local_entries
from .functions import function_block
from .pyast import ARGUMENTS, CALL, EXPR, FUNCDEF, HERE, TUPLE, C, N, py


def module_filename(chunkname, display, source):
    """The name a chunk's code and registrations go under."""
    if chunkname.startswith("@"):
        return display
    # chunks from load(): unique per source, so their site tables never collide
    # (Python's compile() refuses a file name with a NUL, which a loaded string can hold)
    return f"{display.replace(chr(0), '?')}#{hashlib.sha1(source.encode('latin-1', 'replace')).hexdigest()[:10]}"


def generate(chunk, analysis, chunkname, filename):
    """The Python module of a resolved, typed chunk."""
    ctx = Context(analysis, chunkname, filename)
    saved = HERE.line
    HERE.line = 1
    try:
        mod = _chunk_module(chunk, ctx)
    finally:
        HERE.line = saved
    add_upvalue_names(mod, ctx.upvalue_defs, filename)
    add_local_names(mod, ctx.local_defs, filename)
    add_generator_makers(mod, ctx.gen_defs, filename)
    return mod


def _main_body(chunk, scope, ctx):
    with ctx.function(FuncCtx(scope)) as fn:
        body = function_block(chunk.body.body, ctx, tuple_at_return=ctx.gen)
    if fn.assigns_env:
        body.insert(0, py.Nonlocal(names=["_ENV"]))
    return body


def _chunk_module(chunk, ctx):
    scope = ctx.scope(chunk)
    body = _main_body(chunk, scope, ctx)
    # the main chunk's generator version: a chunk run by load/require inside a coroutine may yield
    with ctx.generator_version(True):
        gbody = _main_body(chunk, scope, ctx)
    gmain = FUNCDEF("main__gen", ARGUMENTS(vararg="varargs"), gbody)
    ctx.gen_defs.append(("main", 1, gmain))
    main = FUNCDEF("main", ARGUMENTS(vararg="varargs"), body)
    ctx.upvalue_defs.append(("main", 1, (("_ENV", "_ENV", False),)))
    if scope.symbols:
        ctx.local_defs.append(("main", 1, local_entries(scope)))
    outer = FUNCDEF("__lua_chunk__", ARGUMENTS(["_ENV"]), [main, py.Return(value=N("main"))])
    imp = py.ImportFrom(module="lua2py.runtime.prelude", names=[py.alias(name="*")], level=0)
    reg = EXPR(CALL("L_register", [C(ctx.filename), C(ctx.chunkname), TUPLE([C(s) for s in ctx.sites])]))
    return ast.Module(body=[imp, reg, outer], type_ignores=[])


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


def add_local_names(mod, local_defs, filename):
    """Append the registration of each function's locals (ldebug.register_locals)."""
    if local_defs:
        entries = [(name, line, ast.Constant(locs)) for name, line, locs in local_defs]
        mod.body.append(ast.fix_missing_locations(_registration("L_register_locals", filename, entries)))


def _code_freevars(code, out):
    out[(code.co_name, code.co_firstlineno)] = code.co_freevars
    for c in code.co_consts:
        if hasattr(c, "co_freevars"):
            _code_freevars(c, out)


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
        tail = [ast.Expr(value=ast.Tuple(elts=[ast.Name(id=v, ctx=ast.Load()) for v in fv], ctx=ast.Load()))] if fv else []
        tail.append(ast.Expr(value=ast.Yield(value=None)))
        for node in tail:
            _fill_positions(node, gdef.lineno)
        gdef.body = gdef.body + tail
        body = []
        if fv:
            body.append(ast.Assign(targets=[ast.Name(id=v, ctx=ast.Store()) for v in fv], value=ast.Constant(None)))
        body.append(gdef)
        body.append(ast.Return(value=ast.Attribute(value=ast.Name(id=gdef.name, ctx=ast.Load()), attr="__code__", ctx=ast.Load())))
        mname = f"L_genmaker_{i}"
        maker = ast.FunctionDef(
            name=mname,
            args=ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[]),
            body=body, decorator_list=[], returns=None, lineno=line,
        )
        _fill_positions(maker, line)
        makers.append(maker)
        keys.append((name, line, ast.Name(id=mname, ctx=ast.Load())))
    reg = _registration("L_register_gens", filename, keys)
    _fill_positions(reg, 1)
    mod.body.extend(makers + [reg])


def _fill_positions(node, line):
    """Give nodes without a position the position of their nearest positioned ancestor
    (line `line` at the top), column 0."""
    if "lineno" in node._attributes:
        if getattr(node, "lineno", None) is None:
            node.lineno = line
            node.end_lineno = line
        if not hasattr(node, "col_offset"):
            node.col_offset = node.end_col_offset = 0
        line = node.lineno
    for child in ast.iter_child_nodes(node):
        _fill_positions(child, line)


# ------------------------------------------------------------ the written .py file

def module_source(tree):
    """The converted module as Python source text (for `lua2py convert`).

    Python numbers the lines of the written file its own way, so the module
    registers itself under __file__ with maps back to Lua: each .py line to its
    Lua line, and each operation's (line, column) to its site (for the variable
    names in error messages).  The maps come from walking the tree and the
    re-parsed text side by side."""
    body = tree.body
    reg = body.pop(1)  # L_register(filename, chunkname, sites)
    gens = body.pop() if _is_call_to(body[-1], "L_register_gens") else None
    ups = _pop_call(body, "L_register_upvalues")
    locs = _pop_call(body, "L_register_locals")
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
    lines.append(f"L_register(__file__, {ast.unparse(chunkname_c)}, {ast.unparse(sites)}, {linemap!r}, {sitemap!r})")
    # registrations keyed by (def name, line): the lines of the written file
    for reg in (ups, locs, gens):
        if reg is None:
            continue
        d = reg.value.args[1]
        entries = []
        for k, v in zip(d.keys, d.values):
            name, line = k.elts[0].value, k.elts[1].value
            for pyline in defs.get((name, line), [line]):
                entries.append(f"({name!r}, {pyline}): {ast.unparse(v)}")
        lines.append(f"{reg.value.func.id}(__file__, {{{', '.join(entries)}}})")
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
            ast.copy_location(new, node)
            new.operand.lineno = new.operand.end_lineno = new.lineno
            new.operand.col_offset = new.operand.end_col_offset = 0
            return new
        return node


def _negative_constants(tree):
    _NegativeConstants().visit(tree)

"""Module assembly: the chunk's main function, the registrations of sites, upvalue
names and generator makers, and the written `.py` form with its line and site maps.

    from lua2py.runtime.prelude import *
    L_register(<filename>, <chunkname>, <sites>)
    def __lua_chunk__(_ENV):
        def main(*varargs):
            ...the chunk...
        return main
    L_register_upvalues(<filename>, (((name, line), upvalues), ...))
    def L_genmaker_0(): ...                 generator versions, made on demand
    L_register_gens(<filename>, {(name, line): maker, ...})

(the makers only when built with generator versions, see generate).  The constant
tables (sites, upvalue and local names, spans) are one Constant node each:
compile() converts and checks every ast node it is given, ~5,000 instructions
apiece, and such a table of 25 functions was ~100 nodes.
"""
import ast
import base64
import marshal
import warnings
import zlib
from contextlib import contextmanager, nullcontext

from luaparser import astnodes as A

from ..analysis.syntax import attribute_of
from .arith import sym_range
from .core import Context, FuncCtx, local_entries
from .functions import code_span, function_block
from .unparse import Unsupported, _negated, _Writer, expr_text, unparse, utf8_columns
from .pyast import ARGUMENTS, CALL, COMPILING, EXPR, FUNCDEF, HERE, TUPLE, C, N, py

try:  # CPython's own sha1: hashlib loads OpenSSL's libcrypto first (a few ms of a process's first load())
    from _sha1 import sha1
except ImportError:
    from hashlib import sha1


def quiet_compile(tree, filename):
    """compile() without Python's SyntaxWarnings: they would speak of the generated
    code, on the Lua program's stderr (code generation also avoids the shapes that
    cause them, for `lua2py convert`'s output)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)
        return compile(tree, filename, "exec")


def module_filename(chunkname, display, source):
    """The name a chunk's code and registrations go under."""
    if chunkname.startswith("@"):
        return display
    # chunks from load(): unique per source, so their site tables never collide
    # (Python's compile() refuses a file name with a NUL, which a loaded string can hold)
    return f"{display.replace(chr(0), '?')}#{sha1(source.encode('latin-1', 'replace')).hexdigest()[:10]}"


def generate(chunk, analysis, chunkname, filename, gens=True, main_gen=True):
    """The Python module of a resolved, typed chunk.

    gens=False builds no generator versions: the runtime makes them, from the
    module built with them, when a coroutine first needs one (cogen.gen_of).
    main_gen=False leaves out only the main function's (the largest: it defines
    every function of the chunk again), for modules whose main function is never
    called inside a coroutine."""
    ctx = Context(analysis, chunkname, filename, with_gens=gens)
    with COMPILING:
        saved = HERE[0]
        HERE[0] = 1
        try:
            mod = _chunk_module(chunk, ctx, gens and main_gen)
        finally:
            HERE[0] = saved
    add_upvalue_names(mod, ctx.upvalue_defs, filename)
    add_local_names(mod, ctx.local_defs, filename)
    mod.body.append(_constant_registration("L_register_spans", filename, ctx.span_defs))
    add_generator_makers(mod, ctx.gen_defs, filename)
    return mod


def main_ranges(stmts, ctx):
    """Fill ctx.main_ranges with the range of each local the main chunk's statements
    declare, in order (a later one may use an earlier one's), while every node is there:
    a module built whole and one streamed a statement at a time (which lets each
    statement's nodes go once compiled) then see the same ranges."""
    if ctx.main_ranges:
        return
    for s in stmts:
        if s.__class__ is A.LocalAssign:
            for t in s.targets:
                sym = ctx.sym(t)
                if sym is not None:
                    ctx.main_ranges[sym] = sym_range(sym, ctx)


def _main_body(chunk, scope, ctx):
    with ctx.function(FuncCtx(scope)) as fn:
        fn.main = True
        body = function_block(chunk.body.body, ctx, tuple_at_return=ctx.gen)
    if fn.assigns_env:
        body.insert(0, py.Nonlocal(names=["_ENV"]))
    return body


def _chunk_module(chunk, ctx, main_gen):
    scope = ctx.scope(chunk)
    main_ranges(chunk.body.body, ctx)
    body = _main_body(chunk, scope, ctx)
    ctx.build_generator_versions()
    if main_gen:
        # the main chunk's generator version: a chunk run by load or dofile inside a coroutine
        # may yield.  Built after everything else, so that the sites and names of the module
        # without it are a prefix of these (a module made later to supply it agrees).
        with ctx.generator_version(True):
            gbody = _main_body(chunk, scope, ctx)
        gmain = FUNCDEF("main__gen", ARGUMENTS(vararg="varargs"), gbody)
        ctx.gen_defs.append(("main", 1, gmain))
    main = FUNCDEF("main", ARGUMENTS(vararg="varargs"), body)
    ctx.upvalue_defs.append(("main", 1, (("_ENV", "_ENV", False),)))
    if scope.symbols:
        ctx.local_defs.append(("main", 1, local_entries(scope)))
    ctx.span_defs.append(("main", 1, code_span(chunk, chunk.body.body)))
    outer = FUNCDEF("__lua_chunk__", ARGUMENTS(["_ENV"]), [main, py.Return(value=N("main"))])
    imp = py.ImportFrom(module="lua2py.runtime.prelude", names=[py.alias(name="*")], level=0)
    reg = EXPR(CALL("L_register", [C(ctx.filename), C(ctx.chunkname), C(tuple(ctx.sites))]))
    return ast.Module(body=[imp, reg, outer], type_ignores=[])


def _constant_registration(func, filename, defs):
    """`func(filename, (((name, line), value), ...))` of (name, line, value) defs whose
    values are constants: one Constant node (the runtime takes these pairs or a dict)."""
    return _at_1(ast.Expr(_at_1(ast.Call(
        _at_1(ast.Name(func, _LOAD)),
        [_at_1(ast.Constant(filename)), _at_1(ast.Constant(tuple(((n, ln), v) for n, ln, v in defs)))],
        []))))


def _registration(func, filename, entries):
    """`func(filename, {(name, line): value, ...})` as a statement; entries are (name, line, value ast).
    Its nodes are built at line 1, column 0 (as ast.fix_missing_locations would place them,
    without its walk)."""
    return _at_1(ast.Expr(_at_1(ast.Call(
        _at_1(ast.Name(func, _LOAD)),
        [_at_1(ast.Constant(filename)), _at_1(ast.Dict(
            [_at_1(ast.Tuple([_at_1(ast.Constant(n)), _at_1(ast.Constant(l))], _LOAD)) for n, l, _ in entries],
            [_at_1(v) for _, _, v in entries]))],
        []))))


_LOAD = ast.Load()


def _at_1(node):
    """node, placed at line 1, column 0 where it has no position yet."""
    if getattr(node, "lineno", None) is None:
        node.lineno = node.end_lineno = 1
        node.col_offset = node.end_col_offset = 0
    return node


def add_upvalue_names(mod, upvalue_defs, filename):
    """Append the registration of each function's upvalues in Lua's order (ldebug.register_upvalues)."""
    mod.body.append(_constant_registration("L_register_upvalues", filename, upvalue_defs))


def add_local_names(mod, local_defs, filename):
    """Append the registration of each function's locals (ldebug.register_locals)."""
    if local_defs:
        mod.body.append(_constant_registration("L_register_locals", filename, local_defs))


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
    _code_freevars(quiet_compile(mod, filename), freevars)
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

def module_source(tree, lua_source=None, site_lines=False, file_expr="__file__", main=True):
    """The converted module as Python source text (for `lua2py convert`).

    Python numbers the lines of the written file its own way, so the module
    registers itself under __file__ with maps back to Lua: each .py line to its
    Lua line, and each operation's (line, column) to its site (for the variable
    names in error messages), both in the compact text form errors.LineMap and
    errors.decode_sitemap read.  The maps come from the positions the unparser
    wrote each node at, which are those Python's parser gives the text.

    lua_source, (source, chunkname), is for a module built without generator
    versions: it registers the source, compressed, to make them from.

    site_lines: written in the site-lines layout (unparse), its sites mapped by
    line alone (for PyPy and Cython).  file_expr: the expression of the file name
    the module registers under; main: whether it ends with the script runner."""
    body = tree.body
    reg = body.pop(1)  # L_register(filename, chunkname, sites)
    gens = body.pop() if _is_call_to(body[-1], "L_register_gens") else None
    ups = _pop_call(body, "L_register_upvalues")
    locs = _pop_call(body, "L_register_locals")
    spans = _pop_call(body, "L_register_spans")
    try:
        text, positions = unparse(tree, site_lines=True) if site_lines else unparse(tree)
    except Unsupported:
        # (ast's unparser has no site-lines layout: the sites' names are lost under PyPy)
        site_lines = False
        text, positions = _slow_unparse(tree)
    linemap, sitemap, defs = position_maps(positions, site_lines)
    chunkname_c, sites = reg.value.args[1], reg.value.args[2]
    sites = sites.value
    lines = [text, "", _register_line(chunkname_c, sites, linemap, sitemap, site_lines, file_expr)]
    # registrations keyed by (def name, line): the lines of the written file
    for reg in (ups, locs, spans, gens):
        if reg is None:
            continue
        d = reg.value.args[1]
        if d.__class__ is ast.Constant:
            # constant tables (upvalue and local names, spans): packed
            entries = [(name, line, v) for (name, line), v in d.value]
            lines.append(_packed_registration(reg.value.func.id, entries, defs, file_expr))
            continue
        entries = []
        for k, v in zip(d.keys, d.values):
            name, line = k.elts[0].value, k.elts[1].value
            for pyline in defs.get((name, line), [line]):
                entries.append(f"({name!r}, {pyline}): {expr_text(v)}")
        lines.append(f"{reg.value.func.id}({file_expr}, {{{', '.join(entries)}}})")
    return _module_end(lines, lua_source, site_lines, file_expr, main)


def _register_line(chunkname_c, sites, linemap, sitemap, site_lines=False, file_expr="__file__"):
    smap = encode_sitelines(sitemap) if site_lines else encode_sitemap(sitemap)
    return (f"L_register({file_expr}, {expr_text(chunkname_c)}, {_packed(sites)}, "
            f"{encode_linemap(linemap)!r}, {smap!r})")


def _packed_registration(func, entries, defs, file_expr="__file__"):
    """`func(__file__, <packed {(def name, py line): value}>)` of (def name, Lua line, value) entries."""
    packed = {}
    for name, line, value in entries:
        for pyline in defs.get((name, line), [line]):
            packed[(name, pyline)] = value
    return f"{func}({file_expr}, {_packed(packed)})"


def _module_end(lines, lua_source, site_lines=False, file_expr="__file__", main=True):
    if lua_source is not None:
        source, chunkname = lua_source
        packed = base64.b85encode(zlib.compress(source.encode("latin-1"), 6)).decode("ascii")
        lines.append(f"L_register_lua_source({file_expr}, {chunkname!r}, {packed!r}"
                     + (", True)" if site_lines else ")"))
    if main:
        lines.append("")
        lines.append('if __name__ == "__main__":')
        lines.append("    from lua2py.runner import run_module")
        lines.append("    run_module(__lua_chunk__, __file__)")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ the written .py file, streamed

def streamed_source(chunk, analysis, chunkname, filename, lua_source):
    """module_source(generate(chunk, analysis, chunkname, filename, gens=False,
    main_gen=False), lua_source), the same text, made one statement of the main
    chunk at a time: each is compiled, written and its tree let go before the next,
    so the Python tree of only one is alive at a time (a large file's whole tree was
    most of a conversion's memory).  None when the main chunk's shape needs its
    whole block at once (labels, a `<close>` local, an assignment to _ENV): the
    caller builds the tree then.  The positions the writer notes are folded into the
    maps after each statement.  It consumes the chunk: each statement of its main
    block is let go (None) once compiled, with the analysis' entries for its nodes."""
    stmts = chunk.body.body
    for s in stmts:
        if s.__class__ is A.Label or (s.__class__ is A.LocalAssign and any(
                attribute_of(t) == "close" for t in s.targets)):
            return None
    ctx = Context(analysis, chunkname, filename, with_gens=False)
    w = _Writer()
    maps = ({}, {}, {})  # position_maps' linemap, sitemap, defs
    with COMPILING:
        saved = HERE[0]
        HERE[0] = 1
        try:
            text = _stream(chunk, stmts, ctx, w, maps)
        except Unsupported:
            return None
        finally:
            HERE[0] = saved
    if text is None:
        return None
    linemap, sitemap, defs = maps
    lines = [text, "", _register_line(C(ctx.chunkname), tuple(ctx.sites), linemap, sitemap)]
    lines.append(_packed_registration("L_register_upvalues", ctx.upvalue_defs, defs))
    if ctx.local_defs:
        lines.append(_packed_registration("L_register_locals", ctx.local_defs, defs))
    lines.append(_packed_registration("L_register_spans", ctx.span_defs, defs))
    return _module_end(lines, lua_source)


def _stream(chunk, stmts, ctx, w, maps):
    """The module's text, as _chunk_module builds and unparse writes it, or None.
    The positions noted are folded into maps as each statement is written."""
    scope = ctx.scope(chunk)
    positions = w.positions
    lines = w.lines
    linemap, sitemap, defs = maps

    def flush(py_stmts, indent):
        first = len(lines)
        w.body(py_stmts, indent)
        if not all(ln.isascii() for ln in lines[first:]):
            utf8_columns(lines, positions, first)
        for a, line, col, _, end in positions:
            if a.__class__ is ast.FunctionDef:
                defs.setdefault((a.name, a.lineno), []).append(line)
            if line not in linemap:
                linemap[line] = a.lineno
            site = getattr(a, "col_offset", 0)
            if site:
                sitemap[(line, col, end)] = site
        positions.clear()
        w.prec.clear()

    main_ranges(stmts, ctx)
    flush([py.ImportFrom(module="lua2py.runtime.prelude", names=[py.alias(name="*")], level=0)], 0)
    # the nodes _chunk_module makes, built at line 1 as there (their records hold no site)
    outer = w.open_def(FUNCDEF("__lua_chunk__", ARGUMENTS(["_ENV"]), []), 0)
    main = w.open_def(FUNCDEF("main", ARGUMENTS(vararg="varargs"), []), 1)
    flush([], 0)
    span = code_span(chunk, stmts)
    # each statement's Lua tree goes once it is compiled: from the chunk, and with the
    # analysis' entries it made (which keep their nodes, see NodeMap)
    maps = ctx.analysis.node_maps()
    marks = ctx.analysis.statement_marks
    first = marks[0] if len(marks) == len(stmts) + 1 else None
    # function_block(chunk.body.body, ctx) of _main_body, a statement at a time
    with ctx.function(FuncCtx(scope)) as fn:
        fn.main = True
        last = None
        for i, s in enumerate(stmts):
            out = ctx.stmt(s)
            if out:
                last = out[-1]
                flush(out, 2)
                out = None
            # a function's def is kept to be reused by its parent's other bodies (clone,
            # generator version): the main chunk has none
            ctx.functions.clear()
            if first is not None:
                stmts[i] = s = None
                for m, skip, start, stop in zip(maps, first, marks[i], marks[i + 1]):
                    m.forget(skip, stop - start)
        if last is None or last.__class__ is not ast.Return:
            no_values = TUPLE([])
            with ctx.at(ctx.last_line):
                flush([py.Return(value=no_values)], 2)
        last = None
    if fn.assigns_env:
        return None
    ctx.upvalue_defs.append(("main", 1, (("_ENV", "_ENV", False),)))
    if scope.symbols:
        ctx.local_defs.append(("main", 1, local_entries(scope)))
    ctx.span_defs.append(("main", 1, span))
    w.close(main)
    flush([py.Return(value=N("main"))], 1)
    w.close(outer)
    return "\n".join(lines)


def position_maps(positions, site_lines=False):
    """From the positions the writer noted: {py line: Lua line}, {(py line, col, end col):
    site} ({py line: site} for the site-lines layout) and {(def name, Lua line): [py line, ...]}."""
    linemap, sitemap, defs = {}, {}, {}
    # in the order the nodes were written: a line's first is its outermost
    for a, line, col, _, end in positions:
        if a.__class__ is ast.FunctionDef:
            # a nested def appears in its parent's plain and generator bodies: register both
            defs.setdefault((a.name, a.lineno), []).append(line)
        if line not in linemap:
            linemap[line] = a.lineno
        if getattr(a, "col_offset", 0):
            if site_lines:
                sitemap[line] = a.col_offset
            else:
                sitemap[(line, col, end)] = a.col_offset
    return linemap, sitemap, defs


def _slow_unparse(tree):
    """unparse.unparse's (text, positions), by ast's unparser (any node)."""
    unparser = _PositionUnparser()
    text = unparser.visit(tree)
    lines, cols = unparser.lines_and_columns()
    return text, [[a, lines[start], cols[start], lines[end], cols[end]] for a, start, end in unparser.positions]


_STATEMENTS = (ast.stmt, ast.excepthandler)


class _PositionUnparser(ast._Unparser):
    """ast.unparse, indenting by one space, that notes where it writes each node with a
    position, as Python's parser places it in the text: a statement after its
    indentation, an expression in precedence parentheses inside them.  `positions`
    holds [node, start, end] in the order the nodes are written, start and end counted
    in pieces of text written (`lines_and_columns` turns them into lines and UTF-8
    columns).  Nodes inside f-strings (written into buffers) are not noted.

    A negative number is written as a unary minus of its absolute value, the shape
    the text reads back as (`-5 .x` would read as `-(5 .x)`)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)  # (ast makes one per f-string part, _avoid_backslashes=True)
        self.positions = []
        self._main = None
        self._open = []  # the records of the nodes being written
        self._stmt = None  # the record of the statement whose start the next fill() gives

    def visit(self, node):
        self._source = self._main = []
        self.traverse(node)
        return "".join(self._source)

    def fill(self, text=""):
        self.maybe_newline()
        self.write(" " * self._indent)
        rec = self._stmt
        if rec is not None:
            rec[1] = len(self._main)
            self._stmt = None
        self.write(text)

    def require_parens(self, precedence, node):
        if self.get_precedence(node) > precedence:
            return self._parens(node)
        return nullcontext()

    @contextmanager
    def _parens(self, node):
        self.write("(")
        rec = self._open[-1] if self._open and self._source is self._main else None
        if rec is not None and rec[0] is node:
            rec[1] = len(self._main)
            yield
            rec[2] = len(self._main)
        else:
            yield
        self.write(")")

    def traverse(self, node):
        if node.__class__ is list:
            for item in node:
                self.traverse(item)
            return
        if node.__class__ is ast.Constant and _is_negative(node.value):
            new = _negated(node)
            if node in self._precedences:
                self._precedences[new] = self._precedences[node]
            node = new
        main = self._main
        if self._source is not main or "lineno" not in node._attributes:
            ast.NodeVisitor.visit(self, node)
            return
        rec = [node, len(main), None]
        self.positions.append(rec)
        if isinstance(node, _STATEMENTS):
            self._stmt = rec
        self._open.append(rec)
        ast.NodeVisitor.visit(self, node)
        self._open.pop()
        if rec[2] is None:
            rec[2] = len(main)

    def visit_If(self, node):
        # as ast's, noting each `elif` (an If alone in an orelse): from the keyword to the
        # end of the whole statement
        self.fill("if ")
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        elifs = []
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If):
            node = node.orelse[0]
            self.fill()
            if self._source is self._main:
                rec = [node, len(self._main), None]
                self.positions.append(rec)
                elifs.append(rec)
            self.write("elif ")
            self.traverse(node.test)
            with self.block():
                self.traverse(node.body)
        if node.orelse:
            self.fill("else")
            with self.block():
                self.traverse(node.orelse)
        for rec in elifs:
            rec[2] = len(self._main)

    def lines_and_columns(self):
        """For each count of pieces written, the line and UTF-8 column the text had reached."""
        lines = [1]
        cols = [0]
        line = 1
        col = 0
        for t in self._main:
            if "\n" in t:
                line += t.count("\n")
                t = t[t.rfind("\n") + 1:]
                col = 0
            col += len(t) if t.isascii() else len(t.encode("utf-8"))
            lines.append(line)
            cols.append(col)
        return lines, cols


def _packed(value):
    """A constant (tuples, dicts, strings, numbers) as the expression that reads it back
    (errors.unpack_constant): marshal, zlib'd, base85; a fraction of its literal's size,
    and quicker to load than Python compiling the literal.  Marshal's version 0: no
    back-references or interning marks, which depend on the objects' reference counts,
    so the same value gives the same text in every process."""
    return f"L_unpack({base64.b85encode(zlib.compress(marshal.dumps(value, 0), 6)).decode('ascii')!r})"


def _compact(text):
    return base64.b85encode(zlib.compress(text.encode("ascii"), 6)).decode("ascii")


def encode_linemap(linemap):
    """{py line: Lua line} as text: zlib'd, base85, of the comma-separated Lua line of
    each py line from 1 as a difference from the last one given (empty: unmapped)."""
    fields = []
    prev = 0
    for pyline in range(1, max(linemap, default=0) + 1):
        lua = linemap.get(pyline)
        if lua is None:
            fields.append("")
        else:
            fields.append(str(lua - prev))
            prev = lua
    return _compact(",".join(fields))


def encode_sitemap(sitemap):
    """{(py line, col, end col): site} as text: zlib'd, base85, of four numbers per entry
    in (line, col) order: line minus the previous entry's, col, end col - col, site."""
    fields = []
    prev = 0
    for (line, col, end), site in sorted(sitemap.items()):
        fields.append(f"{line - prev},{col},{end - col},{site}")
        prev = line
    return _compact(",".join(fields))


def encode_sitelines(sitemap):
    """{py line: site} as text: ":" (no base85 digit) and then, zlib'd and base85, two numbers per entry in
    line order: line minus the previous entry's, site (errors.decode_sitemap)."""
    fields = []
    prev = 0
    for line, site in sorted(sitemap.items()):
        fields.append(f"{line - prev},{site}")
        prev = line
    return ":" + _compact(",".join(fields))


def _pop_call(body, name):
    """Remove and return the top-level statement calling `name`, or None."""
    for i, stmt in enumerate(body):
        if _is_call_to(stmt, name):
            return body.pop(i)
    return None


def _is_call_to(stmt, name):
    return (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)
            and isinstance(stmt.value.func, ast.Name) and stmt.value.func.id == name)


def _is_negative(v):
    return v.__class__ in (int, float) and (v < 0 or (v == 0 and str(v).startswith("-")))

"""The module text for `--cython` (lua2py/cybuild.py): generator versions defined in place.

The plain module gets its functions' generator versions from makers that compile them
with exactly the plain function's free variables, bound to its closure cells
(runtime/support/cogen.gen_of).  A function Cython compiled has no cells to share,
so here each generator version is defined right after its plain function, in the same
scope (sharing its variables the way nested functions do), and attached to it:

    def f(a):            ...the plain version...
    def f__gen(a):       ...the generator version...
    f.lua_gen = f__gen
    f__gen.lua_plain = f

A generator version that defines functions defines their generator versions with them
in the same way.  The plain code is the same as in the plain module; only these
statements are added.
"""
import ast
import copy


def inline_generator_versions(mod):
    """Rewrite a module built with generator versions (generate(gens=True)): its makers and
    L_register_gens become in-place definitions.  Returns the module."""
    body = mod.body
    gens = {}
    keep = []
    makers = {}
    for node in body:
        if node.__class__ is ast.FunctionDef and node.name.startswith("L_genmaker_"):
            makers[node.name] = node
            continue
        if (node.__class__ is ast.Expr and node.value.__class__ is ast.Call
                and getattr(node.value.func, "id", None) == "L_register_gens"):
            d = node.value.args[1]
            for k, v in zip(d.keys, d.values):
                maker = makers.get(v.id)
                if maker is None:
                    continue
                gdef = next(n for n in maker.body if n.__class__ is ast.FunctionDef)
                gens[(k.elts[0].value, k.elts[1].value)] = gdef
            continue
        keep.append(node)
    mod.body = keep
    _rewrite(mod, gens)
    _TypeOf().visit(mod)
    return mod


class _TypeOf(ast.NodeTransformer):
    """`x.__class__` becomes `type(x)`: Cython compiles a call of the builtin type to a
    read of the object's type slot, where `.__class__` is a generic attribute lookup (in
    CPython the attribute is the faster one, so the plain module keeps it).  `type` is
    never a Lua variable's Python name (codegen/names.py renames builtins)."""

    def visit_Attribute(self, node):
        self.generic_visit(node)
        if node.attr == "__class__" and node.ctx.__class__ is ast.Load:
            call = ast.Call(func=ast.Name(id="type", ctx=ast.Load()), args=[node.value], keywords=[])
            return ast.copy_location(call, node)
        return node


def _rewrite(node, gens):
    for field, value in ast.iter_fields(node):
        if value.__class__ is list and value and isinstance(value[0], ast.AST):
            out = []
            for child in value:
                _rewrite(child, gens)
                out.append(child)
                if child.__class__ is ast.FunctionDef:
                    gdef = gens.get((child.name, child.lineno))
                    if gdef is not None:
                        g = copy.deepcopy(gdef)
                        _rewrite(g, gens)
                        out.append(g)
                        out.extend(_attach(child.name, g.name, child.lineno))
            setattr(node, field, out)
        elif isinstance(value, ast.AST):
            _rewrite(value, gens)


def _attach(plain, gen, line):
    stmts = [
        ast.Assign(targets=[ast.Attribute(value=ast.Name(id=plain, ctx=ast.Load()), attr="lua_gen", ctx=ast.Store())],
                   value=ast.Name(id=gen, ctx=ast.Load())),
        ast.Assign(targets=[ast.Attribute(value=ast.Name(id=gen, ctx=ast.Load()), attr="lua_plain", ctx=ast.Store())],
                   value=ast.Name(id=plain, ctx=ast.Load())),
    ]
    for s in stmts:
        for n in ast.walk(s):
            if "lineno" in n._attributes:
                n.lineno = n.end_lineno = line
                n.col_offset = n.end_col_offset = 0
    return stmts

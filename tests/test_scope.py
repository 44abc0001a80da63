"""Scope resolution (transpiler/analysis/scope.py): what each Name refers to, and
the facts about each local that code generation builds on."""
from lua2py.transpiler.analysis import analyse
from lua2py.transpiler.analysis.syntax import node_children
from lua2py.transpiler.frontend import parse_chunk
from luaparser import astnodes as A


def resolve(src):
    chunk = parse_chunk(src, "t.lua")
    return chunk, analyse(chunk)


def names(chunk, ident):
    """Every Name node spelled `ident`, in source order (declarations and uses)."""
    out = []

    def walk(n):
        if isinstance(n, list):
            for x in n:
                walk(x)
            return
        if not isinstance(n, A.Node):
            return
        if n.__class__ is A.Name and n.id == ident:
            out.append(n)
        for c in node_children(n):
            walk(c)
    walk(chunk)
    return out


def functions(chunk):
    out = []

    def walk(n):
        if isinstance(n, list):
            for x in n:
                walk(x)
            return
        if not isinstance(n, A.Node):
            return
        if isinstance(n, (A.Function, A.LocalFunction, A.Method, A.AnonymousFunction)):
            out.append(n)
        for c in node_children(n):
            walk(c)
    walk(chunk)
    return out


def test_local_and_global():
    chunk, an = resolve("local x = 1\nprint(x)\ny = x")
    decl, use, use2 = names(chunk, "x")
    sym = an.sym(decl)
    assert sym is not None and sym.name == "x" and sym.kind == "local"
    assert an.sym(use) is sym and an.sym(use2) is sym
    assert sym.writes == 0 and not sym.captured and not sym.boxed
    # globals resolve to no symbol and go through the chunk's _ENV
    (print_,) = names(chunk, "print")
    (y,) = names(chunk, "y")
    assert an.sym(print_) is None and an.env(print_) is None
    assert an.sym(y) is None


def test_shadowing_gets_new_symbols_and_python_names():
    chunk, an = resolve("local x = 1\ndo local x = x + 1 print(x) end\nprint(x)")
    outer_decl, inner_decl, init_use, inner_use, outer_use = names(chunk, "x")
    outer, inner = an.sym(outer_decl), an.sym(inner_decl)
    assert outer is not inner
    # `local x = x + 1`: the value is resolved before the new x exists
    assert an.sym(init_use) is outer
    assert an.sym(inner_use) is inner
    assert an.sym(outer_use) is outer
    assert outer.pyname == "x" and inner.pyname == "x_1"


def test_reserved_python_names_are_renamed():
    chunk, an = resolve("local print, L_x, class = 1, 2, 3")
    pynames = [an.sym(n).pyname for n in names(chunk, "print") + names(chunk, "L_x") + names(chunk, "class")]
    assert pynames == ["v_print", "v_L_x", "v_class"]


def test_upvalues_captured_and_written():
    chunk, an = resolve("local n = 0\nlocal r = 0\nlocal function inc() n = n + 1 return r end\ninc()")
    n = an.sym(names(chunk, "n")[0])
    r = an.sym(names(chunk, "r")[0])
    assert n.captured and n.captured_write and n.writes == 1
    assert r.captured and not r.captured_write
    (inc_fn,) = functions(chunk)
    scope = an.scope(inc_fn)
    assert list(scope.free) == [n, r]  # in the order Lua numbers the upvalues
    assert n in scope.nonlocal_writes and r not in scope.nonlocal_writes
    # captured, but declared outside loops and label blocks: a Python closure variable
    assert not n.boxed and not r.boxed


def test_captured_in_loop_is_boxed():
    chunk, an = resolve("local fs = {}\nfor i = 1, 3 do local j = i fs[i] = function() return j end end")
    j = an.sym(names(chunk, "j")[0])
    i = an.sym(names(chunk, "i")[0])
    assert j.in_loop and j.captured and j.boxed
    assert i.kind == "for" and not i.captured and not i.boxed


def test_captured_in_block_with_labels_is_boxed():
    chunk, an = resolve("do\n::top::\nlocal v = 1\nlocal f = function() return v end\nend")
    v = an.sym(names(chunk, "v")[0])
    assert v.captured and not v.in_loop and v.boxed
    assert an.scope(chunk).has_label


def test_direct_local_functions():
    chunk, an = resolve(
        "local function add(a, b) return a + b end\n"
        "local function multi() return 1, 2 end\n"
        "local function passed() return 1 end\n"
        "local function vararg(...) return ... end\n"
        "print(add(1, 2), multi(), vararg(1))\n"
        "local g = passed\n")
    add, multi, passed, vararg = (an.sym(names(chunk, n)[0]) for n in ("add", "multi", "passed", "vararg"))
    assert add.direct and add.nparams == 2 and add.returns_one
    assert multi.direct and not multi.returns_one
    assert passed.escapes and not passed.direct  # stored into g
    assert not vararg.direct


def test_reassigned_local_function_is_not_direct():
    chunk, an = resolve("local function f() return 1 end\nf = nil\nprint(f)")
    f = an.sym(names(chunk, "f")[0])
    assert f.writes == 1 and not f.direct


def test_globals_through_a_local_env():
    chunk, an = resolve("local _ENV = {print = print}\nprint(1)\nlocal function g() return x end")
    env_decl = names(chunk, "_ENV")[0]
    env = an.sym(env_decl)
    print_use = names(chunk, "print")[-1]
    (x,) = names(chunk, "x")
    assert an.sym(print_use) is None and an.env(print_use) is env
    assert an.env(x) is env
    # the inner function reads a global through the local _ENV: an upvalue
    (g_fn,) = functions(chunk)
    assert env in an.scope(g_fn).free


def test_chunk_env_is_the_first_upvalue():
    chunk, an = resolve("local function f() return y end")
    (f_fn,) = functions(chunk)
    assert list(an.scope(f_fn).free) == [an.chunk_env]
    assert list(an.scope(chunk).free) == [an.chunk_env]


def test_repeat_until_sees_the_body_locals():
    chunk, an = resolve("local done = false\nrepeat local done = true until done\nprint(done)")
    outer_decl, inner_decl, until_use, after_use = names(chunk, "done")
    assert an.sym(until_use) is an.sym(inner_decl)
    assert an.sym(after_use) is an.sym(outer_decl)


def test_method_self_and_params():
    chunk, an = resolve("local T = {}\nfunction T:m(a) return self, a end")
    (m,) = functions(chunk)
    self_sym = an.self_sym(m)
    assert self_sym is not None and self_sym.kind == "param" and self_sym.pyname == "v_self"
    (self_use,) = names(chunk, "self")
    assert an.sym(self_use) is self_sym


def test_varargs_and_function_scopes():
    chunk, an = resolve("local function f(...) return select('#', ...) end\nlocal function g(a) end")
    f, g = functions(chunk)
    assert an.scope(f).is_vararg
    assert not an.scope(g).is_vararg
    assert an.scope(chunk).is_vararg and an.scope(chunk).has_inner_functions
    assert an.scope(f).parent is an.scope(chunk)


def test_the_tree_is_not_annotated():
    chunk, _ = resolve("local x = 1\nlocal function f(a) return a + x end\nprint(f(2))")
    attrs = set()

    def walk(n):
        if isinstance(n, list):
            for x in n:
                walk(x)
            return
        if not isinstance(n, A.Node):
            return
        attrs.update(n.__dict__)
        for c in node_children(n):
            walk(c)
    walk(chunk)
    assert not attrs & {"sym", "env", "scope", "self_sym", "_callee", "_l2p_fdef"}

"""Scope resolution: which declaration every Lua name refers to.

Walks the luaparser tree once and fills the Analysis side tables (model.py):
  - every declaring Name node (locals, parameters, loop variables, local
    functions) maps to a new Symbol (`symbols`);
  - every referencing Name node maps to its Symbol, or nothing for a global,
    and a global to the Symbol of a declared `local _ENV` it goes through
    (`envs`; nothing for the chunk's own _ENV upvalue);
  - every function node and the chunk map to their FuncScope (`scopes`), a
    method to the Symbol of its `self` (`self_symbols`).

It also records what the code generator needs to choose Python shapes:
which symbols are captured by inner functions (Python closures), written from
inner functions (`nonlocal`), declared inside loops and captured (a fresh box
per iteration, since Python closures capture variables, not values), and how
often each symbol is assigned after its declaration.
"""
import builtins
import keyword

from luaparser import astnodes as A

from .model import FuncScope, Symbol
from .typeinfer import ANY, Collector
from .syntax import FUNCTION_NODES, attribute_of, is_multi, node_children, node_line

# Python names the generated code uses for itself; Lua names never take them.
RESERVED_PREFIXES = ("L_", "_t", "_v", "_g", "_b", "_c", "_e", "_r", "_f")
RESERVED = set(keyword.kwlist) | set(dir(builtins)) | {"varargs", "self", "main", "_ENV", "_"}


MAXINT = (1 << 63) - 1
MININT = -(1 << 63)


def int_constant(e):
    """The value of an integer constant node (`k`, `-k`), else None."""
    if e.__class__ is int:
        return e
    if e.__class__ is A.UMinusOp:
        v = int_constant(e.operand)
        return None if v is None or e.operand.__class__ is not A.Number else -v
    if e.__class__ is A.Number and e.n.__class__ is int:
        return e.n
    return None


def for_loop(start, stop, step):
    """(start, stop, step) of a numeric for whose step is a non-zero integer constant
    (1 when absent), kept on its variable's Symbol: code generation works out the
    variable's range from them (arith.for_range) once every write is known.  None
    otherwise."""
    d = int_constant(step)
    return (start, stop, d) if d else None


class Resolver:
    def __init__(self, analysis):
        self.an = analysis
        self.callees = set()  # ids of Name nodes called by name (a call is not an escape)
        self.func = None
        self.blocks = []  # list of dicts name -> Symbol (innermost last), per function stack
        self.loop_depth = 0
        self.counter = 0
        self.ends = []  # last lines of the enclosing blocks (for debug.getlocal's spans)
        self.local_functions = []  # every `local function` statement met
        # what each local is assigned, for type inference (typeinfer.infer), collected
        # on this walk instead of another of the whole tree
        self.assigned = Collector(analysis)
        # base name -> the suffix pyname_for tries first (those below it were all taken:
        # without it a chunk declaring `t` a thousand times tries a million names)
        self.next_suffix = {}

    # ------------------------------------------------------------ helpers

    def pyname_for(self, name):
        base = name
        if base in RESERVED or base.startswith(RESERVED_PREFIXES) or not base.isidentifier():
            base = "v_" + base
        used = self.func.used_names
        if base not in used:
            used.add(base)
            return base
        i = self.next_suffix.get(base, 1)
        while True:
            cand = f"{base}_{i}"
            if cand not in used:
                used.add(cand)
                self.next_suffix[base] = i + 1
                return cand
            i += 1

    def declare(self, name_node, attrib=None, kind="local", line=None, hidden=0):
        name = name_node.id
        sym = Symbol(name, self.pyname_for(name), self.func, attrib, self.loop_depth > 0, kind)
        first = line or node_line(name_node) or 0
        sym.span = (first, self.ends[-1] if self.ends else 1 << 30, hidden)
        self.func.symbols.append(sym)
        self.blocks[-1][name] = sym
        self.an.symbols[name_node] = sym
        return sym

    def lookup(self, name):
        for scope in reversed(self.blocks):
            s = scope.get(name)
            if s is not None:
                return s
        return None

    def reference(self, node, write=False):
        sym = self.lookup(node.id)
        if sym is not None:
            self.an.symbols[node] = sym
            if not write and id(node) not in self.callees:
                sym.escapes = True
        if sym is None:
            env = self.lookup("_ENV")
            if env is not None:
                self.an.envs[node] = env
            # a global goes through _ENV: a local _ENV, or the chunk's upvalue
            self._use(env if env is not None else self.chunk_env, False)
            return None
        self._use(sym, write)
        return sym

    def _use(self, sym, write):
        if write:
            sym.writes += 1
        if sym.func is not self.func:
            sym.captured = True
            f = self.func
            while f is not None and f is not sym.func:
                f.free[sym] = True
                f = f.parent
            if write:
                sym.captured_write = True
                self.func.nonlocal_writes.add(sym)

    # ------------------------------------------------------------ entry

    def resolve_chunk(self, chunk):
        """Resolve every name of the chunk into the analysis; returns the chunk's FuncScope."""
        scope = FuncScope(None, True)
        self.an.scopes[chunk] = scope
        self.an.func_scopes.append(scope)
        # the main chunk's one upvalue, _ENV: in each function's `free` where Lua
        # would create its upvalue (debug.getupvalue numbers them in that order)
        self.chunk_env = self.an.chunk_env = Symbol("_ENV", "_ENV", None)
        scope.free[self.chunk_env] = True
        self.func = scope
        self.blocks = [{}]
        # self.block(chunk.body.body), noting the entries each statement makes
        marks = self.an.statement_marks
        maps = self.an.node_maps()
        self.blocks.append({})
        for s in chunk.body.body:
            marks.append(tuple(len(m) for m in maps))
            self.stmt(s)
        marks.append(tuple(len(m) for m in maps))
        self.blocks.pop()
        self.finish(scope)
        self.mark_direct_functions(chunk)
        return scope

    def finish(self, scope):
        for sym in scope.symbols:
            sym.boxed = sym.captured and (sym.in_loop or scope.has_label)

    def mark_direct_functions(self, chunk):
        """Local functions that are only ever called by name (never reassigned, stored or passed)
        get an exact-arity Python signature; their calls pass exactly that many arguments."""
        for n in self.local_functions:
            sym = self.an.sym(n.name)
            vararg = any(isinstance(a, A.Varargs) for a in n.args)
            if sym.writes == 0 and not sym.escapes and not sym.boxed and not vararg:
                sym.direct = True
                sym.nparams = len(n.args)
                sym.returns_one = _returns_one(n.body.body)

    # ------------------------------------------------------------ statements

    def block(self, stmts, new_scope=True):
        if new_scope:
            self.blocks.append({})
        for s in stmts:
            self.stmt(s)
        if new_scope:
            self.blocks.pop()

    def stmt(self, s):
        m = STATEMENTS.get(s.__class__)
        if m is None:
            # expression statements (Call, Invoke)
            self.expr(s)
        elif s.__class__ in _BLOCK_STATEMENTS:
            self.ends.append(_last_line(s, self.ends))
            m(self, s)
            self.ends.pop()
        else:
            m(self, s)

    def s_LocalAssign(self, s):
        for v in s.values:
            self.expr(v)
        n = len(s.values)
        for i, t in enumerate(s.targets):
            sym = self.declare(t, attribute_of(t))
            if i < n and not (i == n - 1 and is_multi(s.values[i])):
                sym.init = s.values[i]
        self.assigned.assign(s.targets, s.values)

    def s_Assign(self, s):
        # lparser's order (the targets, then the values): the order upvalues are created in
        for t in s.targets:
            if isinstance(t, A.Name):
                self.reference(t, write=True)
            else:
                self.expr(t)
        for v in s.values:
            self.expr(v)
        self.assigned.assign(s.targets, s.values)

    def s_LocalFunction(self, s):
        self.local_functions.append(s)
        self.declare(s.name)
        self.assigned.function_name(s)
        self.function(s, s.args, s.body)

    def s_Function(self, s):
        n = s.name
        if isinstance(n, A.Name):
            self.reference(n, write=True)
        else:
            self.expr(n)
        self.assigned.function_name(s)
        self.function(s, s.args, s.body)

    def s_Method(self, s):
        self.expr(s.source)
        self.function(s, s.args, s.body, method=True)

    def s_While(self, s):
        self.expr(s.test)
        self.loop_depth += 1
        self.block(s.body.body)
        self.loop_depth -= 1

    def s_Repeat(self, s):
        self.loop_depth += 1
        self.blocks.append({})
        for st in s.body.body:
            self.stmt(st)
        self.expr(s.test)  # `until` sees the body's locals
        self.blocks.pop()
        self.loop_depth -= 1

    def s_Do(self, s):
        self.block(s.body.body)

    def s_If(self, s):
        self.expr(s.test)
        self.block(s.body.body)
        o = s.orelse
        if o is None:
            return
        if isinstance(o, A.Block):
            self.block(o.body)
        else:
            self.s_If(o)

    def s_Fornum(self, s):
        self.expr(s.start)
        self.expr(s.stop)
        if isinstance(s.step, A.Node):
            self.expr(s.step)
        self.loop_depth += 1
        self.blocks.append({})
        sym = self.declare(s.target, kind="for", hidden=3)
        sym.bounds = for_loop(s.start, s.stop, s.step)
        self.assigned.pairs.append((sym, ("for", s.start, s.step)))
        self.block(s.body.body)
        self.blocks.pop()
        self.loop_depth -= 1

    def s_Forin(self, s):
        for e in s.iter:
            self.expr(e)
        self.loop_depth += 1
        self.blocks.append({})
        for i, t in enumerate(s.targets):
            self.assigned.pairs.append((self.declare(t, kind="for", hidden=0 if i else 4), ANY))
        self.block(s.body.body)
        self.blocks.pop()
        self.loop_depth -= 1

    def s_Return(self, s):
        for v in s.values:
            self.expr(v)

    def s_Label(self, s):
        self.func.has_label = True

    def s_nothing(self, s):
        pass

    # ------------------------------------------------------------ functions

    def function(self, node, args, body, method=False):
        outer = self.func
        outer.has_inner_functions = True
        is_vararg = any(isinstance(a, A.Varargs) for a in args)
        scope = FuncScope(outer, is_vararg)
        self.an.scopes[node] = scope
        self.an.func_scopes.append(scope)
        saved_blocks, saved_depth = self.blocks, self.loop_depth
        self.func = scope
        self.blocks = saved_blocks + [{}]
        self.loop_depth = 0
        self.ends.append(_last_line(node, self.ends))
        line = node_line(node)
        pairs = self.assigned.pairs
        if method:
            self.an.self_symbols[node] = sym = self.declare(A.Name("self"), kind="param", line=line)
            pairs.append((sym, ANY))
        for a in args:
            if isinstance(a, A.Name):
                pairs.append((self.declare(a, kind="param", line=line), ANY))
        self.block(body.body, new_scope=False)
        self.ends.pop()
        self.finish(scope)
        self.func = outer
        self.blocks, self.loop_depth = saved_blocks, saved_depth

    # ------------------------------------------------------------ expressions

    def expr(self, e):
        if e is None:
            return
        c = e.__class__
        if c is _Name:
            self.reference(e)
        elif c is _Index:
            self.expr(e.value)
            if e.notation == _SQUARE:
                self.expr(e.idx)
        elif c is _Call:
            if e.func.__class__ is _Name:
                self.callees.add(id(e.func))
            self.expr(e.func)
            for a in e.args:
                self.expr(a)
        elif c is _Invoke:
            self.expr(e.source)
            for a in e.args:
                self.expr(a)
        elif c is _AnonymousFunction:
            self.function(e, e.args, e.body)
        elif c is _Table:
            for f in e.fields:
                if f.key is not None and f.between_brackets:
                    self.expr(f.key)
                self.expr(f.value)
        elif isinstance(e, _BinaryOp):
            left, right = e.left, e.right
            if isinstance(e, _ARITH_OR_ORDER) and not isinstance(e, _EQUALITY):
                # (what functions._int_clone_params looks for)
                for side in (left, right):
                    if side.__class__ is _Name:
                        sym = self.reference(side)
                        if sym is not None:
                            sym.arith_operand = True
                    else:
                        self.expr(side)
            else:
                self.expr(left)
                self.expr(right)
        elif isinstance(e, _UnaryOp):
            self.expr(e.operand)
        # literals: nothing to resolve


_ARITH_OR_ORDER = (A.AriOp, A.RelOp)
# (module-level names for Resolver.expr, which runs for every expression: a compiled twin
# reads them from a cache, `A.X` is a lookup each time)
_Name, _Index, _Call, _Invoke, _Table = A.Name, A.Index, A.Call, A.Invoke, A.Table
_AnonymousFunction, _BinaryOp, _UnaryOp = A.AnonymousFunction, A.BinaryOp, A.UnaryOp
_SQUARE = A.IndexNotation.SQUARE
_EQUALITY = (A.EqToOp, A.NotEqToOp)

STATEMENTS = {
    A.LocalAssign: Resolver.s_LocalAssign, A.Assign: Resolver.s_Assign,
    A.LocalFunction: Resolver.s_LocalFunction, A.Function: Resolver.s_Function, A.Method: Resolver.s_Method,
    A.While: Resolver.s_While, A.Repeat: Resolver.s_Repeat, A.Do: Resolver.s_Do,
    A.If: Resolver.s_If, A.ElseIf: Resolver.s_If, A.Fornum: Resolver.s_Fornum, A.Forin: Resolver.s_Forin,
    A.Return: Resolver.s_Return, A.Label: Resolver.s_Label,
    A.Goto: Resolver.s_nothing, A.Break: Resolver.s_nothing, A.SemiColon: Resolver.s_nothing,
}


def _returns_one(stmts):
    """Does every return of this function body give exactly one value, and does it end with one?"""
    if not stmts or stmts[-1].__class__ is not A.Return:
        return False
    stack = list(stmts)
    while stack:
        n = stack.pop()
        if isinstance(n, list):
            stack.extend(n)
            continue
        if not isinstance(n, A.Node) or n.__class__ in FUNCTION_NODES:
            continue
        if n.__class__ is A.Return:
            vals = n.values
            if len(vals) != 1:
                return False
            if is_multi(vals[0]):
                return False
        stack.extend(node_children(n))
    return True


# statements whose blocks end a local's span (debug.getlocal lists a local until its block ends)
_BLOCK_STATEMENTS = frozenset((A.While, A.Repeat, A.Do, A.If, A.Fornum, A.Forin))


def _last_line(node, ends):
    """The line of a node's last token (its `end` or `until` expression), else the enclosing
    block's last line."""
    last = getattr(node, "_last_token", None)
    line = getattr(last, "line", None) if last is not None else None
    if line:
        return line
    return ends[-1] if ends else 1 << 30

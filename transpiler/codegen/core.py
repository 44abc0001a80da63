"""The core of code generation: dispatch tables, the context, results and helper calls.

Builders are plain functions `(node, ctx)`, registered per luaparser node class
with `@statement(...)` or `@expression(...)`.  A statement builder returns a list
of Python statements; an expression builder returns a `Result`.

`Context` holds what one chunk's compilation shares (sites, the generator
versions and upvalue tables it collects, the analysis) and the state that is
scoped to a part of the tree, each changed only through a context manager:

    ctx.at(line)                 the Lua line new nodes are stamped with (pyast.HERE)
    ctx.function(fn)             the FuncCtx of the function being compiled
    ctx.generator_version(flag)  compiling a function's generator version (see cogen.py)
    ctx.block_ending(line)       the `end` line of the innermost block statement
    ctx.assuming(types)          types assumed for some symbols (guarded clones, guarded arithmetic)
    ctx.preceding()              the statements expressions hoist before the current one

Expressions that need statements before them `ctx.hoist()` them; `ctx.expr(e)`
returns them in its Result, and `ctx.value(e)` passes them on to the enclosing
statement.  An expression's statements can only be function definitions (a
function expression becomes a `def`): everything with an effect is evaluated
inside the Python expression, in Lua's order, so that moving the statements
before the enclosing statement changes nothing Lua can observe.  Statement
builders hoist more (an assignment's evaluated operands go into temporaries).
"""
import ast
from contextlib import contextmanager

from luaparser import astnodes as A

from ..analysis import typeinfer as T
from ..analysis.syntax import node_line
from .pyast import (
    AND,
    CALL,
    CLASS,
    HERE,
    IFEXP,
    ISNOT,
    OR,
    SUB,
    WALRUS,
    C,
    N,
    is_simple,
    py,
)

STATEMENTS = {}  # luaparser node class -> builder(node, ctx) -> [Python statements]
EXPRESSIONS = {}  # luaparser node class -> builder(node, ctx) -> Result


def statement(*classes):
    def register(builder):
        for c in classes:
            STATEMENTS[c] = builder
        return builder
    return register


def expression(*classes):
    def register(builder):
        for c in classes:
            EXPRESSIONS[c] = builder
        return builder
    return register


class Result:
    """What an expression compiles to: statements to run first (`stmts`, in Lua's
    evaluation order), then one Python expression (`expr`), of Lua type `type`
    (a typeinfer bit set)."""

    __slots__ = ("expr", "stmts", "type")

    def __init__(self, expr, type, stmts=()):
        self.expr = expr
        self.type = type
        self.stmts = list(stmts)

    def __repr__(self):
        return f"Result({len(self.stmts)} stmts, {type(self.expr).__name__}, type {self.type})"


class LoopCtx:
    """A Python loop being compiled: a Lua loop, or a goto dispatcher (a `while True`
    over a block's segments).  What a Lua `break` or `goto` inside must do."""

    def __init__(self, kind):
        self.kind = kind  # "loop" or "dispatch"
        self.brk_flag = None  # a dispatcher's flag: a break passes through it to the enclosing loop
        self.needs_brk_flag = False
        self.label_index = {}  # dispatcher: label name -> segment number
        self.goto_var = None  # dispatcher: the segment variable
        self.crossing_gotos = False  # dispatcher: a goto from an inner Python loop jumps here
        # loop: {(goto variable, id of the dispatcher): True} of gotos leaving it (a dict, not
        # a set: the checks after the loop come out in the order the gotos were compiled)
        self.pending_gotos = {}
        self.tail_exit = False  # loop: a self tail call inside leaves it to restart the function


class FuncCtx:
    """A Lua function being compiled (one per body version: plain, clone, generator)."""

    def __init__(self, scope):
        self.scope = scope
        self.temp = 0
        self.loops = []  # stack of LoopCtx
        self.self_name = None  # Python name this function is bound to, for self tail calls
        self.tail_params = None  # list of param pynames when self tail calls loop
        self.tail_used = False
        self.tail_flag = None  # set by a self tail call inside loops: they break out to the restart
        self.tbc_depth = 0  # >0 in the scope of a to-be-closed variable: no tail calls there (lparser.c)
        self.self_sym = None
        self.self_global = None
        self.assigns_env = False
        self.main = False  # the main chunk's function (see Context.cold)
        self.float_loop = None  # the outermost loop being compiled with a float flag (floatloops.py)

    def new_temp(self, prefix="_t"):
        self.temp += 1
        return f"{prefix}{self.temp}"


def first_line(node):
    """The Lua line a node starts on, or None (luaparser keeps the first token)."""
    return node_line(node)


def expr_line(node):
    """The line of an expression's own instruction in lua5.4 (a binary operation's
    operator, a comparison's last token, a call's chain start: the parser's lua_line),
    else the line it starts on."""
    line = getattr(node, "lua_line", None)
    return line if line is not None else node_line(node)


def end_line(node):
    """The line of a node's last token (a block statement's `end`), or None."""
    last = getattr(node, "_last_token", None)
    if last is not None and getattr(last, "line", None):
        return last.line
    return None


def local_entries(scope):
    """A function's locals for debug.getlocal, in declaration order (ldebug.register_locals)."""
    return tuple((s.name, s.pyname, s.boxed) + s.span for s in scope.symbols)


class _At:
    """Context.at's block: HERE[0] and the context's fallback line set, then restored."""

    __slots__ = ("ctx", "line", "fallback", "saved")

    def __init__(self, ctx, line, fallback):
        self.ctx, self.line, self.fallback = ctx, line, fallback

    def __enter__(self):
        ctx = self.ctx
        self.saved = HERE[0], ctx.fallback
        HERE[0] = line = self.line
        ctx.fallback = line if self.fallback is None else self.fallback

    def __exit__(self, *exc):
        HERE[0], self.ctx.fallback = self.saved


class _Setting:
    """A block with one attribute of an object set to a value (`as` gives the value), then
    restored (keep: left as it is, but still restored)."""

    __slots__ = ("obj", "name", "value", "keep", "saved")

    def __init__(self, obj, name, value, keep=False):
        self.obj, self.name, self.value, self.keep = obj, name, value, keep

    def __enter__(self):
        self.saved = getattr(self.obj, self.name)
        if not self.keep:
            setattr(self.obj, self.name, self.value)
        return self.value

    def __exit__(self, *exc):
        setattr(self.obj, self.name, self.saved)


class _Preceding:
    """Context.preceding's block: a new list collects the statements hoisted in it."""

    __slots__ = ("stack",)

    def __init__(self, stack):
        self.stack = stack

    def __enter__(self):
        pre = []
        self.stack.append(pre)
        return pre

    def __exit__(self, *exc):
        self.stack.pop()


class Context:
    def __init__(self, analysis, chunkname, filename, with_gens=True):
        self.analysis = analysis
        # build generator versions (after all plain code: a module built without them
        # numbers its sites and names its functions exactly as one built with them)
        self.with_gens = with_gens
        self._deferred_gens = []
        self.chunkname = chunkname  # for messages: chunkname:line:
        self.filename = filename
        self.sites = []
        self._site_ids = {}
        self.gen_defs = []  # (plain name, line, generator FunctionDef)
        self.upvalue_defs = []  # (plain name, line, ((Lua name, Python name, boxed), ...)) for debug.getupvalue
        # (plain name, line, ((Lua name, Python name, boxed, first line, last line, hidden), ...))
        # for debug.getlocal: every local of the function in declaration order
        self.local_defs = []
        # (plain name, line, (last line, first code line)) for debug.getinfo: the line of
        # the function's `end` (lastlinedefined, where its final return is) and of its
        # first statement (lines of code before it are the def's own, not Lua's)
        self.span_defs = []
        self.functions = {}  # id(luaparser function node) -> its FunctionDef, built once
        # Symbol -> arith.sym_range of a local the main chunk declares, computed before any
        # statement is compiled (module.main_ranges): a streamed conversion lets each
        # statement's nodes go once compiled, a declaration's initializer among them
        self.main_ranges = {}
        self.function_count = 0  # numbers the functions' Python names (unique in the chunk)
        # scoped state
        self.fn = None
        self.gen = False
        self.block_end = None
        self.assumed = None  # {Symbol: type} that code being compiled may assume, or None
        self.in_guarded = False
        self._preceding = [[]]
        # the line of the last statement entered in this function compile: a few
        # frames built after a block (its <close> try, a goto dispatcher, an elseif,
        # a function's final return) are stamped with it
        self.last_line = 1
        self.fallback = 1  # the line of expressions whose node has none (see `at`)
        # every local by its Python name (unique in the chunk): what a Name node reads
        self._by_pyname = {sym.pyname: sym for scope in analysis.scopes.values() for sym in scope.symbols}

    # ------------------------------------------------------------ scoped state

    @property
    def line(self):
        return HERE[0]

    # (the scoped states are small classes: a contextlib block cost ~3x as much, and a
    # load() chunk of 200 lines enters ~300 of them)
    def at(self, line, fallback=None):
        """Build nodes stamped with `line`; expressions without a position of their own
        take `fallback` (default: the same line)."""
        return _At(self, line, fallback)

    def function(self, fn):
        """Compile inside the function `fn` (a FuncCtx; `as` gives it)."""
        return _Setting(self, "fn", fn)

    def generator_version(self, flag):
        return _Setting(self, "gen", flag)

    def block_ending(self, line):
        return _Setting(self, "block_end", line, keep=line is None)

    @contextmanager
    def assuming(self, types, guarded=None):
        """Compile with `types` ({Symbol: type}) assumed on top of what is assumed now."""
        saved = self.assumed, self.in_guarded
        merged = dict(self.assumed) if self.assumed else {}
        merged.update(types)
        self.assumed = merged
        if guarded is not None:
            self.in_guarded = guarded
        try:
            yield
        finally:
            self.assumed, self.in_guarded = saved

    def preceding(self):
        """Collect the statements hoisted while the block runs (`as` gives the list)."""
        return _Preceding(self._preceding)

    def defer_generator_version(self, build):
        """Run build() (it compiles a generator version) after the plain code, in the
        scoped state of now."""
        state = (HERE[0], self.fallback, self.block_end, self.last_line, self.assumed, self.in_guarded)
        self._deferred_gens.append((state, build))

    def build_generator_versions(self):
        """Build the deferred generator versions, in the order they were deferred."""
        for state, build in self._deferred_gens:
            saved = (HERE[0], self.fallback, self.block_end, self.last_line, self.assumed, self.in_guarded)
            HERE[0], self.fallback, self.block_end, self.last_line, self.assumed, self.in_guarded = state
            try:
                build()
            finally:
                HERE[0], self.fallback, self.block_end, self.last_line, self.assumed, self.in_guarded = saved
        self._deferred_gens = []

    def hoist(self, *stmts):
        """Run these statements before the expression being compiled."""
        self._preceding[-1].extend(stmts)

    def temp(self, prefix="_t"):
        return self.fn.new_temp(prefix)

    @property
    def cold(self):
        """Is the code being compiled run at most once per call of the chunk: the main
        chunk's own statements outside every loop (and goto dispatcher), plain version?
        Its operations take the general helpers instead of the inline fast paths (the
        same values, errors and order of evaluation; less code to generate and compile)."""
        fn = self.fn
        return fn is not None and fn.main and not fn.loops and not self.gen

    # ------------------------------------------------------------ analysis, read only

    def sym(self, name_node):
        """The Symbol a Name refers to or declares; None for a global."""
        return self.analysis.symbols.get(name_node)

    def env(self, name_node):
        """For a global Name: the Symbol of the `local _ENV` it goes through, None for the chunk's _ENV."""
        return self.analysis.envs.get(name_node)

    def scope(self, func_node):
        return self.analysis.scopes.get(func_node)

    def self_sym(self, method_node):
        return self.analysis.self_symbols.get(method_node)

    def type_of(self, sym):
        """What sym may hold here: the assumed type, else the inferred one (0: unknown yet)."""
        if self.assumed and sym in self.assumed:
            return self.assumed[sym]
        return self.analysis.types.get(sym)

    def read_of(self, e):
        """The Symbol whose value the Python expression e reads (a local's variable, or
        its box), else None."""
        c = e.__class__
        if c is ast.Name:
            sym = self._by_pyname.get(e.id)
            return sym if sym is not None and not sym.boxed else None
        if c is ast.Subscript and e.value.__class__ is ast.Name and e.slice.__class__ is ast.Constant:
            sym = self._by_pyname.get(e.value.id)
            return sym if sym is not None and sym.boxed else None
        return None

    def is_register(self, sym):
        """Is sym a local of the function being compiled (a register, in lua5.4)?"""
        return sym.func is self.fn.scope

    def may_change(self, sym):
        """Can sym's value change while an expression runs Lua code (a call, a metamethod)?
        A local of this function only through a closure writing it; an upvalue also
        through a write anywhere."""
        return sym.captured_write or (sym.writes > 0 and not self.is_register(sym))

    def expr_type(self, e):
        """The Lua types of expression e under what is assumed here."""
        return T.expr_type(e, self.analysis, self.type_of)

    # ------------------------------------------------------------ entry points

    def expr(self, e):
        """Compile an expression in a single-value position: a Result whose stmts the
        caller must place (ctx.value passes them on)."""
        line = expr_line(e)
        if line is None:
            line = self.fallback
        # self.at(line) and self.preceding(), inline (they run for every expression)
        here = HERE
        saved = here[0], self.fallback
        here[0] = self.fallback = line
        pre = []
        stack = self._preceding
        stack.append(pre)
        try:
            r = EXPRESSIONS[e.__class__](e, self)
        finally:
            stack.pop()
            here[0], self.fallback = saved
        if pre:
            r.stmts = pre + r.stmts
        # the soundness of hoisting (issue 10): an expression evaluates everything it
        # needs inside its Python expression, in Lua's order; the only statements it
        # may need first are function definitions, which have no effect Lua can see
        # and so may run early, even where and/or skips the operand they come from
        assert all(s.__class__ is ast.FunctionDef for s in r.stmts), "expression hoists a statement"
        return r

    def value(self, e):
        """Compile an expression whose statements run before the enclosing statement."""
        r = self.expr(e)
        if r.stmts:
            self.hoist(*r.stmts)
            r.stmts = []
        return r

    def stmt(self, s):
        line = expr_line(s) or self.last_line  # (a call statement: its chain's start)
        self.last_line = line
        block_end = end_line(s) if s.__class__ in BLOCK_STATEMENTS else None
        # self.at(line), self.preceding() and self.block_ending(block_end), inline
        here = HERE
        saved = here[0], self.fallback, self.block_end
        here[0] = self.fallback = line
        if block_end is not None:
            self.block_end = block_end
        pre = []
        stack = self._preceding
        stack.append(pre)
        try:
            out = STATEMENTS[s.__class__](s, self)
        finally:
            stack.pop()
            here[0], self.fallback, self.block_end = saved
        return pre + out if pre else out

    # ------------------------------------------------------------ sites and descriptions

    def site(self, *descs):
        """Number a site whose error messages name `descs` (one per operand)."""
        if not any(descs):
            return 0
        key = tuple(descs)
        n = self._site_ids.get(key)
        if n is None:
            self.sites.append(key)
            n = len(self.sites)
            self._site_ids[key] = n
        return n

    def desc(self, e):
        """Lua's varinfo for an expression: "local 'x'", "global 'x'", "field 'k'", ..."""
        c = e.__class__
        if c is A.Name:
            sym = self.sym(e)
            if sym is None:
                return f"global '{e.id}'"
            if sym.func is not self.fn.scope:
                return f"upvalue '{e.id}'"
            return f"local '{e.id}'"
        if c is A.Index:
            v = e.value
            is_env = v.__class__ is A.Name and v.id == "_ENV" and self.sym(v) is None
            kind = "global" if is_env else "field"
            if e.notation == A.IndexNotation.DOT:
                return f"{kind} '{e.idx.id}'"
            k = e.idx
            if k.__class__ is A.String:
                return f"{kind} '{k.s}'"
            if k.__class__ is A.Number and k.n.__class__ is int and 0 <= k.n <= 255:
                return "field 'integer index'"  # lcode.c: OP_GETI for small integer constants
            return "field '?'"
        if c is A.String:
            return f"constant '{e.s}'"
        return None


# statements whose blocks end at their own `end` (where lua5.4 closes <close> variables)
BLOCK_STATEMENTS = (A.Do, A.While, A.Repeat, A.Fornum, A.Forin, A.If, A.LocalFunction, A.Function, A.Method)


# ------------------------------------------------------------ symbols

def read_symbol(sym):
    """A local's value (boxed locals live in a one-element list)."""
    if sym.boxed:
        return SUB(N(sym.pyname), C(0))
    return N(sym.pyname)


# ------------------------------------------------------------ helper calls

def operands(ctx, vals):
    """Make operands safe to mention several times: conditions that evaluate the
    non-simple ones in order (always true), and the names to use afterwards.

    For operations whose operands lua5.4 copies into registers in order (a
    concatenation, a constructor, arguments, `for` bounds): a local's value is
    taken where it stands, so a local that a later operand may change (through a
    closure) is read into a temporary in order too."""
    last = max((i for i, v in enumerate(vals) if not is_simple(v)), default=-1)
    conds = []
    refs = []
    for i, v in enumerate(vals):
        if is_simple(v) and not (i < last and _changes(ctx, v)):
            refs.append(v)
        else:
            tmp = ctx.temp()
            conds.append(OR(ISNOT(WALRUS(tmp, v), C(None)), C(True)))
            refs.append(N(tmp))
    return conds, refs


def _changes(ctx, v):
    sym = ctx.read_of(v)
    return sym is not None and ctx.may_change(sym)


def binary_operands(ctx, a, b):
    """operands() for a binary operator: lua5.4 reads a local of the running function
    (a register) when the operation runs, after the right operand, and an upvalue
    or any other left operand before it (OP_ADD R[a] R[b] vs GETUPVAL first)."""
    if is_simple(b):
        return operands(ctx, [a, b])
    sym = ctx.read_of(a)
    if sym is not None and ctx.is_register(sym) and ctx.may_change(sym):
        # the right operand first, then the local (a box is read once, into a temporary)
        conds, (rb,) = operands(ctx, [b])
        if is_simple(a):
            return conds, [a, rb]
        more, (ra,) = operands(ctx, [a])
        return conds + more, [ra, rb]
    return operands(ctx, [a, b])


def ordered_call(ctx, helper, a, b, site=0):
    """slow(helper, [a, b]) with binary_operands' order: a helper's arguments are
    evaluated left to right, so a local of the running function that the right
    operand may change is read after it."""
    sym = ctx.read_of(a)
    if is_simple(b) or sym is None or not ctx.is_register(sym) or not ctx.may_change(sym):
        return slow(ctx, helper, [a, b], site)
    conds, (ra, rb) = binary_operands(ctx, a, b)
    return IFEXP(AND(*conds), slow(ctx, helper, [ra, rb], site), C(None))


_EVENTS = {
    "L_add": "__add", "L_sub": "__sub", "L_mul": "__mul", "L_div": "__div", "L_mod": "__mod",
    "L_idiv": "__idiv", "L_pow": "__pow", "L_band": "__band", "L_bor": "__bor", "L_bxor": "__bxor",
    "L_shl": "__shl", "L_shr": "__shr", "L_concat": "__concat",
}
_UNARY_EVENTS = {"L_unm": "__unm", "L_bnot": "__bnot"}


def slow(ctx, helper, args, site=0):
    """A runtime helper for an operation that may run a metamethod.  Inside a generator
    version the metamethod may yield, so the call goes through a generator helper."""
    if not ctx.gen:
        return CALL(helper, args, site=site)
    if (helper in _EVENTS or helper in ("L_lt", "L_le", "L_eq")) and all(is_simple(x) for x in args):
        # only a table's metamethod can yield: other operands take the plain helper
        if helper in _EVENTS:
            gcall = CALL("L_arith_gen", [N(helper), C(_EVENTS[helper])] + args, site=site)
        else:
            gcall = CALL(helper + "_gen", [N(helper)] + args, site=site)
        checks = [ISNOT(CLASS(x), N("L_Table")) for x in args if not isinstance(x, ast.Constant)]
        if not checks:
            return CALL(helper, args, site=site)
        test = AND(*checks)
        return IFEXP(test, CALL(helper, args, site=site), py.YieldFrom(value=gcall, site=site))
    if helper in _EVENTS:
        call = CALL("L_arith_gen", [N(helper), C(_EVENTS[helper])] + args, site=site)
    elif helper in _UNARY_EVENTS:
        call = CALL("L_unary_gen", [N(helper), C(_UNARY_EVENTS[helper])] + args, site=site)
    elif helper == "L_len":
        call = CALL("L_len_gen", [N(helper)] + args, site=site)
    elif helper in ("L_lt", "L_le", "L_eq"):
        call = CALL(helper + "_gen", [N(helper)] + args, site=site)
    elif helper == "L_index":
        call = CALL("L_index_gen", args, site=site)
    elif helper == "L_setindex":
        call = CALL("L_setindex_gen", args, site=site)
    else:
        return CALL(helper, args, site=site)
    return py.YieldFrom(value=call, site=site)

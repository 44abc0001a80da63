"""What the analysis finds out, kept beside the luaparser tree (never on its nodes).

An `Analysis` holds side tables keyed by node: the Symbol each Name declares or
refers to, the `local _ENV` a global goes through, each function's FuncScope,
a method's implicit `self`; and the type inference's answer for each Symbol.
Code generation only reads it.
"""
from itertools import islice


class NodeMap:
    """A map keyed by luaparser node identity (nodes compare by value and are unhashable)."""

    __slots__ = ("_entries",)

    def __init__(self):
        self._entries = {}

    def __setitem__(self, node, value):
        # the node is kept so that its id cannot be reused while the map lives
        self._entries[id(node)] = (node, value)

    def get(self, node, default=None):
        entry = self._entries.get(id(node))
        return default if entry is None else entry[1]

    def __contains__(self, node):
        return id(node) in self._entries

    def values(self):
        return [value for _, value in self._entries.values()]

    def __len__(self):
        return len(self._entries)

    def forget(self, skip, count):
        """Drop `count` entries, those after the first `skip` in the order they were made
        (their nodes may go: a streamed conversion lets each compiled statement go)."""
        entries = self._entries
        for key in list(islice(entries, skip, skip + count)):
            del entries[key]


class Symbol:
    """One declared Lua local (a parameter, a loop variable, a local function ...)."""

    __slots__ = (
        "arith_operand",
        "attrib",
        "bounds",
        "boxed",
        "captured",
        "captured_write",
        "direct",
        "escapes",
        "func",
        "in_loop",
        "init",
        "kind",
        "name",
        "nparams",
        "pyname",
        "returns_one",
        "span",
        "writes",
    )

    def __init__(self, name, pyname, func, attrib=None, in_loop=False, kind="local"):
        self.name = name
        self.pyname = pyname  # its Python variable
        self.func = func  # the FuncScope declaring it
        self.attrib = attrib  # "const", "close" or None
        self.in_loop = in_loop
        self.captured = False  # used by an inner function
        self.captured_write = False  # assigned by an inner function
        self.writes = 0  # assignments after the declaration
        self.kind = kind  # "local", "param" or "for"
        # (start, stop, step) of a numeric for's variable with a constant integer step
        # (scope.for_loop): its range, while it is never assigned (codegen arith.for_range)
        self.bounds = None
        # the expression a `local x = e` declares it with (one value, not a call or ...):
        # its range is x's while x is never assigned (codegen arith.sym_range)
        self.init = None
        self.boxed = False  # a one-element list: captured, and declared in a loop or a block with labels
        self.escapes = False  # used other than as the callee of a call
        self.direct = False  # a local function called only directly: exact arity, no *args
        self.returns_one = False  # (direct functions) every return gives exactly one value
        self.nparams = 0  # (direct functions)
        # a direct operand of arithmetic or an order comparison somewhere (codegen's
        # integer clones look for such parameters only in functions that have one)
        self.arith_operand = False
        # (first line, last line, hidden): the Lua lines where debug.getlocal lists it (from
        # its declaration to its block's end), and the hidden "(for state)" locals lua5.4
        # puts before it (3 before a numeric for's variable, 4 before a generic for's first)
        self.span = None

    def __repr__(self):
        return f"Symbol({self.name}->{self.pyname})"


class FuncScope:
    """One Lua function (or the main chunk) as scope resolution sees it."""

    def __init__(self, parent, is_vararg):
        self.parent = parent
        self.is_vararg = is_vararg
        self.symbols = []
        self.used_names = set() if parent is None else parent.used_names
        self.free = {}  # Symbol -> True for symbols of outer functions used here, in Lua's upvalue order
        self.nonlocal_writes = set()  # outer symbols assigned here
        self.has_label = False
        self.has_inner_functions = False


class Analysis:
    """The side tables of one chunk's analysis."""

    def __init__(self, chunk):
        self.chunk = chunk
        self.symbols = NodeMap()  # Name node -> Symbol (declared or referred to); absent for a global
        self.envs = NodeMap()  # global Name node -> Symbol of the `local _ENV` it goes through
        self.scopes = NodeMap()  # function node or the chunk -> FuncScope
        self.self_symbols = NodeMap()  # Method node -> Symbol of its implicit `self`
        self.chunk_env = None  # the main chunk's _ENV upvalue (a Symbol of no function)
        self.types = {}  # Symbol -> its Lua types (typeinfer bits), from type inference
        # (len of symbols, envs, scopes, self_symbols) before each statement of the main
        # chunk was resolved, and after the last: the entries each statement made
        self.statement_marks = []
        self.func_scopes = []  # every FuncScope made, for release()

    def release(self):
        """Break the reference cycles between each FuncScope and its Symbols (`symbols`,
        `Symbol.func`) once code generation is done, so that reference counts free the
        analysis: compilation runs with the cyclic collector paused, whose first pass
        after it would otherwise walk them all (tl.lua: 13,700 objects, 0.03-0.07 s)."""
        for scope in self.func_scopes:
            scope.symbols = []
            scope.free = {}
        self.func_scopes = []

    def node_maps(self):
        return self.symbols, self.envs, self.scopes, self.self_symbols

    def sym(self, name_node):
        """The Symbol a Name declares or refers to; None for a global."""
        return self.symbols.get(name_node)

    def env(self, name_node):
        """For a global Name: the Symbol of the `local _ENV` it goes through, None for the chunk's _ENV."""
        return self.envs.get(name_node)

    def scope(self, func_node):
        return self.scopes.get(func_node)

    def self_sym(self, method_node):
        return self.self_symbols.get(method_node)

    def type_of(self, sym):
        """The inferred Lua types of sym (None: a symbol type inference did not see)."""
        return self.types.get(sym)

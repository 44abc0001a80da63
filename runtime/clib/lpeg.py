"""The `lpeg` module: LPeg 1.0.2 (Debian's lua-lpeg) for lua2py.

Patterns are userdata with LPeg's metatable (`lpeg-pattern`, the operators,
`__index` = the module).  How a pattern matches:

1. Its tree (lpeg_tree.py) is compiled, on first use, to LPeg's own machine
   code and run by a port of LPeg's virtual machine (lpeg_vm.py).  This is the
   reference: same code generator, same backtrack stack, same limits.
2. A pattern that keeps being used (or meets a long subject) is compiled again,
   to Python source (lpeg_jit.py): the tree becomes nested Python code that
   walks the subject with index arithmetic, runs of a character set and other
   capture-free regular parts become one call of a Python `re` pattern (with
   atomic groups, so backtracking stays PEG's), and each grammar rule becomes a
   Python function.  An instruction-by-instruction interpreter in Python costs
   ~100 ns per LPeg instruction; the generated code does the same work in a few
   bytecodes, and `re` scans long runs at C speed.  Compiling costs a few
   milliseconds, which is why short-lived patterns stay on the machine.

Both produce the same capture list, which lpeg_cap.py turns into values.
"""
import os

from ..core import ops
from ..core.args import arg_error, check_int, check_str, check_table, type_error
from ..core.table import LuaTable
from ..core.values import type_name
from ..core.frames import runtime_module
from . import lpeg_tree as T
from . import lpeg_vm
from . import API_CODES
from . import l_error as lerror
from .lpeg_cap import getcaptures
from .lpeg_tree import (
    FALSE,
    MAXBEHIND,
    SHRT_MAX,
    TRUE,
    Tree,
    check_outside_grammar,
    choice2,
    fixedlen,
    hascaptures,
    int32,
    lua_tointeger,
    new_grammar,
    nofail,
    nullable,
    num_tree,
    seq2,
    seq_of,
    string_tree,
    tocharset,
)
from . import lpeg_jit

runtime_module(__file__)

VERSION = "1.0.2"
MAXBACK = 400          # LPeg's initial backtrack stack (and default limit)
MAXLIM = 2147483647 // 100

# backtrack stack limit (lp_setmax; LPeg keeps it in the registry)
_maxstack = [MAXBACK]

# how much use makes a pattern worth compiling to Python: subject characters seen,
# plus a fixed amount per match.  LUA2PY_LPEG_JIT=0 keeps every pattern on the machine,
# =1 compiles every pattern at its first match (both for testing one tier against the other).
JIT_WORK = 4000
JIT_PER_MATCH = 200
_jit_mode = os.environ.get("LUA2PY_LPEG_JIT", "")
if _jit_mode == "0":
    JIT_WORK = float("inf")
elif _jit_mode == "1":
    JIT_WORK = 0


class KTable:
    """What LPeg's 'ktable' of a pattern would hold: only its size and identity matter here
    (the values live on the tree), for LPeg's "too many Lua values in pattern" limit."""
    __slots__ = ("n",)

    def __init__(self, n):
        self.n = n


EMPTY_KT = KTable(0)
USHRT_MAX = 65535


def _kt_error():
    lerror("too many Lua values in pattern")


def kt_add(base, value):
    """addtonewktable: a new ktable with base's values (if any) and value (unless nil)."""
    n = base.n if base is not None else 0
    if n > USHRT_MAX:
        _kt_error()
    if value is None:
        return KTable(n)
    if n >= USHRT_MAX:
        _kt_error()
    return KTable(n + 1)


def kt_join(k1, k2):
    """joinktables: share one of the tables when possible, else concatenate them."""
    n1 = k1.n
    n2 = k2.n
    if n1 == 0 and n2 == 0:
        return EMPTY_KT
    if n2 == 0 or k1 is k2:
        return k1
    if n1 == 0:
        return k2
    if n1 + n2 > USHRT_MAX:
        _kt_error()
    return KTable(n1 + n2)


class Pattern:
    """An LPeg pattern (userdata)."""
    __slots__ = ("tree", "kt", "vm", "jit", "work")
    lua_type = "userdata"
    lua_meta = None  # set below

    def __init__(self, tree, kt=EMPTY_KT):
        self.tree = tree
        self.kt = kt
        self.vm = None
        self.jit = None
        self.work = 0

    def __repr__(self):
        return "lpeg-pattern"


def is_pattern(v):
    return v.__class__ is Pattern


def getpatt(v, argn, fname, novalue=False):
    """The Pattern for a Lua value (lptree.c's getpatt): patterns themselves, strings,
    numbers, booleans, grammars (tables) and functions (match-time captures)."""
    c = v.__class__
    if c is Pattern:
        return v
    if c is str:
        return Pattern(string_tree(v))
    if c is int or c is float:
        return Pattern(num_tree(int32(lua_tointeger(v))))
    if c is bool:
        return Pattern(TRUE if v else FALSE)
    if c is LuaTable:
        return _grammar(v, argn, fname)
    if type_name(v) == "function":
        return Pattern(Tree(T.TRunTime, s1=TRUE, key=v), kt_add(None, v))
    type_error(argn, fname, "lpeg-pattern", v, novalue)


def _tree_of(p):
    return p.tree


def _grammar(table, argn, fname):
    count = [0]

    def merge(patterns):
        n = 0
        for p in patterns:
            n1 = p.kt.n
            if n1 + n > USHRT_MAX:
                _kt_error()
            n += n1
        count[0] = n

    tree = new_grammar(table, argn, fname, is_pattern, _tree_of, merge)
    if tree.rules[0].key_from_table:
        count[0] += 1  # initialrulename adds the initial rule's name
    return Pattern(tree, KTable(count[0]))


def _arg(args, i):
    return args[i] if len(args) > i else None


# ---------------------------------------------------------------- constructors

def lp_P(*args):
    if not args:
        arg_error(1, "P", "value expected")
    return getpatt(args[0], 1, "P")


def lp_seq(a=None, b=None, *_):
    p1 = getpatt(a, 1, "mul")
    p2 = getpatt(b, 2, "mul")
    t1 = p1.tree
    t2 = p2.tree
    if t1.tag == T.TFalse or t2.tag == T.TTrue:
        return p1
    if t1.tag == T.TTrue:
        return p2
    return Pattern(seq2(t1, t2), kt_join(p1.kt, p2.kt))


def lp_choice(a=None, b=None, *_):
    p1 = getpatt(a, 1, "add")
    p2 = getpatt(b, 2, "add")
    t1 = p1.tree
    t2 = p2.tree
    st1 = tocharset(t1)
    if st1 is not None:
        st2 = tocharset(t2)
        if st2 is not None:
            return Pattern(T.set_tree(st1 | st2))
    if nofail(t1) or t2.tag == T.TFalse:
        return p1
    if t1.tag == T.TFalse:
        return p2
    return Pattern(choice2(t1, t2), kt_join(p1.kt, p2.kt))


def lp_star(a=None, b=None, *_):
    n = int32(check_int(b, 2, "pow"))
    p1 = getpatt(a, 1, "pow")
    t1 = p1.tree
    if n >= 0:
        if nullable(t1):
            lerror("loop body may accept empty string")
        rep = Tree(T.TRep, s1=t1)
        if n == 0:
            return Pattern(rep, p1.kt)
        return Pattern(seq_of([t1] * n + [rep]), p1.kt)
    n = -n
    # choice (seq p (choice (seq p ... ) true)) true
    t = Tree(T.TChoice, kids=(t1, TRUE))
    for _ in range(n - 1):
        t = Tree(T.TChoice, kids=(seq2(t1, t), TRUE))
    return Pattern(t, p1.kt)


def lp_and(a=None, *_):
    p = getpatt(a, 1, "len")
    return Pattern(Tree(T.TAnd, s1=p.tree), p.kt)


def lp_not(a=None, *_):
    p = getpatt(a, 1, "unm")
    return Pattern(Tree(T.TNot, s1=p.tree), p.kt)


def lp_sub(a=None, b=None, *_):
    p1 = getpatt(a, 1, "sub")
    p2 = getpatt(b, 2, "sub")
    t1 = p1.tree
    t2 = p2.tree
    st1 = tocharset(t1)
    if st1 is not None:
        st2 = tocharset(t2)
        if st2 is not None:
            return Pattern(T.set_tree(st1 & ~st2))
    return Pattern(seq2(Tree(T.TNot, s1=t2), t1), kt_join(p1.kt, p2.kt))


def lp_set(*args):
    s = check_str(_arg(args, 0), 1, "S", not args)
    mask = 0
    for ch in s:
        mask |= 1 << ord(ch)
    return Pattern(T.set_tree(mask))


def lp_range(*args):
    mask = 0
    for i, r in enumerate(args):
        r = check_str(r, i + 1, "R")
        if len(r) != 2:
            arg_error(i + 1, "R", "range must have two characters")
        for c in range(ord(r[0]), ord(r[1]) + 1):
            mask |= 1 << c
    return Pattern(T.set_tree(mask))


def lp_behind(*args):
    p = getpatt(_arg(args, 0), 1, "B", not args)
    t1 = p.tree
    n = fixedlen(t1)
    if n < 0:
        arg_error(1, "B", "pattern may not have fixed length")
    if hascaptures(t1):
        arg_error(1, "B", "pattern have captures")
    if n > MAXBEHIND:
        arg_error(1, "B", "pattern too long to look behind")
    return Pattern(Tree(T.TBehind, n=n, s1=t1), p.kt)


def lp_V(*args):
    if not args:
        # LPeg checks argument 1 after pushing the new pattern there: V() names itself
        p = Pattern(None, KTable(1))
        p.tree = Tree(T.TOpenCall, key=p)
        return p
    if args[0] is None:
        arg_error(1, "V", "non-nil value expected")
    return Pattern(Tree(T.TOpenCall, key=args[0]), KTable(1))


def _capture(args, cap, fname, key=None, labelled=False):
    p = getpatt(_arg(args, 0), 1, fname, not args)
    kt = kt_add(p.kt, key) if labelled else p.kt
    return Pattern(Tree(T.TCapture, s1=p.tree, cap=cap, key=key), kt)


def _emptycap(cap, key):
    return Tree(T.TCapture, s1=TRUE, cap=cap, key=key)


def lp_divcapture(a=None, b=None, *_):
    c = b.__class__
    if c is str:
        return _capture((a,), T.Cstring, "div", b, True)
    if c is LuaTable:
        return _capture((a,), T.Cquery, "div", b, True)
    if c is int or c is float:
        n = int32(lua_tointeger(b))
        p = getpatt(a, 1, "div")
        if not 0 <= n <= SHRT_MAX:
            arg_error(1, "div", "invalid number")
        return Pattern(Tree(T.TCapture, s1=p.tree, cap=T.Cnum, key=n), p.kt)
    if type_name(b) == "function":
        return _capture((a,), T.Cfunction, "div", b, True)
    arg_error(2, "div", "invalid replacement value")


def lp_substcapture(*args):
    return _capture(args, T.Csubst, "Cs")


def lp_tablecapture(*args):
    return _capture(args, T.Ctable, "Ct")


def lp_groupcapture(*args):
    name = _arg(args, 1)
    return _capture(args, T.Cgroup, "Cg", name, name is not None)


def _checkfunction(args, n, fname):
    v = _arg(args, n - 1)
    if type_name(v) != "function":
        type_error(n, fname, "function", v, len(args) < n)


def lp_foldcapture(*args):
    _checkfunction(args, 2, "Cf")
    return _capture(args, T.Cfold, "Cf", args[1], True)


def lp_simplecapture(*args):
    return _capture(args, T.Csimple, "C")


def lp_poscapture(*_):
    return Pattern(_emptycap(T.Cposition, None))


def lp_argcapture(*args):
    n = int32(check_int(_arg(args, 0), 1, "Carg", not args))
    if not 0 < n <= SHRT_MAX:
        arg_error(1, "Carg", "invalid argument index")
    return Pattern(_emptycap(T.Carg, n))


def lp_backref(*args):
    if not args:
        arg_error(1, "Cb", "value expected")
    return Pattern(_emptycap(T.Cbackref, args[0]), kt_add(None, args[0]))


def lp_constcapture(*args):
    n = len(args)
    if n == 0:
        return Pattern(TRUE)
    if n == 1:
        return Pattern(_emptycap(T.Cconst, args[0]), kt_add(None, args[0]))
    values = sum(1 for v in args if v is not None)
    if values > USHRT_MAX:
        _kt_error()
    return Pattern(Tree(T.TCapture, s1=seq_of([_emptycap(T.Cconst, v) for v in args]),
                        cap=T.Cgroup, key=None), KTable(values))


def lp_matchtime(*args):
    _checkfunction(args, 2, "Cmt")
    p = getpatt(_arg(args, 0), 1, "Cmt", not args)
    return Pattern(Tree(T.TRunTime, s1=p.tree, key=args[1]), kt_add(p.kt, args[1]))


# ---------------------------------------------------------------- matching

def _prepare(p):
    """The machine code of a pattern, compiled on first use (prepcompile)."""
    vm = p.vm
    if vm is None:
        check_outside_grammar(p.tree)
        vm = p.vm = lpeg_vm.compile_program(p.tree)
    return vm


def _initposition(v, ln):
    ii = 1 if v is None else check_int(v, 3, "match")
    if ii > 0:
        return ii - 1 if ii <= ln else ln
    return ln + ii if -ii <= ln else 0


def lp_match(*args):
    p = getpatt(_arg(args, 0), 1, "match", not args)
    prog = _prepare(p)
    s = _arg(args, 1)
    if s.__class__ is not str:
        s = check_str(s, 2, "match", len(args) < 2)
    n = len(s)
    i = _initposition(_arg(args, 2), n)
    extra = args[3:]
    caps = []
    maxstack = _maxstack[0]
    budget = max(MAXBACK, maxstack) - 1
    jit = p.jit
    if jit is None:
        p.work += n - i + JIT_PER_MATCH
        if p.work >= JIT_WORK and p.jit is None:
            jit = _compile_jit(p, prog)
    try:
        if jit:
            try:
                r = jit(s, i, n, caps, extra, budget)
            except RecursionError:
                # compiled rules recurse in Python where LPeg jumps (tail calls): rerun on
                # the machine, whose stack is a list
                del caps[:]
                r = lpeg_vm.run(prog.code, s, i, n, caps, extra, budget)
        else:
            r = lpeg_vm.run(prog.code, s, i, n, caps, extra, budget)
    except lpeg_vm.StackOverflow:
        lerror("backtrack stack overflow (current limit is %d)" % maxstack)
    if r < 0:
        return None
    return getcaptures(caps, s, r, extra)


def _compile_jit(p, prog):
    try:
        p.jit = lpeg_jit.compile_pattern(p.tree, prog)
    except lpeg_jit.NotCompiled:
        p.jit = False
    return p.jit


# ---------------------------------------------------------------- the rest of the library

def lp_setmax(*args):
    lim = check_int(_arg(args, 0), 1, "setmaxstack", not args)
    if not 0 < lim <= MAXLIM:
        arg_error(1, "setmaxstack", "out of range")
    _maxstack[0] = lim
    return ()


def lp_version(*_):
    return VERSION


def lp_type(*args):
    return "pattern" if args and args[0].__class__ is Pattern else None


def lp_gc(*_):
    return ()


def lp_printtree(*args):
    p = getpatt(_arg(args, 0), 1, "ptree", not args)
    if len(args) > 1 and args[1] is not None and args[1] is not False:
        check_outside_grammar(p.tree)
    lerror("function only implemented in debug mode")


def lp_printcode(*args):
    p = _arg(args, 0)
    if p.__class__ is not Pattern:
        type_error(1, "pcode", "lpeg-pattern", p, not args)
    lerror("function only implemented in debug mode")


def _cat(pred):
    return sum(1 << c for c in range(256) if pred(c))


def _isalpha(c):
    return 65 <= c <= 90 or 97 <= c <= 122


def _isdigit(c):
    return 48 <= c <= 57


def _isgraph(c):
    return 33 <= c <= 126


LOCALE_CLASSES = [
    ("alnum", _cat(lambda c: _isalpha(c) or _isdigit(c))),
    ("alpha", _cat(_isalpha)),
    ("cntrl", _cat(lambda c: c < 32 or c == 127)),
    ("digit", _cat(_isdigit)),
    ("graph", _cat(_isgraph)),
    ("lower", _cat(lambda c: 97 <= c <= 122)),
    ("print", _cat(lambda c: 32 <= c <= 126)),
    ("punct", _cat(lambda c: _isgraph(c) and not (_isalpha(c) or _isdigit(c)))),
    ("space", _cat(lambda c: 9 <= c <= 13 or c == 32)),
    ("upper", _cat(lambda c: 65 <= c <= 90)),
    ("xdigit", _cat(lambda c: _isdigit(c) or 65 <= c <= 70 or 97 <= c <= 102)),
]


def lp_locale(t=None, *_):
    """The character classes of the C locale, as sets (lua5.4 never calls setlocale)."""
    if t is None:
        t = LuaTable()
    else:
        check_table(t, 1, "locale")
    for name, mask in LOCALE_CLASSES:
        ops.setindex(t, name, Pattern(T.set_tree(mask)))
    return t


FUNCTIONS = [
    ("ptree", lp_printtree), ("pcode", lp_printcode), ("match", lp_match), ("B", lp_behind),
    ("V", lp_V), ("C", lp_simplecapture), ("Cc", lp_constcapture), ("Cmt", lp_matchtime),
    ("Cb", lp_backref), ("Carg", lp_argcapture), ("Cp", lp_poscapture),
    ("Cs", lp_substcapture), ("Ct", lp_tablecapture), ("Cf", lp_foldcapture),
    ("Cg", lp_groupcapture), ("P", lp_P), ("S", lp_set), ("R", lp_range),
    ("locale", lp_locale), ("version", lp_version), ("setmaxstack", lp_setmax),
    ("type", lp_type),
]

METAMETHODS = [
    ("__mul", lp_seq), ("__add", lp_choice), ("__pow", lp_star), ("__gc", lp_gc),
    ("__len", lp_and), ("__div", lp_divcapture), ("__unm", lp_not), ("__sub", lp_sub),
]

for _name, _fn in FUNCTIONS + METAMETHODS:
    API_CODES.add(_fn.__code__)

META = LuaTable()
for _name, _fn in METAMETHODS:
    dict.__setitem__(META, _name, _fn)
dict.__setitem__(META, "__name", "lpeg-pattern")
Pattern.lua_meta = META


def luaopen(G=None):
    """luaopen_lpeg: the module table (the patterns' metatable's __index)."""
    lib = LuaTable()
    for name, fn in FUNCTIONS:
        dict.__setitem__(lib, name, fn)
    dict.__setitem__(META, "__index", lib)
    return lib


"""LPeg pattern trees: construction, grammars and the analyses the code generators use.

A port of LPeg 1.0.2's lptree.c (trees, grammars, left-recursion checks) and of
the analysis half of lpcode.c (nullable, nofail, fixedlen, first sets, ...).
Differences of representation, none visible from Lua:

- Trees are Python objects shared between patterns instead of copied arrays:
  a tree is never changed after it is built (fixing a grammar's calls makes new
  nodes along the path to each call).
- Sequences and choices are n-ary (`kids`), flattened as they are built.  LPeg
  makes both right-associative before compiling ('correctassociativity'), and
  every analysis here treats kids[0] (kids[1:]) as LPeg treats sib1 (sib2), so
  the answers are the same; n-ary nodes keep long sequences (`P(1e5)`, a fold of
  many alternatives) from needing deep recursion.
- Lua values live on the nodes (`key`) instead of in a 'ktable'.
"""
from ..core.args import arg_error
from ..core.number import tostr_number
from ..core.table import iter_pairs, rawkey
from ..core.values import type_name
from . import l_error as lerror
from ..core.number import str2number
from ..core.frames import runtime_module

runtime_module(__file__)

# tree tags (lptree.h)
(TChar, TSet, TAny, TTrue, TFalse, TRep, TSeq, TChoice, TNot, TAnd, TCall, TOpenCall,
 TRule, TGrammar, TBehind, TCapture, TRunTime) = range(17)

# capture kinds (lpcap.h)
(Cclose, Cposition, Cconst, Cbackref, Carg, Csimple, Ctable, Cfunction, Cquery, Cstring,
 Cnum, Csubst, Cfold, Cruntime, Cgroup) = range(15)

MAXRULES = 250
MAXBEHIND = 255
MAXOFF = 15
SHRT_MAX = 32767
FULLSET = (1 << 256) - 1

def int32(v):
    """C's (int) of a lua_Integer."""
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v & 0x80000000 else v


def lua_tointeger(v):
    """lua_tointeger: integral numbers and numeric strings, else 0."""
    c = v.__class__
    if c is int:
        return v
    if c is float:
        if v.is_integer() and -9.2233720368547758e18 <= v < 9.2233720368547758e18:
            return int(v)
        return 0
    if c is str:
        x = str2number(v)
        return 0 if x is None else lua_tointeger(x)
    return 0


def val2str(v):
    """A reasonable name for a value in an error message (lptree.c's val2str)."""
    c = v.__class__
    if c is str:
        return v
    if c is int or c is float:
        return tostr_number(v)
    return "(a %s)" % type_name(v)


def lua_rawequal(a, b):
    if a is b:
        return True
    ca = a.__class__
    cb = b.__class__
    if ca is bool or cb is bool:
        return False
    if (ca is int or ca is float) and (cb is int or cb is float):
        return a == b
    return ca is cb and ca is str and a == b


class Tree:
    """One node.  Fields by tag: TChar n=byte; TSet n=256-bit mask; TSeq/TChoice kids;
    TRep/TNot/TAnd/TBehind/TCapture/TRunTime s1; TBehind n=length; TCapture cap=kind,
    key=Lua value; TRunTime key=function; TOpenCall key=rule name; TCall key=name,
    rule=TRule; TRule key=name, s1=pattern, n=rule number, used; TGrammar rules.
    `opencalls` is true when the tree has a TOpenCall outside nested grammars."""
    __slots__ = ("tag", "n", "s1", "kids", "cap", "key", "rule", "rules", "used", "opencalls",
                 "key_from_table", "_memo")

    def __init__(self, tag, n=0, s1=None, kids=None, cap=0, key=None, opencalls=None):
        self.tag = tag
        self.n = n
        self.s1 = s1
        self.kids = kids
        self.cap = cap
        self.key = key
        self.rule = None
        self.rules = None
        self.used = False
        self._memo = None
        if opencalls is not None:
            self.opencalls = opencalls
        elif tag == TOpenCall:
            self.opencalls = True
        elif s1 is not None:
            self.opencalls = s1.opencalls
        elif kids is not None:
            self.opencalls = any(k.opencalls for k in kids)
        else:
            self.opencalls = False

    def __repr__(self):
        return "Tree(%s)" % TAG_NAMES[self.tag]


TAG_NAMES = ["char", "set", "any", "true", "false", "rep", "seq", "choice", "not", "and", "call",
             "opencall", "rule", "grammar", "behind", "capture", "run-time"]

TRUE = Tree(TTrue)
FALSE = Tree(TFalse)
ANY = Tree(TAny)
_CHARS = [Tree(TChar, c) for c in range(256)]


def char_tree(c):
    return _CHARS[c]


def set_tree(mask):
    return Tree(TSet, mask)


def seq2(t1, t2):
    kids = (t1.kids if t1.tag == TSeq else (t1,)) + (t2.kids if t2.tag == TSeq else (t2,))
    return Tree(TSeq, kids=kids, opencalls=t1.opencalls or t2.opencalls)


def choice2(t1, t2):
    kids = (t1.kids if t1.tag == TChoice else (t1,)) + (t2.kids if t2.tag == TChoice else (t2,))
    return Tree(TChoice, kids=kids, opencalls=t1.opencalls or t2.opencalls)


def seq_of(kids):
    """A sequence of the given trees (one tree stays itself)."""
    if len(kids) == 1:
        return kids[0]
    flat = []
    for k in kids:
        if k.tag == TSeq:
            flat.extend(k.kids)
        else:
            flat.append(k)
    return Tree(TSeq, kids=tuple(flat))


def string_tree(s):
    if not s:
        return TRUE
    if len(s) == 1:
        return _CHARS[ord(s)]
    return Tree(TSeq, kids=tuple(_CHARS[ord(ch)] for ch in s))


def num_tree(n):
    """Numbers as patterns: 0 always matches, n any n characters, -n not n characters."""
    if n == 0:
        return TRUE
    if n > 0:
        return ANY if n == 1 else Tree(TSeq, kids=(ANY,) * n)
    m = -n
    return Tree(TNot, s1=ANY if m == 1 else Tree(TSeq, kids=(ANY,) * m))


# ---------------------------------------------------------------- analyses (lpcode.c)

def tocharset(t):
    """The 256-bit mask of a char pattern (TChar, TSet, TAny), else None."""
    tag = t.tag
    if tag == TSet:
        return t.n
    if tag == TChar:
        return 1 << t.n
    if tag == TAny:
        return FULLSET
    return None


NULLABLE, NOFAIL = 0, 1


def checkaux(t, pred):
    while True:
        tag = t.tag
        if tag in (TChar, TSet, TAny, TFalse, TOpenCall):
            return 0
        if tag == TRep or tag == TTrue:
            return 1
        if tag == TNot or tag == TBehind:
            return 0 if pred == NOFAIL else 1
        if tag == TAnd:
            if pred == NULLABLE:
                return 1
            t = t.s1
        elif tag == TRunTime:
            if pred == NOFAIL:
                return 0
            t = t.s1
        elif tag == TSeq:
            kids = t.kids
            check = nullable if pred == NULLABLE else nofail
            for k in kids[:-1]:
                if not check(k):
                    return 0
            t = kids[-1]
        elif tag == TChoice:
            kids = t.kids
            check = nullable if pred == NULLABLE else nofail
            for k in kids[1:]:
                if check(k):
                    return 1
            t = kids[0]
        elif tag == TCapture:
            t = t.s1
        elif tag == TGrammar:
            t = t.rules[0].s1
        elif tag == TRule:
            t = t.s1
        elif tag == TCall:
            t = t.rule.s1
        else:
            raise AssertionError(tag)


def nullable(t):
    return _memoized(t, "nullable", _nullable)


def nofail(t):
    return _memoized(t, "nofail", _nofail)


def _nullable(t):
    return checkaux(t, NULLABLE)


def _nofail(t):
    return checkaux(t, NOFAIL)


def _memoized(t, what, compute):
    """compute(t) once per tree (trees do not change once built)."""
    memo = t._memo
    if memo is None:
        memo = t._memo = {}
    r = memo.get(what)
    if r is None:
        r = memo[what] = compute(t)
    return r


def fixedlen(t, visited=None):
    """Number of characters the pattern always matches, or -1 if variable."""
    if visited is None:
        return _memoized(t, "fixedlen", _fixedlen)
    return _fixedlen(t, visited)


def _fixedlen(t, visited=None):
    tag = t.tag
    if tag in (TChar, TSet, TAny):
        return 1
    if tag in (TFalse, TTrue, TNot, TAnd, TBehind):
        return 0
    if tag in (TRep, TRunTime, TOpenCall):
        return -1
    if tag == TCapture or tag == TRule:
        return fixedlen(t.s1, visited)
    if tag == TGrammar:
        return fixedlen(t.rules[0].s1, visited)
    if tag == TCall:
        # callrecursive: a call already being visited gives -1
        if visited is None:
            visited = set()
        elif id(t) in visited:
            return -1
        visited.add(id(t))
        r = fixedlen(t.rule.s1, visited)
        visited.discard(id(t))
        return r
    if tag == TSeq:
        total = 0
        for k in t.kids:
            n1 = fixedlen(k, visited)
            if n1 < 0:
                return -1
            total += n1
        return total
    if tag == TChoice:
        kids = t.kids
        n1 = fixedlen(kids[0], visited)
        for k in kids[1:]:
            n2 = fixedlen(k, visited)
            if n1 != n2 or n1 < 0:
                return -1
        return n1
    raise AssertionError(tag)


def hascaptures(t, visited=None):
    if visited is None:
        return _memoized(t, "hascaptures", _hascaptures)
    return _hascaptures(t, visited)


def _hascaptures(t, visited=None):
    tag = t.tag
    if tag == TCapture or tag == TRunTime:
        return True
    if tag == TCall:
        if visited is None:
            visited = set()
        elif id(t) in visited:
            return False
        visited.add(id(t))
        r = hascaptures(t.rule.s1, visited)
        visited.discard(id(t))
        return r
    if tag == TRule:
        return hascaptures(t.s1, visited)
    if tag == TGrammar:
        return any(hascaptures(r.s1, visited) for r in t.rules)
    if t.s1 is not None:
        return hascaptures(t.s1, visited)
    if t.kids is not None:
        return any(hascaptures(k, visited) for k in t.kids)
    return False


def getfirst(t, follow):
    """(e, firstset): lpcode.c's getfirst; e bit 1: accepts the empty string, bit 2: has a
    match-time capture (the first set may not be used to skip the pattern).  A function
    of the tree and the follow set only, so kept per tree and follow set: lpcode.c
    recomputes it at every choice, repetition and predicate of the code it generates,
    through every rule a call reaches, which costs C little and Python a lot (a grammar
    of a few hundred rules: seconds)."""
    memo = t._memo
    if memo is None:
        memo = t._memo = {}
    firsts = memo.get("first")
    if firsts is None:
        firsts = memo["first"] = {}
    r = firsts.get(follow)
    if r is None:
        r = firsts[follow] = _getfirst(t, follow)
    return r


def _getfirst(t, follow):
    tag = t.tag
    if tag in (TChar, TSet, TAny):
        return 0, tocharset(t)
    if tag == TTrue:
        return 1, follow
    if tag == TFalse:
        return 0, 0
    if tag == TChoice:
        e = 0
        fs = 0
        for k in t.kids:
            e1, f1 = getfirst(k, follow)
            e |= e1
            fs |= f1
        return e, fs
    if tag == TSeq:
        return getfirst_seq(t.kids, 0, follow)
    if tag == TRep:
        _, fs = getfirst(t.s1, follow)
        return 1, fs | follow
    if tag == TCapture or tag == TRule:
        return getfirst(t.s1, follow)
    if tag == TGrammar:
        return getfirst(t.rules[0].s1, follow)
    if tag == TRunTime:
        e, fs = getfirst(t.s1, FULLSET)
        return (2 if e else 0), fs
    if tag == TCall:
        return getfirst(t.rule.s1, follow)
    if tag == TAnd:
        e, fs = getfirst(t.s1, follow)
        return e, fs & follow
    if tag == TNot:
        cs = tocharset(t.s1)
        if cs is not None:
            return 1, FULLSET & ~cs
        e, _ = getfirst(t.s1, follow)
        return e | 1, follow
    if tag == TBehind:
        e, _ = getfirst(t.s1, follow)
        return e | 1, follow
    raise AssertionError(tag)


def getfirst_seq(kids, i, follow):
    """getfirst of the right-nested sequence kids[i] (kids[i+1] (...))."""
    last = len(kids) - 1
    j = i
    while j < last and nullable(kids[j]):
        j += 1
    e, fs = getfirst(kids[j], follow if j == last else FULLSET)
    while j > i:
        j -= 1
        e1, fs = getfirst(kids[j], fs)
        if e1 == 0:
            e = 0
        elif (e1 | e) & 2:
            e = 2
    return e, fs


def headfail(t):
    """True if the pattern can fail only depending on the next character."""
    while True:
        tag = t.tag
        if tag in (TChar, TSet, TAny, TFalse):
            return True
        if tag in (TTrue, TRep, TRunTime, TNot, TBehind):
            return False
        if tag in (TCapture, TRule, TAnd):
            t = t.s1
        elif tag == TGrammar:
            t = t.rules[0].s1
        elif tag == TCall:
            t = t.rule.s1
        elif tag == TSeq:
            for k in t.kids[1:]:
                if not nofail(k):
                    return False
            t = t.kids[0]
        elif tag == TChoice:
            for k in t.kids[:-1]:
                if not headfail(k):
                    return False
            t = t.kids[-1]
        else:
            raise AssertionError(tag)


def needfollow(t):
    while True:
        tag = t.tag
        if tag in (TChar, TSet, TAny, TFalse, TTrue, TAnd, TNot, TRunTime, TGrammar, TCall,
                   TBehind):
            return False
        if tag == TChoice or tag == TRep:
            return True
        if tag == TCapture:
            t = t.s1
        elif tag == TSeq:
            t = t.kids[-1]
        else:
            raise AssertionError(tag)


def charsettype(mask):
    """('fail' | 'char' | 'any' | 'set', char) for a set, as lpcode.c's charsettype."""
    if mask == 0:
        return "fail", 0
    if mask == FULLSET:
        return "any", 0
    if mask & (mask - 1) == 0:
        return "char", mask.bit_length() - 1
    return "set", 0


def mask_chars(mask):
    """The characters of a set, as a string in byte order (a grammar's sets repeat: each
    is spelled out once per process)."""
    chars = _MASK_CHARS.get(mask)
    if chars is None:
        if len(_MASK_CHARS) > 4096:
            _MASK_CHARS.clear()
        chars = _MASK_CHARS[mask] = "".join(chr(c) for c in range(256) if mask >> c & 1)
    return chars


_MASK_CHARS = {}


def tail_kids(kids, i):
    """The right-nested rest kids[i:] as one tree (cached on nothing: cheap to build)."""
    if i == len(kids) - 1:
        return kids[i]
    return Tree(TSeq, kids=kids[i:])


def rest_choice(kids, i):
    if i == len(kids) - 1:
        return kids[i]
    return Tree(TChoice, kids=kids[i:])


# ---------------------------------------------------------------- grammars

def fix_calls(t, positions, rules, grammar_name_of):
    """finalfix inside a grammar: a copy of t whose open calls are calls to `rules`."""
    if not t.opencalls:
        return t
    tag = t.tag
    if tag == TOpenCall:
        k = rawkey(t.key) if t.key is not None else None
        n = positions.get(k) if k is not None else None
        if n is None:
            lerror("rule '%s' undefined in given grammar" % val2str(t.key))
        rule = rules[n]
        c = Tree(TCall, key=t.key)
        c.rule = rule
        rule.key = t.key  # the rule is named as its (last fixed) call names it
        rule.used = True
        return c
    if t.s1 is not None:
        nt = Tree(tag, n=t.n, s1=fix_calls(t.s1, positions, rules, grammar_name_of), cap=t.cap,
                  key=t.key)
        return nt
    if t.kids is not None:
        return Tree(tag, kids=tuple(fix_calls(k, positions, rules, grammar_name_of)
                                    for k in t.kids))
    return t


def check_outside_grammar(t):
    """finalfix outside a grammar (before compiling): an open call is an error."""
    if not t.opencalls:
        return
    stack = [t]
    while stack:
        x = stack.pop()
        if not x.opencalls:
            continue
        if x.tag == TOpenCall:
            lerror("rule '%s' used outside a grammar" % val2str(x.key))
        if x.s1 is not None:
            stack.append(x.s1)
        elif x.kids is not None:
            stack.extend(reversed(x.kids))


def checkloops(t):
    """True if the tree has a repetition of a nullable pattern (outside nested grammars)."""
    tag = t.tag
    if tag == TRep and nullable(t.s1):
        return True
    if tag == TGrammar:
        return False
    if t.s1 is not None:
        return checkloops(t.s1)
    if t.kids is not None:
        return any(checkloops(k) for k in t.kids)
    return False


def _verifyerror(passed):
    for i in range(len(passed) - 1, -1, -1):
        for j in range(i - 1, -1, -1):
            if passed[i] is passed[j]:
                lerror("rule '%s' may be left recursive" % val2str(passed[i].key))
    lerror("too many left calls in grammar")


def verifyrule(t, passed, nb):
    """lptree.c's verifyrule: raise on left recursion; else whether t is nullable ('nb')."""
    while True:
        tag = t.tag
        if tag in (TChar, TSet, TAny, TFalse):
            return nb
        if tag == TTrue or tag == TBehind:
            return 1
        if tag in (TNot, TAnd, TRep):
            t = t.s1
            nb = 1
        elif tag == TCapture or tag == TRunTime:
            t = t.s1
        elif tag == TCall:
            rule = t.rule
            if len(passed) >= MAXRULES:
                _verifyerror(passed)
            passed = passed + [rule]
            t = rule.s1
        elif tag == TSeq:
            kids = t.kids
            for k in kids[:-1]:
                if not verifyrule(k, passed, 0):
                    return nb
            t = kids[-1]
        elif tag == TChoice:
            kids = t.kids
            for k in kids[:-1]:
                nb = verifyrule(k, passed, nb)
            t = kids[-1]
        elif tag == TGrammar:
            return nullable(t)
        else:
            raise AssertionError(tag)


def new_grammar(table, argn, fname, is_pattern, tree_of, merge_values=None):
    """The tree of the grammar in a Lua table (lptree.c's newgrammar).  merge_values(patterns)
    is called with the rules' patterns, in order, before the calls are fixed."""
    # collectrules: the initial rule first
    first = dict.get(table, 1)
    if first.__class__ is str or first.__class__ is int or first.__class__ is float:
        first_key = first
        first_patt = table[first]  # lua_gettable: honours __index
    else:
        first_key = 1
        first_patt = first
    if not is_pattern(first_patt):
        if first_patt is None:
            lerror("grammar has no initial rule")
        lerror("initial rule '%s' is not a pattern" % val2str(first_key))
    entries = [(first_key, first_patt)]
    first_raw = rawkey(first_key)
    for k, v in iter_pairs(table):
        if _tonumber(k) == 1 or lua_rawequal(k, first_key):
            continue
        if not is_pattern(v):
            lerror("rule '%s' is not a pattern" % val2str(k))
        entries.append((k, v))
    if len(entries) > MAXRULES:
        arg_error(argn, fname, "grammar has too many rules")
    if merge_values is not None:
        merge_values([v for _k, v in entries])
    positions = {}
    for i, (k, _v) in enumerate(entries):
        positions[rawkey(k)] = i
    positions[first_raw] = 0
    rules = []
    for i, (_k, v) in enumerate(entries):
        r = Tree(TRule, n=i, s1=tree_of(v))
        r.key = None
        rules.append(r)
    g = Tree(TGrammar, n=len(rules))
    g.rules = rules
    g.opencalls = False
    for r in rules:
        r.s1 = fix_calls(r.s1, positions, rules, None)
    rules[0].key_from_table = not rules[0].used
    if not rules[0].used:
        rules[0].key = first_key
        rules[0].used = True
    # verifygrammar: left-recursive rules, then empty loops
    for r in rules:
        if r.used:
            verifyrule(r.s1, [], 0)
    for r in rules:
        if r.used and checkloops(r.s1):
            lerror("empty loop in rule '%s'" % val2str(r.key))
    return g


def _tonumber(v):
    c = v.__class__
    if c is int or c is float:
        return v
    if c is str:
        return str2number(v)
    return None


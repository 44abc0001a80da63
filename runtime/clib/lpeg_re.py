"""The `re` module for when no re.lua is on package.path.

Debian installs LPeg's re.lua (/usr/share/lua/5.x/re.lua), a Lua module; it runs
unchanged on lua2py's lpeg, and `require "re"` finds it on package.path exactly
as lua5.4 does.  Without it (lua-lpeg not installed, or a package.path that does
not reach it) this Python translation of re.lua 1.0.2 is used instead: the same
grammar of re's syntax, built with the lpeg module's own functions, the same
caches and the same results.  Its error messages are re.lua's without the
"re.lua:LINE:" position lua5.4 adds (there is no re.lua to point to).
"""
from ..core import ops
from ..core.args import typename_for_error
from ..core.errors import LuaError
from ..core.table import LuaTable
from ..core.frames import runtime_module
from . import lpeg as L

runtime_module(__file__)

P, S, R, V = L.lp_P, L.lp_set, L.lp_range, L.lp_V
C, Cc, Cf, Cg, Cs, Ct = (L.lp_simplecapture, L.lp_constcapture, L.lp_foldcapture,
                         L.lp_groupcapture, L.lp_substcapture, L.lp_tablecapture)
Cmt, Cb, Carg, Cp = L.lp_matchtime, L.lp_backref, L.lp_argcapture, L.lp_poscapture


def seq(*ps):
    r = ps[0]
    for p in ps[1:]:
        r = L.lp_seq(r, p)
    return r


def alt(*ps):
    r = ps[0]
    for p in ps[1:]:
        r = L.lp_choice(r, p)
    return r


pow_ = L.lp_star
div = L.lp_divcapture
sub = L.lp_sub
and_ = L.lp_and
not_ = L.lp_not


def _error(msg):
    raise LuaError(msg)


def _tonumber(s, *_):
    return int(s)


class _Re:
    """One re module (its predefined classes and caches)."""

    def __init__(self):
        self.any = P(1)
        self.predef = LuaTable()
        dict.__setitem__(self.predef, "nl", P("\n"))
        self.updatelocale()
        self.build()

    def updatelocale(self, *_):
        predef = self.predef
        any_ = self.any
        L.lp_locale(predef)
        get = dict.get
        for short, name in (("a", "alpha"), ("c", "cntrl"), ("d", "digit"), ("g", "graph"),
                            ("l", "lower"), ("p", "punct"), ("s", "space"), ("u", "upper"),
                            ("w", "alnum"), ("x", "xdigit")):
            dict.__setitem__(predef, short, get(predef, name))
        for short in "acdglpsuwx":
            dict.__setitem__(predef, short.upper(), sub(any_, get(predef, short)))
        self.mem = {}
        self.fmem = {}
        self.gmem = {}
        return ()

    def build(self):
        any_ = self.any
        predef = self.predef
        get = dict.get

        def patt_error(s, i, *_):
            msg = s[i - 1:] if len(s) < i + 20 else s[i - 1:i + 20] + "..."
            raise LuaError("pattern error near '%s'" % msg)

        def mult(p, n, *_):
            np = P(True)
            while n >= 1:
                if n % 2 >= 1:
                    np = L.lp_seq(np, p)
                p = L.lp_seq(p, p)
                n = n / 2
            return np

        def equalcap(s, i, c=None, *_):
            if c.__class__ is not str:
                return None
            e = len(c) + i
            if s[i - 1:e - 1] == c:
                return e
            return None

        space = pow_(alt(get(predef, "space"),
                         seq(P("--"), pow_(sub(any_, get(predef, "nl")), 0))), 0)
        name = seq(R("AZ", "az", "__"), pow_(R("AZ", "az", "__", "09"), 0))
        arrow = seq(space, P("<-"))
        seq_follow = alt(P("/"), P(")"), P("}"), P(":}"), P("~}"), P("|}"), seq(name, arrow),
                         P(-1))
        name = C(name)
        Def = seq(name, Carg(1))

        def getdef(id_, defs=None, *_):
            c = ops.index(defs, id_) if defs is not None and defs is not False else None
            if c is None or c is False:
                _error("undefined name: " + id_)
            return c

        def defwithfunc(f):
            return Cg(seq(div(Def, getdef), Cc(f)))

        num = div(seq(C(pow_(R("09"), 1)), space), _tonumber)
        String = alt(seq(P("'"), C(pow_(sub(any_, P("'")), 0)), P("'")),
                     seq(P('"'), C(pow_(sub(any_, P('"')), 0)), P('"')))

        def defined_cat(c, defs=None, *_):
            cat = ops.index(defs, c) if defs is not None and defs is not False else None
            if cat is None or cat is False:
                cat = predef[c]
            if cat is None or cat is False:
                _error("name '" + c + "' undefined")
            return cat

        defined = div(seq(P("%"), Def), defined_cat)
        Range = div(Cs(seq(any_, div(P("-"), ""), sub(any_, P("]")))), L.lp_range)
        item = div(alt(defined, Range, C(any_)), L.lp_P)

        def class_fn(c, p, *_):
            return sub(any_, p) if c == "^" else p

        Class = seq(P("["), div(seq(C(pow_(P("^"), -1)),
                                    Cf(seq(item, pow_(sub(item, P("]")), 0)), L.lp_choice)),
                                class_fn),
                    P("]"))

        def adddef(t, k, exp, *_):
            if t[k] is not None and t[k] is not False:
                _error("'" + k + "' already defined as a rule")
            ops.setindex(t, k, exp)
            return t

        def firstdef(n, r, *_):
            t = LuaTable()
            dict.__setitem__(t, 1, n)
            return adddef(t, n, r)

        def NT(n, b=None, *_):
            if b is None or b is False:
                _error("rule '" + n + "' used outside a grammar")
            return L.lp_V(n)

        def apply_suffix(a, b=None, f=None, *_):
            return ops.call(f, a, b)

        rules = LuaTable()
        for k, v in (
            (1, "Exp"),
            ("Exp", seq(space, alt(V("Grammar"),
                                   Cf(seq(V("Seq"), pow_(seq(P("/"), space, V("Seq")), 0)),
                                      L.lp_choice)))),
            ("Seq", seq(Cf(seq(Cc(P("")), pow_(V("Prefix"), 0)), L.lp_seq),
                        alt(and_(seq_follow), P(patt_error)))),
            ("Prefix", alt(div(seq(P("&"), space, V("Prefix")), L.lp_and),
                           div(seq(P("!"), space, V("Prefix")), L.lp_not),
                           V("Suffix"))),
            ("Suffix", Cf(seq(V("Primary"), space,
                              pow_(seq(alt(seq(P("+"), Cc(1, L.lp_star)),
                                           seq(P("*"), Cc(0, L.lp_star)),
                                           seq(P("?"), Cc(-1, L.lp_star)),
                                           seq(P("^"), alt(Cg(seq(num, Cc(mult))),
                                                           Cg(seq(C(seq(S("+-"), pow_(R("09"), 1))),
                                                                  Cc(L.lp_star))))),
                                           seq(P("->"), space,
                                               alt(Cg(seq(alt(String, num), Cc(L.lp_divcapture))),
                                                   seq(P("{}"), Cc(None, L.lp_tablecapture)),
                                                   defwithfunc(L.lp_divcapture))),
                                           seq(P("=>"), space, defwithfunc(L.lp_matchtime)),
                                           seq(P("~>"), space, defwithfunc(L.lp_foldcapture))),
                                       space), 0)),
                          apply_suffix)),
            ("Primary", alt(seq(P("("), V("Exp"), P(")")),
                            div(String, L.lp_P),
                            Class,
                            defined,
                            div(seq(P("{:"), alt(seq(name, P(":")), Cc(None)), V("Exp"), P(":}")),
                                lambda n=None, p=None, *_: L.lp_groupcapture(p, n)),
                            div(seq(P("="), name),
                                lambda n, *_: L.lp_matchtime(L.lp_backref(n), equalcap)),
                            div(P("{}"), L.lp_poscapture),
                            div(seq(P("{~"), V("Exp"), P("~}")), L.lp_substcapture),
                            div(seq(P("{|"), V("Exp"), P("|}")), L.lp_tablecapture),
                            div(seq(P("{"), V("Exp"), P("}")), L.lp_simplecapture),
                            seq(P("."), Cc(any_)),
                            div(seq(alt(seq(name, not_(arrow)), seq(P("<"), name, P(">"))),
                                    Cb("G")), NT))),
            ("Definition", seq(name, arrow, V("Exp"))),
            ("Grammar", div(seq(Cg(Cc(True), "G"),
                                Cf(seq(div(V("Definition"), firstdef),
                                       pow_(Cg(V("Definition")), 0)), adddef)),
                            L.lp_P)),
        ):
            dict.__setitem__(rules, k, v)
        exp = P(rules)
        self.pattern = seq(space, Cg(Cc(False), "G"), div(exp, L.lp_P),
                           alt(not_(any_), P(patt_error)))

    # -- the module's functions

    def compile(self, p=None, defs=None, *_):
        if p.__class__ is L.Pattern:
            return p
        if p.__class__ is not str and p.__class__ is not int and p.__class__ is not float:
            raise LuaError("bad argument #1 to 'match' (string expected, got %s)"
                           % typename_for_error(p))
        cp = L.lp_match(self.pattern, p, 1, defs)
        if cp is None:
            _error("incorrect pattern")
        return cp

    def match(self, s=None, p=None, i=None, *_):
        _check_subject(s)
        cp = self.mem.get(_key(p))
        if cp is None:
            cp = self.compile(p)
            self.mem[_key(p)] = cp
        return L.lp_match(cp, s, 1 if i is None else i)

    def find(self, s=None, p=None, i=None, *_):
        _check_subject(s)
        cp = self.fmem.get(_key(p))
        if cp is None:
            cp = div(self.compile(p), 0)
            g = LuaTable()
            dict.__setitem__(g, 1, alt(seq(Cp(), cp, Cp()), seq(P(1), V(1))))
            cp = P(g)
            self.fmem[_key(p)] = cp
        r = L.lp_match(cp, s, 1 if i is None else i)
        if r is None:
            return None
        return r[0], r[1] - 1

    def gsub(self, s=None, p=None, rep=None, *_):
        _check_subject(s)
        g = self.gmem.setdefault(_key(p), {})
        cp = g.get(_key(rep))
        if cp is None:
            cp = Cs(pow_(alt(div(self.compile(p), rep), P(1)), 0))
            g[_key(rep)] = cp
        return L.lp_match(cp, s)


def _check_subject(s):
    """re.lua matches with `cp:match(s, i)`, a method call from Lua: a subject that is not a
    string is lpeg's "bad argument #1 to 'match'" (here without re.lua's position)."""
    if s.__class__ is not str and s.__class__ is not int and s.__class__ is not float:
        raise LuaError("bad argument #1 to 'match' (string expected, got %s)" % typename_for_error(s))


def _key(v):
    """A cache key standing for the Lua value v (strings by value, others by identity)."""
    c = v.__class__
    if c is str or c is int or c is float or c is bool or v is None:
        return (c, v)
    return (c, id(v), v)


def luaopen(G):
    # re.lua starts with require"lpeg" (which also gives patterns their __index)
    ops.call(G["require"], "lpeg")
    r = _Re()
    m = LuaTable()
    for name in ("compile", "match", "find", "gsub", "updatelocale"):
        dict.__setitem__(m, name, getattr(r, name))
    return m


"""Compiling LPeg patterns to Python source (the fast tier of lpeg.py).

A pattern tree becomes one Python function `match(s, i, n, caps, args, b)` that
returns the end of the match or -1, leaving the same capture entries as LPeg's
machine (lpeg_cap.py).  Each grammar rule becomes a nested function `(i, b)`
closing over the subject.  The shape of the code follows LPeg's code generator
(lpeg_vm.Compiler): a choice whose first alternative can only fail on its first
character becomes `if test: p1 else: p2`, other choices save the position and
run p1 inside `while True: ... break`; a failure sets i = -1 and breaks out to
the nearest such handler (or returns -1 from a function).  Where LPeg would
push a backtrack entry, the code tracks LPeg's depth, so that:

- `b`, the backtrack entries left, goes down by exactly what LPeg pushes before
  each rule call, and a rule whose own pushes could pass `b` (LPeg's count,
  from the machine code: lpeg_vm.stack_needs) runs on the machine instead,
  which raises "backtrack stack overflow" where LPeg does;
- tail calls (LPeg jumps) pass `b` unchanged, and a rule's tail call to itself
  is a loop.

Capture-free, call-free parts (soundness: no Lua code runs and no capture entry
is made inside them, so only where the match ends matters) are matched with
Python's `re`: PEG's ordered choice and greedy repetition never backtrack into
a part that has matched, which is exactly `re`'s atomic group `(?>...)` and
possessive repetition `*+` (Python 3.11; older versions emulate the atomic
group with a look-ahead and a back-reference).  Character tests and literal
strings stay inline (`s[i] in S`, `s.startswith(...)`), cheaper than a call.
"""
import re
import sys

from . import lpeg_vm
from .lpeg_cap import runtime_close_at
from .lpeg_tree import (
    FULLSET,
    MAXBEHIND,
    Cclose,
    Cgroup,
    TAnd,
    TAny,
    TBehind,
    TCall,
    TCapture,
    TChar,
    TChoice,
    TFalse,
    TGrammar,
    TNot,
    TRep,
    TRule,
    TRunTime,
    TSeq,
    TSet,
    TTrue,
    charsettype,
    fixedlen,
    getfirst,
    getfirst_seq,
    hascaptures,
    headfail,
    mask_chars,
    needfollow,
    rest_choice,
    tocharset,
)
from .lpeg_tree import seq_of
from .lpeg_tree import Tree
from ..core.frames import runtime_module

runtime_module(__file__)

ATOMIC = sys.version_info >= (3, 11)

MAX_LOOPS = 12      # Python allows 20 nested loop blocks
MAX_INDENT = 40
SHARED_MIN = 6      # a subtree used in several places gets its own function from this size
_LEAVES = (TChar, TSet, TAny, TTrue, TFalse, TCall)


class NotCompiled(Exception):
    """The pattern cannot be compiled to Python (it stays on the machine)."""


def emptycode(t):
    """True when LPeg's code generator emits nothing for t (for tail-call detection)."""
    tag = t.tag
    if tag == TTrue:
        return True
    if tag == TSeq:
        return all(emptycode(k) for k in t.kids)
    if tag == TAnd:
        n = fixedlen(t.s1)
        return 0 == n and not hascaptures(t.s1) and emptycode(t.s1)
    if tag == TBehind:
        return t.n == 0 and emptycode(t.s1)
    return False


class Ctx:
    """Where code is being generated: `loops` Python loops between here and the function
    (a failure breaks out of them), LPeg's local backtrack depth `d`, its `opt` and
    follow set `fl`, and whether this is a tail position of a rule."""
    __slots__ = ("ind", "loops", "d", "opt", "fl", "tail", "tt")

    def __init__(self, ind, loops, d, opt, fl, tail, tt=0):
        self.ind = ind
        self.loops = loops
        self.d = d
        self.opt = opt
        self.fl = fl
        self.tail = tail
        self.tt = tt  # a test just passed: i < n and s[i] is in this set (0: none)

    def but(self, **kw):
        c = Ctx(self.ind, self.loops, self.d, self.opt, self.fl, self.tail)
        if "tt" not in kw and "ind" not in kw:
            c.tt = self.tt
        for k, v in kw.items():
            setattr(c, k, v)
        return c


class Func:
    def __init__(self, name, rule=None):
        self.name = name
        self.rule = rule
        self.lines = []
        self.selftail = False


def _lit(ch):
    return repr(ch)


class JitCompiler:
    def __init__(self, prog):
        self.prog = prog
        self.consts = {}
        self.const_ids = {}
        self.funcs = []          # hoisted functions (rules, outlined parts)
        self.rule_names = {}     # id(rule) -> function name
        self.grammars = {}       # id(grammar) -> name of its first rule's function
        self.nvar = 0
        self.func = None
        self.regex_memo = {}
        self.rx_memo = {}
        self.shared = {}
        self.refs = {}

    def count_refs(self, tree):
        """How many places each node is used in (a rule counts once, from its grammar)."""
        refs = self.refs
        seen = set()
        todo = [tree]
        while todo:
            t = todo.pop()
            if id(t) in seen:
                continue
            seen.add(id(t))
            kids = []
            if t.s1 is not None:
                kids.append(t.s1)
            if t.kids is not None:
                kids.extend(t.kids)
            if t.rules is not None:
                kids.extend(r.s1 for r in t.rules)
            for k in kids:
                refs[id(k)] = refs.get(id(k), 0) + 1
                todo.append(k)

    # -- helpers

    def const(self, value, prefix="K"):
        key = (prefix, id(value))
        name = self.const_ids.get(key)
        if name is None:
            name = "%s%d" % (prefix, len(self.consts))
            self.consts[name] = value
            self.const_ids[key] = name
        return name

    def charset_name(self, mask):
        name = self.const_ids.get(("set", mask))
        if name is None:
            name = "S%d" % len(self.consts)
            self.consts[name] = frozenset(mask_chars(mask))
            self.const_ids[("set", mask)] = name
        return name

    def var(self, base):
        self.nvar += 1
        return "%s%d" % (base, self.nvar)

    def emit(self, ctx, line):
        self.func.lines.append("    " * ctx.ind + line)

    def fail(self, ctx):
        if ctx.loops:
            self.emit(ctx, "i = -1")
            self.emit(ctx, "break")
        else:
            self.emit(ctx, "return -1")

    def test_expr(self, mask):
        """The condition of an LPeg test instruction for a first set (None: always fails)."""
        kind, c = charsettype(mask)
        if kind == "fail":
            return None
        if kind == "any":
            return "i < n"
        if kind == "char":
            return "i < n and s[i] == %s" % _lit(chr(c))
        return "i < n and s[i] in %s" % self.charset_name(mask)

    # -- regular parts

    def regexable(self, t):
        """No captures, calls or match-time code inside: `re` may match it."""
        memo = self.regex_memo.get(id(t))
        r = memo[1] if memo is not None and memo[0] is t else None
        if r is None:
            tag = t.tag
            if tag in (TCapture, TRunTime, TCall, TGrammar, TRule):
                r = False
            elif t.s1 is not None:
                r = self.regexable(t.s1)
            elif t.kids is not None:
                r = all(self.regexable(k) for k in t.kids)
            else:
                r = True
            self.regex_memo[id(t)] = (t, r)
        return r

    def rx(self, t):
        """Regular-expression text for a regexable tree: atomic pieces, concatenable."""
        tag = t.tag
        if tag == TChar:
            return re.escape(chr(t.n))
        if tag in (TSet, TAny):
            mask = tocharset(t)
            if mask == 0:
                return "(?!)"
            if mask & (mask - 1) == 0:
                return re.escape(chr(mask.bit_length() - 1))
            return lpeg_vm.charclass(mask)
        if tag == TTrue:
            return ""
        if tag == TFalse:
            return "(?!)"
        if tag == TSeq:
            # runs of the same character class as one counted repetition
            out = []
            prev = None
            count = 0
            for k in t.kids:
                piece = self.rx(k)
                single = k.tag in (TChar, TSet, TAny) and piece != "(?!)"
                if single and piece == prev:
                    count += 1
                    continue
                if prev is not None:
                    out.append(prev if count == 1 else "%s{%d}" % (prev, count))
                    prev = None
                if single:
                    prev = piece
                    count = 1
                else:
                    out.append(piece)
            if prev is not None:
                out.append(prev if count == 1 else "%s{%d}" % (prev, count))
            return "".join(out)
        if tag == TChoice:
            return self.atomic("|".join(self.rx(k) for k in t.kids))
        if tag == TRep:
            body = t.s1
            if tocharset(body) == 0:
                return ""
            inner = self.rx(body)
            if tocharset(body) is None:
                inner = "(?:%s)" % inner
            if ATOMIC:
                return inner + "*+"
            return self.atomic(inner + "*")
        if tag == TNot:
            return "(?!%s)" % self.rx(t.s1)
        if tag == TAnd:
            return "(?=%s)" % self.rx(t.s1)
        if tag == TBehind:
            return "(?<=%s)" % self.rx(t.s1)
        raise NotCompiled("not regular")

    def atomic(self, x):
        if ATOMIC:
            return "(?>%s)" % x
        self.nvar += 1
        g = "a%d" % self.nvar
        return "(?=(?P<%s>%s))(?P=%s)" % (g, x, g)

    def simple_cond(self, t):
        """(condition, advance) for a character, a literal or a run of any-characters;
        None for anything else."""
        tag = t.tag
        if tag == TChar:
            return "i < n and s[i] == %s" % _lit(chr(t.n)), "i += 1"
        if tag in (TSet, TAny):
            mask = tocharset(t)
            e = self.test_expr(mask)
            return (e or "False"), "i += 1"
        if tag == TTrue:
            return "True", None
        if tag == TFalse:
            return "False", None
        if tag == TRep and tocharset(t.s1) is not None:
            mask = tocharset(t.s1)
            test = self.test_expr(mask)
            if test is None:
                return "True", None
            name = self.span_name(mask)
            return "True", "if %s: i = %s(s, i).end()" % (test, name)
        if tag == TSeq:
            kids = t.kids
            if all(k.tag == TChar for k in kids):
                lit = "".join(chr(k.n) for k in kids)
                return "s.startswith(%s, i)" % _lit(lit), "i += %d" % len(lit)
            if all(k.tag == TAny for k in kids):
                return "i + %d <= n" % len(kids), "i += %d" % len(kids)
        return None

    def span_name(self, mask):
        name = self.const_ids.get(("span", mask))
        if name is None:
            name = "R%d" % len(self.consts)
            self.consts[name] = re.compile(lpeg_vm.charclass(mask) + "*").match
            self.const_ids[("span", mask)] = name
        return name

    def regex_cond(self, t):
        """(condition, advance) matching a regexable tree with `re`."""
        sc = self.simple_cond(t)
        if sc is not None:
            return sc
        key = id(t)
        memo = self.rx_memo.get(key)
        name = memo[1] if memo is not None and memo[0] is t else None
        if name is None:
            try:
                text = self.rx(t)
                rxo = re.compile(text, re.DOTALL)
            except (re.error, RecursionError, OverflowError) as e:
                raise NotCompiled(str(e))
            name = "R%d" % len(self.consts)
            self.consts[name] = rxo.match
            self.rx_memo[key] = (t, name)
        ln = fixedlen(t)
        if ln >= 0:
            return "%s(s, i)" % name, ("i += %d" % ln if ln else None)
        return "(m := %s(s, i))" % name, "i = m.end()"

    def gen_cond(self, cond, adv, ctx):
        if cond == "True":
            pass
        else:
            self.emit(ctx, "if not (%s):" % cond)
            self.fail(ctx.but(ind=ctx.ind + 1))
        if adv:
            self.emit(ctx, adv)

    # -- constructions

    def gen_block(self, t, ctx):
        """gen for the body of an if, else or while: `pass` when it emits nothing."""
        before = len(self.func.lines)
        self.gen(t, ctx)
        if len(self.func.lines) == before:
            self.emit(ctx, "pass")

    def gen(self, t, ctx):
        if ctx.loops >= MAX_LOOPS or ctx.ind >= MAX_INDENT:
            return self.gen_outlined(t, ctx)
        if self.refs.get(id(t), 0) > 1 and t.tag not in _LEAVES and not self.regexable(t) \
                and tree_size(t, SHARED_MIN) >= SHARED_MIN:
            return self.gen_shared(t, ctx)
        tag = t.tag
        if tag in (TChar, TSet, TAny, TTrue, TFalse):
            if ctx.tt and tag != TTrue and tag != TFalse and ctx.tt & ~tocharset(t) == 0:
                return self.emit(ctx, "i += 1")  # the test just made answers it
            cond, adv = self.simple_cond(t)
            return self.gen_cond(cond, adv, ctx)
        if tag == TSeq:
            return self.gen_seq(t.kids, ctx)
        if self.regexable(t):
            cond, adv = self.regex_cond(t)
            return self.gen_cond(cond, adv, ctx)
        if tag == TChoice:
            return self.gen_choice(t.kids[0], rest_choice(t.kids, 1), ctx)
        if tag == TRep:
            return self.gen_rep(t.s1, ctx)
        if tag == TNot:
            return self.gen_not(t.s1, ctx)
        if tag == TAnd:
            return self.gen_and(t.s1, ctx)
        if tag == TBehind:
            return self.gen_behind(t, ctx)
        if tag == TCapture:
            return self.gen_capture(t, ctx)
        if tag == TRunTime:
            return self.gen_runtime(t, ctx)
        if tag == TCall:
            return self.gen_call(t, ctx)
        if tag == TGrammar:
            return self.gen_grammar(t, ctx)
        raise AssertionError(tag)

    def gen_seq(self, kids, ctx):
        last = len(kids) - 1
        k = 0
        tt = ctx.tt
        if tt and kids[0].tag in (TChar, TSet, TAny) and tt & ~tocharset(kids[0]) == 0:
            self.emit(ctx, "i += 1")  # the first character was tested already
            k = 1
            tt = 0
        while k <= last:
            kid = kids[k]
            if k > 0:
                tt = 0
            if self.regexable(kid):
                # a run of regular kids: one condition
                j = k
                while j < last and self.regexable(kids[j + 1]):
                    j += 1
                if j > k:
                    run = Tree_seq(kids[k:j + 1])
                    cond, adv = self.regex_cond(run)
                    self.gen_cond(cond, adv, ctx)
                    k = j + 1
                    continue
            # LPeg's codeseq1: the follow set of a kid is the first set of what follows it
            if k < last:
                if needfollow(kid):
                    fl = getfirst_seq(kids, k + 1, ctx.fl)[1]
                else:
                    fl = FULLSET
                tail = ctx.tail and all(emptycode(x) for x in kids[k + 1:])
                self.gen(kid, ctx.but(opt=0, fl=fl, tail=tail, tt=tt))
            else:
                self.gen(kid, ctx.but(tt=tt))
            k += 1

    def gen_choice(self, p1, p2, ctx):
        emptyp2 = p2.tag == TTrue
        e1, cs1 = getfirst(p1, FULLSET)
        if headfail(p1) or (not e1 and (getfirst(p2, ctx.fl)[1] & cs1) == 0):
            # test (fail(p1)) -> L1; p1; jmp L2; L1: p2; L2:
            test = self.test_expr(cs1)
            if test is None:
                return self.gen(p2, ctx)
            self.emit(ctx, "if %s:" % test)
            inner = ctx.but(ind=ctx.ind + 1, opt=0, tt=cs1)
            self.gen_block(p1, inner)
            if not emptyp2:
                self.emit(ctx, "else:")
                self.gen_block(p2, ctx.but(ind=ctx.ind + 1))
            return None
        if ctx.opt and emptyp2:
            # p1? reusing the choice of an enclosing optional pattern: no new entry
            return self.gen_optional(p1, None, ctx, ctx.d, 1, FULLSET)
        test = None if e1 else self.test_expr(cs1)
        return self.gen_optional(p1, p2, ctx, ctx.d + 1, 1 if emptyp2 else 0, FULLSET,
                                 test, e1, cs1)

    def gen_optional(self, p1, p2, ctx, d1, opt1, fl1, test=None, e1=1, test_mask=0):
        """p1, or else (position and captures restored) p2."""
        caps = hascaptures(p1)
        sv = self.var("sv")
        self.emit(ctx, "%s = i" % sv)
        if caps:
            cm = self.var("cm")
            self.emit(ctx, "%s = len(caps)" % cm)
        if not e1 and test is None:
            # the first set is empty: p1 cannot match
            self.emit(ctx, "i = -1")
        else:
            self.emit(ctx, "while True:")
            body = ctx.but(ind=ctx.ind + 1, loops=ctx.loops + 1, d=d1, opt=opt1, fl=fl1,
                           tail=False)
            if test is not None:
                self.emit(body, "if not (%s):" % test)
                self.emit(body.but(ind=body.ind + 1), "i = -1")
                self.emit(body.but(ind=body.ind + 1), "break")
                body.tt = test_mask
            self.gen(p1, body)
            self.emit(body, "break")
        self.emit(ctx, "if i < 0:")
        after = ctx.but(ind=ctx.ind + 1)
        self.emit(after, "i = %s" % sv)
        if caps:
            self.emit(after, "del caps[%s:]" % cm)
        if p2 is not None and p2.tag != TTrue:
            self.gen(p2, after)

    def span_prefix(self, p):
        """For a repetition whose body is a choice with character-set alternatives: the set of
        characters that one of those alternatives consumes alone (every earlier alternative
        fails on them at its first character, before any capture or Lua code runs), so a run
        of them is a run of whole iterations, matched by one regular expression.  0: none."""
        if p.tag != TChoice:
            return 0
        span = 0
        blocked = 0
        for k in p.kids:
            mask = tocharset(k)
            if mask is not None:
                span |= mask & ~blocked
                blocked |= mask
                continue
            e, fs = getfirst(k, FULLSET)
            if e:
                break
            blocked |= fs
        return span

    def emit_span(self, mask, ctx):
        test = self.test_expr(mask)
        if test is not None:
            self.emit(ctx, "if %s: i = %s(s, i).end()" % (test, self.span_name(mask)))

    def gen_rep(self, p, ctx):
        mask = tocharset(p)
        if mask is not None:
            return self.gen_cond(*self.regex_cond(_rep_tree(p)), ctx)
        span = self.span_prefix(p)
        e1, st = getfirst(p, FULLSET)
        if headfail(p) or (not e1 and (st & ctx.fl) == 0):
            # L1: test (fail(p)) -> L2; p; jmp L1; L2:  (a failure inside p fails the loop)
            test = self.test_expr(st)
            if test is None:
                return None
            body = ctx.but(ind=ctx.ind + 1, loops=ctx.loops + 1, opt=0, fl=FULLSET, tail=False,
                           tt=st)
            if span:
                self.emit(ctx, "while True:")
                self.emit_span(span, body)
                self.emit(body, "if not (%s):" % test)
                self.emit(body.but(ind=body.ind + 1), "break")
            else:
                self.emit(ctx, "while %s:" % test)
            self.gen_block(p, body)
            self.emit(ctx, "if i < 0:")
            self.fail(ctx.but(ind=ctx.ind + 1))
            return None
        # choice L2; L1: p; partialcommit L1; L2:
        test = None if e1 else self.test_expr(st)
        if not e1 and test is None:
            return None
        d1 = ctx.d if ctx.opt else ctx.d + 1
        caps = hascaptures(p)
        sv = self.var("sv")
        self.emit(ctx, "%s = i" % sv)
        if caps:
            cm = self.var("cm")
        body = ctx.but(ind=ctx.ind + 1, loops=ctx.loops + 1, d=d1, opt=0, fl=FULLSET, tail=False,
                       tt=st if test else 0)
        if span:
            self.emit(ctx, "while True:")
            self.emit_span(span, body)
            if test:
                self.emit(body, "if not (%s):" % test)
                self.emit(body.but(ind=body.ind + 1), "break")
        else:
            self.emit(ctx, "while %s:" % (test or "True"))
        self.emit(body, "%s = i" % sv)
        if caps:
            self.emit(body, "%s = len(caps)" % cm)
        self.gen_block(p, body)
        self.emit(ctx, "if i < 0:")
        after = ctx.but(ind=ctx.ind + 1)
        self.emit(after, "i = %s" % sv)
        if caps:
            self.emit(after, "del caps[%s:]" % cm)

    def gen_not(self, p, ctx):
        e, st = getfirst(p, FULLSET)
        if headfail(p):
            if e:
                return self.fail(ctx)
            test = self.test_expr(st)
            if test is not None:
                self.emit(ctx, "if %s:" % test)
                self.fail(ctx.but(ind=ctx.ind + 1))
            return None
        test = None if e else self.test_expr(st)
        if not e and test is None:
            return None
        caps = hascaptures(p)
        sv = self.var("sv")
        self.emit(ctx, "%s = i" % sv)
        if caps:
            cm = self.var("cm")
            self.emit(ctx, "%s = len(caps)" % cm)
        self.emit(ctx, "while True:")
        body = ctx.but(ind=ctx.ind + 1, loops=ctx.loops + 1, d=ctx.d + 1, opt=0, fl=FULLSET,
                       tail=False)
        if test is not None:
            self.emit(body, "if not (%s):" % test)
            self.emit(body.but(ind=body.ind + 1), "i = -1")
            self.emit(body.but(ind=body.ind + 1), "break")
            body.tt = st
        self.gen(p, body)
        self.emit(body, "break")
        self.emit(ctx, "if i >= 0:")
        self.fail(ctx.but(ind=ctx.ind + 1))
        self.emit(ctx, "i = %s" % sv)
        if caps:
            self.emit(ctx, "del caps[%s:]" % cm)

    def gen_and(self, p, ctx):
        n = fixedlen(p)
        if 0 <= n <= MAXBEHIND and not hascaptures(p):
            self.gen(p, ctx.but(opt=0, fl=FULLSET, tail=ctx.tail and n == 0))
            if n:
                self.emit(ctx, "i -= %d" % n)
            return
        caps = hascaptures(p)
        sv = self.var("sv")
        self.emit(ctx, "%s = i" % sv)
        if caps:
            cm = self.var("cm")
            self.emit(ctx, "%s = len(caps)" % cm)
        self.emit(ctx, "while True:")
        body = ctx.but(ind=ctx.ind + 1, loops=ctx.loops + 1, d=ctx.d + 1, opt=0, fl=FULLSET,
                       tail=False)
        self.gen(p, body)
        self.emit(body, "break")
        self.emit(ctx, "if i < 0:")
        self.fail(ctx.but(ind=ctx.ind + 1))
        self.emit(ctx, "i = %s" % sv)
        if caps:
            self.emit(ctx, "del caps[%s:]" % cm)

    def gen_behind(self, t, ctx):
        n = t.n
        if n > 0:
            self.emit(ctx, "if i < %d:" % n)
            self.fail(ctx.but(ind=ctx.ind + 1))
            self.emit(ctx, "i -= %d" % n)
        self.gen(t.s1, ctx.but(opt=0, fl=FULLSET, tt=0))

    def gen_capture(self, t, ctx):
        body = t.s1
        key = "None" if t.key is None else (
            repr(t.key) if t.key.__class__ is int else self.const(t.key))
        kind = t.cap
        inner = ctx.but(opt=0, tail=False)
        if not hascaptures(body):
            ln = fixedlen(body)
            if ln >= 0:
                self.gen(body, inner)
                self.emit(ctx, "caps.append((%d, i - %d, %s, %d))" % (kind, ln, key, ln + 1))
            else:
                c0 = self.var("c")
                self.emit(ctx, "%s = i" % c0)
                self.gen(body, inner)
                self.emit(ctx, "caps.append((%d, %s, %s, i - %s + 1))" % (kind, c0, key, c0))
            return
        self.emit(ctx, "caps.append((%d, i, %s, 0))" % (kind, key))
        self.gen(body, inner)
        self.emit(ctx, "caps.append((%d, i, None, 1))" % Cclose)

    def gen_runtime(self, t, ctx):
        c0 = self.var("c")
        self.emit(ctx, "%s = len(caps)" % c0)
        self.emit(ctx, "caps.append((%d, i, %s, 0))" % (Cgroup, self.const(t.key)))
        self.gen(t.s1, ctx.but(opt=0, fl=FULLSET, tail=False))
        self.emit(ctx, "i = RUNTIME(caps, %s, s, i, n, args)" % c0)
        self.emit(ctx, "if i < 0:")
        self.fail(ctx.but(ind=ctx.ind + 1))

    def gen_call(self, t, ctx):
        rule = t.rule
        fname = self.rule_names[id(rule)]
        if self.prog.calls is not None:
            seen = self.prog.calls.get(id(t))
            if seen != {(bool(ctx.tail), ctx.d)}:
                raise AssertionError("lpeg_jit: call %r at depth %d tail %s, machine: %r"
                                     % (rule.key, ctx.d, ctx.tail, seen))
        if ctx.tail:
            if ctx.loops == 0 and self.func.rule is rule and ctx.d == 0:
                self.func.selftail = True
                self.emit(ctx, "continue")
                return
            self.emit(ctx, "return %s(i, b - %d)" % (fname, ctx.d) if ctx.d else
                      "return %s(i, b)" % fname)
            return
        self.emit(ctx, "i = %s(i, b - %d)" % (fname, ctx.d + 1))
        self.emit(ctx, "if i < 0:")
        self.fail(ctx.but(ind=ctx.ind + 1))

    def gen_grammar(self, g, ctx):
        first = self.grammar_funcs(g)
        self.emit(ctx, "i = %s(i, b - %d)" % (first, ctx.d + 1))
        self.emit(ctx, "if i < 0:")
        self.fail(ctx.but(ind=ctx.ind + 1))

    def gen_shared(self, t, ctx):
        """A subtree used in several places: one function, called from each (LPeg copies the
        code; the function runs at depth 0 with the budget the caller has left)."""
        key = (id(t), bool(ctx.tail), ctx.opt, ctx.fl)
        name = self.shared.get(key)
        if name is None:
            name = self.shared[key] = "h%d" % len(self.funcs)
            f = Func(name, None)
            saved = self.func
            self.funcs.append(f)
            self.func = f
            self.emit(Ctx(0, 0, 0, 0, 0, False), "def %s(i, b):" % name)
            self.gen_inline(t, Ctx(1, 0, 0, ctx.opt, ctx.fl, ctx.tail))
            self.emit(Ctx(1, 0, 0, 0, 0, False), "return i")
            self.func = saved
        self.emit(ctx, "i = %s(i, b - %d)" % (name, ctx.d) if ctx.d else "i = %s(i, b)" % name)
        self.emit(ctx, "if i < 0:")
        self.fail(ctx.but(ind=ctx.ind + 1))

    def gen_inline(self, t, ctx):
        refs = self.refs
        saved = refs.get(id(t))
        refs[id(t)] = 1
        try:
            self.gen(t, ctx)
        finally:
            refs[id(t)] = saved

    def gen_outlined(self, t, ctx):
        name = "o%d" % len(self.funcs)
        f = Func(name, None)
        saved = self.func
        self.funcs.append(f)
        self.func = f
        self.emit(Ctx(0, 0, 0, 0, 0, False), "def %s(i, b):" % name)
        self.gen(t, Ctx(1, 0, ctx.d, ctx.opt, ctx.fl, ctx.tail))
        self.emit(Ctx(1, 0, 0, 0, 0, False), "return i")
        self.func = saved
        self.emit(ctx, "i = %s(i, b)" % name)
        self.emit(ctx, "if i < 0:")
        self.fail(ctx.but(ind=ctx.ind + 1))

    # -- grammars and the whole pattern

    def grammar_funcs(self, g):
        name = self.grammars.get(id(g))
        if name is not None:
            return name
        gi = len(self.grammars)
        for r in g.rules:
            self.rule_names[id(r)] = "g%d_r%d" % (gi, r.n)
        self.grammars[id(g)] = self.rule_names[id(g.rules[0])]
        saved = self.func
        for r in g.rules:
            self.rule_func(r)
        self.func = saved
        return self.grammars[id(g)]

    def rule_func(self, r):
        name = self.rule_names[id(r)]
        f = Func(name, r)
        self.funcs.append(f)
        self.func = f
        self.gen(r.s1, Ctx(2, 0, 0, 0, FULLSET, True))
        body = f.lines
        need = self.prog.stack_need[id(r)]
        pc = self.prog.rule_pc[id(r)]
        head = ["def %s(i, b):" % name]
        if need:
            head.append("    if b < %d:" % need)
            head.append("        return VMCALL(%d, s, i, n, caps, args, b)" % pc)
        if f.selftail:
            head.append("    while True:")
            f.lines = head + body + ["        return i"]
        else:
            f.lines = head + [line[4:] for line in body] + ["    return i"]

    def compile(self, tree):
        self.count_refs(tree)
        main = Func("match")
        self.func = main
        self.gen(tree, Ctx(1, 0, 0, 0, FULLSET, False))
        body = main.lines
        src = ["def match(s, i, n, caps, args, b):"]
        for f in self.funcs:
            src.extend("    " + line for line in f.lines)
        need = self.prog.stack_need[None]
        if need:
            src.append("    if b < %d:" % need)
            src.append("        return VMRUN(s, i, n, caps, args, b)")
        src.extend(body)
        src.append("    return i")
        return "\n".join(src) + "\n"


def Tree_seq(kids):
    return seq_of(list(kids))


def _rep_tree(p):
    return Tree(TRep, s1=p)


# patterns bigger than this stay on the machine: Python's compiler would take longer than
# the machine needs for most uses of such a pattern (a few thousand nodes is a large grammar)
MAX_NODES = 8000


def tree_size(tree, limit):
    """Nodes in a tree (rules of grammars included), counting up to limit."""
    seen = set()
    todo = [tree]
    while todo and len(seen) <= limit:
        t = todo.pop()
        if id(t) in seen:
            continue
        seen.add(id(t))
        if t.s1 is not None:
            todo.append(t.s1)
        if t.kids is not None:
            todo.extend(t.kids)
        if t.rules is not None:
            todo.extend(t.rules)
    return len(seen)


def compile_pattern(tree, prog):
    """A Python function matching the (fixed) tree; prog is its machine code."""
    if tree_size(tree, MAX_NODES) > MAX_NODES:
        raise NotCompiled("pattern too big")
    jc = JitCompiler(prog)
    src = jc.compile(tree)
    code = prog.code

    def vmcall(pc, s, i, n, caps, args, b):
        return lpeg_vm.run(code, s, i, n, caps, args, b, pc, True)

    def vmrun(s, i, n, caps, args, b):
        return lpeg_vm.run(code, s, i, n, caps, args, b)

    namespace = dict(jc.consts)
    namespace.update(RUNTIME=runtime_close_at, VMCALL=vmcall, VMRUN=vmrun,
                     __name__="lua2py.runtime.clib.lpeg_generated")
    try:
        co = compile(src, _FILENAME, "exec")
    except (SyntaxError, RecursionError, MemoryError) as e:
        raise NotCompiled(str(e))
    exec(co, namespace)
    fn = namespace["match"]
    fn.source = src
    return fn


_FILENAME = __file__.rsplit(".", 1)[0] + "_generated.py"


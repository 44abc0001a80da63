"""LPeg's parsing machine: code generation (lpcode.c) and the virtual machine (lpvm.c).

This is the reference matcher: the code generator makes the same decisions as
LPeg 1.0.2's (test instructions instead of choices, tail calls, partial
commits, follow sets), so the machine pushes exactly the backtrack entries
LPeg's does and reports "backtrack stack overflow" at the same depth.  A pattern
runs here until it has been used enough to be worth compiling to Python
(lpeg_jit.py); compiled code also comes back here for a rule call when little
backtrack stack is left, so that the limit is checked entry by entry.

Instructions are tuples `(opcode, a, b)`, one list slot each; jump targets are
list indices.  Character sets are frozensets of one-character strings.
"""
import os
import re

from .lpeg_cap import runtime_close
from .lpeg_tree import (
    FULLSET,
    MAXBEHIND,
    MAXOFF,
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
from ..core.frames import runtime_module

runtime_module(__file__)

(IAny, IChar, ISet, ITestAny, ITestChar, ITestSet, ISpan, IBehind, IRet, IEnd, IChoice, IJmp,
 ICall, IOpenCall, ICommit, IPartialCommit, IBackCommit, IFailTwice, IFail, IGiveup,
 IFullCapture, IOpenCapture, ICloseCapture, ICloseRunTime) = range(24)

NOINST = -1

# LUA2PY_LPEG_CHECK=1: lpeg_jit checks its call depths against this code generator's
CHECK = os.environ.get("LUA2PY_LPEG_CHECK") == "1"


class Compiler:
    def __init__(self):
        self.code = []  # mutable [op, a, b] lists while compiling
        self.rule_pc = {}
        self.call_pcs = []  # (call tree, pc): for checking lpeg_jit against this generator

    def add(self, op, a=None, b=None):
        self.code.append([op, a, b])
        return len(self.code) - 1

    def here(self):
        return len(self.code)

    def jumptothere(self, inst, target):
        if inst >= 0:
            ins = self.code[inst]
            if ins[0] in (ITestChar, ITestSet):
                ins[2] = target
            else:
                ins[1] = target

    def jumptohere(self, inst):
        self.jumptothere(inst, self.here())

    def target(self, inst):
        ins = self.code[inst]
        return ins[2] if ins[0] in (ITestChar, ITestSet) else ins[1]

    # -- tests and chars

    def codechar(self, c, tt):
        if tt >= 0 and self.code[tt][0] == ITestChar and self.code[tt][1] == c:
            self.add(IAny)
        else:
            self.add(IChar, c)

    def codecharset(self, mask, tt):
        kind, c = charsettype(mask)
        if kind == "char":
            self.codechar(c, tt)
        elif kind == "set":
            if tt >= 0 and self.code[tt][0] == ITestSet and self.code[tt][1] == mask:
                self.add(IAny)
            else:
                self.add(ISet, mask)
        elif kind == "any":
            self.add(IAny)
        else:
            self.add(IFail)

    def codetestset(self, mask, e):
        if e:
            return NOINST
        kind, c = charsettype(mask)
        if kind == "fail":
            return self.add(IJmp, None)
        if kind == "any":
            return self.add(ITestAny, None)
        if kind == "char":
            return self.add(ITestChar, c, None)
        return self.add(ITestSet, mask, None)

    # -- constructions

    def codebehind(self, t):
        if t.n > 0:
            self.add(IBehind, t.n)
        self.codegen(t.s1, 0, NOINST, FULLSET)

    def codechoice(self, p1, p2, opt, fl):
        emptyp2 = p2.tag == TTrue
        e1, cs1 = getfirst(p1, FULLSET)
        if headfail(p1) or (not e1 and (getfirst(p2, fl)[1] & cs1) == 0):
            test = self.codetestset(cs1, 0)
            jmp = NOINST
            self.codegen(p1, 0, test, fl)
            if not emptyp2:
                jmp = self.add(IJmp, None)
            self.jumptohere(test)
            self.codegen(p2, opt, NOINST, fl)
            self.jumptohere(jmp)
        elif opt and emptyp2:
            self.jumptohere(self.add(IPartialCommit, None))
            self.codegen(p1, 1, NOINST, FULLSET)
        else:
            test = self.codetestset(cs1, e1)
            pchoice = self.add(IChoice, None)
            self.codegen(p1, emptyp2, test, FULLSET)
            pcommit = self.add(ICommit, None)
            self.jumptohere(pchoice)
            self.jumptohere(test)
            self.codegen(p2, opt, NOINST, fl)
            self.jumptohere(pcommit)

    def codeand(self, t, tt):
        n = fixedlen(t)
        if 0 <= n <= MAXBEHIND and not hascaptures(t):
            self.codegen(t, 0, tt, FULLSET)
            if n > 0:
                self.add(IBehind, n)
        else:
            pchoice = self.add(IChoice, None)
            self.codegen(t, 0, tt, FULLSET)
            pcommit = self.add(IBackCommit, None)
            self.jumptohere(pchoice)
            self.add(IFail)
            self.jumptohere(pcommit)

    def codecapture(self, t, tt, fl):
        ln = fixedlen(t.s1)
        if 0 <= ln <= MAXOFF and not hascaptures(t.s1):
            self.codegen(t.s1, 0, tt, fl)
            self.add(IFullCapture, (t.cap, t.key), ln)
        else:
            self.add(IOpenCapture, (t.cap, t.key))
            self.codegen(t.s1, 0, tt, fl)
            self.add(ICloseCapture)

    def coderuntime(self, t, tt):
        self.add(IOpenCapture, (Cgroup, t.key))
        self.codegen(t.s1, 0, tt, FULLSET)
        self.add(ICloseRunTime)

    def coderep(self, t, opt, fl):
        st = tocharset(t)
        if st is not None:
            self.add(ISpan, st)
            return
        e1, st = getfirst(t, FULLSET)
        if headfail(t) or (not e1 and (st & fl) == 0):
            test = self.codetestset(st, 0)
            self.codegen(t, 0, test, FULLSET)
            jmp = self.add(IJmp, None)
            self.jumptohere(test)
            self.jumptothere(jmp, test)
        else:
            test = self.codetestset(st, e1)
            pchoice = NOINST
            if opt:
                self.jumptohere(self.add(IPartialCommit, None))
            else:
                pchoice = self.add(IChoice, None)
            l2 = self.here()
            self.codegen(t, 0, NOINST, FULLSET)
            commit = self.add(IPartialCommit, None)
            self.jumptothere(commit, l2)
            self.jumptohere(pchoice)
            self.jumptohere(test)

    def codenot(self, t):
        e, st = getfirst(t, FULLSET)
        test = self.codetestset(st, e)
        if headfail(t):
            self.add(IFail)
        else:
            pchoice = self.add(IChoice, None)
            self.codegen(t, 0, NOINST, FULLSET)
            self.add(IFailTwice)
            self.jumptohere(pchoice)
        self.jumptohere(test)

    def finaltarget(self, i):
        code = self.code
        while code[i][0] == IJmp:
            i = code[i][1]
        return i

    def correctcalls(self, positions, frm, to):
        code = self.code
        for i in range(frm, to):
            ins = code[i]
            if ins[0] == IOpenCall:
                rule = positions[ins[1]]
                if code[self.finaltarget(i + 1)][0] == IRet:
                    ins[0] = IJmp  # tail call
                else:
                    ins[0] = ICall
                ins[1] = rule

    def codegrammar(self, g):
        positions = []
        firstcall = self.add(ICall, None)
        jumptoend = self.add(IJmp, None)
        start = self.here()
        self.jumptohere(firstcall)
        for r in g.rules:
            positions.append(self.here())
            self.rule_pc[id(r)] = self.here()
            self.codegen(r.s1, 0, NOINST, FULLSET)
            self.add(IRet)
        self.jumptohere(jumptoend)
        self.correctcalls(positions, start, self.here())

    def codecall(self, t):
        self.call_pcs.append((t, self.add(IOpenCall, t.rule.n)))

    def codeseq1(self, kids, k, tt, fl):
        """Code kids[k] of a sequence; the right-nested rest kids[k+1:] follows it."""
        p1 = kids[k]
        if needfollow(p1):
            _, fl1 = getfirst_seq(kids, k + 1, fl)
            self.codegen(p1, 0, tt, fl1)
        else:
            self.codegen(p1, 0, tt, FULLSET)
        if fixedlen(p1) != 0:
            return NOINST
        return tt

    def codegen(self, t, opt, tt, fl):
        while True:
            tag = t.tag
            if tag == TChar:
                self.codechar(t.n, tt)
            elif tag == TAny:
                self.add(IAny)
            elif tag == TSet:
                self.codecharset(t.n, tt)
            elif tag == TTrue:
                pass
            elif tag == TFalse:
                self.add(IFail)
            elif tag == TChoice:
                self.codechoice(t.kids[0], rest_choice(t.kids, 1), opt, fl)
            elif tag == TRep:
                self.coderep(t.s1, opt, fl)
            elif tag == TBehind:
                self.codebehind(t)
            elif tag == TNot:
                self.codenot(t.s1)
            elif tag == TAnd:
                self.codeand(t.s1, tt)
            elif tag == TCapture:
                self.codecapture(t, tt, fl)
            elif tag == TRunTime:
                self.coderuntime(t, tt)
            elif tag == TGrammar:
                self.codegrammar(t)
            elif tag == TCall:
                self.codecall(t)
            elif tag == TSeq:
                kids = t.kids
                for k in range(len(kids) - 1):
                    tt = self.codeseq1(kids, k, tt, fl)
                t = kids[-1]
                continue
            else:
                raise AssertionError(tag)
            return

    def peephole(self):
        code = self.code
        labelled = (IChoice, ICall, ICommit, IPartialCommit, IBackCommit, ITestChar, ITestSet,
                    ITestAny)
        i = 0
        while i < len(code):
            ins = code[i]
            op = ins[0]
            if op in labelled:
                self.jumptothere(i, self.finaltarget(self.target(i)))
            elif op == IJmp:
                while True:
                    ft = self.finaltarget(i)
                    fop = code[ft][0]
                    if fop in (IRet, IFail, IFailTwice, IEnd):
                        code[i] = list(code[ft])
                    elif fop in (ICommit, IPartialCommit, IBackCommit):
                        fft = self.finaltarget(code[ft][1])
                        code[i] = [fop, fft, None]
                        if code[i][0] == IJmp:
                            continue
                        self.jumptothere(i, self.finaltarget(self.target(i)))
                    else:
                        self.jumptothere(i, ft)
                    break
            i += 1


_SPAN_CACHE = {}


def _span_regex(mask):
    rx = _SPAN_CACHE.get(mask)
    if rx is None:
        rx = re.compile(charclass(mask) + "*" if mask else "")
        _SPAN_CACHE[mask] = rx
    return rx


_CLASS_CACHE = {}


def charclass(mask):
    """A regular-expression class for a set of bytes (as latin-1 characters)."""
    r = _CLASS_CACHE.get(mask)
    if r is None:
        r = _CLASS_CACHE[mask] = _charclass(mask)
        if len(_CLASS_CACHE) > 4096:
            _CLASS_CACHE.clear()
    return r


def _charclass(mask):
    if mask == 0:
        return "(?!)"
    parts = []
    c = 0
    while c < 256:
        if mask >> c & 1:
            d = c
            while d + 1 < 256 and mask >> (d + 1) & 1:
                d += 1
            if d == c:
                parts.append("\\x%02x" % c)
            else:
                parts.append("\\x%02x-\\x%02x" % (c, d))
            c = d + 1
        else:
            c += 1
    return "[" + "".join(parts) + "]"


class Program:
    """Machine code of a pattern: `code`, a list of instruction tuples; `rule_pc`, where
    each grammar rule starts ({id(rule): index}); `stack_need`, the most backtrack entries
    each rule's own code pushes ({id(rule): n}, None for the code outside grammars)."""
    __slots__ = ("code", "rule_pc", "stack_need", "calls")

    def __init__(self, code, rule_pc, stack_need):
        self.code = code
        self.rule_pc = rule_pc
        self.stack_need = stack_need


def stack_needs(code, rule_pc, depth_at=None):
    """For the main code and each rule: the most entries it pushes on LPeg's backtrack
    stack itself (choices, and one for each call while the callee runs; the callee's own
    pushes are its own), found by following the code before the peephole pass."""
    starts = set(rule_pc.values())

    def walk(entry):
        seen = set()
        todo = [(entry, 0)]
        most = 0
        while todo:
            pc, d = todo.pop()
            if pc in seen:
                continue
            seen.add(pc)
            if depth_at is not None:
                depth_at[pc] = d
            op, a, b = code[pc]
            if op == IChoice:
                most = max(most, d + 1)
                todo.append((pc + 1, d + 1))
                todo.append((a, d))
            elif op == ICall:
                most = max(most, d + 1)
                todo.append((pc + 1, d))
            elif op == IJmp:
                if a not in starts:  # else a tail call: the callee's entries are its own
                    todo.append((a, d))
            elif op == ICommit or op == IBackCommit:
                todo.append((a, d - 1))
            elif op == IPartialCommit:
                todo.append((a, d))
            elif op == ITestAny:
                todo.append((pc + 1, d))
                todo.append((a, d))
            elif op == ITestChar or op == ITestSet:
                todo.append((pc + 1, d))
                todo.append((b, d))
            elif op in (IRet, IEnd, IFail, IFailTwice, IGiveup):
                pass
            else:
                todo.append((pc + 1, d))
        return most

    needs = {None: walk(0)}
    for rid, pc in rule_pc.items():
        needs[rid] = walk(pc)
    return needs


def compile_program(tree):
    """Compile a (fixed) pattern tree to machine code."""
    comp = Compiler()
    comp.codegen(tree, 0, NOINST, FULLSET)
    comp.add(IEnd)
    calls = None
    if CHECK:
        depth_at = {}
        needs = stack_needs(comp.code, comp.rule_pc, depth_at)
        calls = {}
        for t, pc in comp.call_pcs:
            calls.setdefault(id(t), set()).add((comp.code[pc][0] == IJmp, depth_at.get(pc)))
    else:
        needs = stack_needs(comp.code, comp.rule_pc)
    comp.peephole()
    code = []
    for op, a, b in comp.code:
        if op in (ISet, ITestSet, ISpan):
            fs = frozenset(mask_chars(a))
            if op == ISpan:
                code.append((op, fs, _span_regex(a)))
            else:
                code.append((op, fs, b))
        elif op in (IChar, ITestChar):
            code.append((op, chr(a), b))
        else:
            code.append((op, a, b))
    prog = Program(code, comp.rule_pc, needs)
    prog.calls = calls
    return prog


class StackOverflow(Exception):
    pass


def run(code, s, i, n, caps, args, limit, pc=0, as_call=False):
    """Run machine code from pc on subject s at position i: the end position, or -1.

    `limit` is the number of backtrack entries the machine may push (LPeg's stack
    capacity minus its bottom entry).  With as_call, pc is a rule: the machine returns
    when that rule returns (compiled code calls rules here when its budget is low)."""
    stack = []  # entries (position or None for a call, return pc, capture level)
    spush = stack.append
    if as_call:
        spush((None, -1, 0))
        limit += 1
    p = pc
    while True:
        ins = code[p]
        op = ins[0]
        if op == IChar:
            if i < n and s[i] == ins[1]:
                i += 1
                p += 1
                continue
        elif op == ISet:
            if i < n and s[i] in ins[1]:
                i += 1
                p += 1
                continue
        elif op == ITestChar:
            if i < n and s[i] == ins[1]:
                p += 1
            else:
                p = ins[2]
            continue
        elif op == ITestSet:
            if i < n and s[i] in ins[1]:
                p += 1
            else:
                p = ins[2]
            continue
        elif op == IAny:
            if i < n:
                i += 1
                p += 1
                continue
        elif op == IChoice:
            if len(stack) >= limit:
                raise StackOverflow()
            spush((i, ins[1], len(caps)))
            p += 1
            continue
        elif op == ICommit:
            stack.pop()
            p = ins[1]
            continue
        elif op == IPartialCommit:
            e = stack[-1]
            stack[-1] = (i, e[1], len(caps))
            p = ins[1]
            continue
        elif op == ICall:
            if len(stack) >= limit:
                raise StackOverflow()
            spush((None, p + 1, 0))
            p = ins[1]
            continue
        elif op == IRet:
            p = stack.pop()[1]
            if p < 0:
                return i
            continue
        elif op == IJmp:
            p = ins[1]
            continue
        elif op == ISpan:
            if i < n and s[i] in ins[1]:
                i = ins[2].match(s, i, n).end()
            p += 1
            continue
        elif op == ITestAny:
            if i < n:
                p += 1
            else:
                p = ins[1]
            continue
        elif op == IFullCapture:
            kind, key = ins[1]
            off = ins[2]
            caps.append((kind, i - off, key, off + 1))
            p += 1
            continue
        elif op == IOpenCapture:
            kind, key = ins[1]
            caps.append((kind, i, key, 0))
            p += 1
            continue
        elif op == ICloseCapture:
            last = caps[-1]
            if last[3] == 0 and last[0] != Cclose:
                caps[-1] = (last[0], last[1], last[2], i - last[1] + 1)
            else:
                caps.append((Cclose, i, None, 1))
            p += 1
            continue
        elif op == IBackCommit:
            e = stack.pop()
            i = e[0]
            del caps[e[2]:]
            p = ins[1]
            continue
        elif op == IBehind:
            k = ins[1]
            if k <= i:
                i -= k
                p += 1
                continue
        elif op == IEnd:
            return i
        elif op == ICloseRunTime:
            r = runtime_close(caps, s, i, n, args)
            if r >= 0:
                i = r
                p += 1
                continue
        elif op == IFailTwice:
            stack.pop()
        elif op == IFail:
            pass
        else:
            raise AssertionError(op)
        # fail: back to the last choice, dropping pending calls
        while True:
            if not stack:
                return -1
            e = stack.pop()
            if e[0] is not None:
                break
            if e[1] < 0:
                return -1
        i = e[0]
        del caps[e[2]:]
        p = e[1]


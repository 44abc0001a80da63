"""Lua 5.4 patterns: a port of lstrlib.c's matcher (match, max_expand, min_expand,
captures, %b, %f, back-references) plus a `re` fast path for the patterns where
Python's backtracking engine provably explores the same alternatives in the same
order (see `_translate`).

Subjects and patterns are Python str holding one character per byte.
Positions are 0-based Python indices here; the library functions convert.
"""
from ..core.errors import rt_error
from ..core.frames import runtime_module

runtime_module(__file__)

MAXCCALLS = 200
MAXCAPTURES = 32
CAP_UNFINISHED = -1
CAP_POSITION = -2
SPECIALS = "^$*+?.([%-"
USE_FAST = True  # tests switch this off to check the general matcher against the fast path

# ------------------------------------------------------------------ character classes (C locale)

def _chars(a, b):
    """The characters with codes a..b (built in C: no Python call per character, which the
    start-up of every program pays for)."""
    return "".join(map(chr, range(a, b + 1)))


_ALL = frozenset(_chars(0, 255))
_UPPER, _LOWER, _DIGIT = _chars(65, 90), _chars(97, 122), _chars(48, 57)
_PUNCT = frozenset('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~')
# C's isalpha, iscntrl, isdigit, isgraph, islower, ispunct, isspace, isupper, isalnum, isxdigit
# in the C locale (tests/test_lstring.py checks them against those definitions)
_CLASS_LOWER = {
    "a": frozenset(_UPPER + _LOWER),
    "c": frozenset(_chars(0, 31) + "\x7f"),
    "d": frozenset(_DIGIT),
    "g": frozenset(_chars(33, 126)),
    "l": frozenset(_LOWER),
    "p": _PUNCT,
    "s": frozenset(" \t\n\v\f\r"),
    "u": frozenset(_UPPER),
    "w": frozenset(_DIGIT + _UPPER + _LOWER),
    "x": frozenset(_DIGIT + "ABCDEFabcdef"),
    "z": frozenset("\0"),  # deprecated in 5.4 but still accepted by lstrlib
}
CLASSES = dict(_CLASS_LOWER)
for _k, _v in _CLASS_LOWER.items():
    CLASSES[_k.upper()] = _ALL - _v


def class_set(cl):
    """Set of chars matched by %cl (a class letter or an escaped literal)."""
    s = CLASSES.get(cl)
    if s is None:
        return frozenset((cl,))
    return s


def match_class(c, cl):
    s = CLASSES.get(cl)
    if s is None:
        return cl == c
    return c in s


def matchbracketclass(c, pat, p, ec):
    """lstrlib's matchbracketclass: p at '[', ec at the closing ']'."""
    sig = True
    if pat[p + 1] == "^":
        sig = False
        p += 1
    while True:
        p += 1
        if p >= ec:
            break
        ch = pat[p]
        if ch == "%":
            p += 1
            if match_class(c, pat[p]):
                return sig
        elif pat[p + 1] == "-" and p + 2 < ec:
            p += 2
            if pat[p - 2] <= c <= pat[p]:
                return sig
        elif ch == c:
            return sig
    return not sig


def _bracket_set(pat, p, ec):
    return frozenset(c for c in _ALL if matchbracketclass(c, pat, p, ec))


# ------------------------------------------------------------------ compiled pattern info


class PatInfo:
    """Per-pattern cache: single-char items (end index, char set) computed lazily,
    so that malformed parts raise only when the matcher reaches them, as in C."""

    __slots__ = ("pat", "plen", "items", "fast")

    def __init__(self, pat):
        self.pat = pat
        self.plen = len(pat)
        self.items = {}
        self.fast = {}  # p0 -> None (no fast path) or (regex, groupkinds)

    def item(self, p):
        it = self.items.get(p)
        if it is not None:
            return it
        pat = self.pat
        plen = self.plen
        c = pat[p]
        if c == "%":
            if p + 1 >= plen:
                rt_error("malformed pattern (ends with '%')")
            it = (p + 2, class_set(pat[p + 1]))
        elif c == "[":
            q = p + 1
            if q < plen and pat[q] == "^":
                q += 1
            while True:
                if q >= plen:
                    rt_error("malformed pattern (missing ']')")
                cc = pat[q]
                q += 1
                if cc == "%" and q < plen:
                    q += 1
                if q < plen and pat[q] == "]":
                    break
            it = (q + 1, _bracket_set(pat, p, q))
        elif c == ".":
            it = (p + 1, _ALL)
        else:
            it = (p + 1, frozenset((c,)))
        self.items[p] = it
        return it


_INFO_CACHE = {}


def get_info(pat):
    info = _INFO_CACHE.get(pat)
    if info is None:
        if len(_INFO_CACHE) > 512:
            _INFO_CACHE.clear()
        info = _INFO_CACHE[pat] = PatInfo(pat)
    return info


# ------------------------------------------------------------------ the matcher


class MatchState:
    __slots__ = ("src", "n", "pat", "plen", "info", "level", "cinit", "clen", "depth")

    def __init__(self, src, info):
        self.src = src
        self.n = len(src)
        self.info = info
        self.pat = info.pat
        self.plen = info.plen
        self.level = 0
        self.cinit = [0] * MAXCAPTURES
        self.clen = [0] * MAXCAPTURES
        self.depth = MAXCCALLS

    def reprep(self):
        self.level = 0
        self.depth = MAXCCALLS


def do_match(ms, s, p):
    """lstrlib's match(): index just past the match of pat[p:] at src[s:], or None."""
    if ms.depth == 0:
        rt_error("pattern too complex")
    ms.depth -= 1
    src = ms.src
    n = ms.n
    pat = ms.pat
    plen = ms.plen
    items = ms.info.items
    while p != plen:
        ch = pat[p]
        if ch == "(":
            if p + 1 < plen and pat[p + 1] == ")":
                what = CAP_POSITION
                p2 = p + 2
            else:
                what = CAP_UNFINISHED
                p2 = p + 1
            level = ms.level
            if level >= MAXCAPTURES:
                rt_error("too many captures")
            ms.cinit[level] = s
            ms.clen[level] = what
            ms.level = level + 1
            s = do_match(ms, s, p2)
            if s is None:
                ms.level -= 1
            break
        if ch == ")":
            clen = ms.clen
            lv = ms.level - 1
            while lv >= 0:
                if clen[lv] == CAP_UNFINISHED:
                    break
                lv -= 1
            else:
                rt_error("invalid pattern capture")
            clen[lv] = s - ms.cinit[lv]
            s = do_match(ms, s, p + 1)
            if s is None:
                clen[lv] = CAP_UNFINISHED
            break
        if ch == "$" and p + 1 == plen:
            if s != n:
                s = None
            break
        if ch == "%" and p + 1 < plen:
            nx = pat[p + 1]
            if nx == "b":
                if p + 2 >= plen - 1:
                    rt_error("malformed pattern (missing arguments to '%b')")
                if s >= n or src[s] != pat[p + 2]:
                    s = None
                    break
                b = pat[p + 2]
                e = pat[p + 3]
                cont = 1
                s += 1
                found = False
                while s < n:
                    c = src[s]
                    if c == e:
                        cont -= 1
                        if cont == 0:
                            found = True
                            break
                    elif c == b:
                        cont += 1
                    s += 1
                if not found:
                    s = None
                    break
                s += 1
                p += 4
                continue
            if nx == "f":
                p += 2
                if p >= plen or pat[p] != "[":
                    rt_error("missing '[' after '%f' in pattern")
                it = items.get(p)
                if it is None:
                    it = ms.info.item(p)
                ep, cs = it
                prev = src[s - 1] if s > 0 else "\0"
                cur = src[s] if s < n else "\0"
                if prev not in cs and cur in cs:
                    p = ep
                    continue
                s = None
                break
            if "0" <= nx <= "9":
                l = ord(nx) - 49
                if l < 0 or l >= ms.level or ms.clen[l] == CAP_UNFINISHED:
                    rt_error("invalid capture index %%%d" % (l + 1))
                ln = ms.clen[l]
                if ln >= 0 and n - s >= ln:
                    ci = ms.cinit[l]
                    if src[ci:ci + ln] == src[s:s + ln]:
                        s += ln
                        p += 2
                        continue
                s = None
                break
        # default: a single-char item, maybe followed by a quantifier
        it = items.get(p)
        if it is None:
            it = ms.info.item(p)
        ep, cs = it
        q = pat[ep] if ep < plen else ""
        if s < n and src[s] in cs:
            if q == "?":
                r = do_match(ms, s + 1, ep + 1)
                if r is not None:
                    s = r
                    break
                p = ep + 1
                continue
            if q == "*" or q == "+":
                start = s + 1 if q == "+" else s
                i = s + 1
                while i < n and src[i] in cs:
                    i += 1
                r = None
                while i >= start:
                    r = do_match(ms, i, ep + 1)
                    if r is not None:
                        break
                    i -= 1
                s = r
                break
            if q == "-":
                while True:
                    r = do_match(ms, s, ep + 1)
                    if r is not None:
                        break
                    if s < n and src[s] in cs:
                        s += 1
                    else:
                        break
                s = r
                break
            s += 1
            p = ep
            continue
        if q == "*" or q == "?" or q == "-":
            p = ep + 1
            continue
        s = None
        break
    ms.depth += 1
    return s


def get_capture(ms, i, s, e):
    """Capture i as a Lua value (whole match when there are no captures)."""
    if i >= ms.level:
        if i != 0:
            rt_error("invalid capture index %%%d" % (i + 1))
        return ms.src[s:e]
    ln = ms.clen[i]
    if ln == CAP_UNFINISHED:
        rt_error("unfinished capture")
    init = ms.cinit[i]
    if ln == CAP_POSITION:
        return init + 1
    return ms.src[init:init + ln]


def get_captures(ms, s, e, wholeifnone=True):
    """Tuple of all captures (the whole match if none and wholeifnone)."""
    nlev = ms.level
    if nlev == 0:
        if wholeifnone:
            return (ms.src[s:e],)
        return ()
    return tuple([get_capture(ms, i, s, e) for i in range(nlev)])


# ------------------------------------------------------------------ the `re` fast path
#
# A pattern is translated only when it consists of
#   - an optional '^' anchor (handled by the caller) and an optional final '$' (-> \Z),
#   - single-char items (literal, '.', %class, [set]) each optionally followed by
#     one of * + - ?  (-> *, +, *?, ?),
#   - balanced non-nested-position captures '(' ')' and position captures '()'.
# No %b, %f or back-references.  Each single-char item becomes an explicit re
# character class listing exactly the bytes lstrlib's singlematch accepts, so
# item matching is identical.  lstrlib's match() is a depth-first backtracking
# search that tries, for '*'/'+', the longest run first, for '-' the shortest
# first, for '?' "one" before "zero", and otherwise proceeds left to right;
# Python's sre explores greedy */+/?, lazy *? and concatenation in exactly that
# order, so the first successful path (and hence the end of the match and every
# capture span) is the same.  A quantifier after ')' is a literal in Lua and is
# emitted as a literal.  Groups are never repeated, so each group's span is the
# one from the successful path.  Patterns with too many captures or nesting
# (where lstrlib raises "too many captures"/"pattern too complex") or unbalanced
# parentheses (errors) use the general matcher.


def _re_class(cs):
    if len(cs) == 1:
        return "\\x%02x" % ord(next(iter(cs)))
    if len(cs) == 256:
        return "[\\x00-\\xff]"
    codes = sorted(ord(c) for c in cs)
    parts = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        if j == i:
            parts.append("\\x%02x" % codes[i])
        else:
            parts.append("\\x%02x-\\x%02x" % (codes[i], codes[j]))
        i = j + 1
    if not parts:
        return "[^\\x00-\\xff]"
    return "[" + "".join(parts) + "]"


def _translate(info, p0):
    """(compiled regex, list of group kinds (True = position)) or None."""
    pat = info.pat
    plen = info.plen
    out = []
    kinds = []
    open_stack = []
    nest = 0
    p = p0
    try:
        while p < plen:
            ch = pat[p]
            if ch == "(":
                if p + 1 < plen and pat[p + 1] == ")":
                    kinds.append(True)
                    out.append("()")
                    p += 2
                else:
                    kinds.append(False)
                    open_stack.append(len(kinds) - 1)
                    out.append("(")
                    p += 1
                nest += 1
                continue
            if ch == ")":
                if not open_stack:
                    return None
                open_stack.pop()
                out.append(")")
                nest += 1
                p += 1
                continue
            if ch == "$" and p + 1 == plen:
                out.append("\\Z")
                p += 1
                continue
            if ch == "%" and p + 1 < plen and (pat[p + 1] in "bf" or "0" <= pat[p + 1] <= "9"):
                return None
            ep, cs = info.item(p)
            out.append(_re_class(cs))
            q = pat[ep] if ep < plen else ""
            if q == "*" or q == "+" or q == "?":
                out.append(q)
                nest += 1
                ep += 1
            elif q == "-":
                out.append("*?")
                nest += 1
                ep += 1
            p = ep
    except Exception:
        return None  # malformed: let the general matcher raise at the right time
    if open_stack or len(kinds) > MAXCAPTURES or nest >= MAXCCALLS - 10:
        return None
    import re  # slow to import (enum): only once a pattern takes the fast path

    try:
        rx = re.compile("".join(out), re.DOTALL)
    except (re.error, RecursionError, OverflowError):
        return None
    return rx, kinds


def fast_regex(info, p0):
    """The cached translation of pat[p0:] (p0 = 1 after a '^' anchor), or None."""
    fast = info.fast
    try:
        return fast[p0]
    except KeyError:
        f = fast[p0] = _translate(info, p0)
        return f


_NONEMPTY = {}


def never_empty(rx):
    """True when the regex cannot match the empty string anywhere (its minimum width
    is positive): then re's finditer steps exactly as gmatch does."""
    r = _NONEMPTY.get(rx)
    if r is None:
        try:
            from re import _parser  # re's own parser (3.11+): a pattern's minimum width

            r = _parser.parse(rx.pattern, rx.flags).getwidth()[0] > 0
        except Exception:  # no _parser (Python < 3.11), or a pattern it does not take
            r = False
        _NONEMPTY[rx] = r
    return r


# ------------------------------------------------------------------ high level operations


class Matcher:
    """Find successive matches of a pattern in a subject, through the fast path when possible.

    search(s)   -> (start, end) of the first match starting at >= s, or None
    """

    __slots__ = ("src", "n", "anchor", "info", "ms", "p0", "rx", "kinds", "m")

    def __init__(self, src, pat, gmatch=False):
        # gmatch (5.4) has no anchor: a leading '^' is an ordinary character there
        anchor = not gmatch and pat[:1] == "^"
        info = get_info(pat)
        self.src = src
        self.n = len(src)
        self.anchor = anchor
        self.info = info
        self.p0 = 1 if anchor else 0
        f = fast_regex(info, self.p0) if USE_FAST else None
        self.m = None
        if f is not None:
            self.rx, self.kinds = f
            self.ms = None
        else:
            self.rx = None
            self.ms = MatchState(src, info)

    def search(self, s):
        """First match at a start >= s (only at s when anchored): (start, end) or None."""
        rx = self.rx
        if rx is not None:
            m = rx.match(self.src, s) if self.anchor else rx.search(self.src, s)
            self.m = m
            if m is None:
                return None
            return m.span()
        ms = self.ms
        p0 = self.p0
        n = self.n
        while True:
            ms.reprep()
            e = do_match(ms, s, p0)
            if e is not None:
                return s, e
            s += 1
            if s > n or self.anchor:
                return None

    def captures(self, s, e, wholeifnone=True):
        """Captures of the last successful match (tuple)."""
        rx = self.rx
        if rx is not None:
            kinds = self.kinds
            if not kinds:
                return (self.src[s:e],) if wholeifnone else ()
            m = self.m
            res = []
            for i, pos in enumerate(kinds):
                if pos:
                    res.append(m.start(i + 1) + 1)
                else:
                    res.append(m.group(i + 1))
            return tuple(res)
        return get_captures(self.ms, s, e, wholeifnone)

    def capture(self, i, s, e):
        """Capture i (0-based) of the last match; the whole match when there are no captures."""
        rx = self.rx
        if rx is not None:
            kinds = self.kinds
            if i >= len(kinds):
                if i != 0:
                    rt_error("invalid capture index %%%d" % (i + 1))
                return self.src[s:e]
            if kinds[i]:
                return self.m.start(i + 1) + 1
            return self.m.group(i + 1)
        return get_capture(self.ms, i, s, e)


def nospecials(p):
    for c in p:
        if c in SPECIALS:
            return False
    return True

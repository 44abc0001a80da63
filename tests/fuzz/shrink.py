"""Reducing a mismatching program to a small repro.

The generator writes one statement per line and indents block bodies, so a
program's structure is readable from its lines: a *unit* is a line plus the
more-indented lines under it and the `end`/`until`/`else` lines that close it
at its own indentation.  The shrinker, deterministic, repeats until nothing
changes:
  1. delete runs of units (halves, quarters, ... then single units), innermost
     last, keeping a deletion when the mismatch persists;
  2. unwrap blocks (`if c then BODY end` -> BODY, `do ... end`, loops,
     `local function sN() ... end` + its driver line -> the body at top level);
  3. simplify expressions inside a line: drop an element of an argument list or
     table constructor, replace a parenthesised `(a op b)` by `a` or `b`,
     replace numbers by 0/1.
"The mismatch persists" means: luac5.4 accepts the candidate, lua5.4 finishes,
and lua2py still differs with the same `runner.signature` (which of stdout,
status and stderr differ, and the leaked Python exception, if any).
"""
import re

OPENERS = re.compile(r"(\bdo|\bthen|\brepeat|\bfunction\s*[\w.:]*\s*\([^()]*\))\s*$")
CLOSERS = ("end", "until", "else", "elseif")


def indent_of(line):
    return len(line) - len(line.lstrip(" "))


def unit_end(lines, i):
    """Index one past the unit starting at line i."""
    base = indent_of(lines[i])
    j = i + 1
    if not OPENERS.search(lines[i].rstrip()):
        return j
    while j < len(lines):
        s = lines[j]
        if not s.strip():
            j += 1
            continue
        ind = indent_of(s)
        if ind > base:
            j += 1
            continue
        if ind == base and s.lstrip().startswith(CLOSERS):
            word = s.lstrip().split()[0] if s.strip() else ""
            j += 1
            if word.startswith(("else", "elseif")):
                continue
            return j
        return j
    return j


def units(lines, lo=0, hi=None):
    """The units that are direct children between lines lo and hi (each (start, end))."""
    hi = len(lines) if hi is None else hi
    out = []
    i = lo
    while i < hi:
        j = min(unit_end(lines, i), hi)
        out.append((i, j))
        i = j
    return out


def all_blocks(lines):
    """Every unit that has a body: (start, end) pairs, outermost first."""
    return [(i, unit_end(lines, i)) for i in range(len(lines)) if unit_end(lines, i) - i > 1]


PRELUDE_END = "-- end of prelude"


class Shrinker:
    def __init__(self, text, still_fails, log=None, max_tries=400):
        self.lines = text.rstrip("\n").split("\n")
        self.still_fails = still_fails  # text -> bool
        self.log = log or (lambda msg: None)
        self.tries = 0
        self.max_tries = max_tries
        self.seen = {}

    def prelude_end(self):
        """Lines before the generator's prelude marker are only deleted whole, not searched inside."""
        try:
            return self.lines.index(PRELUDE_END)
        except ValueError:
            return 0

    def text(self, lines=None):
        return "\n".join(self.lines if lines is None else lines) + "\n"

    def attempt(self, cand):
        if cand == self.lines or self.tries >= self.max_tries:
            return False
        text = self.text(cand)
        if text in self.seen:
            return False  # a candidate that failed to fail before (one that did would be current)
        self.tries += 1
        ok = self.still_fails(text)
        self.seen[text] = ok
        if ok:
            self.lines = cand
            self.log("  %d lines (try %d)" % (len(cand), self.tries))
            return True
        return False

    # -- 1. deleting units

    def delete_pass(self):
        changed = False
        # top-level children first, in chunks
        changed |= self.delete_among(0, None)
        # then the children of every block after the prelude
        i = self.prelude_end()
        while i < len(self.lines):
            j = unit_end(self.lines, i)
            if j - i > 2:
                body_lo = i + 1
                body_hi = j - 1 if self.lines[j - 1].lstrip().startswith(CLOSERS) else j
                if self.delete_among(body_lo, body_hi):
                    changed = True
            i += 1
        return changed

    def delete_among(self, lo, hi):
        changed = False
        us = units(self.lines, lo, hi)
        size = max(1, len(us) // 4) if len(us) > 12 else 1
        while size >= 1:
            k = len(us) - size
            while k >= 0:
                a, b = us[k][0], us[k + size - 1][1]
                cand = self.lines[:a] + self.lines[b:]
                if self.attempt(cand):
                    changed = True
                    removed = b - a
                    us = us[:k] + [(x - removed, y - removed) for x, y in us[k + size:]]
                    k = min(k, len(us) - size)
                    continue
                k -= 1
            if size == 1:
                break
            size //= 2
        return changed

    # -- 2. unwrapping blocks

    def unwrap_pass(self):
        changed = False
        i = self.prelude_end()
        while i < len(self.lines):
            j = unit_end(self.lines, i)
            head = self.lines[i].strip()
            if j - i > 2 and self.lines[j - 1].lstrip().startswith(("end", "until")):
                base = indent_of(self.lines[i])
                body = [ln for ln in self.lines[i + 1:j - 1]
                        if not (indent_of(ln) == base and ln.lstrip().startswith(("else", "elseif")))]
                body = [(" " * base) + ln[base + 2:] if indent_of(ln) >= base + 2 else ln for ln in body]
                m = re.match(r"local function (s\d+_\w+)\(\)$", head)
                cands = []
                if m:
                    # a segment: its body at top level, without its driver line
                    name = m.group(1)
                    rest = [ln for ln in self.lines[j:] if not re.search(r'\b%s\)' % re.escape(name), ln)]
                    cands.append(self.lines[:i] + ["do"] + self.lines[i + 1:j - 1] + ["end"] + rest)
                elif not head.startswith(("local function", "function")) and "function(" not in head:
                    cands.append(self.lines[:i] + body + self.lines[j:])
                for cand in cands:
                    if self.attempt(cand):
                        changed = True
                        break
            i += 1
        return changed

    # -- 3. simplifying expressions

    def simplify_pass(self):
        changed = False
        for li in range(self.prelude_end(), len(self.lines)):
            if li >= len(self.lines):
                break
            k = 0
            while True:
                cands = list(line_variants(self.lines[li]))
                if k >= len(cands):
                    break
                v = cands[k]
                if self.attempt(self.lines[:li] + [v] + self.lines[li + 1:]):
                    changed = True
                    k = 0  # the line changed: its variants are new
                    continue
                k += 1
        return changed

    def focus(self, segment):
        """One attempt first: keep only the prelude and the segment whose output differs
        (its definition or main-chunk block, and its driver line)."""
        end = self.prelude_end()
        if not end:
            return False
        keep = self.lines[:end + 1]
        i = end + 1
        while i < len(self.lines):
            j = unit_end(self.lines, i)
            head = self.lines[i]
            mine = re.search(r"\b%s\b" % re.escape(segment), head) or (
                head.strip() == "do" and i > 0 and self.lines[i - 1].strip() == "-- " + segment)
            if mine:
                keep += self.lines[i:j]
            i = j
        return self.attempt(keep)

    def run(self, max_rounds=8, segment=None):
        if segment:
            self.focus(segment)
        for rnd in range(max_rounds):
            before = list(self.lines)
            self.delete_pass()
            self.unwrap_pass()
            self.delete_pass()
            self.simplify_pass()
            self.log("round %d: %d lines, %d tries" % (rnd + 1, len(self.lines), self.tries))
            if self.lines == before:
                break
        return self.text()


def _groups(line):
    """Balanced (...) and {...} groups of a line: (open index, close index)."""
    out = []
    stack = []
    in_str = None
    i = 0
    while i < len(line):
        c = line[i]
        if in_str:
            if c == "\\":
                i += 2
                continue
            if c == in_str:
                in_str = None
        elif c in "\"'":
            in_str = c
        elif c in "({":
            stack.append(i)
        elif c in ")}" and stack:
            out.append((stack.pop(), i))
        i += 1
    return out


def _split_top(s, seps):
    """Split s at top-level occurrences of any of seps (outside brackets and strings)."""
    parts = []
    depth = 0
    in_str = None
    start = 0
    i = 0
    while i < len(s):
        c = s[i]
        if in_str:
            if c == "\\":
                i += 2
                continue
            if c == in_str:
                in_str = None
        elif c in "\"'":
            in_str = c
        elif c in "({[":
            depth += 1
        elif c in ")}]":
            depth -= 1
        elif depth == 0:
            for sep in seps:
                if s.startswith(sep, i):
                    parts.append(s[start:i])
                    start = i + len(sep)
                    i += len(sep) - 1
                    break
        i += 1
    parts.append(s[start:])
    return parts


BINOPS = [" and ", " or ", " .. ", " + ", " - ", " * ", " / ", " // ", " % ", " ^ ", " == ", " ~= ", " < ",
          " <= ", " > ", " >= ", " & ", " | ", " ~ ", " << ", " >> "]


def line_variants(line):
    """Simpler versions of one line, most reducing first, deterministic."""
    seen = set()
    groups = sorted(_groups(line), key=lambda g: -(g[1] - g[0]))
    for a, b in groups:
        inner = line[a + 1:b]
        # drop one element of an argument list / constructor
        elems = _split_top(inner, [", "])
        if len(elems) > 1:
            for k in range(len(elems)):
                v = line[:a + 1] + ", ".join(elems[:k] + elems[k + 1:]) + line[b:]
                if v not in seen:
                    seen.add(v)
                    yield v
        # (x op y) -> x or y
        if line[a] == "(" and (a == 0 or not (line[a - 1].isalnum() or line[a - 1] in "_])\"'")):
            for op in BINOPS:
                ps = _split_top(inner, [op])
                if len(ps) == 2:
                    for p in ps:
                        v = line[:a] + p.strip() + line[b + 1:]
                        if v not in seen:
                            seen.add(v)
                            yield v
    # numbers -> 0 / 1
    for m in re.finditer(r"(?<![\w.])\d+(\.\d+)?(e[-+]?\d+)?(?![\w.])", line):
        for rep in ("1", "0"):
            if m.group(0) != rep:
                v = line[:m.start()] + rep + line[m.end():]
                if v not in seen:
                    seen.add(v)
                    yield v

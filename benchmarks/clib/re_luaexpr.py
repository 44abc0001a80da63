"""Hand-written Python for the same work: a regular-expression tokenizer and a
precedence-climbing parser of the same Lua expressions, building the same trees."""
import re

TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)|([A-Za-z_]\w*)|(//|\.\.|==|~=|<=|>=|<<|>>|[-+*/%^#&~|<>(){}\[\],;.:=]))")
KEYWORDS = {"and", "or", "not", "nil", "true", "false"}
BINARY = {  # operator: (left priority, right priority), as in Lua's parser
    "or": (1, 1), "and": (2, 2), "<": (3, 3), ">": (3, 3), "<=": (3, 3), ">=": (3, 3),
    "~=": (3, 3), "==": (3, 3), "|": (4, 4), "~": (5, 5), "&": (6, 6), "<<": (7, 7),
    ">>": (7, 7), "..": (9, 8), "+": (10, 10), "-": (10, 10), "*": (11, 11), "/": (11, 11),
    "//": (11, 11), "%": (11, 11), "^": (14, 13),
}
UNARY_PRIORITY = 12


def tokenize(src):
    toks = []
    pos = 0
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError(src[pos:pos + 10])
        pos = m.end()
        num, name, op = m.groups()
        if num is not None:
            toks.append(("num", num))
        elif name is not None:
            toks.append(("kw" if name in KEYWORDS else "name", name))
        else:
            toks.append(("op", op))
    toks.append(("eof", None))
    return toks


class Parser:
    def __init__(self, src):
        self.toks = tokenize(src)
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def next(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def expect(self, value):
        t = self.next()
        if t[1] != value:
            raise SyntaxError("expected %s" % value)

    def expr(self, limit=0):
        kind, value = self.peek()
        if value in ("not", "-", "#", "~"):
            self.next()
            left = ["Unop", value, self.expr(UNARY_PRIORITY)]
        else:
            left = self.simple()
        while True:
            kind, value = self.peek()
            prio = BINARY.get(value) if kind in ("op", "kw") else None
            if prio is None or prio[0] <= limit:
                return left
            self.next()
            left = ["Op", value, left, self.expr(prio[1])]

    def simple(self):
        kind, value = self.peek()
        if kind == "num":
            self.next()
            return ["Number", float(value) if "." in value or "e" in value.lower() else int(value)]
        if value == "{":
            return self.table()
        return self.suffixed()

    def primary(self):
        kind, value = self.next()
        if kind == "name":
            return ["Id", value]
        if value == "(":
            e = self.expr()
            self.expect(")")
            return ["Paren", e]
        raise SyntaxError(value)

    def suffixed(self):
        e = self.primary()
        while True:
            value = self.peek()[1]
            if value == "(":
                self.next()
                args = []
                if self.peek()[1] != ")":
                    args.append(self.expr())
                    while self.peek()[1] == ",":
                        self.next()
                        args.append(self.expr())
                self.expect(")")
                e = ["Call", e] + args
            elif value == ".":
                self.next()
                e = ["Index", e, ["String", self.next()[1]]]
            elif value == "[":
                self.next()
                k = self.expr()
                self.expect("]")
                e = ["Index", e, k]
            else:
                return e

    def table(self):
        self.expect("{")
        t = ["Table"]
        while self.peek()[1] != "}":
            kind, value = self.peek()
            if kind == "name" and self.toks[self.pos + 1][1] == "=":
                self.pos += 2
                t.append(["Pair", ["String", value], self.expr()])
            else:
                t.append(self.expr())
            if self.peek()[1] in (",", ";"):
                self.next()
        self.next()
        return t


def parse(src):
    p = Parser(src)
    e = p.expr()
    if p.peek()[0] != "eof":
        raise SyntaxError("trailing input")
    return e


seed = 7


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


OPS = ["+", "-", "*", "/", "..", "==", "<", "and", "or", "^", "//", "%"]


def gen(d):
    r = rand(8)
    if d > 6 or r < 2:
        return str(rand(1000))
    if r == 2:
        return "x%d" % rand(10)
    if r == 3:
        return "(" + gen(d + 1) + ")"
    if r == 4:
        f = rand(3)
        a = gen(d + 1)
        return "f%d(%s, %s)" % (f, a, gen(d + 1))
    if r == 5:
        a = gen(d + 1)
        return "{%s, k = %s}" % (a, gen(d + 1))
    a = gen(d + 1)
    op = OPS[rand(len(OPS))]
    return "%s %s %s" % (a, op, gen(d + 1))


def count(t):
    n = 1
    for x in t:
        if isinstance(x, list):
            n += count(x)
    return n


srcs = [gen(0) for _ in range(200)]
nodes = 0
for _ in range(15):
    for s in srcs:
        nodes += count(parse(s))
print("%d\t%d" % (len(srcs), nodes))

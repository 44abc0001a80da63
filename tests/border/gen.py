"""Random table programs for the border tester: constructors, appends, stores in
order, holes, string keys, table.insert/remove, each followed by `#t` prints (and,
with pairs=True, by the order `pairs` gives the keys in)."""
import random

_VALUES = ("1", "2", "'s'", "true", "0.5", "{}")


class Case:
    def __init__(self, rng, reads=False, fill=False, pairs=False):
        self.rng = rng
        self.reads = reads
        self.fill = fill
        # pairs: no string keys (lua5.4 places them by a per-run seed, and with them the
        # numbers they collide with): a float key of their own stands in for each
        self.pairs = pairs

    def name_key(self, n):
        """The key written `kN` (t.kN, kN = v in a constructor): a float one with pairs."""
        return f"[{n}.25]" if self.pairs else f"k{n}"

    def value(self):
        return self.rng.choice(_VALUES)

    def int_key(self):
        r = self.rng.random()
        if r < 0.75:
            return str(self.rng.randint(1, 40))
        if r < 0.85:
            return str(self.rng.randint(41, 140))
        if r < 0.9:
            return str(self.rng.choice((0, -1, -5, 1000, 1 << 20)))
        return f"{self.rng.randint(1, 40)}.0"  # an integral float: an integer key

    def constructor(self):
        rng = self.rng
        if rng.random() < 0.2:
            return "{}"
        items = []
        npos = rng.choice((0, 1, 2, 3, 5, 8, 13, 20, 40, 55, 70))
        nkv = rng.choice((0, 0, 1, 2, 3, 5, 9))
        pos = []
        for _ in range(npos):
            pos.append("nil" if rng.random() < 0.15 else self.value())
        kv = []
        for _j in range(nkv):
            r = rng.random()
            if r < 0.45:
                kv.append(f"[{self.int_key()}] = {self.value()}")
            elif r < 0.55:
                kv.append(f"[{self.int_key()}] = nil")
            elif r < 0.9:
                kv.append(f"{self.name_key(rng.randint(1, 6))} = {self.value()}")
            else:
                kv.append(f"[{rng.randint(0, 9)}.5] = {self.value()}")
        items.extend(pos)
        for x in kv:
            items.insert(rng.randint(0, len(items)), x)
        if rng.random() < 0.2:
            tail = ", ".join(self.value() if rng.random() > 0.2 else "nil" for _ in range(rng.randint(0, 6)))
            items.append("(function() return %s end)()" % (tail or "nil"))
        return "{" + ", ".join(items) + "}"

    def op(self):
        rng = self.rng
        if self.fill and rng.random() < 0.3:
            return self.fill_op()
        r = rng.random()
        v = self.value()
        if r < 0.16:
            return f"t[#t + 1] = {v}"
        if r < 0.28:
            return f"t[{self.int_key()}] = {v}"
        if r < 0.34:
            a = rng.randint(1, 30)
            return f"for i = {a}, {a + rng.randint(0, 20)} do t[i] = {v} end"
        if r < 0.48:
            return f"t[{self.int_key()}] = nil"
        if r < 0.53:
            return "if #t > 0 then t[#t] = nil end"
        if r < 0.58:
            key = self.name_key(rng.randint(1, 6))
            return f"t{'' if key[0] == '[' else '.'}{key} = {rng.choice((v, 'nil'))}"
        if r < 0.63:
            return f"table.insert(t, {v})"
        if r < 0.67:
            return f"table.insert(t, {rng.randint(0, 50)} % (#t + 1) + 1, {v})"
        if r < 0.71:
            return "table.remove(t)"
        if r < 0.74:
            return f"if #t > 0 then table.remove(t, {rng.randint(0, 50)} % #t + 1) end"
        if r < 0.77:
            return f"for i = 1, {rng.randint(1, 40)} do t[#t + 1] = i end"
        if r < 0.8:
            return "rawset(t, {}, {})".format(self.int_key(), rng.choice((v, "nil")))
        if r < 0.83:
            return f"t[{rng.randint(0, 9)}.5] = {rng.choice((v, 'nil'))}"
        if r < 0.86 and self.reads:
            return f"local _ = t[{self.int_key()}]"
        return "P(#t)"

    def fill_op(self):
        """--fill: stores in order that continue the sequence or start it (w[k] = v in a
        numeric loop), the tables tablelayout.in_order answers for without a model."""
        rng = self.rng
        v = self.value()
        r = rng.random()
        if r < 0.5:
            return f"do local b = #t for i = b + 1, b + {rng.randint(1, 20)} do t[i] = {v} end end"
        if r < 0.7:
            return f"do local b = rawlen(t) for i = b + 1, b + {rng.randint(1, 20)} do t[i] = {v} end end"
        if r < 0.85:
            return f"for i = 1, {rng.randint(1, 40)} do t[i] = {v} end"
        return "P(select('#', table.unpack(t)))"

    def body(self):
        rng = self.rng
        if self.fill and rng.random() < 0.5:
            # a fresh table filled by stores in order, no #t before the first op
            n = rng.choice((1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33, 63, 65))
            lines = [f"local t = {rng.choice(('{}', '{}', '{1, 2, 3}', '{1}'))}",
                     f"for i = #t + 1, {n} do t[i] = {self.value()} end"]
            if rng.random() < 0.5:
                lines.append("P(#t)")
        else:
            lines = [f"local t = {self.constructor()}", "P(#t)"]
        for _ in range(rng.randint(1, 14)):
            lines.append(self.op())
            if rng.random() < 0.35:
                lines.append("P(#t)")
        lines.append("P(#t)")
        return lines


# pairs=True: after each border, the keys in traversal order
_KEYS = ("local function K(t) local o = {} for k in pairs(t) do o[#o + 1] = tostring(k) end "
         "print(N, table.concat(o, ' ')) end")


def program(seed, ncases, reads=False, coroutine=False, fill=False, pairs=False):
    """A program of `ncases` cases; case i prints lines 'i <border>' (and 'i <keys>')."""
    rng = random.Random(seed)
    out = ["local N = 0", "local function P(n) print(N, n) end"]
    if pairs:
        out.append(_KEYS)
    for i in range(ncases):
        case = Case(rng, reads, fill, pairs)
        body = case.body()
        if pairs:
            body = [line + " K(t)" if line == "P(#t)" else line for line in body]
        out.append(f"N = {i}")
        if coroutine:
            out.append("coroutine.wrap(function()")
        else:
            out.append("do")
        out.extend("  " + line for line in body)
        out.append("end)()" if coroutine else "end")
    return "\n".join(out) + "\n"


def cases_of(text):
    """Split a program back into its cases' bodies: {id: text}."""
    cases = {}
    cur = None
    for line in text.splitlines():
        if line.startswith("N = "):
            cur = int(line[4:])
            cases[cur] = []
        elif cur is not None:
            cases[cur].append(line)
    return {k: "\n".join(v) for k, v in cases.items()}

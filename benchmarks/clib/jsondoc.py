"""The generated JSON document of the JSON benchmarks: the same generator as
tests/golden/clib/data/jsongen.lua (the same LCG, the same text byte for byte)."""

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", 'quote"d', "back\\\\slash", "tab\\there",
         "uni\\u00e9", "new\\nline", "sl\\/ash"]


class Gen:
    def __init__(self, seed):
        self.seed = seed

    def rand(self, n):
        self.seed = (self.seed * 1103515245 + 12345) % 2147483648
        return self.seed % n

    def gen(self, depth):
        rand = self.rand
        r = rand(10)
        if depth > 4:
            r = r % 5
        if r == 0:
            return str(rand(100000) - 50000)
        if r == 1:
            a = rand(1000)
            return "%d.%d" % (a, rand(1000))
        if r == 2:
            return '"' + WORDS[rand(len(WORDS))].replace('"', '\\"') + '"'
        if r == 3:
            return ("true", "false", "null")[rand(3)]
        if r == 4:
            a = rand(90) + 1
            return "%de%d" % (a, rand(20) - 10)
        if r <= 6:
            parts = [self.gen(depth + 1) for _ in range(rand(6))]
            return "[" + ", ".join(parts) + "]"
        parts = []
        for i in range(1, rand(6) + 1):
            w = WORDS[rand(8)]
            parts.append('"k%d_%s": %s' % (i, w, self.gen(depth + 1)))
        return "{\n  " + ",\n  ".join(parts) + "\n}"


def document(n=2000, seed=42):
    g = Gen(seed)
    return "[" + ",\n".join(g.gen(0) for _ in range(n)) + "]"


def stats(v):
    """The checksum jsonstats.lua prints (counts only)."""
    counts = dict(tables=0, keys=0, strings=0, bytes=0, numbers=0, others=0)

    def walk(x):
        if isinstance(x, dict):
            counts["tables"] += 1
            counts["keys"] += len(x)
            for y in x.values():
                walk(y)
        elif isinstance(x, list):
            counts["tables"] += 1
            for y in x:
                walk(y)
        elif isinstance(x, str):
            counts["strings"] += 1
            counts["bytes"] += len(x.encode("utf-8"))
        elif isinstance(x, (int, float)) and not isinstance(x, bool):
            counts["numbers"] += 1
        else:
            counts["others"] += 1

    walk(v)
    return ("tables %(tables)d keys %(keys)d strings %(strings)d bytes %(bytes)d "
            "numbers %(numbers)d others %(others)d" % counts)

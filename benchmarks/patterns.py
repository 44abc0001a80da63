# patterns: regular expressions over ~1 MB of generated text -- findall /
# finditer (word frequencies, numbers), re.subn with a template and with a
# function, str.find in a loop, and per-line anchored checks and searches
# with groups.
import re
from collections import Counter

SYLL = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "an", "el"]

WORD = re.compile(r"[A-Za-z]+")
DIGITS = re.compile(r"[0-9]+")
EMAIL = re.compile(r"([A-Za-z]+)@([A-Za-z]+)\.org")
KEYVAL = re.compile(r"key([0-9]+)=([0-9]+);")
NUM_WORD = re.compile(r"([0-9]+) ([a-z]+)")


class Rand:
    """A deterministic LCG: rand(n) gives 0 .. n-1."""

    def __init__(self, seed):
        self.seed = seed

    def __call__(self, n):
        self.seed = (self.seed * 1103515245 + 12345) % 2147483648
        return (self.seed >> 8) % n


def generate():
    rand = Rand(42)
    pieces = []
    size = 0
    while size < 1000000:
        r = rand(10)
        if r < 6:
            piece = "".join(SYLL[rand(10)] for _ in range(1 + rand(3)))
            if rand(8) == 0:
                piece = piece.upper()
        elif r < 8:
            piece = str(rand(100000))
        elif r < 9:
            piece = f"{SYLL[rand(10)]}@{SYLL[rand(10)]}.org"
        else:
            piece = f"key{rand(50)}={rand(1000)};"
        s = rand(16)
        piece += "\n" if s == 0 else ". " if s == 1 else " "
        pieces.append(piece)
        size += len(piece)
    return "".join(pieces)


def main():
    text = generate()
    print(f"text\t{len(text)}")

    for pss in range(1, 4):
        # 1. word frequencies
        words = WORD.findall(text)
        freq = Counter(words)
        ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
        top = " ".join(f"{w}={n}" for w, n in ranked[:5])

        # 2. numbers
        nums = [int(d) for d in DIGITS.findall(text)]

        # 3. substitution with a template
        swapped, nswap = EMAIL.subn(r"\2 at \1", text)

        # 4. substitution with a function
        cfg = {}

        def repl(m, cfg=cfg):
            k, v = m.group(1), m.group(2)
            cfg[k] = v
            return f"{k}:{int(v) * 2}"

        rewritten, nkv = KEYVAL.subn(repl, text)

        # 5. plain substring search
        nfound = text.count("kalo")

        # 6. lines: anchored check and search with groups
        nlines = nupper = nmatch = msum = 0
        for line in text.split("\n"):
            if not line:
                continue
            nlines += 1
            if line[0].isupper():
                nupper += 1
            m = NUM_WORD.search(line)
            if m:
                nmatch += 1
                msum += len(m.group(2)) + int(m.group(1)) % 7

        if pss == 1:
            print(f"words\t{len(words)}\t{top}")
            print(f"numbers\t{len(nums)}\t{sum(nums)}")
            print(f"swap\t{nswap}\t{len(swapped)}\t{swapped[-20:]}")
            print(f"kv\t{nkv}\t{len(rewritten)}\t{len(cfg)}\t{cfg['7']}")
            print(f"find\t{nfound}")
            print(f"lines\t{nlines}\t{nupper}\t{nmatch}\t{msum}")


main()

# strings: string building -- += concatenation in loops, str.join, %-style /
# f-string formatting of ints and floats, repetition with *, plus len / slices
# / upper on the results.
N = 100000


def main():
    # 1. short lines built by repeated concatenation, collected in a list
    lines = []
    for i in range(1, N + 1):
        line = f"row{i}:"
        for j in range(1, 9):
            line += f"{i + j},"
        lines.append(line)
    text = "\n".join(lines)
    print(f"concat\t{len(text)}\t{text[:40]}")

    # 2. formatting numbers
    buf = [f"{i}|{i / 7:.3f}|{i * 1.5:5.1f}|{i:x}" for i in range(1, N + 1)]
    formatted = ";".join(buf)
    print(f"format\t{len(formatted)}\t{formatted[-40:]}")

    # 3. repetition, with and without a separator
    replen = 0
    for i in range(1, N + 1):
        r = "ab" * (i % 50) + ",".join(["xyz"] * (i % 4))
        replen += len(r)
    print(f"rep\t{replen}")

    # 4. a list of words joined once, upper-cased and measured
    words = [f"w{i % 997}" for i in range(1, N + 1)]
    sentence = " ".join(words)
    up = sentence.upper()
    print(f"upper\t{len(up)}\t{up[:30]}")

    # 5. str() of numbers
    acc = []
    for i in range(1, N + 1):
        acc.append(str(i * 3) + "/" + str(i // 2))
    print(f"tostring\t{len(''.join(acc))}")


main()

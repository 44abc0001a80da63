# format_concat: building text with formatting and str.join -- a fixed-width
# report (d s f g e x with widths, flags and precision), CSV rows joined from
# field lists, and nested joins of joins.
N = 60000

NAMES = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]


def main():
    # 1. fixed-width report lines
    report = []
    for i in range(1, N + 1):
        name = NAMES[i % len(NAMES)]
        x = i * 1.25 / 3
        report.append(f"{i:6d} {name:<8s} {x:10.3f} {(i % 1000) / 10:5.1f}% "
                      f"{i * 31:08x} {x / 7:g} {x * 1000:.4e}|{name[:3]:>5s}|")
    rtext = "\n".join(report)
    print(f"report\t{len(rtext)}")
    print(report[0])
    print(report[-1])

    # 2. CSV rows: fields formatted one by one, joined with ","
    rows = []
    for i in range(1, N + 1):
        fields = [f"{i * j}.{(i + j) % 100:02d}" for j in range(1, 7)]
        fields.append(NAMES[(i + 3) % len(NAMES)])
        rows.append(",".join(fields))
    csv = "\n".join(rows)
    print(f"csv\t{len(csv)}\t{rows[-1]}")

    # 3. groups of rows joined into blocks, blocks joined into a document
    blocks = []
    for b in range(N // 100):
        chunk = [row[:12] for row in rows[b * 100:(b + 1) * 100]]
        blocks.append(f"[{b + 1:04d}] " + ";".join(chunk[9:60]))
    doc = "\n".join(blocks)
    print(f"doc\t{len(doc)}\t{blocks[-1][:40]}")


main()

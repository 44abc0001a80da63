# tables: allocation of many small objects -- records with named fields
# (dicts), short arrays (lists) and tree nodes -- plus appends, field reads and
# the garbage they leave behind.
N = 200000


def make_point(i):
    return {"x": i, "y": i * 2, "z": i % 7}


def make_tree(depth):
    if depth == 0:
        return []
    return [make_tree(depth - 1), make_tree(depth - 1)]


def count_tree(t):
    if not t:
        return 1
    return 1 + count_tree(t[0]) + count_tree(t[1])


def main():
    total = 0
    for rnd in range(1, 7):
        # records with named fields, appended
        pts = []
        for i in range(1, N + 1):
            pts.append(make_point(i + rnd))
        s = 0
        for p in pts:
            s += p["x"] + p["y"] - p["z"]
        total += s

        # short arrays
        rows = []
        for i in range(1, N // 4 + 1):
            rows.append([i, i + 1, i + 2, i + rnd])
        s2 = 0
        for r in rows:
            s2 += r[0] * r[3] - r[1] - r[2]
        total += s2

        # a map from string keys to small records, updated in place
        groups = {}
        for i in range(1, N // 4 + 1):
            key = f"k{i % 1000}"
            g = groups.get(key)
            if g is None:
                g = groups[key] = {"count": 0, "sum": 0}
            g["count"] += 1
            g["sum"] += i
        s3 = 0
        for k in range(1000):
            g = groups[f"k{k}"]
            s3 += g["count"] * 3 + g["sum"] % 1000
        total += s3

        # a binary tree of empty lists
        total += count_tree(make_tree(14 + rnd % 2))
        print(f"round {rnd}: {s} {s2} {s3}")
    print(f"total\t{total}")


main()

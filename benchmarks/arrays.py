# arrays: loops over large lists (2e6 elements) -- a sieve of Eratosthenes,
# a float list filled, scaled in place and summed, integer prefix sums, an
# in-place reversal and a strided gather.  Plain loops: no slice-assignment
# sieve and no sum() (which would move the inner loops into C).
N = 2000000


def main():
    # sieve
    composite = [False] * (N + 1)
    count = 0
    for i in range(2, N + 1):
        if not composite[i]:
            count += 1
            for j in range(i * i, N + 1, i):
                composite[j] = True
    print(f"primes <= {N}: {count}")

    # float list: fill, scale in place, sum
    a = [i * 0.5 for i in range(1, N + 1)]
    for r in range(1, 7):
        for i in range(N):
            a[i] = a[i] * 1.0001 + r
    s = 0.0
    for x in a:
        s += x
    print(f"float sum: {s:.6f}")

    # integer prefix sums, then reverse in place
    b = [i % 17 for i in range(1, N + 1)]
    for i in range(1, N):
        b[i] += b[i - 1]
    i, j = 0, N - 1
    while i < j:
        b[i], b[j] = b[j], b[i]
        i += 1
        j -= 1
    print(f"prefix: {b[0]} {b[N - 1]} {b[N // 2 - 1]}")

    # strided gather into a new list, then a dot product
    c = []
    for k in range(0, N, 3):
        c.append(b[k] - b[N - 1 - k])
    dot = 0
    for k, v in enumerate(c, 1):
        dot += v * (k % 5)
    print(f"gather: {len(c)} {dot}")


main()

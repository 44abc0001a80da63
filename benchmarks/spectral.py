# spectral: the spectral-norm benchmark (Computer Language Benchmarks Game).
# Nested loops, float arithmetic, list reads/writes and a small function
# called in the innermost loop.
from math import sqrt


def A(i, j):
    ij = i + j - 1
    return 1.0 / (ij * (ij - 1) * 0.5 + i)


def Av(x, y, n):
    for i in range(1, n + 1):
        a = 0.0
        for j, xj in enumerate(x, 1):
            a += xj * A(i, j)
        y[i - 1] = a


def Atv(x, y, n):
    for i in range(1, n + 1):
        a = 0.0
        for j, xj in enumerate(x, 1):
            a += xj * A(j, i)
        y[i - 1] = a


def AtAv(x, y, t, n):
    Av(x, t, n)
    Atv(t, y, n)


def main(n=550):
    u = [1.0] * n
    v = [0.0] * n
    t = [0.0] * n
    for _ in range(10):
        AtAv(u, v, t, n)
        AtAv(v, u, t, n)
    vBv = vv = 0.0
    for ui, vi in zip(u, v):
        vBv += ui * vi
        vv += vi * vi
    print(f"{sqrt(vBv / vv):0.9f}")


main()

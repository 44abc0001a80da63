# mandelbrot: the Mandelbrot set on an N x N grid, 50 iterations per point
# (after the Computer Language Benchmarks Game).  Float arithmetic on local
# variables in a tight while loop, bit operations to pack 8 points per byte;
# prints the number of points in the set and a checksum of the packed rows.
N = 900
ITER = 50


def main():
    inside = checksum = 0
    for y in range(N):
        ci = 2.0 * y / N - 1.0
        bits = nbits = rowsum = 0
        for x in range(N):
            cr = 2.0 * x / N - 1.5
            zr = zi = zr2 = zi2 = 0.0
            i = 0
            while i < ITER and zr2 + zi2 <= 4.0:
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                zr2 = zr * zr
                zi2 = zi * zi
                i += 1
            bits <<= 1
            if zr2 + zi2 <= 4.0:
                bits |= 1
                inside += 1
            nbits += 1
            if nbits == 8 or x == N - 1:
                bits <<= 8 - nbits
                rowsum = (rowsum * 31 + bits) % 1000000007
                bits = nbits = 0
        checksum = (checksum * 17 + rowsum) % 1000000007
    print(f"{N}x{N} inside: {inside} checksum: {checksum}")


main()

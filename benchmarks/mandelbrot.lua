-- mandelbrot: the Mandelbrot set on an N x N grid, 50 iterations per point
-- (after the Computer Language Benchmarks Game).  Float arithmetic on local
-- variables in a tight while loop, bit operations to pack 8 points per byte;
-- prints the number of points in the set and a checksum of the packed rows.
local N = 900
local ITER = 50

local inside, checksum = 0, 0
for y = 0, N - 1 do
  local ci = 2.0 * y / N - 1.0
  local bits, nbits, rowsum = 0, 0, 0
  for x = 0, N - 1 do
    local cr = 2.0 * x / N - 1.5
    local zr, zi, zr2, zi2 = 0.0, 0.0, 0.0, 0.0
    local i = 0
    while i < ITER and zr2 + zi2 <= 4.0 do
      zi = 2.0 * zr * zi + ci
      zr = zr2 - zi2 + cr
      zr2 = zr * zr
      zi2 = zi * zi
      i = i + 1
    end
    bits = bits << 1
    if zr2 + zi2 <= 4.0 then
      bits = bits | 1
      inside = inside + 1
    end
    nbits = nbits + 1
    if nbits == 8 or x == N - 1 then
      bits = bits << (8 - nbits)
      rowsum = (rowsum * 31 + bits) % 1000000007
      bits, nbits = 0, 0
    end
  end
  checksum = (checksum * 17 + rowsum) % 1000000007
end
print(string.format("%dx%d inside: %d checksum: %d", N, N, inside, checksum))

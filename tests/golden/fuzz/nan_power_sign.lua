-- fuzz seed 500860 (generator 2): the sign of a NaN raised to a power.  glibc's
-- pow(x, y) of a NaN x is x * x, negated when x's sign bit is set and y is an
-- odd integer; lua5.4 computes x ^ 2 as x * x.  tostring shows the sign (-nan).
local i8 = 15
local negnan = i8 % 0.0          -- fmod(15, 0): -nan on x86-64
local posnan = -negnan
for _, y in ipairs({-1, 1, 3, -3, 2, -2, 0.5, -0.5, 0, 1/0, -1/0, 2^53 + 1, 1e300}) do
  print(y, negnan ^ y, posnan ^ y)
end
print(negnan ^ negnan, posnan ^ negnan, 1 ^ negnan, 2 ^ posnan)
print(((i8 % 0.0) ^ (-1)), (i8 % 0.0) ^ 2, "7" ^ 1 , (0/0) ^ 3)
print(pcall(function() local x = i8 % 0.0 return x ^ -1, x ^ 2.0 end))

-- Which NaN a sum or product of two NaNs gives: lua5.4 (x86-64, gcc) returns the left
-- operand's NaN for * and the right one's for +; - and / the left one's.  The sign is
-- what print shows.  Code that runs once (the main chunk outside loops) and the
-- runtime's helpers give lua5.4's answer; inline float code in functions and loops may
-- not (README, "What differs").
local n, p = 0/0, -(0/0)          -- -nan and nan
print(n, p, -n, -p)
print(n * p, p * n, n + p, p + n)
print(n - p, p - n, n / p, p / n)
print(n * p - 1, 2 * n * p, (n + p) * 3, p * n + n * p)
local t = {n = n, p = p}
print(t.n * t.p, t.p * t.n, t.n + t.p, t.p + t.n, t.n - t.p, t.p / t.n)
-- one NaN operand: its own NaN, whatever side it is on
print(n * 2, 2 * p, p + 1.5, 1.5 + n, n * 1, p * -1)
-- invalid operations make x86's default NaN (-nan)
local inf = math.huge
print(inf - inf, inf * 0, 0 * -inf, -inf + inf, p * 0 * inf)
-- numeric strings and integers meet the NaNs through the helpers
print("2" * p, p * "2", "1" + n, 3 + p)
local s = "4"
print(s * n, s + p)
-- math functions of NaNs
print(math.abs(n), math.max(n, p), math.min(p, n), math.fmod(n, 2), math.fmod(p, 2))
print(string.format("%g %g %.3f %g", n * p, p * n, n + p, p + n))

local function a() return end
local function b() return nil end
local function c() return 1, 2 end
local function d() return (c()) end
local function e() do return "from do" end end
local function f(x) if x then return "yes" end return "no" end
local function g() return c(), c() end
local function h(...) return ... end
print(select('#', a()), select('#', b()), select('#', c()), select('#', d()))
print(e(), f(true), f(false))
print(g())
print(select('#', h()))
local function early(n)
  for i = 1, 10 do if i == n then return i * i end end
  return -1
end
print(early(3), early(20))

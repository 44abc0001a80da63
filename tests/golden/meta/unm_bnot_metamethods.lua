local M = {
  __unm = function(a, b) return "unm(" .. a.n .. "," .. tostring(b == a) .. ")" end,
  __bnot = function(a, b) return "bnot(" .. a.n .. ")" end,
}
local o = setmetatable({ n = "o" }, M)
print(-o)
print(~o)
print(- -1, ~~5)
print(pcall(function() local t = {} return -t end))
print(pcall(function() local t = {} return ~t end))
-- unary minus on numeric strings converts
print(-"2", -"2.5", -" 0x10 ")
print(pcall(function() return -"abc" end))
-- __unm returning multiple values: only first kept
local P = setmetatable({}, { __unm = function() return 1, 2 end })
print(-P)

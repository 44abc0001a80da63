-- grammar limits: 250 rules at most ("grammar has too many rules", named after the
-- argument holding the table), a call chain of 250 rules (LPeg's "too many left calls")
local l = require "lpeg"
local g = {"r1"}
for i = 1, 251 do g["r" .. i] = l.P"x" end
print(pcall(l.P, g))
local g2 = {"r1"}
for i = 1, 250 do g2["r" .. i] = l.P"x" end
print(pcall(function() return l.type(l.P(g2)) end))
local g3 = {"r1"}
for i = 1, 249 do g3["r" .. i] = l.V("r" .. (i + 1)) end
g3.r250 = l.P"x"
print(pcall(function() return l.type(l.P(g3)) end))
print(pcall(function() return l.match(l.P(g3), "x") end))
local g4 = {"r1"}
for i = 1, 250 do g4["r" .. i] = l.V("r" .. (i % 250 + 1)) end
print(pcall(l.P, g4))
print(pcall(function() return l.P"a" * g end))

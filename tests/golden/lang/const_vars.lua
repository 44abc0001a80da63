local N <const> = 10
local S <const> = "str"
print("const", N, S, N * 2)
local function useconst() return N + 1 end
print("in closure", useconst())
local a <const>, b = 1, 2
b = 3
print("a b", a, b)
-- assigning to a const is a compile error
local ok, err = load("local x <const> = 1; x = 2")
print("load result", ok, err)
local ok2, err2 = load("local x <const> = 1; local function f() x = 3 end")
print("load result upvalue", ok2, err2)
-- unknown attribute
local ok3, err3 = load("local x <foo> = 1")
print("unknown attribute", ok3, err3)
-- const with nil / table values: the table contents can still change
local T <const> = { 1 }
T[1] = 100
print("table const content", T[1])
local NIL <const> = nil
print("nil const", NIL)

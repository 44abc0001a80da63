-- chunks loaded by load do not see the caller's locals
local secret = "local value"
SHARED = "global value"
print(load("return secret")())
print(load("return SHARED")())
-- but they can modify globals
load("SHARED = 'changed by chunk'")()
print(SHARED)
-- a chunk can define functions that persist
load("function made_by_load(x) return x * 3 end")()
print(made_by_load(7))
-- varargs passed to a loaded chunk
local f = load("local a, b = ... return b, a, select('#', ...)")
print(f("first", "second", "third"))

-- yielding from the main chunk is refused
print(pcall(coroutine.yield))
print(pcall(coroutine.yield, 1, 2))
local function f() coroutine.yield("x") end
print(pcall(f))
print("still running")

local function check_positive(n)
  if n <= 0 then error("must be positive", 2) end
  return n
end
local function compute(n)
  local v = check_positive(n) -- line 6
  return v * 2
end
print(pcall(compute, 5))
print(pcall(compute, -1))
-- level 3 blames the caller's caller
local function deep() error("level three", 3) end
local function middle() deep() end
local function top() middle() end -- line 14
print(pcall(top))
-- level 2 from the main chunk's direct pcall: the caller is pcall (a C function)
print(pcall(error, "from C caller", 2))
-- level beyond the stack
print(pcall(function() error("too deep", 50) end))

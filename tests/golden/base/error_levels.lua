local function lvl0() error("level zero", 0) end
local function lvl1() error("level one") end
local function lvl1b() error("level one explicit", 1) end
local function inner2() error("level two", 2) end
local function caller() inner2() end  -- line 5 is blamed
print(pcall(lvl0))
print(pcall(lvl1))
print(pcall(lvl1b))
print(pcall(caller))
-- level 2 blaming the caller of a validation function
local function check(x) if type(x) ~= "number" then error("expected number", 2) end return x end
local function use()
  local v = check("str")  -- line 13 is blamed
  return v
end
print(pcall(use))
-- error with no message
print(pcall(error))
print(pcall(error, nil))
-- error with non-string values: no position added
print(pcall(error, 42))
print(pcall(error, 4.5))
print(pcall(error, true))
local ok, e = pcall(error, { msg = "table error" })
print(ok, type(e), e.msg)
-- numbers are converted? no: error value stays a number
local ok2, e2 = pcall(function() error(7) end)
print(ok2, e2, math.type(e2))
-- string error at level 1 inside nested function
local function outer()
  local function deep() error("deep error") end
  deep()
end
print(pcall(outer))

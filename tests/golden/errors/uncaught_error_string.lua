print("output before the error is kept")
local function fail(x)
  if x > 2 then error("boom at " .. x) end
  return fail(x + 1)
end
fail(0)
print("never printed")

-- dofile runs in the global environment and returns all results
local r1, r2, r3 = dofile("data/multi_ret.lua")
print(r1, r2, r3, math.type(r3))
print(select('#', dofile("data/multi_ret.lua")))
-- globals set by the file are visible
dofile("data/no_return.lua")
print("NO_RETURN_RAN", NO_RETURN_RAN)
-- error inside dofile propagates with the file's position
local ok, err = pcall(dofile, "data/errors_out.lua")
print(ok, err)
-- syntax error
local ok2, err2 = pcall(dofile, "data/syntax_bad.lua")
print(ok2, err2)

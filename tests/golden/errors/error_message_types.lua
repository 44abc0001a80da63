-- error adds position info only to string messages
local function catch(...) local ok, e = pcall(error, ...) return type(e), tostring(e) end
print(catch("str"))
print(catch("str", 1))
print(catch("str", 0))
print(catch(12))
print(catch(12.5))
print(catch(true))
print(catch(nil))
-- numbers are not converted to strings with position
local ok, e = pcall(function() error(12) end)
print(e, math.type(e))
local ok2, e2 = pcall(function() error("12") end)
print(e2)

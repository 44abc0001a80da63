-- a table error object with a __tostring metamethod is converted for the message
local E = {}
E.__tostring = function(e) return "MyError: " .. e.msg end
local function fail(msg) error(setmetatable({ msg = msg }, E)) end
print(pcall(fail, "caught"))
fail("uncaught one")

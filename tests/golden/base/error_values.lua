-- any Lua value can be an error object
local values = { "string", 42, 4.5, true, false }
for _, v in ipairs(values) do
  local ok, e = pcall(error, v)
  print(type(e), tostring(e))
end
local ok, e = pcall(error, nil)
print("nil error", ok, e)
local tbl = { message = "from table" }
local ok2, e2 = pcall(error, tbl)
print("same table", e2 == tbl, e2.message)
local fn = function() return "fn" end
local ok3, e3 = pcall(error, fn)
print("function error", e3 == fn, e3())
-- error object with __tostring
local E = setmetatable({ msg = "custom" }, { __tostring = function(s) return "E(" .. s.msg .. ")" end })
local ok4, e4 = pcall(error, E)
print("tostring error", tostring(e4))
-- rethrowing preserves the object
local ok5, e5 = pcall(function()
  local ok, err = pcall(error, tbl)
  error(err)
end)
print("rethrown", e5 == tbl)
-- error level is ignored for non-strings
local ok6, e6 = pcall(error, 99, 2)
print("level ignored", e6)

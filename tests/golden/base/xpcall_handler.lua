-- the handler is called with the original error object
local function handler(e)
  if type(e) == "table" then return "table with code " .. e.code end
  return "string: " .. e
end
print(xpcall(function() error({ code = 404 }) end, handler))
print(xpcall(function() error("plain", 0) end, handler))
print(xpcall(function() error("positioned") end, handler))
-- handler not called on success
local called = false
print(xpcall(function() return "ok" end, function() called = true end), called)
-- handler can return nothing: result is nil
print(xpcall(function() error("x") end, function() end))
-- arguments after the handler are passed to the function
print(xpcall(function(...) return select('#', ...), ... end, handler, 1, nil, 3))
-- nested xpcall
print(xpcall(function()
  local ok, msg = xpcall(function() error("inner", 0) end, function(m) return "inner handler: " .. m end)
  error(msg .. " / rethrown", 0)
end, function(m) return "outer handler: " .. m end))
-- runtime errors reach the handler with position info
print(xpcall(function() return 1 + nil end, function(m) return "caught: " .. m end))
print(pcall(xpcall))
print(pcall(xpcall, print))

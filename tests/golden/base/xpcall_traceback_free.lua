-- handlers that inspect the message without using debug.traceback
local function handler(msg)
  if type(msg) == "string" then
    local pos = msg:find(":%d+:")
    return "handled [" .. (pos and "has position" or "no position") .. "] " .. msg
  end
  return "handled non-string " .. type(msg)
end
print(xpcall(function() error("with pos") end, handler))
print(xpcall(function() error("without pos", 0) end, handler))
print(xpcall(function() error({}) end, handler))
print(xpcall(function() local x = {} return x.a.b end, handler))
print(xpcall(error, handler, "direct", 0))

local M = {}
M.modname, M.path = ...
function M.double(x)
  return x * 2
end
function M.fail(msg)
  error("util failed: " .. msg)
end
return M

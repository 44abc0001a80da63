-- helper chunk for dofile/loadfile/require tests
local name = ...
MOD_A_LOADS = (MOD_A_LOADS or 0) + 1
local M = {}
M.name = "mod_a"
M.arg = name
function M.greet(who) return "hello " .. who .. " from mod_a" end
return M

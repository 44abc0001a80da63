-- run by dofile_yield.lua through dofile inside a coroutine
local v = coroutine.yield("yield from dofile'd chunk")
return "dofile chunk got " .. tostring(v)

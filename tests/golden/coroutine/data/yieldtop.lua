-- a module whose main chunk yields while being required
local v = coroutine.yield("yield from module top level")
return { loaded_with = v }

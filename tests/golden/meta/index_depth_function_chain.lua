local calls = 0
local level3 = setmetatable({}, { __index = function(_, k) calls = calls + 1 return "L3:" .. k end })
local level2 = setmetatable({ two = "own2" }, { __index = level3 })
local level1 = setmetatable({ one = "own1" }, { __index = level2 })
print(level1.one, level1.two, level1.three, calls)
level2.three = "now own"
print(level1.three, calls)
-- __newindex does not follow __index chain
local sink = {}
local w = setmetatable({}, { __index = level1, __newindex = sink })
w.one = "written"
print(w.one, sink.one, rawget(level1, "one"))

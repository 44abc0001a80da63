-- seed 30: a __call set on the string metatable is ignored
getmetatable("").__call = function(s, t) return t[s] end
local key = "answer"
print(pcall(function() return key({answer = 42}) end))

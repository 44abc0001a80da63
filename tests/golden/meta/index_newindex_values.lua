-- __index/__newindex values: only functions are called, anything else is indexed in turn
-- (no variable name then), and loops end after 2000 steps
local t = setmetatable({}, {__newindex = function(t, k, v) print("ni", k, v) end})
t[nil] = 1
t[0/0] = 2
print(pcall(function() local u = setmetatable({}, {__index = 5}); return u.x end))
print(pcall(function() local u = setmetatable({}, {__newindex = 5}); u.x = 1 end))
print(pcall(function() local u = setmetatable({}, {__newindex = "s"}); u.x = 1 end))
print(pcall(function() local u = setmetatable({}, {__index = "s"}); return u.len == string.len end))
local c = setmetatable({}, {__call = function() return "called" end, __index = function() return "idx" end})
print(pcall(function() local u = setmetatable({}, {__index = c}); return u.x end))
local store = {}
print(pcall(function() local u = setmetatable({}, {__newindex = setmetatable({}, {__newindex = store})}); u.x = 1; return store.x end))
local loop = setmetatable({}, {}); getmetatable(loop).__index = loop
print(pcall(function() return loop.x end))
local loop2 = setmetatable({}, {}); getmetatable(loop2).__newindex = loop2
print(pcall(function() loop2.x = 1 end))
print(pcall(function() local u = setmetatable({}, {__index = setmetatable({}, {__index = 7})}); return u.x end))

-- error(msg, 2) in a function a library function called: level 2 is that library
-- function (a C function in lua5.4), so the message gets no position (issue 10, bug 13)
local u = {3, 1, 2}
print(pcall(table.sort, u, function(a, b) error("cmp", 2) end))
print(pcall(function() table.sort(u, function(a, b) error("cmp in a function", 2) end) end))

-- table.concat reads through __index (lua_geti): the __index function's caller is concat
local t = setmetatable({}, {
  __index = function(_, k) error("index " .. tostring(k), 2) end,
  __len = function() return 2 end,
})
print(pcall(table.concat, t))
print(pcall(function() return table.concat(t, ",") end))
print(pcall(function() local s = table.concat(t) return s end))
-- table.unpack and table.insert too
print(pcall(function() local a, b = table.unpack(t) return a end))
print(pcall(function() table.insert(t, 1, "x") end))

-- level 3 from the comparator: the Lua function that called table.sort
local function sorter()
  table.sort(u, function(a, b) error("cmp level 3", 3) end)
end
print(pcall(sorter))

-- string.gsub's callback, tostring's __tostring: C callers as well
print(pcall(function() return (("abc"):gsub("%w", function(c) error("gsub", 2) end)) end))
print(pcall(function() local s = tostring(setmetatable({}, {__tostring = function() error("ts", 2) end})) return s end))

-- ipairs' iterator is a C function: an __index it runs has it as caller
print(pcall(function() for i, v in ipairs(t) do end end))

-- operators call their metamethods from the Lua function itself: a position
print(pcall(function() local x = t.y return x end))
print(pcall(function() local x = #setmetatable({}, {__len = function() error("len", 2) end}) return x end))
print(pcall(function() local x = setmetatable({}, {__add = function() error("add", 2) end}) + 1 return x end))
-- and so do the generic for (its iterator) and <close>
local function it() error("iterator", 2) end
print(pcall(function() for k in it do end end))
print(pcall(function() local x <close> = setmetatable({}, {__close = function() error("close", 2) end}) end))

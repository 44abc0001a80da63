-- infinite recursion is caught by pcall as a "stack overflow" error
local function inf(n) return 1 + inf(n + 1) end
local ok, err = pcall(inf, 1)
print("failed", not ok)
print("message mentions stack overflow", type(err) == "string" and string.find(err, "stack overflow", 1, true) ~= nil)

-- the program can continue normally after
local function small(n) if n == 0 then return 0 end return 1 + small(n - 1) end
print("after overflow", small(100))

-- overflow through mutual recursion
local a, b
function a() return 1 + b() end
function b() return 1 + a() end
local ok2, err2 = pcall(a)
print("mutual failed", not ok2, string.find(err2, "stack overflow", 1, true) ~= nil)

-- overflow inside a metamethod chain
local t = setmetatable({}, {})
getmetatable(t).__index = function(tbl, k) return tbl[k .. "x"] end
local ok3, err3 = pcall(function() return t.a end)
print("__index overflow", not ok3, type(err3) == "string" and string.find(err3, "stack overflow", 1, true) ~= nil)

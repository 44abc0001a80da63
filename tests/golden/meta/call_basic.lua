local buf = {} local function write(...) for i = 1, select("#", ...) do buf[#buf + 1] = tostring((select(i, ...))) end end local function flush() print(table.concat(buf)) buf = {} end
local callable = setmetatable({ name = "obj" }, {
  __call = function(self, a, b)
    local function d(v) return type(v) == "table" and "<table>" or tostring(v) end
    return "called " .. self.name .. " with " .. d(a) .. "," .. d(b)
  end,
})
print(callable(1, 2))
print(callable())
print(callable "str")
print(callable { 1 })
-- returns multiple values
local multi = setmetatable({}, { __call = function(self, ...) return select('#', ...), ... end })
print(multi(nil, nil, 3))
-- callable in pcall
print(pcall(callable, "x", "y"))
-- callable as method
local holder = { m = callable }
print(holder:m("arg"))
-- callable as iterator
local counter = setmetatable({ i = 0 }, { __call = function(self) self.i = self.i + 1 if self.i <= 3 then return self.i end end })
for v in counter do write(v, " ") end
flush()
-- functable used as a memoizing function
local sq = setmetatable({}, { __call = function(self, n) local v = rawget(self, n) if not v then v = n * n; self[n] = v end return v end })
print(sq(4), sq(4), rawget(sq, 4))
-- callable in table.sort comparator position is not needed; callable in string.format? use tostring
print(type(callable))

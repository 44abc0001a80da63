local Set = {}
Set.__index = Set
local function new(items) local s = setmetatable({ items = {} }, Set) for _, v in ipairs(items) do s.items[v] = true end return s end
function Set.__len(s) local n = 0 for _ in pairs(s.items) do n = n + 1 end return n end
function Set.__add(a, b) local r = new({}) for k in pairs(a.items) do r.items[k] = true end for k in pairs(b.items) do r.items[k] = true end return r end
function Set.__mul(a, b) local r = new({}) for k in pairs(a.items) do if b.items[k] then r.items[k] = true end end return r end
function Set.__sub(a, b) local r = new({}) for k in pairs(a.items) do if not b.items[k] then r.items[k] = true end end return r end
function Set.__le(a, b) for k in pairs(a.items) do if not b.items[k] then return false end end return true end
function Set.__lt(a, b) return a <= b and not (b <= a) end
function Set.__eq(a, b) return a <= b and b <= a end
function Set.__tostring(s) local k = {} for x in pairs(s.items) do k[#k + 1] = x end table.sort(k) return "{" .. table.concat(k, ",") .. "}" end
local a, b = new({ 1, 2, 3 }), new({ 2, 3, 4 })
print(tostring(a + b), tostring(a * b), tostring(a - b))
print(#a, #(a + b), a <= a + b, a < a + b, a == new({ 3, 2, 1 }), a < a)

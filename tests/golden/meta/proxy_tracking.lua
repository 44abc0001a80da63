local function track(t)
  local log = {}
  local proxy = setmetatable({}, {
    __index = function(_, k) log[#log + 1] = "get " .. tostring(k) return t[k] end,
    __newindex = function(_, k, v) log[#log + 1] = "set " .. tostring(k) .. "=" .. tostring(v) t[k] = v end,
    __len = function() return #t end,
    __pairs = function() return next, t, nil end,
  })
  return proxy, log
end
local p, log = track({ 1, 2, 3 })
p[4] = 4
local x = p[1] + p[4]
p.name = "tracked"
print("x", x, "#p", #p, "name", p.name)
for _, l in ipairs(log) do print(l) end
local keys = {}
for k in pairs(p) do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print("keys via __pairs", table.concat(keys, ","))
-- ipairs goes through __index
local seen = {}
for i, v in ipairs(p) do seen[#seen + 1] = v end
print("ipairs", table.concat(seen, ","))

print(_VERSION)
print(type(_G), _G._G == _G, _G.print == print)
local names = {}
for _, n in ipairs({ "assert", "collectgarbage", "dofile", "error", "getmetatable", "ipairs", "load",
  "loadfile", "next", "pairs", "pcall", "print", "rawequal", "rawget", "rawlen", "rawset", "require",
  "select", "setmetatable", "tonumber", "tostring", "type", "xpcall" }) do
  names[#names + 1] = n .. "=" .. type(_G[n])
end
print(table.concat(names, " "))
local libs = {}
for _, n in ipairs({ "string", "table", "math", "io", "os", "utf8", "package" }) do
  libs[#libs + 1] = n .. "=" .. type(_G[n])
end
print(table.concat(libs, " "))
print("math.pi", math.pi, "maxinteger", math.maxinteger)
print("unpack is table.unpack", table.unpack ~= nil, unpack)
-- setting a global through _G
_G.fresh = "new"
print(fresh)

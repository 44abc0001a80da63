-- tostring of files, and their metatable
local name = "tmp_tostring.txt"
local f = assert(io.open(name, "w"))
print(tostring(f):match("^file %(0x%x+%)$") ~= nil)
print(tostring(io.stdout):match("^file %(0x%x+%)$") ~= nil)
print(tostring(f) == tostring(f), tostring(f) ~= tostring(io.stdout))
f:close()
print(tostring(f))
local mt = getmetatable(io.stdout)
print(type(mt), mt.__name, mt.__index == getmetatable(f).__index)
local names = {}
for k in pairs(mt.__index) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
local events = {}
for k in pairs(mt) do events[#events + 1] = k end
table.sort(events)
print(table.concat(events, " "))
print(mt.__tostring(f), type(mt.__close), type(mt.__gc))
os.remove(name)

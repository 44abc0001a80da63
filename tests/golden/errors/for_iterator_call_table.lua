-- a generic for whose iterator is a table without __call: lua5.4's error, with position
local function collect(it) local n = 0 for _ in it do n = n + 1 end return n end
print(pcall(collect, {}))
print(pcall(collect, setmetatable({}, {})))
print(pcall(collect, 42))
local calls = 0
local callable = setmetatable({}, {__call = function(self, s, c)
  calls = calls + 1
  if calls <= 3 then return calls end
end})
print(pcall(collect, callable))
for x in {} do end

-- the 4th value of a generic for is a to-be-closed variable
local function closer(name)
  return setmetatable({}, { __close = function(o, err) print("closing", name, err) end })
end
local function iter(n, name)
  local i = 0
  return function()
    i = i + 1
    if i <= n then return i end
  end, nil, nil, closer(name)
end

for i in iter(2, "normal") do print("body", i) end
print("after normal")

for i in iter(5, "break") do
  if i == 2 then break end
  print("body", i)
end
print("after break")

local function ret()
  for i in iter(5, "return") do
    if i == 3 then return "returned " .. i end
  end
end
print(ret())

local ok, err = pcall(function()
  for i in iter(5, "error") do
    if i == 2 then error("oops", 0) end
  end
end)
print("pcall", ok, err)

-- nil as closing value is allowed
for i in function(_, c) if not c then return 1 end end, nil, nil, nil do print("nil closer", i) end

-- a non-closable 4th value is an error
print(pcall(function()
  for i in function() end, nil, nil, 42 do end
end))

-- <close> variables in blocks that have labels: the ::continue:: idiom, gotos
-- backwards, break, return and errors leaving the block
local function res(n) return setmetatable({}, { __close = function(_, e) print("close", n, e) end }) end
for i = 1, 3 do
  local r <close> = res(i)
  if i == 2 then goto continue end
  print("body", i)
  ::continue::
end
local function f(n)
  local a <close> = res("a")
  ::retry::
  local b <close> = res("b" .. n)
  n = n + 1
  if n < 3 then goto retry end
  if n == 3 then return "returned " .. n end
end
print(f(1))
while true do
  local w <close> = res("w")
  ::x::
  local v <close> = res("v")
  break
end
print(pcall(function()
  local e1 <close> = res("e1")
  ::l::
  local e2 <close> = res("e2")
  error("boom", 0)
end))
local k = 0
::outer::
k = k + 1
do
  local o <close> = res("o" .. k)
  ::inner::
  if k < 2 then goto outer end
end
print("end", k)

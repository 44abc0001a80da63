function F(a)
  local i = debug.getinfo(1, "n")
  print(i.name, i.namewhat)
  return a,2,3
end
local a,b = F(1)~=nil
print(a, b)
local t = {}
function t.m() local i = debug.getinfo(1, "n"); print(i.name, i.namewhat) end
t.m()
function t:mm() local i = debug.getinfo(1, "n"); print(i.name, i.namewhat) end
t:mm()
local function loc() local i = debug.getinfo(1, "n"); print(i.name, i.namewhat) end
loc()
local function show() local i = debug.getinfo(1, "n"); print(i.name, i.namewhat) end
pcall(show)
local mt = setmetatable({}, {__index = function() show(); local i = debug.getinfo(1, "n"); print(i.name, i.namewhat) end})
local _ = mt.x
for _ in function() local i = debug.getinfo(1, "n"); print(i.name, i.namewhat) end do end
local up = show
local function viaup() up() end
viaup()
print(debug.getinfo(print).namewhat, debug.getinfo(show, "n").name)
local function lvl2() local i = debug.getinfo(2, "nSl"); print(i.name, i.namewhat, i.what, i.currentline) end
local function caller() lvl2() end
caller()

-- backward goto forms a loop
local i = 1
::top::
if i <= 3 then
  print("top", i)
  i = i + 1
  goto top
end

-- closures created in a goto loop capture fresh locals each time
local fs = {}
local n = 0
::again::
do
  local x = n
  fs[#fs + 1] = function() return x end
end
n = n + 1
if n < 3 then goto again end
print("closures", fs[1](), fs[2](), fs[3]())

-- nested labels with same name in different blocks
do
  goto l
  print("skipped")
  ::l::
  print("in block 1")
end
do
  goto l
  print("skipped")
  ::l::
  print("in block 2")
end

-- goto at end of function body
local function f(x)
  if x then goto out end
  print("x is falsy")
  ::out::
  return "returned"
end
print(f(true))
print(f(false))

-- label at the end of a block, followed by nothing
for k = 1, 2 do
  do goto skip end
  ::skip::
end
print("end")

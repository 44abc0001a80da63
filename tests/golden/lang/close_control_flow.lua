local function closer(name)
  return setmetatable({}, { __close = function(_, err) print("close", name, err) end })
end

-- break closes
for i = 1, 3 do
  local c <close> = closer("loop " .. i)
  if i == 2 then break end
  print("iter", i)
end

-- goto out of a block closes
do
  local c <close> = closer("goto")
  goto out
end
::out::
print("after goto")

-- each iteration closes its own variable
local i = 0
while i < 2 do
  i = i + 1
  local c <close> = closer("while " .. i)
end

-- error closes with the error object
local ok, err = pcall(function()
  local c1 <close> = closer("e1")
  local c2 <close> = closer("e2")
  error("failure", 0)
end)
print("pcall", ok, err)

-- error object that is a table
local ok2, err2 = pcall(function()
  local c <close> = setmetatable({}, { __close = function(_, e) print("close got table", type(e), e.code) end })
  error({ code = 7 })
end)
print("pcall2", ok2, type(err2), err2.code)

-- nested functions
local function inner()
  local c <close> = closer("inner")
  return "inner result"
end
local function outer()
  local c <close> = closer("outer")
  local r = inner()
  print("got", r)
  return r
end
outer()

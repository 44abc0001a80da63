-- os.exit(true) inside a coroutine without close: nothing is closed
local function closer(name)
  return setmetatable({}, {__close = function(_, e) print("close", name, e) end})
end
local m <close> = closer("main")
local co = coroutine.create(function()
  local c <close> = closer("coroutine")
  print(coroutine.resume(coroutine.create(function()
    local d <close> = closer("nested")
    os.exit(true)
  end)))
end)
print(coroutine.resume(co))

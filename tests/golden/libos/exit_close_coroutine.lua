-- os.exit inside a coroutine: lua_close closes only the main thread's pending variables
local function closer(name)
  return setmetatable({}, {__close = function(_, e) print("close", name, e) end})
end
local m <close> = closer("main")
local function body(close)
  local c <close> = closer("coroutine")
  coroutine.yield(1)
  local d <close> = closer("after yield")
  print(pcall(os.exit, 5, close))
end
local co = coroutine.wrap(body)
print(co(true))
local outer <close> = closer("outer")
local function run()
  local r <close> = closer("resumer")
  co()
end
run()

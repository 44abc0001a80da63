-- PIL-style producer/consumer with a filter in between
local function receive(prod)
  local _, value = coroutine.resume(prod)
  return value
end
local function send(x) coroutine.yield(x) end
local function producer(items)
  return coroutine.create(function()
    for _, it in ipairs(items) do send(it) end
    send(nil)
  end)
end
local function filter(prod)
  return coroutine.create(function()
    local line = 1
    while true do
      local x = receive(prod)
      if x == nil then send(nil) break end
      send(string.format("%5d %s", line, x))
      line = line + 1
    end
  end)
end
local function consumer(prod)
  while true do
    local x = receive(prod)
    if x == nil then break end
    io.write(x, "\n")
  end
end
consumer(filter(producer({ "alpha", "beta", "gamma", "delta" })))
print("done")

-- closing a generator that was abandoned early releases its resources
local function lines_of(t, log)
  return coroutine.create(function()
    local handle <close> = setmetatable({}, { __close = function()
      log[#log + 1] = "handle released"
    end })
    log[#log + 1] = "handle opened"
    for _, l in ipairs(t) do coroutine.yield(l) end
    log[#log + 1] = "exhausted"
  end)
end
local log = {}
local g = lines_of({ "one", "two", "three", "four" }, log)
for _ = 1, 2 do
  local _, l = coroutine.resume(g)
  log[#log + 1] = "read " .. l
end
log[#log + 1] = "close -> " .. tostring(coroutine.close(g))
print(table.concat(log, "\n"))
-- running to the end closes it without coroutine.close
local log2 = {}
local g2 = lines_of({ "x" }, log2)
while coroutine.resume(g2) and coroutine.status(g2) ~= "dead" do end
print(table.concat(log2, ", "))

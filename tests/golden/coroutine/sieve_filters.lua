-- concurrent prime sieve: a chain of filter coroutines, one per prime
local function counter(from)
  return coroutine.wrap(function()
    local n = from
    while true do coroutine.yield(n) n = n + 1 end
  end)
end
local function filter(p, src)
  return coroutine.wrap(function()
    while true do
      local n = src()
      if n % p ~= 0 then coroutine.yield(n) end
    end
  end)
end
local src = counter(2)
local out = {}
for _ = 1, 25 do
  local p = src()
  out[#out + 1] = p
  src = filter(p, src)
end
print(table.concat(out, " "))

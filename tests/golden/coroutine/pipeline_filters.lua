-- chains of wrap-based filters
local function source(t)
  return coroutine.wrap(function()
    for _, v in ipairs(t) do coroutine.yield(v) end
  end)
end
local function map(f, gen)
  return coroutine.wrap(function()
    for v in gen do coroutine.yield(f(v)) end
  end)
end
local function select_if(p, gen)
  return coroutine.wrap(function()
    for v in gen do if p(v) then coroutine.yield(v) end end
  end)
end
local function take(n, gen)
  return coroutine.wrap(function()
    for v in gen do
      if n <= 0 then return end
      n = n - 1
      coroutine.yield(v)
    end
  end)
end
local nums = {}
for i = 1, 30 do nums[i] = i end
local out = {}
for v in take(5, map(function(x) return x * x end,
                     select_if(function(x) return x % 3 == 0 end, source(nums)))) do
  out[#out + 1] = v
end
print(table.concat(out, " "))

-- A small busted spec suite (Debian lua-busted): describe/it blocks made in
-- loops, luassert matchers, spies and before_each hooks.  Run with
--   busted -o TAP corpus_spec.lua      (TAP output has no timings)
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end

local function merge_sort(t)
  if #t <= 1 then return t end
  local mid = #t // 2
  local a, b = {}, {}
  for i = 1, mid do a[#a + 1] = t[i] end
  for i = mid + 1, #t do b[#b + 1] = t[i] end
  a, b = merge_sort(a), merge_sort(b)
  local out, i, j = {}, 1, 1
  while i <= #a and j <= #b do
    if a[i] <= b[j] then out[#out + 1] = a[i]; i = i + 1
    else out[#out + 1] = b[j]; j = j + 1 end
  end
  for k = i, #a do out[#out + 1] = a[k] end
  for k = j, #b do out[#out + 1] = b[k] end
  return out
end

describe("arithmetic", function()
  for n = 1, 20 do
    it("fib " .. n, function()
      assert.are.equal(fib(n), fib(n - 1) + fib(n - 2 >= 0 and n - 2 or 0) * (n >= 2 and 1 or 0) + (n == 1 and 1 or 0))
      assert.is_true(fib(n) >= 0)
    end)
  end
end)

describe("sorting", function()
  local data
  before_each(function()
    data = {}
    local seed = 3
    for i = 1, 400 do
      seed = (seed * 1103515245 + 12345) % 2147483648
      data[i] = seed % 1000
    end
  end)
  for round = 1, 30 do
    it("merge sort agrees with table.sort, round " .. round, function()
      local sorted = merge_sort(data)
      table.sort(data)
      assert.are.same(data, sorted)
      assert.is_not.equal(data, sorted)
    end)
  end
end)

describe("strings", function()
  for n = 1, 40 do
    it("format and match " .. n, function()
      local s = string.format("%05d:%s:%x", n, ("ab"):rep(n), n * 255)
      local num, rest, hex = s:match("^(%d+):(%a+):(%x+)$")
      assert.are.equal(n, tonumber(num))
      assert.are.equal(2 * n, #rest)
      assert.are.equal(n * 255, tonumber(hex, 16))
      assert.has_error(function() error("boom " .. n) end)
      assert.matches("^%d+", s)
    end)
  end
end)

describe("spies and tables", function()
  it("counts calls", function()
    local s = spy.new(function(x) return x * 2 end)
    for i = 1, 200 do s(i) end
    assert.spy(s).was.called(200)
    assert.spy(s).was.called_with(200)
  end)
  for n = 1, 30 do
    it("deep tables " .. n, function()
      local t = { a = { b = { c = n, list = { 1, 2, 3, n } } }, name = "t" .. n }
      local u = { a = { b = { c = n, list = { 1, 2, 3, n } } }, name = "t" .. n }
      assert.are.same(t, u)
      u.a.b.list[4] = n + 1
      assert.are_not.same(t, u)
    end)
  end
end)

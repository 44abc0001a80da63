-- yield from __concat and __len
local mt = {
  __concat = function(a, b)
    local sep = coroutine.yield("concat")
    local l = type(a) == "table" and a.s or a
    local r = type(b) == "table" and b.s or b
    return l .. sep .. r
  end,
  __len = function(a)
    return coroutine.yield("len of " .. a.s)
  end,
}
local function S(s) return setmetatable({ s = s }, mt) end
local co = coroutine.wrap(function()
  local r = S("left") .. "right"
  print("concat:", r)
  local r2 = "x" .. S("y") .. "z"
  print("concat chain:", r2)
  print("len:", #S("hello"))
  return "end"
end)
print(co())
print(co("+"))
print(co("-"))
print(co("*"))
print(pcall(co, 42))

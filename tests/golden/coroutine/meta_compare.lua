-- yield from __eq, __lt and __le
local mt = {}
mt.__eq = function(a, b) return coroutine.yield("eq " .. a.v .. " " .. b.v) end
mt.__lt = function(a, b) return coroutine.yield("lt " .. a.v .. " " .. b.v) end
mt.__le = function(a, b) return coroutine.yield("le " .. a.v .. " " .. b.v) end
local function obj(v) return setmetatable({ v = v }, mt) end
local co = coroutine.create(function()
  local a, b = obj(1), obj(2)
  print("a == b:", a == b)
  print("a ~= b:", a ~= b)
  print("a < b:", a < b)
  print("a > b:", a > b)
  print("a <= b:", a <= b)
  print("a >= b:", a >= b)
  if a < b then print("branch taken") else print("branch not taken") end
end)
local answers = { true, true, 1, nil, "yes", false, false }
local ok, msg = coroutine.resume(co)
local i = 1
while coroutine.status(co) ~= "dead" do
  print("->", msg, "answer", answers[i])
  ok, msg = coroutine.resume(co, answers[i])
  i = i + 1
end
print("done", ok, msg)

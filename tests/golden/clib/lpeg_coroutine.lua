-- lpeg and cjson inside coroutines: a yield from a match-time capture or a function
-- capture crosses the C call (an error, as in lua5.4); results pass through yields
local lpeg = require "lpeg"
local cjson = require "cjson"
local co = coroutine.wrap(function()
  local p = lpeg.Cmt(lpeg.P(1), function(s, i) coroutine.yield("inside") return i end)
  print(pcall(lpeg.match, p, "abc"))
  print(pcall(p.match, p, "abc"))
  print(pcall(function() return p:match("abc") end))
  local q = lpeg.C(lpeg.P(1)^1) / function(x) return x:upper() end
  coroutine.yield(lpeg.match(q, "abc"))
  local r = lpeg.P(1) / function() coroutine.yield("from a capture") end
  print(pcall(lpeg.match, r, "z"))
  coroutine.yield(cjson.encode({1, 2}))
  coroutine.yield(cjson.decode("[3]")[1])
  return "done"
end)
print(co()); print(co()); print(co()); print(co())
local gen = coroutine.wrap(function()
  for w in ("one two three"):gmatch("%a+") do
    coroutine.yield(lpeg.match(lpeg.C(lpeg.R"az"^1) / string.upper, w))
  end
end)
print(gen(), gen(), gen())

-- issue 10 #14: debug.getinfo's "S", "u" and "L" fields of Lua functions as lua5.4
-- gives them: lastlinedefined (the line of `end`), nparams, isvararg, nups, activelines
-- (the lines holding code: not the `function` line unless code starts there, always the
-- `end` line, where the final return is; a vararg function's setup does not count)
local function show(name, f)
  local d = debug.getinfo(f, "SuL")
  local ks = {}
  for k in pairs(d.activelines) do ks[#ks + 1] = k - d.linedefined end
  table.sort(ks)
  print(name, d.lastlinedefined - d.linedefined, d.nparams, d.isvararg, d.nups,
        table.concat(ks, " "))
end

local up1, up2 = 1, 2

show("empty", function () end)
show("empty2", function (a, b)
end)
show("vararg", function (...)
  -- a comment
  local a = 20

  local b = 30
  -- another
end)
show("oneline", function (a) return a + up1 end)
show("twoargs", function (a, b, ...) return a, b, up1, up2 end)
show("early", function (x)
  if x then
    return 1
  end
  return 2
end)
show("lastret", function (x)
  return x

end)
local function loops(n)
  local s = 0
  for i = 1, n do
    s = s + i
  end
  while s > 10 do
    s = s - 1
  end
  return s
end
show("loops", loops)
local function rec(n)
  if n <= 0 then return 0 end
  return rec(n - 1)
end
show("rec", rec)
local t = {}
function t.method(self,
                  a,
                  b)
  return self, a, b
end
show("params", t.method)
function t:colon(x)
  local y = x
  return self, y
end
show("colon", t.colon)
show("nested", function ()
  local function inner()
    return up1
  end
  return inner
end)
local co = coroutine.wrap(function (x)
  local a = 1
  coroutine.yield(debug.getinfo(1, "SL"))
  return a
end)
local d = co(1)
local ks = {}
for k in pairs(d.activelines) do ks[#ks + 1] = k - d.linedefined end
table.sort(ks)
print("coroutine", d.lastlinedefined - d.linedefined, table.concat(ks, " "))
for _, n in ipairs({0, 1, 2, 10}) do
  local f = load(string.rep("\n", n) .. " return 1")
  local info = debug.getinfo(f, "SL")
  local ks = {}
  for k in pairs(info.activelines) do ks[#ks + 1] = k end
  print("chunk", n, info.linedefined, info.lastlinedefined, table.concat(ks, " "))
end
local main = debug.getinfo(1, "Su")
print("main", main.linedefined, main.lastlinedefined, main.nparams, main.isvararg, main.nups)

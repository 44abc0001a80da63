-- a generic for's 4th hidden "(for state)" local is its closing value (files.lua's
-- io.lines test finds the file it closes this way)
local function closing_value(lv)
  lv = lv + 1
  local n = 0
  for i = 1, 100 do
    local name, v = debug.getlocal(lv, i)
    if not name then return nil end
    if name == "(for state)" then
      n = n + 1
      if n == 4 then return v end
    end
  end
end
local c = setmetatable({}, {__close = function () print("closed") end, __name = "C"})
for a in function (s, ctl) if ctl == nil then return 1 end end, "st", nil, c do
  print(closing_value(1) == c)
end
local name = os.tmpname()
local fh = io.open(name, "w") fh:write("one\ntwo\n") fh:close()
local f
for l in io.lines(name) do
  f = closing_value(1)
  print(l, io.type(f))
  break
end
print(io.type(f))
local function foo()
  for l in io.lines(name) do
    f = closing_value(1)
    error(f)
  end
end
local ok, msg = pcall(foo)
print(ok, io.type(msg))
os.remove(name)
-- upvalues are numbered in the order lparser creates them: an assignment's targets first
local p, q, t = 1, 2, {}
local g = function () p = q; t[p] = q end
print(debug.getupvalue(g, 1), debug.getupvalue(g, 2), (debug.getupvalue(g, 3)))

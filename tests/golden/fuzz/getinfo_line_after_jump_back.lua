-- fuzz seed 13225 (generator 5): under PyPy 3.9 f_lineno reads a line step of -128 in
-- co_lnotab as +128, so currentline and call-site names came out 256 Python lines off
-- (runtime/core/frames.line_at)
-- lua2py differential fuzz program
local _print, _tostring, _type, _select, _pcall = print, tostring, type, select, pcall
local _concat, _pack, _unpack = table.concat, table.pack, table.unpack
local _cocreate, _coresume, _costatus, _coyield = coroutine.create, coroutine.resume, coroutine.status, coroutine.yield
local _isyieldable, _setmt, _getmt = coroutine.isyieldable, setmetatable, getmetatable
local _floor, _format = math.floor, string.format
local function show(...)
  local n = _select("#", ...)
  local out = {}
  for i = 1, n do
    local v = _select(i, ...)
    local tv = _type(v)
    if tv == "table" or tv == "function" or tv == "thread" or tv == "userdata" then
      out[i] = tv
    else
      out[i] = _tostring(v)
    end
  end
  return _concat(out, " ")
end
local function ev(tag, v)
  _print("ev", tag)
  return v
end
function gev(tag, ...)
  _print("gev", tag)
  return ...
end
local function Y(...)
  if _isyieldable() then
    return _coyield(...)
  end
  return ...
end
local function both(name, f)
  _print(name, "plain", show(_pcall(f)))
  local co = _cocreate(f)
  for i = 1, 12 do
    local r = _pack(_coresume(co, i))
    _print(name, "co", i, show(_unpack(r, 1, r.n)))
    if _costatus(co) == "dead" then break end
  end
end
-- end of prelude
local function s1_tables()
  local t = {{}, true}
  print("s1_tables", #t, show(t[1], t[#t], rawlen(t), select("#", table.unpack(t))))
  for i, v in ipairs(t) do print("s1_tables", i, show(v)) end
  table.insert(t, 7)
  table.insert(t, "ins")
  do local p = setmetatable({}, {__newindex = function(tt, k, v) print("s1_tables", "ni", k) rawset(tt, k, v) end}) p.a = 1 p.a = 2 p[1] = 3 print("s1_tables", p.a, #p) end
  do local s = {} for i = 2, 1, -1 do s[#s + 1] = i * 3 % 7 end table.sort(s, function(a, b) return a > b end) print("s1_tables", table.concat(s, ",")) end
  do local s = {} for i = 2, 1, -1 do s[#s + 1] = i * 3 % 7 end table.sort(s, function(a, b) return a > b end) print("s1_tables", table.concat(s, ",")) end
  do local p = setmetatable({}, {__newindex = function(tt, k, v) print("s1_tables", "ni", k) rawset(tt, k, v) end}) p.a = 1 p.a = 2 p[1] = 3 print("s1_tables", p.a, #p) end
end
local function s2_fornum()
  do
    local cnt, last = 0, nil
    for i = 0, 3.5, 1 do
      cnt = cnt + 1; last = i
      if cnt > 12 then break end
    end
    print("s2_fornum", cnt, last, math.type(last))
  end
end
local function s3_varargs()
  local function va(...)
    local a, b = ...
    local t = {...}
    local p = table.pack(...)
    return select("#", ...), a, b, #t, p.n, (...)
  end
  local function multi() return 1, nil, 3 end
  print("s3_varargs", show(pcall(va, nil, nil)))
  print("s3_varargs", show(pcall(va, multi())))
  print("s3_varargs", show(select(-1, 1, 2, 3)), show(pcall(select, -5, 1)))
end
local function s4_meta()
  local mt = {}
  local function new(v) return setmetatable({v = v}, mt) end
  mt.__add = function(a, b) local x = type(a) == "table" and a.v or a; local y = type(b) == "table" and b.v or b; return new(x .. "add" .. y) end
  mt.__name = "MyType"
  mt.__call = function(self, a, b) return self.v, a, b end
  mt.__unm = function(a) return new("neg" .. a.v) end
  mt.__mod = function(a, b) local x = type(a) == "table" and a.v or a; local y = type(b) == "table" and b.v or b; return new(x .. "mod" .. y) end
  mt.__band = function(a, b) local x = type(a) == "table" and a.v or a; local y = type(b) == "table" and b.v or b; return new(x .. "band" .. y) end
  mt.__idiv = function(a, b) local x = type(a) == "table" and a.v or a; local y = type(b) == "table" and b.v or b; return new(x .. "idiv" .. y) end
  local A, B, C = new("a"), new(2), new(3)
  print("s4_meta", show(pcall(function() return #A end)))
  print("s4_meta", show(pcall(function() return (-A).v end)))
  print("s4_meta", show(pcall(function() return (A // B).v end)))
  print("s4_meta", show(pcall(function() return A + 1 end)))
end
local function s5_arith()
  local i1 = (0x10 + math.maxinteger)
  local i2 = (7 ~ i1)
  local i3 = ((-1) * i1)
  local f4 = 0.5
  local n5 = (1e-7 * (1.5 % 0.0))
  f4 = f4 / 2.0
  i3 = i2
  for k = 2, 6 do
    i1 = i1 + k * 6
  end
  n5 = Y(i2)
  i2 = (i3 + i3)
  for k = -2, 4 do
    n5 = n5 + k * (-1)
  end
  print("s5_arith", show(((i2 ^ 2) - (100 / 5)), f4 <= n5))
  if i3 > (f4 * n5) then
    i1 = (i3 % 2)
  else
    n5 = i3
  end
  print("s5_arith", show(i1, i2, i3, f4, n5))
  print(i1, i2, i3, f4)
  print(math.type(i1), math.type(i2), math.type(i3), math.type(f4), math.type(n5))
end
local function s6_getinfo()
  local up8 = "u"
  local function gi7(a6)
    local x = up8
    local here = debug.getinfo(1, "lSn")
    local caller = debug.getinfo(2, "l")
    return here.currentline, here.what, here.short_src, here.linedefined, show(here.name), here.namewhat, caller and caller.currentline
  end
  do local i = debug.getinfo(gi7, "u") print("s6_getinfo", show(i.isvararg), show(i.currentline), show(i.linedefined)) end
  do local i = debug.getinfo(gi7, "u") print("s6_getinfo", show(i.func == gi7), show(i.lastlinedefined), show(i.source), show(i.isvararg), show(i.nparams)) end
  do local i = debug.getinfo(gi7, "Slu") print("s6_getinfo", show(i.what), show(i.nparams)) end
  local obj9 = {m = gi7}
  G10 = gi7
  print("s6_getinfo", show(obj9:m()))
  print("s6_getinfo", show((gi7)()))
  do local i = debug.getinfo(string.format) print("s6_getinfo", i.what, i.short_src, i.currentline, i.linedefined, i.nparams, i.isvararg, i.nups, show(i.source)) end
  print("s6_getinfo", show(debug.getinfo(1, "f").func ~= nil), show(debug.getinfo(50)), debug.getinfo(1, "l").currentline)
end
both("s1_tables", s1_tables)
print("s2_fornum", show(pcall(s2_fornum)))
both("s3_varargs", s3_varargs)
both("s4_meta", s4_meta)
print("s5_arith", show(pcall(s5_arith)))
both("s6_getinfo", s6_getinfo)

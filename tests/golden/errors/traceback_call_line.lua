-- a call's traceback line is the line of the call itself, also when it is the last
-- argument of a call written over several lines (luaunit's assertEquals(0, f(...)))
local function g(a, b) error("x") end
local function f(...) return ... end
local ok = pcall(function()
  f( 0,
    g('a', '',
      'b') )
end)
print(xpcall(function()
  f( 0,
    g('a', '',
      'b') )
end, debug.traceback))
local t = {assertEquals = f}
print(xpcall(function()
  t.assertEquals( 0,
    g('a', '',
      'b') )
end, debug.traceback))

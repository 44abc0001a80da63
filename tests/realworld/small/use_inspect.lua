-- requires: lua-inspect
-- inspect.lua (Debian ships it for Lua 5.1-5.3: add that folder, as lua5.4 would need too)
package.path = package.path .. ";/usr/share/lua/5.3/?.lua"
local inspect = require "inspect"
print(inspect._VERSION)
print(inspect({1, 2, 3}))
print(inspect({a = 1, b = {c = "x", d = {true, false}}, [10] = 1.5, ["key with space"] = "v"}))
print(inspect("str\nwith \"quotes\""), inspect(42), inspect(nil), inspect(math.huge))
print(inspect({1, 2, {3, {4, {5}}}}, {depth = 2}))
print(inspect({a = {b = 1}}, {newline = " ", indent = ""}))
local mt = {__index = {inherited = true}}
print(inspect(setmetatable({own = 1}, mt)))
local shared = {"shared"}
print(inspect({shared, shared}))
local cyc = {name = "c"} cyc.self = cyc
print(inspect(cyc))
print(inspect({a = 1, b = 2, secret = 3}, {process = function(item, path)
  if path[#path] == "secret" then return nil end
  return item
end}))
print(inspect({f = "x", [{}] = 1, [true] = 2, [1.5] = 3}, {process = function(item, path)
  if type(item) == "table" and path[#path] ~= inspect.METATABLE then return item end
  return item
end}):gsub("<table %d+>", "<table>"))
print(inspect({1, nil, 3}))
print(inspect({["1"] = "string key", [1] = "int key"}))

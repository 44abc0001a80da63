-- a real grammar: a JSON decoder written with LPeg combinators (data/json_lpeg.lua) on a
-- generated document and on edge cases, both decoded values and failures printed
package.path = "data/?.lua;" .. package.path
local J = require "json_lpeg"
local gen = require "jsongen"
local cases = {
  '{}', '[]', '0', '-0', '1.5e3', '-12.25E-2', '"a\\u00e9\\n\\"x\\"\\/"', '[1, [2, [3, []]], {"a": {}}]',
  '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}', '  [ 1 , 2 ]  ', '"\\ud83d"',
  '[1,]', '{"a" 1}', '01', '1.', '.5', '"unterminated', '[1 2]', '{"a":1,}', 'nul', '"tab\there"',
  '"\\x"', '[' .. string.rep("[", 30) .. string.rep("]", 30) .. ']', '1e', '-', '"\\u12"',
}
for _, c in ipairs(cases) do
  local v, pos = J.decode(c)
  if v == nil then print("fail", pos, c) else print(gen.encode(v, J.null)) end
end
local doc = gen.document(300)
local v = J.decode(doc)
local text = gen.encode(v, J.null)
print(#doc, #v, #text, text:sub(1, 200))
local sum, count = 0, 0
local function walk(x)
  if type(x) == "number" then sum = sum + x; count = count + 1
  elseif type(x) == "table" then
    local keys = {}
    for k in pairs(x) do keys[#keys + 1] = tostring(k) .. "\0" .. type(k) end
    table.sort(keys)  -- a fixed order: lua5.4's pairs order of string keys changes from run to run
    for _, k in ipairs(keys) do
      local name, kind = k:match("^(.*)%z(.*)$")
      walk(x[kind == "number" and tonumber(name) or name])
    end
  end
end
walk(v)
print(count, string.format("%.6f", sum))

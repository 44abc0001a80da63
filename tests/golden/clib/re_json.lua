-- a real grammar in re syntax: a JSON decoder (data/json_re.lua), checked against the
-- LPeg-combinator decoder on a generated document and on edge cases
package.path = "data/?.lua;" .. package.path
local JR = require "json_re"
local JL = require "json_lpeg"
local gen = require "jsongen"
local cases = {
  '{}', '[]', '0', '-0', '1.5e3', '-12.25E-2', '"a\\u00e9\\n\\"x\\"\\/"', '[1, [2, [3, []]], {"a": {}}]',
  '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}', '  [ 1 , 2 ]  ', '[1,]', '{"a" 1}', '01',
  '"\\x"', '[' .. string.rep("[", 30) .. string.rep("]", 30) .. ']',
}
for _, c in ipairs(cases) do
  local v = JR.decode(c)
  print(v == nil and "fail" or gen.encode(v, JR.null), c)
end
for _, n in ipairs{ 10, 200 } do
  local doc = gen.document(n, n)
  local a, b = gen.encode(JR.decode(doc), JR.null), gen.encode(JL.decode(doc), JL.null)
  print(n, #doc, #a, a == b, a:sub(1, 120))
end

-- dkjson (Debian lua-dkjson): encode a generated document, decode it, encode
-- it again, several rounds.  The document is built from a fixed LCG, object
-- keys are emitted in a fixed order (dkjson's keyorder option), so the output
-- does not depend on the table iteration order.
--   lua5.4 dkjson_roundtrip.lua [records] [rounds]
local json = require("dkjson")

local records = tonumber(arg and arg[1]) or 2000
local rounds = tonumber(arg and arg[2]) or 4

local seed = 42
local function rand(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n
end

local words = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
                "quote\"d", "back\\slash", "tab\there", "new\nline", "unicode \u{e9}\u{263a}" }
local function word() return words[rand(#words) + 1] end

local function record(i)
  local tags = {}
  for j = 1, rand(5) do tags[j] = word() end
  local scores = {}
  for j = 1, 4 + rand(4) do scores[j] = rand(100000) / 128 end
  return {
    id = i,
    name = word() .. " " .. word(),
    active = rand(2) == 0,
    ratio = rand(1000000) / 1000003,
    count = rand(1 << 40) - (1 << 39),
    tags = tags,
    scores = scores,
    nested = { depth = 1, next = { depth = 2, next = { depth = 3, label = word() } } },
    nothing = json.null,
  }
end

local doc = { version = "1.0", generator = "lua2py corpus", items = {} }
for i = 1, records do doc.items[i] = record(i) end

local keyorder = { "version", "generator", "items", "id", "name", "active", "ratio",
                   "count", "tags", "scores", "nested", "depth", "label", "next", "nothing" }
local state = { keyorder = keyorder }

local text = json.encode(doc, state)
local total = 0
for _ = 1, rounds do
  local decoded, pos, err = json.decode(text, 1, json.null)
  assert(decoded, err)
  local again = json.encode(decoded, { keyorder = keyorder })
  assert(again == text, "round trip changed the text")
  total = total + #again + pos
end

local sum = 0
for i = 1, #text, 7 do sum = (sum * 31 + text:byte(i)) % 1000000007 end
print("bytes", #text, "total", total, "checksum", sum)
print(text:sub(1, 160))
local indented = json.encode(doc.items[1], { indent = true, keyorder = keyorder })
print(indented)

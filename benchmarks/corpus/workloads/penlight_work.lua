-- Penlight (Debian lua-penlight): string utilities, List, tablex, pl.class
-- hierarchies and pl.pretty over generated data.  Output is deterministic
-- (pl.pretty sorts keys; everything else is printed in list order).
--   lua5.4 penlight_work.lua [rounds]
local stringx = require("pl.stringx")
local List = require("pl.List")
local tablex = require("pl.tablex")
local pretty = require("pl.pretty")
local class = require("pl.class")

local rounds = tonumber(arg and arg[1]) or 20

local seed = 7
local function rand(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n
end

local syll = { "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "xe", "zu" }
local function name()
  local parts = {}
  for i = 1, 2 + rand(3) do parts[i] = syll[rand(#syll) + 1] end
  return table.concat(parts)
end

-- a small class hierarchy: method calls through pl.class's __index chains
local Shape = class()
function Shape:_init(label) self.label = label end
function Shape:describe() return self.label .. ":" .. self:kind() .. ":" .. string.format("%.2f", self:area()) end
function Shape:kind() return "shape" end

local Rect = class(Shape)
function Rect:_init(label, w, h) self:super(label); self.w, self.h = w, h end
function Rect:area() return self.w * self.h end
function Rect:kind() return "rect" end

local Square = class(Rect)
function Square:_init(label, s) self:super(label, s, s) end
function Square:kind() return "square" end

local Circle = class(Shape)
function Circle:_init(label, r) self:super(label); self.r = r end
function Circle:area() return 3.14159 * self.r * self.r end
function Circle:kind() return "circle" end

local checksum = 0
local function mix(s)
  for i = 1, #s, 3 do checksum = (checksum * 33 + s:byte(i)) % 1000000007 end
end

for round = 1, rounds do
  -- text: build lines, split, strip, transform
  local lines = {}
  for i = 1, 300 do
    lines[i] = "  " .. name() .. ", " .. rand(1000) .. " ; " .. name() .. "\t"
  end
  local text = table.concat(lines, "\n")
  local rows = List()
  for _, line in ipairs(stringx.splitlines(text)) do
    local fields = stringx.split(stringx.strip(line), ";")
    local left = stringx.split(fields[1], ",")
    rows:append({ name = stringx.strip(left[1]), n = tonumber(stringx.strip(left[2])),
                  tag = stringx.strip(fields[2]) })
  end
  local big = rows:filter(function(r) return r.n >= 500 end)
  local names = big:map(function(r) return stringx.title(r.name) end)
  names:sort()
  mix(names:concat(","))
  local shouted = rows:map(function(r) return stringx.replace(r.tag:upper(), "A", "4") end)
  mix(shouted:join("|"))
  mix(tostring(rows:slice(1, 3):map(function(r) return r.n end)))
  for _, r in ipairs(rows) do
    if stringx.startswith(r.name, "ka") or stringx.endswith(r.tag, "zu") then
      mix(stringx.center(r.name, 12, "."))
    end
  end

  -- tablex: counts, keys, merge, deep compare, map
  local counts = {}
  for _, r in ipairs(rows) do counts[r.tag] = (counts[r.tag] or 0) + 1 end
  local keys = tablex.keys(counts)
  table.sort(keys)
  mix(table.concat(keys, " "))
  local doubled = tablex.map(function(v) return v * 2 end, counts)
  local merged = tablex.merge(counts, doubled, true)
  assert(tablex.deepcompare(merged, doubled))
  assert(tablex.size(counts) == #keys)
  local copy = tablex.deepcopy({ rows = rows:slice(1, 20), counts = counts })
  assert(tablex.deepcompare(copy.counts, counts))
  local idx = tablex.index_map(keys)
  mix(tostring(idx[keys[1]]))

  -- classes
  local shapes = List()
  for i = 1, 200 do
    local k = rand(3)
    if k == 0 then shapes:append(Rect(name(), 1 + rand(9), 1 + rand(9)))
    elseif k == 1 then shapes:append(Square(name(), 1 + rand(9)))
    else shapes:append(Circle(name(), 1 + rand(9))) end
  end
  local total = 0
  for _, s in ipairs(shapes) do
    total = total + s:area()
    mix(s:describe())
  end
  mix(string.format("%.3f", total))
  if round == 1 then
    print(pretty.write({ counts = counts, first = rows[1], n = #rows,
                         shapes = shapes:slice(1, 3):map(function(s) return s:describe() end) }))
  end
end
print("rounds", rounds, "checksum", checksum)

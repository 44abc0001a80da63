local function count(...) return select('#', ...) end
print("count", count(), count(nil), count(nil, nil), count(1, nil, 3, nil))

local function last(...) return select(-1, ...) end
print("last", last(1, 2, 3), last("only"))

local function from(n, ...) return select(n, ...) end
print("from 2", from(2, "a", "b", "c"))
print("from -2", from(-2, "a", "b", "c"))
print("from 4", from(4, "a", "b", "c"))

local function pack(...) return { n = select('#', ...), ... } end
local p = pack(1, nil, 3)
print("pack", p.n, p[1], p[2], p[3])

local function tp(...) local t = table.pack(...) return t.n, #{...} end
print("table.pack n", tp(nil, nil, nil))

-- varargs in the middle of a list are truncated to one value
local function three() return 1, 2, 3 end
local function show(...) return table.concat({...}, ",") end
print("middle", show(three(), 10))
print("end", show(10, three()))

-- ... forwarded through several functions
local function f1(...) return ... end
local function f2(...) return f1(...) end
print("forward", f2(1, nil, 3))
print("forward count", count(f2(nil, nil)))

-- ... in table constructor and assignment
local function collect(...)
  local a, b, c = ...
  return a, b, c
end
print("collect", collect(1))
print("collect", collect(1, 2, 3, 4))

-- unpack
print("unpack", table.unpack({ 1, 2, 3 }))
print("unpack range", table.unpack({ 1, 2, 3, 4, 5 }, 2, 4))
print("unpack with nils", select('#', table.unpack({}, 1, 3)))

-- (...) truncates to one value
local function first(...) return (...) end
print("first", first(7, 8, 9))
print("first of none", first())

local function count(...) return select('#', ...) end
print(count(nil), count(nil, nil, nil), count(1, nil))
local function pass(...) return ... end
print(count(pass(nil, nil)), count(pass()))
local t = { n = 0 }
local function push(...) for i = 1, select('#', ...) do t.n = t.n + 1; t[t.n] = (select(i, ...)) end end
push(1, nil, 3, nil)
print("pushed", t.n, t[1], t[2], t[3], t[4])
print("table.pack", table.pack(nil, nil).n, table.pack().n)
print("unpack explicit", table.unpack({ 1, nil, 3 }, 1, 3))
print("unpack count", count(table.unpack({ n = 3 }, 1, 3)))
local function tail(...) local a, b = ... return b end
print("second", tail(1, 2), tail(1), tail())

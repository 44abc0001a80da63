local p = table.pack(1, "two", nil, 4)
print("n", p.n, p[1], p[2], p[3], p[4])
local e = table.pack()
print("empty n", e.n, #e)
local nils = table.pack(nil, nil)
print("nils", nils.n, nils[1], nils[2])
local function count(...) return table.pack(...).n end
print("count", count(), count(nil), count(1, 2, 3))

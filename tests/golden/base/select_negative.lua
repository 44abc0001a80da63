local function last(...) return (select(-1, ...)) end
local function lastn(n, ...) return select(-n, ...) end
print(last(1, 2, 3), last("x"), last(nil, "y"))
print(lastn(2, "a", "b", "c", "d"))
print(lastn(4, "a", "b", "c", "d"))
print(pcall(lastn, 5, "a", "b", "c", "d"))
print(select('#', select(2, 1, 2, 3)))
print(select('#', select(-1, 1, nil)))
local function count_non_nil(...)
  local n = 0
  for i = 1, select('#', ...) do if select(i, ...) ~= nil then n = n + 1 end end
  return n
end
print(count_non_nil(1, nil, 2, nil, nil, 3))

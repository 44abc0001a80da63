-- same-fringe: compare the leaves of two differently shaped trees lazily
local function leaves(tree)
  return coroutine.wrap(function()
    local function visit(t)
      if type(t) == "table" then
        for _, c in ipairs(t) do visit(c) end
      else
        coroutine.yield(t)
      end
    end
    visit(tree)
  end)
end
local function same_fringe(a, b)
  local ga, gb = leaves(a), leaves(b)
  local steps = 0
  while true do
    local x, y = ga(), gb()
    steps = steps + 1
    if x ~= y then return false, steps end
    if x == nil then return true, steps end
  end
end
print(same_fringe({ 1, { 2, 3 }, { { 4 } } }, { { 1, 2 }, 3, 4 }))
print(same_fringe({ 1, { 2, 3 } }, { 1, 2, { 4, 3 } }))
print(same_fringe({ "x", { { { "y" } } } }, { { "x" }, "y", "z" }))
print(same_fringe({}, { {} }))

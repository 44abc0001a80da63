-- uncaught: error(msg, 2) in a sort comparator has table.sort (C) at level 2: no position
local u = {3, 1, 2}
table.sort(u, function(a, b) error("comparator failed", 2) end)

local x = "outer"
do
  local x = "block"
  print(x)
end
print(x)
do
  x = "modified in block"
end
print(x)
-- semicolons as empty statements
;;; local y = 1; ; print("y", y);
-- do block with return must be last
local function early(flag)
  do
    if flag then return "early" end
  end
  return "late"
end
print(early(true), early(false))
-- nested do blocks
do do do print("deep do") end end end
-- ambiguous call syntax resolved with semicolon
local f = function(v) return v end
local a = f
;(print)("parenthesised call")

-- lua5.4 folds constant operands; 1 % 0 cannot be folded, and the error is
-- reported at the line of the previous instruction
local x = 1
print(pcall(function()
  x = x + 1
  x = 1 % (0 & -1)
end))
print(x)
local y = 2
x = 7 // 0

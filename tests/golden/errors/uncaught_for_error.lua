print("loop with a bad limit")
local limit = "ten"
for i = 1, limit do print(i) end

print("collect", collectgarbage())
print("collect explicit", collectgarbage("collect"))
print("count type", type(collectgarbage("count")), math.type(collectgarbage("count")))
print("count positive", collectgarbage("count") > 0)
local t = {}
for i = 1, 1000 do t[i] = { i } end
t = nil
print("collect again", collectgarbage())
print(pcall(collectgarbage, "bogus"))

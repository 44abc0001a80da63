local config
local counter = 0
local items = {}
print(pcall(function() return config.port end))
print(pcall(function() return counter.x end))
print(pcall(function() return counter() end))
print(pcall(function() return items.list[1] end))
print(pcall(function() return #config end))
print(pcall(function() return config .. "x" end))
print(pcall(function() return -config end))
print(pcall(function() return config < 1 end))

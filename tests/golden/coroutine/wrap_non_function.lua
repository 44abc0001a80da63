-- coroutine.wrap and coroutine.create need a function
print(pcall(coroutine.wrap, 1))
print(pcall(coroutine.wrap, nil))
print(pcall(coroutine.wrap, "print"))
print(pcall(coroutine.wrap, {}))
print(pcall(coroutine.create, 1))
print(pcall(coroutine.create))
print(pcall(coroutine.create, setmetatable({}, { __call = function() end })))

-- coroutine.status requires a thread
print(pcall(coroutine.status, nil))
print(pcall(coroutine.status, 1))
print(pcall(coroutine.status, {}))
print(pcall(coroutine.status, function() end))
print(pcall(coroutine.status))

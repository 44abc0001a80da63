-- coroutine.resume of something that is not a thread
print(pcall(coroutine.resume, nil))
print(pcall(coroutine.resume, 42))
print(pcall(coroutine.resume, "co"))
print(pcall(coroutine.resume, function() end))
print(pcall(coroutine.resume, {}))
print(pcall(coroutine.resume))
-- a wrap function is not a thread either
print(pcall(coroutine.resume, coroutine.wrap(function() end)))
print(pcall(coroutine.isyieldable, 1))
print(pcall(coroutine.close, "x"))

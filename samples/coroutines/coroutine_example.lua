function coroutine_example()
    print("Coroutine 1 started")
    local result = coroutine.yield("Waiting for Coroutine 2")
    print("Coroutine 1 resumed with result: ", result)
end

local coro = coroutine.create(coroutine_example)

coroutine.resume(coro, "Coroutine 2 started")

local result = coroutine.resume(coro)
print("Coroutine 2 completed with result: ", result)

local isEven, isOdd
function isEven(n) if n == 0 then return true end return isOdd(n - 1) end
function isOdd(n) if n == 0 then return false end return isEven(n - 1) end
print(isEven(10), isOdd(7), isEven(7))
-- forward-declared local tables of functions
local M = {}
function M.ping(n) if n == 0 then return "ping done" end return M.pong(n - 1) end
function M.pong(n) if n == 0 then return "pong done" end return M.ping(n - 1) end
print(M.ping(5), M.ping(4))
-- recursive anonymous function via a local declared first
local fact
fact = function(n) return n <= 1 and 1 or n * fact(n - 1) end
print(fact(15))
-- Y-combinator-ish self passing
local function Y(f) return function(...) return f(f, ...) end end
local fib = Y(function(self, n) if n < 2 then return n end return self(self, n - 1) + self(self, n - 2) end)
print(fib(15))

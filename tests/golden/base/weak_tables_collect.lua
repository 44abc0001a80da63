-- weak tables lose, at a full collection, the entries whose weak key or value nothing else refers to
local C = setmetatable({}, {__mode = "kv"})
local x = coroutine.wrap(function () while true do coroutine.yield(1) end end)
C[1] = x
C[2] = "a string stays"
C[3] = 42
C[4] = {}
C[5] = print
local keep = {}
C[6] = keep
C.f = function() return 1 end
x()
x = nil
collectgarbage()
print(C[1], C[2], C[3], C[4], C[5] == print, C[6] == keep, C.f)

local K = setmetatable({}, {__mode = "k"})
local k1, k2 = {}, {}
K[k1] = 1; K[k2] = 2; K[{}] = 3; K["s"] = 4
k2 = nil
collectgarbage()
local n = 0
for k, v in pairs(K) do n = n + 1 end
print(n, K[k1], K.s)

local V = setmetatable({}, {__mode = "v"})
for i = 1, 10 do V[i] = {} end
local five = V[5]
collectgarbage()
print(#V == 0 or #V, V[5] == five)
local cnt = 0
for k, v in pairs(V) do cnt = cnt + 1 end
print(cnt)

-- a cycle only weakly held goes too
local W = setmetatable({}, {__mode = "v"})
do local a = {}; a.self = a; W.a = a end
collectgarbage()
print(W.a)
-- strong tables keep everything
local S = {}
S[1] = {}
collectgarbage()
print(type(S[1]))

-- a coroutine.wrap function held only by a weak table (coroutine.lua)
local Cw = {}; setmetatable(Cw, {__mode = "kv"})
local w = coroutine.wrap(function ()
  local a = 10
  local function f () a = a + 10; return a end
  while true do a = a + 1; coroutine.yield(f) end
end)
Cw[1] = w
local f = w()
print(f(), w()(), w() == f)
w = nil
collectgarbage()
print(Cw[1], f(), f())

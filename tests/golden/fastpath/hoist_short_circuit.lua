-- issue 10 #1, #2: an exact-arity local function's arguments are evaluated where the
-- call is, never hoisted before the statement: and/or skip them, and everything to
-- their left (and the callee) runs first
local function id1(x) return x end
local function two(a, b) return a, b end
local function none() return "none" end
local function ev(s) print("ev " .. s) return s end
local function multi() print("multi") return 1, 2, 3 end

-- short-circuits
local a = true or id1(print("evaluated"))
print(a)
local b = (1 > 2) and id1(print("B"))
print(b)
local c = false and two(1, multi())
print(c)
local d = nil or id1(ev("d"))
print(d)
if true or id1(ev("cond")) then print("if") end
if false then print("no") elseif false and id1(ev("elseif")) then print("no") else print("else") end
local n = 0
while n < 2 and id1(ev("while " .. n)) do n = n + 1 end
repeat n = n - 1 until n == 0 or id1(ev("until"))
print(n, not (true or id1(ev("not"))))

-- order: constructors, argument lists, operators
local t = {print("A"), id1(print("B"))}
print(print("C"), id1(print("D")))
local u = {ev("x"), two(ev("y"), multi())}
print(#u, u[1], u[2], u[3])
print(ev("1") .. id1(ev("2")) .. two(ev("3")))
print(ev("left") == id1(ev("right")))

-- extra and missing arguments: evaluated in order, after the callee, and dropped
print(id1(ev("kept"), ev("extra1"), ev("extra2")))
print(none(ev("dropped"), multi()))
print(two(ev("only")))
print(two(multi()))
print(two(ev("p"), ev("q"), multi()))
print(true and id1(ev("s"), ev("t")) or "never")
print(false and none(ev("never")) or "or")

-- string.format call sites with hoisting arguments
print(string.format("%d %s", id1(7), id1(ev("fmt"))))
print(false and string.format("%d", id1(ev("skip"))))
print(string.format("%d", 1.5 // 1 == 1 and 1 or id1(ev("no"))))

-- the same inside a coroutine (generator versions)
print(coroutine.wrap(function()
  local r = false and id1(ev("co skip"))
  local v = {ev("co 1"), id1(ev("co 2"))}
  return r, #v, id1(ev("co 3"), ev("co 4")), two(multi())
end)())

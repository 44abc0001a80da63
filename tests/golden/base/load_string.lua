local f = load("return 1 + 2")
print(type(f), f())
print(load("return ...")(4, 5, 6))
local g = load("x = 10")
g()
print("global set", x)
-- syntax errors return nil + message
print(load("return +"))
print(load("x ="))
print(load("for"))
-- chunk names
print(type(load("error('boom')", "=mychunk")))
print(pcall(load("error('boom')", "=mychunk")))
print(pcall(load("error('boom')", "@file.lua")))
print(pcall(load("error('boom')", "plain name")))
print(pcall(load("error('boom')")))
print(pcall(load("\n\nerror('line three')", "=c")))
-- env parameter
local env = { y = 5 }
local h = load("y = y * 2; return y", "envchunk", "t", env)
print(h(), env.y, y)
print(load("return print", "n", "t", {})())
-- load returns a function each time
local s = "local n = 0; n = n + 1; return n"
print(load(s)(), load(s)())
-- empty chunk
print(select('#', load("")()))
-- load with mode "b" rejects text
print(load("return 1", "bin", "b"))
-- load of non-string non-function
print(pcall(load, 42))

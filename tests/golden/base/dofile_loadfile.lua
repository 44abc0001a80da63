local m = dofile("data/mod_a.lua")
print(m.name, m.greet("dofile"), m.arg)
print("loads", MOD_A_LOADS)
dofile("data/mod_a.lua")
print("loads after second dofile", MOD_A_LOADS)
print(dofile("data/multi_ret.lua"))
print(select('#', dofile("data/no_return.lua")), NO_RETURN_RAN)
-- loadfile returns a function without running it
local f = loadfile("data/mod_a.lua")
print(type(f), MOD_A_LOADS)
local mm = f("passed arg")
print(mm.arg, MOD_A_LOADS)
-- loadfile with env
local env = {}
local g = loadfile("data/no_return.lua", "t", env)
g()
print("env set", env.NO_RETURN_RAN)
-- errors
print(pcall(dofile, "data/errors_out.lua"))
local nf, err = loadfile("data/syntax_bad.lua")
print(nf, err)
local nf2, err2 = loadfile("data/does_not_exist.lua")
print(nf2, err2)
print(pcall(dofile, "data/does_not_exist.lua"))

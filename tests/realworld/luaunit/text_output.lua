-- requires: lua-unit
-- LuaUnit's default text output, verbose, for a suite with failures, errors and a skip
local lu = dofile("lib/suite.lua")
os.exit(lu.LuaUnit.run("--verbose"))

-- requires: lua-unit
-- LuaUnit's command line: test patterns, exclusions, --quiet, --error/--failure stop, list
local lu = dofile("lib/suite.lua")
print("== pattern Add", lu.LuaUnit.run("-p", "Add", "-v"))
print("== exclude", lu.LuaUnit.run("-x", "Fail", "-x", "Error", "-x", "Table", "-q"))
print("== one test", lu.LuaUnit.run("TestStrings.testStr", "TestArithmetic.testAdd"))
print("== stop on failure", lu.LuaUnit.run("-f", "-q", "-p", "Arith"))
print("== bad option", pcall(lu.LuaUnit.run, "--nonsense"))

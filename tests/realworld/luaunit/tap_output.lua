-- requires: lua-unit
-- LuaUnit's TAP output
local lu = dofile("lib/suite.lua")
os.exit(lu.LuaUnit.run("-o", "tap", "--verbose"))

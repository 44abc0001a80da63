-- a line comment
print("one") -- trailing comment
--[[ a block
comment ]] print("two")
--[==[ another
]] still comment
]==]
print("three")
---[[ not a block comment
print("four")
--]]
local x = 1 --[[ inline ]] + 2
print("x", x)
--[[]] print("five")
-- comment with code: print("no")
print("six") --[=[ ]=] print("seven")

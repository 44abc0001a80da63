-- %p of strings: lua5.4 internalizes strings of up to 40 bytes (equal ones are one
-- object) and keeps one object per distinct literal of a chunk; `..` makes a new string
-- at run time, even of two literals
local function p(s) return string.format("%p", s) end
local long = "01234567890123456789012345678901234567890123456789"
local function same_literal() return "01234567890123456789012345678901234567890123456789" end
local folded = "0123456789" .. "0123456789012345678901234567890123456789"
local folded3 = "0123456789" .. "0123456789" .. "012345678901234567890123456789"
local short = "abc" .. "def"
print(folded == long, folded3 == long)
print(p(long) == p(same_literal()), p(long) == p(folded), p(long) == p(folded3))
print(p(short) == p("abcdef"))
local x = "0123456789"
print(p(x .. "0123456789012345678901234567890123456789") == p(long))

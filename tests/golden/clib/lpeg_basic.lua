-- LPeg patterns and operators: P R S B V, + - * ^n # unary minus, numbers, booleans,
-- functions as patterns, match with init, lpeg.type, version
package.path = "data/?.lua;" .. package.path
local show = require "show"
local lpeg = require "lpeg"
local P, R, S, B, V, C = lpeg.P, lpeg.R, lpeg.S, lpeg.B, lpeg.V, lpeg.C
local function m(p, s, ...) print(show.showall(lpeg.match(p, s, ...))) end

print(lpeg.version(), type(lpeg.version), lpeg.type(P"a"), lpeg.type("a"), lpeg.type(nil), lpeg.type())
print(getmetatable(P"a").__name, getmetatable(P"a").__index == lpeg, type(getmetatable(P"a").__gc))
print(tostring(P"x"):match("^lpeg%-pattern: 0x") ~= nil)

-- strings, numbers, booleans
m("abc", "abcdef"); m("abc", "abd"); m("", "xyz"); m(P"", "")
m(3, "abcd"); m(3, "ab"); m(0, ""); m(-2, "a"); m(-2, "ab"); m(P(-1), ""); m(P(-1), "x")
m(true, "x"); m(false, "x"); m(P(1.5), "abc"); m(P(2^32 + 2), "abc")
-- ranges and sets
m(R"az"^1, "hello World"); m(R("az", "AZ")^1, "hello World!"); m(R()^0, "abc"); m(R"za", "a")
m(S"aeiou"^1, "aeiuoxy"); m(S"", "a"); m(S"\0\255" ^ 1, "\0\255\0x"); m(S(123), "321x")
m((R"az" + R"09")^1, "ab12-"); m((R"az" - S"aeiou")^1, "bcdea"); m(-R"az" * 1, "A"); m(-R"az" * 1, "a")
-- sequences and choices
m(P"a" * "b" * "c", "abcd"); m("a" * P"b", "ab"); m(P"ab" + "cd", "cdx"); m(P"ab" + "a", "ax")
m((P"a" + "b") * "c", "bc"); m(P"a" * false, "a"); m(P(false) + "a", "a"); m(P"a" + false, "a")
-- repetitions
m(P"a"^0, "aaab"); m(P"a"^1, "baa"); m(P"a"^3, "aa"); m(P"a"^3, "aaaaa"); m(P"a"^-2, "aaaa")
m(P"a"^-2 * "b", "ab"); m((P"ab")^2, "abababx"); m(P"a"^-1, ""); m((P"x" * P"y"^0)^1, "xyyxxyz")
-- predicates
m(#P"a" * 1, "ab"); m(#P"a", "ba"); m(-P"a" * 1, "ba"); m(-P"a", "ab"); m(-(P"a" * "b") * 2, "ac")
m(#(P"a" * "b"), "abc"); m(P"x" * #P(-1), "x"); m(P"x" * -1, "xy")
-- look-behind
m(P(1) * B"a", "ab"); m(P(2) * B"a", "ab"); m(P(2) * B(P"ab"), "abc"); m(B(P"x"), "x")
m(P(3) * B(R"09" * R"az"), "x1y"); m(P(1) * B(P(1)), "a"); m(B(P"a" + "b") , "a")
-- init positions
m("b", "abc", 2); m("b", "abc", 3); m(P(0), "abc", 10); m(P(0), "abc", -1); m(P(0), "abc", -10)
m(P(1), "abc", 0); m(P(0), "abc", 0); m(C(P(1)^0), "hello", -3); m(C(1), "hello", 2.0)
m(lpeg.Cp(), "abc", "2"); m(lpeg.Cp(), "", 1); m(lpeg.Cp(), "", 5)
-- method calls and the __index table
print(P"ab":match("abc"), P"ab".match("ab", "ab"), P(1).P == lpeg.P)
-- functions as patterns (match-time)
m(P(function(s, i) return i + 1 end), "xyz"); m(P(function(s, i) return true end), "xyz")
m(P(function(s, i) return false end), "xyz"); m(P(function(s, i) return nil end), "xyz")
m(P(function(s, i) return 3, "a", "b" end), "xyz"); m(P(function(s, i) return 4 end), "xyz")
m(P(function(s, i) return "2" end), "xyz"); m(P(function(s, i) return 2.0 end), "xyz")
-- operator with a non-pattern on the left
m("a" * P"b", "ab"); m(1 + P"b", "b"); m("x" - P"y", "x"); m(1 * P"x", "ax")
-- identity of the result of simplified operators
local p = P"abc"
print(p * true == p, true * p == p, p + false == p, false + p == p, P(false) * p == P(false))
print(lpeg.P(p) == p, #p == p, (p + "x") == p)
-- grammars as plain tables
m({ "a" * V(1) + "b" }, "aaab"); m({ P"a" }, "a"); m({ "x", x = P"y" }, "y")
-- long literals and repetitions
m(P(string.rep("ab", 50)), string.rep("ab", 60)); m(P(1)^100, string.rep("z", 99))
m(P(300), string.rep("z", 300)); m(-P(300), string.rep("z", 299))

-- requires: lua-penlight
-- pl.lexer: Lua and C token streams
local lexer = require "pl.lexer"
local function tokens(tok)
  local out = {}
  for t, v in tok do out[#out + 1] = t .. "(" .. tostring(v) .. ")" end
  return table.concat(out, " ")
end
print(tokens(lexer.lua("local x = 10 + y.z -- comment\nreturn 'str', 1.5e3, [[long]]")))
print(tokens(lexer.lua("for i = 1, 3 do print(i) end", {space = true, comments = true})))
print(tokens(lexer.cpp("int main() { return 0x1F; } // done")))
print(tokens(lexer.scan("alpha = 42; beta == 'x'")))
local tok = lexer.lua("f(a, b) + g")
print(tok(), tok())
print(lexer.get_keywords()["while"], lexer.get_keywords()["foo"])
local t = lexer.lua("a.b:c(1)")
local list = {}
for ty, v in t do list[#list + 1] = v end
print(table.concat(list, " "))
local lt = lexer.lua("x = {1, 2}", {})
print(lexer.getline and "getline" or "", lexer.lineno(lt))
print(select("#", lexer.get_separated_list(lexer.lua("(a, b, c)"))))
local ls = lexer.get_separated_list(lexer.lua("a, b c, d"), ",")
for i, grp in ipairs(ls) do io.write(i, ":") for _, p in ipairs(grp) do io.write(p[2], " ") end end print()
print(tokens(lexer.lua("if a then b elseif c then d end")))

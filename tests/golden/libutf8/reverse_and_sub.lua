local s = "a\u{E9}b\u{20AC}c\u{1F600}"
local chars = {}
for _, c in utf8.codes(s) do table.insert(chars, 1, utf8.char(c)) end
print(table.concat(chars))
local function usub(str, i, j)
  local bi = utf8.offset(str, i)
  local bj = utf8.offset(str, j + 1)
  return str:sub(bi, (bj or #str + 1) - 1)
end
print(usub(s, 2, 4), usub(s, 1, 1), usub(s, 5, 6))
local count = 0
for i = 1, utf8.len(s) do count = count + #usub(s, i, i) end
print(count == #s)

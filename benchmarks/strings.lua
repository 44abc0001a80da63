-- strings: string building -- concatenation with .. in loops (numbers
-- converted implicitly), table.concat, string.format of integers and floats,
-- string.rep, plus # / sub / upper on the results.
local N = 100000

-- 1. short lines built by repeated concatenation, collected in a table
local lines = {}
for i = 1, N do
  local line = "row" .. i .. ":"
  for j = 1, 8 do
    line = line .. (i + j) .. ","
  end
  lines[#lines + 1] = line
end
local text = table.concat(lines, "\n")
print("concat", #text, text:sub(1, 40))

-- 2. string.format of numbers
local buf = {}
for i = 1, N do
  buf[i] = string.format("%d|%.3f|%5.1f|%x", i, i / 7, i * 1.5, i)
end
local formatted = table.concat(buf, ";")
print("format", #formatted, formatted:sub(-40))

-- 3. string.rep, with and without a separator
local replen = 0
for i = 1, N do
  local r = string.rep("ab", i % 50) .. string.rep("xyz", i % 4, ",")
  replen = replen + #r
end
print("rep", replen)

-- 4. a growing buffer joined once, upper-cased and measured
local words = {}
for i = 1, N do
  words[i] = "w" .. (i % 997)
end
local sentence = table.concat(words, " ")
local up = sentence:upper()
print("upper", #up, up:sub(1, 30))

-- 5. tostring of mixed numbers
local acc = {}
for i = 1, N do
  acc[#acc + 1] = tostring(i * 3) .. "/" .. tostring(i // 2)
end
print("tostring", #table.concat(acc))

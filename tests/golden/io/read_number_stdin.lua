-- reading numbers from standard input
local sum, count = 0, 0
while true do
  local n = io.read("n")
  if not n then break end
  sum = sum + n
  count = count + 1
end
print("count:", count, "sum:", sum)
print("stopped at:", string.format("%q", io.read("a")))

-- io.lines() with no file name reads the default input (stdin here)
local n = 0
for l in io.lines() do
  n = n + 1
  print(n, l)
  if n == 2 then break end
end
print("stdin still open:", io.type(io.stdin))
for a, b in io.lines(nil, "n", "n") do print("pair:", a, b) end
print("rest:", string.format("%q", io.read("a")))

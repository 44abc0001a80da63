-- the "n" format: liolib's read_number on a mixed file
local f = assert(io.open("data/numbers.txt", "rb"))
local i = 0
while true do
  i = i + 1
  local n = f:read("n")
  local nxt = f:read(1)
  print(i, math.type(n) or tostring(n), n, string.format("%q", tostring(nxt)))
  if nxt == nil then break end
end
f:close()

-- LPeg matching speed: the CSV splitter of the LPeg manual on 20000 generated records
local lpeg = require "lpeg"
local field = '"' * lpeg.Cs(((lpeg.P(1) - '"') + lpeg.P'""' / '"')^0) * '"' +
                    lpeg.C((1 - lpeg.S',\n"')^0)
local record = field * (',' * field)^0 * (lpeg.P'\n' + -1)
local function csv (s)
  return lpeg.match(record, s)
end
local seed = 11
local function rand(n) seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n end
local lines = {}
for i = 1, 20000 do
  local f = {}
  for j = 1, 8 do
    local r = rand(4)
    if r == 0 then f[j] = tostring(rand(100000))
    elseif r == 1 then f[j] = "name" .. rand(100)
    elseif r == 2 then f[j] = '"quoted, ""field"" ' .. rand(10) .. '"'
    else f[j] = "" end
  end
  lines[i] = table.concat(f, ",") .. "\n"
end
local fields, chars = 0, 0
for rep = 1, 3 do
  for _, line in ipairs(lines) do
    local t = { csv(line) }
    fields = fields + #t
    for k = 1, #t do chars = chars + #t[k] end
  end
end
print(fields, chars)

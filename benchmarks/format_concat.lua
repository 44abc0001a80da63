-- format_concat: building text with string.format and table.concat -- a
-- fixed-width report (%d %s %f %g %e %x with widths, flags and precision),
-- CSV rows joined from field tables, and nested joins of joins.
local N = 60000

local names = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}

-- 1. fixed-width report lines
local report = {}
for i = 1, N do
  local name = names[i % #names + 1]
  local x = i * 1.25 / 3
  report[#report + 1] = string.format("%6d %-8s %10.3f %5.1f%% %08x %g %.4e|%5s|",
    i, name, x, (i % 1000) / 10, i * 31, x / 7, x * 1000, name:sub(1, 3))
end
local rtext = table.concat(report, "\n")
print("report", #rtext)
print(report[1])
print(report[N])

-- 2. CSV rows: fields formatted one by one, joined with ","
local rows = {}
for i = 1, N do
  local fields = {}
  for j = 1, 6 do
    fields[j] = string.format("%d", i * j) .. "." .. string.format("%02d", (i + j) % 100)
  end
  fields[7] = names[(i + 3) % #names + 1]
  rows[i] = table.concat(fields, ",")
end
local csv = table.concat(rows, "\n")
print("csv", #csv, rows[N])

-- 3. groups of rows joined into blocks, blocks joined into a document
local blocks = {}
for b = 1, N // 100 do
  local chunk = {}
  for k = 1, 100 do
    chunk[k] = rows[(b - 1) * 100 + k]:sub(1, 12)
  end
  blocks[b] = string.format("[%04d] ", b) .. table.concat(chunk, ";", 10, 60)
end
local doc = table.concat(blocks, "\n")
print("doc", #doc, blocks[#blocks]:sub(1, 40))

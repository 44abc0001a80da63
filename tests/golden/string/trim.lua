local function trim1(s) return (s:gsub("^%s*(.-)%s*$", "%1")) end
local function trim2(s) return s:match("^%s*(.-)%s*$") end
local function trim3(s) local from = s:match("^%s*()") return from > #s and "" or s:match(".*%S", from) end
for _, s in ipairs({"  hi  ", "hi", "", "   ", "\t\na b\r\n"}) do
  print(string.format("%q %q %q", trim1(s), trim2(s), trim3(s)))
end

local function esc(s) return (s:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0")) end
local magic = "^$()%.[]*+-?"
print(esc(magic))
print(string.find("xx" .. magic .. "yy", esc(magic)))
print(string.gsub("a.b.c", esc("."), "%%"))
print(("50% off"):gsub("%%", "%%%%"))

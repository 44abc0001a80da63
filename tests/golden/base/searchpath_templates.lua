-- package.searchpath tries every template, empty ones too, and its message has one
-- "no file" line per template of the path (lua5.4's pusherrornotfound)
local function show(path)
  local s, err = package.searchpath("a.b", path)
  print(s, (string.gsub(err, "\n", "|")))
end
show("??;???;????;;")
show(";x/?.lua")
show("x/?.lua;")
show("")
show(";;")
show("?")
show("x/?.lua", ".", "_")
print(package.searchpath("a.b", "x/?.lua", "", ""))
print(package.searchpath("a.b", "x/?.lua", ".", "_"))
local many = {}
for i = 1, 12 do many[i] = string.rep("?", i % 3 + 1) end
local _, err = package.searchpath("z", table.concat(many, ";"))
print(select(2, string.gsub(err, "\n", "")))

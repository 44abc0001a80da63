local s = "caf\233 na\239ve \200\255"
print(#s, s:upper() == "CAF\233 NA\239VE \200\255")
print(select(2, s:gsub("%a", "")), select(2, s:gsub("[\128-\255]", "")))
print(select(2, s:gsub("%W", "")))
print(s:find("[\200-\255]+"))
print(string.format("%q", "\233"))
print(("\255"):byte(), ("\128"):rep(3):byte(1, -1))

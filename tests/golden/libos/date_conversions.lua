local t = 86400 * 400 + 3723
for _, c in ipairs({"a", "A", "b", "B", "c", "C", "d", "D", "e", "F", "g", "G", "h", "H", "I",
                    "j", "m", "M", "n", "p", "r", "R", "S", "t", "T", "u", "U", "V", "w", "W",
                    "x", "X", "y", "Y", "z", "Z", "%"}) do
  print(c, "[" .. os.date("!%" .. c, t) .. "]")
end

for _, w in ipairs({1, 5, 10, 20, 99}) do
  local f = "%" .. w .. "d|%-" .. w .. "s|%" .. w .. ".2f|"
  print(w, #string.format(f, 1, "x", 1.5))
end
print(string.format("[%99s]", "x"):len())
print(string.format("%.99s", string.rep("y", 200)):len())

local inputs = { "0", "-0", "42", "-42", "3.14", "-.5", "1e10", "1E-2", "0x1p4", "0XFF", "  7  ", "\t8\n",
  "1_000", "1,5", "++1", "--1", "0x", "1e", "e1", ".", "-", "", "inf", "NaN", "0b101", "1.5e+3", "0x1.8", "00012" }
for _, s in ipairs(inputs) do
  local n = tonumber(s)
  print("[" .. s .. "]", n, n and math.type(n) or "-")
end

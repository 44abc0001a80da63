local samples = {
  "plain ascii", "caf\u{E9}", "\xC3\x28", "\xA0\xA1", "\xE2\x28\xA1",
  "\xF0\x90\x8C\xBC", "\xF0\x28\x8C\x28", "\xF8\xA1\xA1\xA1\xA1", "\xEF\xBB\xBF",
}
for i, s in ipairs(samples) do
  local n, pos = utf8.len(s)
  if n then print(i, "valid", n) else print(i, "invalid at", pos) end
end

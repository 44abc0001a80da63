-- the "b" extension and mode validation (l_checkmode: [rwa]%+?b*)
local name = "tmp_open_mode_b.bin"
for _, m in ipairs{"wb", "rb", "ab", "r+b", "w+b", "a+b", "rbb", "wbbb"} do
  local ok, f = pcall(io.open, name, m)
  print(m, ok, io.type(f))
  if f then f:close() end
end
for _, m in ipairs{"rb+", "wb+", "b", "r+b+", "rt", "w+x", "", "R", "+r", "rw", "a++"} do
  local ok, err = pcall(function() return io.open(name, m) end)
  print(string.format("%q", m), ok, err)
end
os.remove(name)

local names = {}
for i = 1, 5 do
  local n = os.tmpname()
  names[#names + 1] = n
  print(i, n:match("^/tmp/lua_......$") ~= nil)
end
print("distinct", names[1] ~= names[2] and names[2] ~= names[3])
for _, n in ipairs(names) do assert(os.remove(n)) end
print("cleaned up")

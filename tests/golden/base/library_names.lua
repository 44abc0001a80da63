local libs = {}
for k, v in pairs(_G) do libs[#libs + 1] = k end
table.sort(libs)
for _, name in ipairs(libs) do
  local v = _G[name]
  if type(v) == "table" and name ~= "_G" then
    local fs = {}
    for k in pairs(v) do fs[#fs + 1] = tostring(k) end
    table.sort(fs)
    print(name .. ": " .. table.concat(fs, " "))
  else
    print(name, type(v))
  end
end

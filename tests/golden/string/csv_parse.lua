local function parse(line)
  local res, pos = {}, 1
  while true do
    local c = line:sub(pos, pos)
    if c == '"' then
      local txt, i = "", pos
      repeat
        local a, b = line:find('^%b""', i)
        txt = txt .. line:sub(a + 1, b - 1)
        i = b + 1
        if line:sub(i, i) == '"' then txt = txt .. '"' end
      until line:sub(i, i) ~= '"'
      res[#res + 1] = txt
      pos = i + 1
    else
      local s, e = line:find(",", pos, true)
      if s then res[#res + 1] = line:sub(pos, s - 1); pos = e + 1
      else res[#res + 1] = line:sub(pos); break end
    end
    if pos > #line + 1 then break end
  end
  return res
end
local r = parse('a,"b,c",d,"say ""hi""",')
print(#r)
for i, v in ipairs(r) do print(i, "[" .. v .. "]") end

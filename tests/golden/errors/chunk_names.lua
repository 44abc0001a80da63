-- How messages name chunks (luaO_chunkid): source text, '=name' and '@name'
-- chunk names of every length around LUA_IDSIZE (60), in syntax errors from
-- load() and in runtime errors raised by the loaded chunks.
local function show(src, name)
  local f, err = load(src, name)
  if not f then
    print("load:", err)
  else
    print("run:", select(2, pcall(f)))
  end
end

for _, n in ipairs({1, 44, 45, 46, 60}) do
  show("x x", string.rep("s", n))                 -- source text
  show("error('e')", string.rep("s", n))
end
show("x x", "first line\nsecond line")
for _, n in ipairs({58, 59, 60, 70}) do
  show("x x", "=" .. string.rep("n", n))         -- '=name': cut to 59 chars
  show("error('e')", "=" .. string.rep("n", n))
  show("x x", "@" .. string.rep("f", n))         -- '@file': long ones keep their end
  show("error('e')", "@" .. string.rep("f", n) .. "/end.lua")
end
-- the default name of a loaded string is the string itself
print(select(2, load("x x")))
print(select(2, load(string.rep(" ", 50) .. "x x")))

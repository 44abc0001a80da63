-- os.exit(code) exits at once: pending <close> variables are not closed (lua5.4 calls C's
-- exit()), buffered output is still written
local function closer(name)
  return setmetatable({}, {__close = function(_, e) print("close", name, e) end})
end
local function iter(s, i) if i < 3 then return i + 1 end end
local x <close> = closer("main")
do
  local y <close> = closer("block")
end
for i in iter, nil, 0, closer("for") do
  local function f()
    local z <close> = closer("inner")
    print(pcall(function()
      local w <close> = closer("pcall")
      io.write("no newline at exit")
      os.exit(7)
    end))
  end
  f()
end
print("not reached")

-- os.exit(code, true) closes the state first: the main thread's pending <close> variables
-- are closed innermost first with a nil error; an error in a __close goes to the next one
local function closer(name, fail)
  return setmetatable({}, {__close = function(_, e)
    print("close", name, e)
    if fail then error("in close " .. name, 0) end
  end})
end
local function iter(s, i) if i < 2 then return i + 1 end end
local x <close> = closer("main")
local y <close> = closer("second", true)
for i in iter, nil, 0, closer("for") do
  goto skip
  ::skip::
  do
    local g <close> = closer("in goto block", true)
    print(pcall(function()
      local z <close> = closer("pcalled", true)
      os.exit(false, true)
    end))
  end
end

-- a line hook reports the line of a function's first instruction: the definition line
-- when the first statement is written on it
local lines = {}
local function hook(e, l) lines[#lines + 1] = l end
local function one() return 1 end
local function two() local x = 1
  return x + 1
end
local function three()
  return 3
end
debug.sethook(hook, "l")
one(); two(); three()
debug.sethook()
print(table.concat(lines, " "))

-- seeds 42, 152, 20027: lua5.4's OP_MOD/OP_IDIV raise 'n%%0' / 'n//0' without saving
-- the pc first, so the error carries the line of the last instruction that did
-- (the function's first line, or the last call before it), not the operation's line
local function f()
  local z = 0
  local a = 1
  return 10 % z
end
print(pcall(f))
local function h()
  local z = 0
  print("called")
  local a = 1
  return a // z
end
print(pcall(h))
local x = 0
print(x)
x = 1
x = 7 % x - 7 % 0

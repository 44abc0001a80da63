local function validate(v)
  if type(v) ~= "number" then
    error("expected a number, got " .. type(v), 2)
  end
end
local function process(v)
  validate(v)   -- line 7 is blamed
  return v
end
print(process(1))
print(process("x"))

-- the first operand's metamethod is used; if absent, the second's
local log = {}
local function mk(name)
  local mt = {}
  for _, ev in ipairs({ "__add", "__sub", "__mul", "__div", "__mod", "__pow", "__idiv",
    "__band", "__bor", "__bxor", "__shl", "__shr", "__concat" }) do
    mt[ev] = function(x, y)
      local xs = type(x) == "table" and x.name or tostring(x)
      local ys = type(y) == "table" and y.name or tostring(y)
      log[#log + 1] = name .. ev .. "(" .. xs .. "," .. ys .. ")"
      return name
    end
  end
  return setmetatable({ name = name }, mt)
end
local A, B = mk("A"), mk("B")
local _ = A + B; _ = B + A; _ = 1 + A; _ = A - 1; _ = "s" * B; _ = B / 2
_ = A % B; _ = 2 ^ B; _ = A // 3; _ = A & B; _ = 1 | B; _ = B ~ 1; _ = A << 2; _ = 2 >> B
_ = A .. B; _ = "x" .. B; _ = A .. 1
for _, l in ipairs(log) do print(l) end
-- only the second operand has a metatable
local plain = {}
local C = setmetatable({}, { __add = function(x, y) return x == plain and "plain first" or "C first" end })
print(plain + C, C + plain)

local function createClass(...)
  local parents = { ... }
  local c = {}
  setmetatable(c, {
    __index = function(t, k)
      for i = 1, #parents do
        local v = parents[i][k]
        if v ~= nil then
          t[k] = v -- cache
          return v
        end
      end
    end,
  })
  c.__index = c
  function c:new(o) o = o or {} setmetatable(o, c) return o end
  return c
end
local Named = { getname = function(self) return self.name end, setname = function(self, n) self.name = n end }
local Account = { balance = 0, deposit = function(self, v) self.balance = self.balance + v end,
  getname = function() return "account" end }
local NamedAccount = createClass(Named, Account)
local acc = NamedAccount:new({ name = "Paul" })
print(acc:getname())
acc:deposit(100)
print(acc.balance, rawget(NamedAccount, "deposit") ~= nil)
local B = createClass(Account, Named)
print(B:new({ name = "x" }):getname())

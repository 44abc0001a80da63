local function newAccount(balance)
  local self = {}
  function self.deposit(v) balance = balance + v end
  function self.withdraw(v)
    if v > balance then return false, "insufficient funds" end
    balance = balance - v
    return true
  end
  function self.balance() return balance end
  return self
end
local acc = newAccount(100)
acc.deposit(50)
print(acc.withdraw(500))
print(acc.withdraw(30))
print("balance", acc.balance())
local acc2 = newAccount(0)
print("separate", acc2.balance(), acc.balance())

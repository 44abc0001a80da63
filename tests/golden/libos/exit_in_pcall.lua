print("pcall cannot catch os.exit")
local ok = pcall(os.exit, 7)
print("not reached", ok)

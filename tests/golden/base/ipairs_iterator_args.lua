-- the iterator ipairs returns: its control value is checked as an integer and wraps around
local f = ipairs{}
print(f({[math.mininteger] = 10}, math.maxinteger))
print(f({[3] = 10}, 2.0))
print(f({[3] = 10}, "2"))
print(pcall(f, {}, nil))
print(pcall(f, {}, 1.5))
print(pcall(function() return f({}, {}) end))
print(pcall(function() for i, v in f, {}, "x" do end end))

-- globals live in _ENV / _G
gx = 10
print("gx", gx, _G.gx, _ENV.gx)
_G.gy = 20
print("gy", gy)
_ENV["gz"] = 30
print("gz", gz)
print("undefined", undefined_global)
gx = nil
print("gx after nil", gx, rawget(_G, "gx"))

-- globals assigned inside functions
local function setg() newglobal = "made" end
print("before", newglobal)
setg()
print("after", newglobal)

-- global function definitions
function gfun(a) return a * 2 end
print("gfun", gfun(21), type(_G.gfun))

-- dotted function names
mod = {}
function mod.f(x) return "mod.f " .. x end
function mod:m(x) return self == mod, x end
print(mod.f(1))
print(mod:m(2))
mod.sub = {}
function mod.sub.g() return "mod.sub.g" end
print(mod.sub.g())

-- _G._G is _G
print("_G._G == _G", _G._G == _G, _ENV == _G)

-- names with underscores and digits
_a1 = 1; __b2 = 2; C_3 = 3
print(_a1 + __b2 + C_3)

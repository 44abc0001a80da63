print(1 and 2 and 3, 1 and false and 3, nil or false or "last")
print(false or nil, nil and nil, false and nil)
print(0 or 1, "" or "x", {} and "t" or "f")
local function v(x) return x end
print(v(nil) or v(false) or v(0), v(1) and v(nil))
local a = nil
local b = a and a.field or "safe"
print(b)
local cfg = { debug = false }
print(cfg.debug or "default", cfg.debug == nil and "default" or cfg.debug)
print((nil or 5) + 1, (false and 1 or 2) * 3)
print(not nil == true, not (nil == true))

package.path = "./data/?.lua"
local a = require("mod_a")
print(a.name, a.greet("require"))
print("loads", MOD_A_LOADS)
local a2 = require("mod_a")
print("cached", a == a2, "loads", MOD_A_LOADS)
print("package.loaded", package.loaded.mod_a == a, package.loaded["mod_a"] == a)
-- require passes the module name and the file path
local b = require("mod_b")
print(b.modname, b.path, b.count)
-- require returns two values: module and loader data
local m, extra = require("mod_b")
print(m == b, extra)
-- module that returns nothing: package.loaded gets true
print(require("no_return"), package.loaded.no_return)
-- module that returns false
print(require("returns_false"), package.loaded.returns_false)
-- a module requiring another
print(require("uses_a").via)
-- clearing package.loaded forces a reload
package.loaded.mod_a = nil
require("mod_a")
print("loads after clearing", MOD_A_LOADS)
-- package.loaded contains standard libraries
print("string in loaded", package.loaded.string == string, package.loaded._G == _G)

-- package.path templates are tried in order; '?' is replaced by the module name
package.path = "./nowhere/?.lua;./data/?.lua"
local m = require("mod_b")
print(m.modname, m.path)
-- dots in module names become directory separators
package.path = "./?.lua"
local ok, err = pcall(require, "data.mod_a")
print(ok, ok and err.name)
print(package.loaded["data.mod_a"] ~= nil)
-- package.searchpath
print(package.searchpath("mod_b", "./data/?.lua"))
local p, e = package.searchpath("nothere", "./data/?.lua;./x/?.lua")
print(p, e)

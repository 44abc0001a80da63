package.path = "./data/?.lua"
package.cpath = ""
local ok, err = pcall(require, "missing_module")
print(ok)
print((err:match("^[^\n]*")))
-- error while loading a module propagates
local ok2, err2 = pcall(require, "errors_out")
print(ok2, err2)
-- syntax error in module
local ok3, err3 = pcall(require, "syntax_bad")
print(ok3, (err3:match("^[^\n]*")))
-- failed modules are not cached
print(package.loaded.errors_out, package.loaded.missing_module)
-- bad argument
print(pcall(require))

-- require finds lua2py's C modules where lua5.4 finds the C libraries (the loader data is
-- the library file), re.lua on package.path, cjson.safe through the cjson library file
-- (the all-in-one loader), and nothing for a module that is not installed
local function tail(path) return (path:gsub("^.*/lua/", ".../lua/")) end
local lpeg, f1 = require "lpeg"
local re, f2 = require "re"
local cjson, f3 = require "cjson"
local safe, f4 = require "cjson.safe"
print(tail(f1), tail(f2), tail(f3), tail(f4))
print(package.loaded.lpeg == lpeg, package.loaded.re == re, package.loaded.cjson == cjson,
      package.loaded["cjson.safe"] == safe, rawget(_G, "lpeg"), rawget(_G, "re"), rawget(_G, "cjson"))
print(select("#", require "lpeg"), require "lpeg" == lpeg, getmetatable(lpeg.P"x").__index == lpeg)
local function keys(t) local k = {} for n in pairs(t) do k[#k + 1] = n end table.sort(k) return table.concat(k, " ") end
print(keys(lpeg)); print(keys(re)); print(keys(cjson)); print(keys(safe))
print(pcall(require, "lpeg.nosuch"))
print(pcall(require, "no_such_module_xyz"))
-- a fresh copy after clearing package.loaded, as lua5.4 loads the library again
package.loaded.lpeg = nil
local lpeg2 = require "lpeg"
print(lpeg2 ~= lpeg, lpeg2.match(lpeg.P"ab", "abc"), getmetatable(lpeg.P"x").__index == lpeg2)
print(package.searchpath("lpeg", package.cpath) ~= nil, package.searchpath("re", package.path) ~= nil)

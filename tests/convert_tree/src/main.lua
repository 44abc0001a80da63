-- A program split over modules, for `lua2py convert` (tests/test_convert.py): the converted
-- tree runs with its .lua files deleted, and prints what lua5.4 prints for this tree.
local util = require "lib.util"
local pkg = require "pkg"          -- pkg/init.lua
local sub = require "pkg.sub"
print(util.double(21), pkg.name, sub.value, pkg.sub == sub)
print(util.modname, util.path)     -- the `...` a module gets: its name and file
print(arg[0]:match("^main%.") ~= nil, select("#", ...), ...)
print(package.loaded["lib.util"] == util, require("lib.util") == util)
print(pcall(require, "nomod"))
print(pcall(util.fail, "caught"))
print(pcall(require, "lib.broken"))
print(debug.getinfo(util.double, "S").short_src)
util.fail("uncaught")

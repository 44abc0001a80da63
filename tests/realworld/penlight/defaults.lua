-- requires: lua-penlight
-- Penlight functions using the default-parameter idiom (`if not ch then ch = ' ' end`)
-- in functions lua2py specialises for integer arguments: utils.function_arg's error
-- message, stringx's justification without a padding character
local tablex = require "pl.tablex"
local utils = require "pl.utils"
print(pcall(tablex.map, nil, {}))
print(pcall(utils.function_arg, 1, 42))
print(pcall(utils.function_arg, 2, {}, "my message"))
print(utils.function_arg(1, "_ * 2")(4))
local stringx = require "pl.stringx"
print(stringx.ljust("x", 4) .. "|", stringx.rjust("x", 4) .. "|", stringx.center("x", 5) .. "|")

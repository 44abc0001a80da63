-- The MoonScript compiler (a checkout of leafo/moonscript at v0.5.0: pure Lua on LPeg)
-- compiling every .moon file named on the command line; prints the Lua it writes.
-- Run from the checkout's root by tests/test_realworld.py (suite "moonscript-compile").
local parse = require "moonscript.parse"
local compile = require "moonscript.compile"
local n, bytes = 0, 0
for _, fname in ipairs(arg) do
  local fh = assert(io.open(fname))
  local text = fh:read("a")
  fh:close()
  local tree, err = parse.string(text)
  if not tree then
    print(fname, "parse error", err)
  else
    local code, cerr, pos = compile.tree(tree)
    if not code then
      print(fname, "compile error", compile.format_error(cerr, pos, text))
    else
      n, bytes = n + 1, bytes + #code
      print("-- " .. fname)
      print(code)
    end
  end
end
print(n .. " files, " .. bytes .. " bytes of Lua")

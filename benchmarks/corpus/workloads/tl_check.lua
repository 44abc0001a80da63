-- The Teal compiler (a tl checkout's tl.lua, one 20,000-line file) type-checks
-- its own sources: tl.tl requires teal.api.v2, which pulls in every module of
-- the compiler (teal/*.tl, ~36 modules).  Run in a copy of the checkout:
--   lua5.4 tl_check.lua
-- (like `tl check tl.tl`, without the tl command-line driver, which needs the
-- LuaFileSystem C module).
local tl = require("tl")
local env = assert(tl.new_env({}))
local result, err = tl.check_file("tl.tl", env)
assert(result, err)
local names = {}
for name in pairs(env.loaded) do names[#names + 1] = name end
table.sort(names)
local nerr, nwarn = 0, 0
for _, name in ipairs(names) do
  local r = env.loaded[name]
  nerr = nerr + #(r.syntax_errors or {}) + #(r.type_errors or {})
  nwarn = nwarn + #(r.warnings or {})
end
print(("checked %d modules: %d errors, %d warnings"):format(#names, nerr, nwarn))
for _, name in ipairs(names) do print(name) end

-- requires: lua-cliargs
-- cliargs' parse errors: cli:parse returns unpack({core.parse(...)}), so (nil, message)
-- goes through a table constructor whose border # must be lua5.4's (2)
local cli = require "cliargs"
cli:set_name("tool")
cli:argument("INPUT", "input file")
cli:option("-l, --level=LEVEL", "level", 1)
print(cli:parse({}, true))
print(cli:parse({"x", "--level"}, true))
print(cli:parse({"x", "--bogus"}, true))
print(cli:parse({"x", "-h"}, true))

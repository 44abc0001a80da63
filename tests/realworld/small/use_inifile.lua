-- requires: lua-inifile
-- inifile: parse and save ini files (through a temporary file)
local inifile = require "inifile"
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("; comment\n[general]\nname = demo\ncount=3\n\n[paths]\nroot = /srv\n  spaced key  =  spaced value  \n")
f:close()
local t = inifile.parse(name)
print(t.general.name, t.general.count, type(t.general.count), t.paths.root, t.paths["spaced key"])
local sections = {}
for k in pairs(t) do sections[#sections + 1] = k end
table.sort(sections)
print(table.concat(sections, ","))
t.new = {key = "value"}
t.general = nil
t.paths = nil
inifile.save(name, t)
collectgarbage()  -- inifile never closes the file it writes: let the collector flush it
local f2 = assert(io.open(name))
print(f2:read("a"))
f2:close()
print(inifile.parse("[s]\na=1\nb=x", "memory").s.b)
os.remove(name)

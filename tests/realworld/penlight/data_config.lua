-- requires: lua-penlight
-- pl.data (delimited data, queries), pl.config (ini-style files), pl.comprehension, pl.Date (fixed dates only), pl.lapp
local data = require "pl.data"
local config = require "pl.config"
local stringio = require "pl.stringio"
local comprehension = require "pl.comprehension"
local Date = require "pl.Date"
local lapp = require "pl.lapp"
local pretty = require "pl.pretty"

local csv = "name,age,city\nann,31,paris\nbob,25,oslo\ncid,40,rome\n"
local d = data.read(stringio.open(csv), {csv = true})
print(pretty.write(d.fieldnames, ""), #d, d[2][1], d[3][2])
print(pretty.write(d:column_by_name("age"), ""))
local q = d:select("name,age where age > 30")
local rows = {}
for name, age in q do rows[#rows + 1] = name .. "=" .. age end
print(table.concat(rows, " "))
print(pretty.write(data.read(stringio.open("1 2 3\n4 5 6\n")), ""))
local out = stringio.create()
d:write(out)
print(out:value())
local ws = data.read(stringio.open("x y\n1 2\n3 4\n"), {})
print(pretty.write(ws.fieldnames, ""), ws[2][2])
print(pretty.write(data.read(stringio.open("a;b\n1;2\n"), {delim = ";"}), ""))

local conf = [[
# a comment
name = demo
count = 42
ratio = 0.5
flags = a, b, c
[section]
key = value
enabled = true
]]
local c = config.read(stringio.open(conf))
print(c.name, c.count, math.type(c.count), c.ratio, pretty.write(c.flags, ""), c.section.key, c.section.enabled)
local c2 = config.read(stringio.open("x=1\ny=hello world\n"), {convert_numbers = false, smart = false})
print(c2.x, type(c2.x), c2.y)
print(config.read(stringio.open("a: 1\nb: two\n"), {keysep = ":"}).b)
local lines = {}
for l in config.lines(stringio.open("one \\\ntwo\nthree")) do lines[#lines + 1] = l end
print(table.concat(lines, "|"))

-- comprehension
local C = comprehension.new()
print(pretty.write(C "x^2 for x" {1, 2, 3}, ""))
print(pretty.write(C "x for x if x % 2 == 0" {1, 2, 3, 4}, ""))
print(pretty.write(C "{x, y} for x for y if x ~= y" ({1, 2}, {1, 2}), ""))
print(C "sum(x for x)" {1, 2, 3, 4})

-- Date from fixed fields (no clock, no local time zone)
local dt = Date {year = 2020, month = 2, day = 28, hour = 12, min = 0, sec = 0}
print(dt:year(), dt:month(), dt:day(), dt:hour(), dt:is_weekend(), dt:weekday_name())
dt:add {day = 2}
print(dt:month(), dt:day(), dt:month_name(true))
print(Date.tormat and "" or "", Date {year = 2021, month = 1, day = 1} < Date {year = 2021, month = 6, day = 1})
local diff = Date {year = 2021, month = 1, day = 2, hour = 0} - Date {year = 2021, month = 1, day = 1, hour = 0}
print(diff.time or diff, tostring(diff))
local fmt = Date.Format "yyyy-mm-dd HH:MM"
print(fmt:tostring(Date {year = 2022, month = 3, day = 4, hour = 5, min = 6}))
local parsed = fmt:parse "2023-07-08 09:10"
print(parsed:year(), parsed:month(), parsed:day(), parsed:hour(), parsed:min())
print(Date.Format("dd/mm/yy"):tostring(Date {year = 1999, month = 12, day = 31}))

-- lapp: parse an argument list given explicitly
local args = lapp([[
Test program
  -v,--verbose          Verbose output
  -n,--count (default 3) How many
  -o (string)           Output name
  <input> (string)      Input file
]], {"-v", "-o", "out.txt", "-n", "7", "in.txt"})
print(args.verbose, args.count, math.type(args.count), args.o, args.input)
local args2 = lapp([[
  -f (default 1.5)
  <files...> (string)
]], {"a", "b"})
print(args2.f, #args2.files, args2.files[2])
lapp.quit = function(msg) print("lapp quit: " .. tostring(msg)) error("quit", 0) end
print(pcall(lapp, "  -x (number)\n", {"-x", "notanumber"}))
print(pcall(lapp, "  <needed> (string)\n", {}))

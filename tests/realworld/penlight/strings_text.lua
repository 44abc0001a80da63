-- requires: lua-penlight
-- pl.stringx, pl.text, pl.template, pl.pretty, pl.stringio, pl.sip, pl.lexer (token streams)
local stringx = require "pl.stringx"
local text = require "pl.text"
local template = require "pl.template"
local pretty = require "pl.pretty"
local stringio = require "pl.stringio"
local sip = require "pl.sip"

print(stringx.isalpha("abc"), stringx.isdigit("123"), stringx.isalnum("a1"), stringx.isspace(" \t"), stringx.islower("ab"), stringx.isupper("AB"))
print(stringx.startswith("hello", "he"), stringx.endswith("hello", {"x", "lo"}), stringx.join(",", {"a", "b"}))
print(stringx.split("a b  c"), stringx.split("a,b,,c", ","), stringx.split("a,b,c", ",", 2))
print(stringx.splitlines("one\ntwo\r\nthree"), stringx.splitlines("a\nb\n", true))
print(stringx.expandtabs("a\tb", 4) .. "|", stringx.lfind("hello", "l"), stringx.rfind("hello", "l"), stringx.count("banana", "an"))
print(stringx.replace("aaa", "a", "b", 2), stringx.ljust("x", 4, ".") .. "|", stringx.rjust("x", 4, " ") .. "|", stringx.center("x", 5, "*"))
print("[" .. stringx.strip("  pad  ") .. "]", "[" .. stringx.lstrip("xxpadxx", "x") .. "]", "[" .. stringx.rstrip("pad\n") .. "]")
print(stringx.partition("key=value=x", "="), stringx.rpartition("key=value=x", "="), stringx.at("abc", 2))
print(stringx.lines and "lines" or "", stringx.title("hello world"), stringx.capitalize and stringx.capitalize("word") or "")
for line in stringx.lines("l1\nl2") do io.write("<", line, ">") end print()
print(stringx.shorten("a long sentence here", 10), stringx.shorten("a long sentence here", 10, true))
print(stringx.quote_string("plain"), stringx.quote_string("with \"quotes\"\nand newline"))
print(stringx.indent("a\nb", 2), stringx.dedent("  a\n  b\n"))
print(stringx.wrap("The quick brown fox jumps over the lazy dog", 10))
print(stringx.fill("The quick brown fox jumps over the lazy dog", 12))
print(stringx.Template("Hello $name, ${x}!"):substitute {name = "World", x = 42})
print(pcall(function() return stringx.Template("$missing"):substitute {} end))
print(stringx.Template("$a $b"):safe_substitute {a = 1})
print(stringx.Template("${a} and $b"):indent_substitute {a = "line1\nline2", b = "B"})
print(stringx.splitv("1 2 3"))
print(stringx.count_match and stringx.count_match("hello", "l") or "")
print(stringx.isdigit(""), pcall(stringx.strip, 42))
stringx.import()
print(("  imported  "):strip(), ("a-b"):split("-"))

-- pl.text is an alias kept for compatibility
print(text.format_operator and "fo" or "", text.wrap("one two three", 7))

-- templates
local tpl = [[
<ul>
# for i, item in ipairs(items) do
  <li>$(i): $(item.name) = $(item.value)</li>
# end
</ul>
]]
print(template.substitute(tpl, {ipairs = ipairs, items = {{name = "a", value = 1}, {name = "b", value = "two"}}}))
local ct = template.compile("Hi $(who)!", {chunk_name = "greet"})
print(ct:render {who = "you"})
print(template.substitute("@{x} and @{y}", {_escape = "@", _brackets = "{}", x = 1, y = 2}))
local res, err = template.substitute("$(undefined.field)", {})
print(res, (err:match("^[^\n]*"):gsub("%[string [^%]]*%]", "[chunk]")))

-- pretty
print(pretty.write({1, 2, {a = "x", b = {true, false}}, ["key with space"] = 1.5, [10] = "ten"}))
print(pretty.write({1, 2, 3}, ""), pretty.write("str"), pretty.write(42))
print(pretty.read("{1, 2, a = 'x', {nested = true}}")[3].nested, pretty.read("{x = 1}").x)
print(pretty.read("{f = function() end}"))
print(pretty.load("x = 1; y = {2}").y[1])
print(pretty.number(1234567), pretty.number(1234567, "M"), pretty.number(2048, "N"), pretty.number(123456789, "T"))
local cyc = {name = "cycle"} cyc.self = cyc
print(pretty.write(cyc))
pretty.dump({list = {1, 2}, n = 3})

-- stringio
local out = stringio.create()
out:write("a", 1, "b") out:writef("%d-%s", 5, "x")
print(out:value())
local inp = stringio.open("line1\nline2\n42 3.5\n")
print(inp:read(), inp:read("*l"), inp:read("*n"), inp:read("*n"), inp:read())
for l in stringio.lines("x\ny") do io.write(l, ";") end print()

-- sip: simple input patterns
local res = {}
print(sip.match("$v=$d", "x=42", res), res[1], res[2])
res = {}
print(sip.match("$v{name} $d{age}", "fred 23", res), res.name, res.age)
local pat = sip.compile("[$S] $d")
local t = {}
print(pat("[abc] 99", t), t[1], t[2])
print(sip.match_at_start("$i", "12 rest", res), (sip.create_pattern("$d")))

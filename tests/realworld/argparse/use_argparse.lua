-- requires: lua-argparse
-- argparse: arguments, options, flags, commands, mutexes, defaults, converters, help and usage text, errors
local argparse = require "argparse"

local function show(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do
    local v = t[k]
    if type(v) == "table" then
      local parts = {}
      for i, x in ipairs(v) do parts[i] = type(x) == "table" and "{" .. table.concat(x, ",") .. "}" or tostring(x) end
      v = "{" .. table.concat(parts, ",") .. "}"
    end
    out[#out + 1] = k .. "=" .. tostring(v)
  end
  return table.concat(out, " ")
end

local parser = argparse("script", "An example.", "More text at the end.")
parser:argument("input", "Input file.")
parser:argument("extra", "Extra files."):args("*")
parser:option("-o --output", "Output file.", "a.out")
parser:option("-I --include", "Include locations."):count("*")
parser:option("-n --number", "A number."):convert(tonumber)
parser:option("--pair"):args(2)
parser:option("--level"):choices {"low", "high"}
parser:flag("-v --verbose", "Sets verbosity level."):count("0-2"):target("verbosity")
parser:flag("-q --quiet")

print(parser:get_usage())
print(parser:get_help())
print(show(parser:parse {"in.txt"}))
print(show(parser:parse {"in.txt", "x", "y", "-o", "out", "-I", "a", "-Ib", "--include=c", "-n", "42", "-vv", "--pair", "p1", "p2", "--level", "high"}))
print(show(parser:parse {"--", "-dash-file"}))
for _, argv in ipairs {
  {},
  {"in", "-n"},
  {"in", "--level", "mid"},
  {"in", "-vvv"},
  {"in", "--unknown"},
  {"in", "--pair", "only"},
  {"in", "-o", "a", "-o", "b"},
} do
  local ok, res = parser:pparse(argv)
  print(ok, type(res) == "table" and show(res) or res)
end

-- commands
local git = argparse("git"):command_target("command")
git:flag("--bare")
local commit = git:command("commit ci", "Record changes.")
commit:option("-m --message"):args(1)
commit:flag("-a --all")
local push = git:command("push")
push:argument("remote"):args("?")
push:mutex(push:flag("--force"), push:flag("--safe"))
git:require_command(true)
print(show(git:parse {"commit", "-a", "-m", "msg"}))
print(show(git:parse {"ci", "--message=x"}))
print(show(git:parse {"--bare", "push", "origin", "--force"}))
print(git:pparse {})
print(git:pparse {"pull"})
print(git:pparse {"push", "--force", "--safe"})
print(commit:get_usage())
print(git:get_help())

-- defaults, actions, hidden options, epilog, help-less parser
local p2 = argparse("p2"):add_help(false)
p2:option("--size"):default("10"):convert(tonumber)
p2:option("--list"):args("+"):count("*"):action("concat")
p2:option("--secret"):hidden(true)
p2:flag("--yes"):action(function(args, index) args.answered = "yes" end)
p2:argument("rest"):args("?")
print(show(p2:parse {"--list", "a", "b", "--list", "c", "--yes"}))
print(p2:get_help())
print(select(2, p2:pparse {"-h"}))

-- error() calls os.exit through the error handler: replace it to see the message
local p3 = argparse("p3")
p3:argument("x"):convert(function(s) if s == "bad" then return nil, "x cannot be bad" end return s:upper() end)
print(show(p3:parse {"fine"}))
print(p3:pparse {"bad"})
p3.error = function(self, msg) print("error: " .. msg) error("stop", 0) end
print(pcall(p3.parse, p3, {}))

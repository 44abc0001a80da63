-- argparse (Debian lua-argparse): build a command-line parser with options,
-- flags, arguments and subcommands, then parse many generated argument
-- lists and render the help and usage texts.
--   lua5.4 argparse_parse.lua [rounds]
local argparse = require("argparse")

local rounds = tonumber(arg and arg[1]) or 300

local seed = 11
local function rand(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n
end

local function build()
  local p = argparse("tool", "A tool with many options.")
  p:require_command(false)
  p:option("-o --output", "Output file.", "a.out")
  p:option("-I --include", "Include path."):count("*")
  p:option("-l --level", "Level."):choices({ "low", "mid", "high" })
  p:option("-n --number", "A number."):convert(tonumber)
  p:flag("-v --verbose", "Verbosity."):count("0-4"):target("verbosity")
  p:flag("-q --quiet", "Quiet.")
  local build_cmd = p:command("build b", "Build things.")
  build_cmd:option("-j --jobs", "Jobs."):convert(tonumber):default("1")
  build_cmd:flag("--release", "Release mode.")
  build_cmd:argument("targets", "Targets."):args("*")
  local test_cmd = p:command("test t", "Run tests.")
  test_cmd:option("--filter", "Filter.")
  test_cmd:flag("--fail-fast", "Stop at the first failure.")
  p:command_target("command")
  return p
end

local words = { "main.c", "util.c", "lib", "src", "x", "y", "zz" }
local function argv()
  local a = {}
  for _ = 1, rand(4) do a[#a + 1] = "-I" .. words[rand(#words) + 1] end
  if rand(2) == 0 then a[#a + 1] = "-v" end
  if rand(3) == 0 then a[#a + 1] = "-vv" end
  if rand(2) == 0 then a[#a + 1] = "--level=" .. ({ "low", "mid", "high" })[rand(3) + 1] end
  if rand(2) == 0 then a[#a + 1] = "-n"; a[#a + 1] = tostring(rand(1000)) end
  a[#a + 1] = "--output"; a[#a + 1] = words[rand(#words) + 1] .. ".o"
  local k = rand(3)
  if k == 0 then
    a[#a + 1] = "build"; a[#a + 1] = "-j" .. (1 + rand(8))
    if rand(2) == 0 then a[#a + 1] = "--release" end
    for _ = 1, rand(3) do a[#a + 1] = words[rand(#words) + 1] end
  elseif k == 1 then
    a[#a + 1] = "test"; a[#a + 1] = "--filter"; a[#a + 1] = words[rand(#words) + 1]
  end
  return a
end

local checksum, errors = 0, 0
local function mix(s)
  s = tostring(s)
  for i = 1, #s do checksum = (checksum * 31 + s:byte(i)) % 1000000007 end
end

for round = 1, rounds do
  local p = build()
  for _ = 1, 10 do
    local ok, res = p:pparse(argv())
    if ok then
      mix(res.output); mix(res.verbosity); mix(res.level); mix(res.number)
      mix(#res.include); mix(res.command); mix(res.jobs); mix(res.release)
      for _, t in ipairs(res.targets or {}) do mix(t) end
    else
      errors = errors + 1
      mix(res)
    end
  end
  local ok, err = p:pparse({ "--level", "extreme" })
  assert(not ok); mix(err)
  if round % 25 == 1 then mix(p:get_help()); mix(p:get_usage()) end
  if round == 1 then print(p:get_help()) end
end
print("rounds", rounds, "errors", errors, "checksum", checksum)

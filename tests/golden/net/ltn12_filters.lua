-- ltn12: filters (cycle, chain), sources, sinks, pumps -- no network
local ltn12 = require "ltn12"
local function collect(src)
  local t = {}
  local ok, err = ltn12.pump.all(src, (ltn12.sink.table(t)))
  return table.concat(t, "|"), ok, err
end
-- filter.cycle: a low-level filter with a context
local counter = ltn12.filter.cycle(function(ctx, chunk, extra)
  if chunk == nil then return nil, ctx end
  if chunk == "" then return "", ctx end
  return extra .. ctx .. ":" .. chunk:upper(), ctx + 1
end, 1, "#")
print(counter("a"), counter("b"), counter(""), counter(nil))
-- filter.chain of simple filters
local up = function(c) return c and c:upper() end
local rev = function(c) return c and c:reverse() end
local brackets = function(c) if c == nil then return nil end if c == "" then return "" end return "[" .. c .. "]" end
local f = ltn12.filter.chain(up, rev, brackets)
print(f("abc"), f("xy"), f(""), f(nil))
-- source.string, source.table, source.cat, source.chain, source.empty, source.error, source.rewind
print(collect(ltn12.source.string("hello")))
print(collect(ltn12.source.string("")))
print(collect(ltn12.source.table({"a", "b", "c"})))
print(collect(ltn12.source.cat(ltn12.source.string("x"), ltn12.source.empty(), ltn12.source.string("y"))))
print(collect(ltn12.source.chain(ltn12.source.table({"ab", "cd"}), up)))
print(collect(ltn12.source.chain(ltn12.source.string("abc"), up, rev, brackets)))
print(collect(ltn12.source.empty()))
print(collect(ltn12.source.error("broken")))
local r = ltn12.source.rewind(ltn12.source.string("one"))
print(r())
r("back")
print(r(), r(), r())
-- source.simplify: a source that returns a new source
local n = 0
local function twostage()
  n = n + 1
  if n == 1 then return "", function() return "replaced" end end
  return nil
end
print(ltn12.source.simplify(twostage)())
-- sinks: table, null, error, chain, simplify, file
local t = {}
local snk = ltn12.sink.chain(up, (ltn12.sink.table(t)))
print(snk("abc"), snk("def"), snk(nil))
print(table.concat(t, ","))
print(ltn12.sink.null()("anything"), ltn12.sink.null()(nil))
print(ltn12.sink.error("nope")("x"))
print(ltn12.pump.all(ltn12.source.string("data"), ltn12.sink.error("sink failed")))
local name = os.tmpname()
local fh = assert(io.open(name, "wb"))
print(ltn12.pump.all(ltn12.source.string(string.rep("line\n", 1000)), ltn12.sink.file(fh)))
print(io.open(name, "rb"):read("a"):len())
local src = ltn12.source.file(io.open(name, "rb"))
local chunks = {}
while true do
  local c = src()
  if not c then break end
  chunks[#chunks + 1] = #c
end
print(table.concat(chunks, " "))
print(ltn12.source.file(nil, "cannot open")())
print(ltn12.sink.file(nil, "cannot write")("x"))
os.remove(name)
-- pump.step by hand
local s2 = ltn12.source.table({"1", "2"})
local t2 = {}
local k2 = (ltn12.sink.table(t2))
print(ltn12.pump.step(s2, k2), ltn12.pump.step(s2, k2), ltn12.pump.step(s2, k2), table.concat(t2))
print(ltn12.pump.all(ltn12.source.table({"p", "q"}), ltn12.sink.table(t2), ltn12.pump.step), table.concat(t2))
-- a source that errors in the middle
local m = 0
print(ltn12.pump.all(function() m = m + 1 if m < 3 then return "ok" .. m end return nil, "mid error" end,
  (ltn12.sink.table({}))))
print(ltn12._VERSION, ltn12.BLOCKSIZE, type(ltn12.filter), type(ltn12.source), type(ltn12.sink), type(ltn12.pump))

-- lfs: mkdir/rmdir/chdir/currentdir/dir in a temporary directory of its own
local lfs = require "lfs"
print(type(lfs), lfs == _G.lfs, lfs._VERSION)
print(lfs._COPYRIGHT)
print(lfs._DESCRIPTION)
local names = {}
for k in pairs(lfs) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))

local function pack(...) return {n = select("#", ...), ...} end
local base = os.tmpname()
os.remove(base)
assert(lfs.mkdir(base))
local start = lfs.currentdir()
print(lfs.chdir(base))
print(lfs.currentdir() == base or lfs.currentdir():sub(-#base) == base)

-- mkdir results
print(lfs.mkdir("a"))
local r = pack(lfs.mkdir("a"))
print(r.n, r[1], r[2], r[3])
r = pack(lfs.mkdir("no/such/parent"))
print(r.n, r[1], r[2], r[3])
print(lfs.mkdir("a/b"), lfs.mkdir("a/c"), lfs.mkdir(42))
for _, n in ipairs {"a/f1", "a/f2.txt", "a/.hidden"} do
  local f = assert(io.open(n, "w")) f:write(n) f:close()
end

-- dir as an iterator (sorted: readdir order is the file system's)
local function listing(path)
  local t = {}
  for name in lfs.dir(path) do t[#t + 1] = name end
  table.sort(t)
  return table.concat(t, ",")
end
print(listing("a"))
print(listing("a/b"))

-- dir's results and the directory object
local iter, d, init, closing = lfs.dir("a")
print(type(iter), type(d), init, rawequal(d, closing))
print(tostring(d):match("^directory metatable: ") ~= nil)
local mt = getmetatable(d)
print(mt.__name, type(mt.__index.next), type(mt.__index.close), type(mt.__gc), type(mt.__close))
local seen = 0
while true do
  local name = d:next()
  if not name then break end
  seen = seen + 1
end
print("entries", seen)
print(pcall(d.next, d))
print(d:close(), d:close())
local _, d2 = lfs.dir("a")
print(type(d2:next()), d2:close())
print(pcall(d2.next, d2))
print(pcall(iter, {}))
print(pcall(iter))

-- a generic for closes the directory when left by break (5.4's closing value)
local d3
for name, x in lfs.dir("a") do d3 = x break end
print("break ok", d3)

-- errors
print(pcall(lfs.dir, "missing"))
print(select(2, pcall(lfs.dir)))
print(select(2, pcall(lfs.dir, {})))
print(pcall(function() return lfs.dir("missing") end))
print(pcall(function() local x = lfs.dir(nil) end))

-- rmdir
print(lfs.rmdir("a/c"))
r = pack(lfs.rmdir("a/c"))
print(r.n, r[1], r[2], r[3])
r = pack(lfs.rmdir("a"))
print(r.n, r[1], r[2], r[3])
print(listing("a"))

-- chdir errors: two lines of message
r = pack(lfs.chdir("missing"))
print(r.n, r[1], r[2])
print(lfs.chdir("a"), lfs.currentdir():sub(-2))
print(lfs.chdir(".."))
print(pcall(lfs.chdir))

-- clean up
for _, n in ipairs {"a/f1", "a/f2.txt", "a/.hidden"} do assert(os.remove(n)) end
assert(lfs.rmdir("a/b"))
assert(lfs.rmdir("a"))
assert(lfs.rmdir("42"))
assert(lfs.chdir(start))
print(lfs.rmdir(base))
print(lfs.attributes(base) == nil)

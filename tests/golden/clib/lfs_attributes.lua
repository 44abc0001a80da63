-- lfs: attributes, symlinkattributes, touch, link in a temporary directory of its own
local lfs = require "lfs"
local function pack(...) return {n = select("#", ...), ...} end
local function show(r) local t = {} for i = 1, r.n do t[i] = tostring(r[i]) end return r.n .. ": " .. table.concat(t, " | ") end

local base = os.tmpname()
os.remove(base)
assert(lfs.mkdir(base))
local start = lfs.currentdir()
assert(lfs.chdir(base))
local t0 = os.time()

local f = assert(io.open("file.txt", "wb")) f:write(("x"):rep(1000)) f:close()
assert(lfs.mkdir("sub"))

-- the whole table: every field, its type
local a = lfs.attributes("file.txt")
local keys = {}
for k, v in pairs(a) do keys[#keys + 1] = k .. ":" .. (math.type(v) or type(v)) end
table.sort(keys)
print(table.concat(keys, " "))
print(a.mode, a.size, a.nlink, a.permissions:match("^[r-][w-][x-][r-][w-][x-][r-][w-][x-]$") ~= nil)
print(a.modification >= t0 - 2, a.access >= t0 - 2, a.change >= t0 - 2, a.blocks >= 0, a.blksize > 0)
print(a.ino > 0, a.dev >= 0, a.rdev, a.uid >= 0, a.gid >= 0)
print(lfs.attributes("sub").mode, lfs.attributes(".").mode, lfs.attributes("/dev/null").mode)

-- one field at a time agrees with the table
for _, k in ipairs {"mode", "dev", "ino", "nlink", "uid", "gid", "rdev", "access",
                    "modification", "change", "size", "permissions", "blocks", "blksize"} do
  io.write(k, "=", tostring(lfs.attributes("file.txt", k) == a[k]), " ")
end
print()
-- a table argument is filled and returned
local into = {mine = true}
local r = lfs.attributes("file.txt", into)
print(r == into, into.mine, into.size)

-- errors
print(show(pack(lfs.attributes("missing"))))
print(show(pack(lfs.attributes("missing", "size"))))
print(pcall(lfs.attributes, "file.txt", "nosuch"))
print(pcall(function() return lfs.attributes("file.txt", "nosuch") end))
print(pcall(function() return lfs.attributes("file.txt", 7) end))
print(pcall(lfs.attributes))
print(pcall(lfs.attributes, nil, "size"))
print(lfs.attributes("file.txt", nil).size, lfs.attributes(1) == nil)

-- touch
print(lfs.touch("file.txt", 1000000000, 1200000000))
print(lfs.attributes("file.txt", "access"), lfs.attributes("file.txt", "modification"))
print(lfs.touch("file.txt", 1500000000))
print(lfs.attributes("file.txt", "access"), lfs.attributes("file.txt", "modification"))
print(lfs.touch("file.txt", 1600000000.75, 1700000000))
print(lfs.attributes("file.txt", "access"), lfs.attributes("file.txt", "modification"))
print(lfs.touch("file.txt"))
print(lfs.attributes("file.txt", "modification") >= t0 - 2)
print(show(pack(lfs.touch("missing"))))
print(show(pack(lfs.touch("missing", 1, 2))))
print(pcall(lfs.touch, "file.txt", 1, 2.5))
print(pcall(lfs.touch, "file.txt", "x"))

-- links
print(lfs.link("file.txt", "hard"))
print(lfs.attributes("file.txt", "nlink"), lfs.attributes("hard", "ino") == a.ino)
print(lfs.link("file.txt", "soft", true))
print(lfs.link("nowhere", "dangling", true))
print(show(pack(lfs.link("file.txt", "soft", true))))
print(show(pack(lfs.link("missing", "hard2"))))
print(lfs.attributes("soft", "mode"), lfs.symlinkattributes("soft", "mode"))
local s = lfs.symlinkattributes("soft")
print(s.mode, s.target, s.size)
print(lfs.symlinkattributes("soft", "target"), lfs.symlinkattributes("dangling", "target"))
print(lfs.symlinkattributes("file.txt").target, lfs.symlinkattributes("file.txt", "mode"))
print(show(pack(lfs.symlinkattributes("file.txt", "target"))))
print(show(pack(lfs.symlinkattributes("missing", "target"))))
print(show(pack(lfs.symlinkattributes("missing"))))
print(show(pack(lfs.attributes("dangling"))))
print(lfs.symlinkattributes("dangling", "mode"))
print(pcall(lfs.symlinkattributes, "soft", "bad"))

-- clean up
for _, n in ipairs {"file.txt", "hard", "soft", "dangling"} do assert(os.remove(n)) end
assert(lfs.rmdir("sub"))
assert(lfs.chdir(start))
print(lfs.rmdir(base))

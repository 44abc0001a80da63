-- lfs: lock/unlock on files, setmode, lock_dir, in a temporary directory of its own
local lfs = require "lfs"
local function pack(...) return {n = select("#", ...), ...} end
local function show(r) local t = {} for i = 1, r.n do t[i] = tostring(r[i]) end return r.n .. ": " .. table.concat(t, " | ") end

local base = os.tmpname()
os.remove(base)
assert(lfs.mkdir(base))

local name = base .. "/data"
local f = assert(io.open(name, "w+"))
f:write("0123456789")
print(lfs.lock(f, "w"))
print(lfs.unlock(f))
print(lfs.lock(f, "r", 2, 4))
print(lfs.unlock(f, 2, 4))
print(lfs.lock(f, "write"))
print(lfs.unlock(f))
print(pcall(lfs.lock, f, "x"))
print(pcall(lfs.lock, f, ""))
print(pcall(function() return lfs.lock(f, "z") end))
print(pcall(lfs.lock, f))
print(pcall(lfs.lock, "notafile", "w"))
print(pcall(lfs.lock))
print(pcall(lfs.unlock, 42))
print(pcall(lfs.lock, f, "w", "a"))

-- a read lock on a file opened only for writing fails with EBADF
local wo = assert(io.open(base .. "/wo", "w"))
print(show(pack(lfs.lock(wo, "r"))))
wo:close()

-- setmode: POSIX has only binary
print(lfs.setmode(f, "binary"))
print(lfs.setmode(f, "text"))
print(lfs.setmode(io.stdout, "text"))
print(pcall(lfs.setmode, f, "other"))
print(pcall(lfs.setmode, f))
print(pcall(lfs.setmode, {}, "text"))
f:close()
print(pcall(lfs.lock, f, "w"))
print(pcall(lfs.unlock, f))
print(pcall(lfs.setmode, f, "binary"))
print(pcall(function() return lfs.setmode(f, "binary") end))

-- lock_dir: a symbolic link named lockfile.lfs pointing at "lock"
local lock = lfs.lock_dir(base)
print(type(lock), tostring(lock):match("^lock metatable: ") ~= nil)
print(lfs.symlinkattributes(base .. "/lockfile.lfs", "target"))
print(show(pack(lfs.lock_dir(base))))
print(show(pack(lfs.lock_dir(base .. "/missing"))))
local mt = getmetatable(lock)
print(mt.__name, type(mt.__index.free), type(mt.__gc), mt.__close)
print(lock:free())
print(select("#", lfs.attributes(base .. "/lockfile.lfs")), (lfs.symlinkattributes(base .. "/lockfile.lfs", "mode")))
print(lock:free())
print(pcall(lock.free, {}))
print(pcall(lfs.lock_dir))
local lock2 = assert(lfs.lock_dir(base))
lock2:free()

assert(os.remove(name))
assert(os.remove(base .. "/wo"))
print(lfs.rmdir(base))

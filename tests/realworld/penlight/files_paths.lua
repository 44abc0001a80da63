-- requires: lua-penlight
-- pl.path, pl.dir, pl.file, pl.utils.readfile/writefile, pl.app, in a temporary directory (needs lfs)
local path = require "pl.path"
local dir = require "pl.dir"
local file = require "pl.file"
local utils = require "pl.utils"
local app = require "pl.app"
local tablex = require "pl.tablex"

print(path.sep, path.dirsep, path.is_windows)
print(path.join("a", "b", "c.txt"), path.join("/abs", "x"), path.join("a/", "/b"))
print(path.splitpath("/usr/local/bin/lua"), path.splitext("archive.tar.gz"))
print(path.basename("/x/y/z.lua"), path.dirname("/x/y/z.lua"), path.extension("f.txt"), path.extension("noext"))
print(path.normpath("/a/./b/../c//d/"), path.normpath("a/../../b"), path.normpath(""))
print(path.isabs("/x"), path.isabs("x"), path.abspath("/already"), path.relpath("/a/b/c", "/a"), path.relpath("/a/x", "/a/b"))
print(path.common_prefix("/a/b/c", "/a/b/d"), path.expanduser("~") ~= "~")
print(path.package_path("pl.path") ~= nil)

local base = os.tmpname()
os.remove(base)
print(dir.makepath(base .. "/one/two"))
local start = path.currentdir()
path.chdir(base)
print(path.exists("one"), path.isdir("one/two"), path.isfile("one"), path.exists("nothing"))
print(utils.writefile("one/a.txt", "alpha\nbeta\n"), file.write("one/b.lua", "return 42\n"))
print(file.read("one/a.txt") == "alpha\nbeta\n", utils.readfile("one/b.lua"))
print(path.getsize("one/a.txt"), path.getmtime("one/a.txt") > 0, path.getatime("one/a.txt") > 0)
print(utils.readlines("one/a.txt")[2], #utils.readlines("one/a.txt"))
print(file.copy("one/a.txt", "one/two/c.txt"), file.move("one/two/c.txt", "one/two/d.txt"), path.exists("one/two/c.txt"))
local got = dir.getfiles("one") table.sort(got) print((table.concat(got, ","):gsub("one/", "")))
local files = dir.getfiles("one", "*.txt") table.sort(files) print(#files, files[1])
local all = dir.getallfiles(".") table.sort(all) print(table.concat(all, " "))
local dirs = dir.getdirectories(".") table.sort(dirs) print(table.concat(dirs, " "))
local walked = {}
for root, dirnames, filenames in dir.walk("one") do
  table.sort(filenames)
  walked[#walked + 1] = root .. ":" .. table.concat(filenames, ",")
end
table.sort(walked) print(table.concat(walked, " | "))
print(dir.fnmatch("hello.lua", "*.lua"), dir.fnmatch("hello.py", "*.lua"), #dir.filter({"a.c", "b.h", "c.c"}, "*.c"))
print(dir.copyfile("one/a.txt", "one/copy.txt"), dir.movefile("one/copy.txt", "one/moved.txt"), path.isfile("one/moved.txt"))
print(file.delete("one/moved.txt"), path.exists("one/moved.txt"))
print(utils.readfile("missing.txt"))
print(file.read("missing.txt"))
print(dir.clonetree and "clonetree" or "")
print(dir.rmtree("one"), path.exists("one"))
print(pcall(dir.getfiles, "nonexistent"))
print(path.tmpname and type(path.tmpname()) or "")

-- app
print(app.appfile and "appfile" or "", type(app.platform()))
local flags, params = app.parse_args({"-v", "--name=x", "file1", "-n", "5"}, {n = true})
print(flags.v, flags.name, flags.n, params[1], #params)

path.chdir(start)
print(path.rmdir(base), path.exists(base))

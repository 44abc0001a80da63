-- copying a shipped data file with io.lines and counting things
local out = "tmp_copy_file.txt"
local o = assert(io.open(out, "w"))
local lines, words, chars = 0, 0, 0
for l in io.lines("data/poem.txt") do
  lines = lines + 1
  chars = chars + #l
  for _ in l:gmatch("%S+") do words = words + 1 end
  o:write(l, "\n")
end
o:close()
print("lines:", lines, "words:", words, "chars:", chars)
local a = assert(io.open("data/poem.txt", "rb")):read("a")
local b = assert(io.open(out, "rb")):read("a")
print("same:", a == b, #a)
os.remove(out)

-- io.open with every mode on a fresh file
local name = "tmp_open_modes.txt"
os.remove(name)
local function show(label)
  local f = io.open(name, "rb")
  if not f then print(label, "missing") return end
  print(label, string.format("%q", f:read("a")))
  f:close()
end

print("r missing:", io.open(name, "r"))
local f = assert(io.open(name, "w")); f:write("hello\n"); f:close(); show("w")
f = assert(io.open(name, "w")); f:write("trunc"); f:close(); show("w again")
f = assert(io.open(name, "a")); f:write("+app"); f:close(); show("a")
f = assert(io.open(name, "r+")); print("r+ read:", f:read(5)); f:seek("set", 0); f:write("TR"); f:close(); show("r+")
f = assert(io.open(name, "w+")); print("w+ read:", f:read("a")); f:write("fresh"); f:seek("set"); print("w+ reread:", f:read("a")); f:close(); show("w+")
f = assert(io.open(name, "a+")); print("a+ read:", f:read("a")); f:write("!"); f:seek("set"); print("a+ reread:", f:read("a")); f:close(); show("a+")
f = assert(io.open(name)); print("default mode read:", f:read("l")); print("default write:", f:write("x")); f:close()
os.remove(name)
print("r+ missing:", io.open(name, "r+"))
f = assert(io.open(name, "a+")); print("a+ creates:", io.type(f)); f:close()
os.remove(name)

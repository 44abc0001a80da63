print("before exit")
local t = { "buffered", "output" }
print(table.concat(t, " "))
os.exit(3)
print("not reached")

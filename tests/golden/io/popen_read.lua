-- io.popen in "r" mode reads the command's output
local p = assert(io.popen("printf 'a\\nb\\nc\\n'"))
print(io.type(p))
for l in p:lines() do print("line:", l) end
print(p:close())
p = io.popen("echo 12 34; echo done")
print(p:read("n", "n"))
print(p:read("a"))
print(p:close())
p = io.popen("printf 'no newline'", "r")
print(p:read("L"), p:read("l"))
p:close()
p = io.popen("echo to stderr 1>&2; echo out")
print(p:read("a"))
p:close()
-- unread output is discarded when the pipe is closed
p = io.popen("printf 'first\\nsecond\\n'")
print(p:read("l"))
print(p:close())

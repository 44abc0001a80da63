-- a write bigger than the buffer reaches the file in whole blocks
local name = "tmp_buffering_large.txt"
local w = assert(io.open(name, "w"))
w:write(string.rep("x", 10000))
local r = assert(io.open(name, "r"))
local seen = #r:read("a")
print("some written:", seen > 0, "not all:", seen < 10000, "whole blocks:", seen % 512 == 0)
w:close()
print("after close:", #r:read("a") + seen)
r:close()
os.remove(name)

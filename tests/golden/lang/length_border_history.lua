-- #t depends on what lua5.4's table remembers: after `#t` found the end of a table
-- built by stores, later holes are searched for from there (luaH_getn's alimit)
local t = {} for i = 1, 9 do t[i] = i end t[8] = nil print(#t)
local t = {} for i = 1, 9 do t[#t + 1] = i end t[8] = nil print(#t)
local t = {} for i = 1, 9 do t[i] = i end print(#t) t[8] = nil print(#t)
-- a table whose number of keys is one of its borders, but not lua5.4's
local t = {[3] = 1, a = 1, b = 1} print(#t)
local t = {} t[2] = "x" t.n = 1 print(#t)
local t = {1, 2, 3, nil, 5, nil, nil, 8} print(#t)
local t = {1, 2, [4] = 4, name = "a"} print(#t)

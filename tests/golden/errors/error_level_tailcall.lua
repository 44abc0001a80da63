-- tail calls remove the caller's frame, so level 2 points elsewhere
local function check(x) if type(x) ~= "number" then error("expected number", 2) end return x end
local function tail(x) return check(x) end
local function nontail(x) local v = check(x) return v end -- line 4
print(pcall(nontail, "s"))
print(pcall(tail, "s"))
local function wrapper() local r = tail("s") return r end -- line 7
print(pcall(wrapper))

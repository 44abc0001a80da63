local t = { f = function(...) return select('#', ...) end }
local a = t.f(1, 2);
local b = t.f();
print(a, b);
local s = "x";
(print)("paren call");
local r = (t).f(1);
print(r)
print(#{ t.f(1, 2, 3) }, (t.f(1, 2, 3)))
do ; end
print("done")

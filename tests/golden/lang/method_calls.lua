local obj = { name = "obj", count = 0 }
function obj:greet(greeting) return greeting .. ", " .. self.name end
function obj.static(x) return "static " .. tostring(x) end
function obj:inc(n) self.count = self.count + (n or 1) return self end
print(obj:greet("hello"))
print(obj.greet(obj, "hi"))
print(obj.static(5))
print(obj:inc():inc(5):inc().count)
-- method on a field path
local a = { b = { c = { name = "deep" } } }
function a.b.c:who() return self.name end
print(a.b.c:who())
-- method call on call result
local function make() return { v = 7, get = function(self) return self.v end } end
print(make():get())
-- self is just a parameter
local other = { name = "other" }
print(obj.greet(other, "hey"))
-- method call evaluates the object once
local evals = 0
local function getobj() evals = evals + 1 return obj end
getobj():greet("x")
print("object evaluated", evals)
-- method call with string and table literal args
local o = {}
function o:s(x) return type(x) .. ":" .. (type(x) == "table" and #x or x) end
print(o:s "lit", o:s { 1, 2 }, o:s [[long]])
-- calling function with string/table literal arg
print(type { })
print(#"abc", ("abc"):upper())

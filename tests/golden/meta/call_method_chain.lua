local Builder = {}
Builder.__index = Builder
Builder.__call = function(self, x) self.parts[#self.parts + 1] = "call:" .. (type(x) == "table" and "{}" or x) return self end
function Builder.new() return setmetatable({ parts = {} }, Builder) end
function Builder:add(x) self.parts[#self.parts + 1] = x return self end
function Builder:build() return table.concat(self.parts, " ") end
print(Builder.new():add("a"):add("b")("c"):add("d"):build())
local b = Builder.new()
b "x" "y" { }
print(#b.parts, b.parts[1], b.parts[2], b.parts[3])

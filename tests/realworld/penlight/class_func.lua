-- requires: lua-penlight
-- pl.class (inheritance, properties, _init, tostring), pl.func (placeholders), pl.seq, pl.operator
local class = require "pl.class"
local seq = require "pl.seq"
local func = require "pl.func"
local operator = require "pl.operator"
local List = require "pl.List"

local Animal = class()
function Animal:_init(name) self.name = name end
function Animal:speak() return self.name .. " makes a sound" end
function Animal:__tostring() return "Animal(" .. self.name .. ")" end

local Dog = class(Animal)
function Dog:_init(name, breed)
  self:super(name)
  self.breed = breed
end
function Dog:speak() return self.name .. " barks" end

local Puppy = class(Dog)
function Puppy:speak() return Dog.speak(self) .. " softly" end

local a, d, p = Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug")
print(a:speak(), d:speak(), p:speak())
print(tostring(d), d.breed, p.breed)
print(Dog:class_of(d), Animal:class_of(d), Dog:class_of(a), p:is_a(Animal), a:is_a(Dog))
print(Dog._base == Animal, Puppy._class == Puppy, d._class == Dog)
print(class.properties ~= nil, type(Animal.catch))

class.Named {
  _init = function(self, n) self.n = n end,
  get = function(self) return self.n end,
}
print(Named("x"):get())

local Props = class(class.properties)
function Props:_init() self._w = 3 end
function Props:get_width() return self._w * 10 end
function Props:set_width(v) self._w = v end
local pr = Props()
print(pr.width) pr.width = 5 print(pr.width, pr._w)

local Point = class()
function Point:_init(x, y) self.x, self.y = x, y end
function Point.__add(a, b) return Point(a.x + b.x, a.y + b.y) end
function Point.__eq(a, b) return a.x == b.x and a.y == b.y end
function Point:__tostring() return ("(%d,%d)"):format(self.x, self.y) end
print(Point(1, 2) + Point(3, 4), Point(1, 1) == Point(1, 1), Point(1, 1) == Point(1, 2))
Animal:catch(function(self, key) return "caught " .. key end)
print(a.unknown_field)

-- pl.seq
local function collect(it)
  local t = {}
  if type(it) == "table" then
    for _, v in ipairs(it) do t[#t + 1] = tostring(v) end
  else
    for v in it do t[#t + 1] = tostring(v) end
  end
  return table.concat(t, ",")
end
print(collect(seq.list {1, 2, 3}), seq.count({1, 2, 3, 4}, function(x) return x > 2 end))
print(collect(seq.map(function(x) return x * 2 end, seq.list {1, 2, 3})))
print(collect(seq.filter(seq.list {1, 2, 3, 4}, function(x) return x % 2 == 0 end)))
print(seq.reduce("+", seq.list {1, 2, 3, 4}), seq.sum(seq.list {1, 2, 3}), seq.minmax(seq.list {3, 1, 2}))
print(collect(seq.take(seq.list {5, 6, 7, 8}, 2)), collect(seq.skip(seq.list {5, 6, 7}, 1)))
print(collect(seq.unique({3, 1, 3, 2, 1})), collect(seq.unique({3, 1, 3}, true)))
print(collect(seq.sort(seq.list {3, 1, 2})), collect(seq.copy(seq.list {9})))
print(List(seq.zip({1, 2}, {"a", "b"})):map(function(p) return p end):len())
print(collect(seq.range(1, 4)), collect(seq.enum(seq.list {"a", "b"})))
print(seq.last and "" or "", seq({10, 20, 30}):map(function(x) return x + 1 end):copy())
print(seq.lines and "lines" or "", collect(seq.splice(seq.list {1}, seq.list {2})))
local cm = seq.count_map({"a", "b", "a"})
print(cm.a, cm.b)
print(seq.mapmethod and collect(seq.mapmethod(seq.list {"ab", "cd"}, "upper")))
print(seq({1, 2, 3}):reduce(operator.add), seq({1, 2}):printall())

-- operator and func
print(operator.add(1, 2), operator.concat("a", "b"), operator.lt(1, 2), operator.len("abc"), operator.index({5}, 1))
print(operator.optable["+"](2, 3), operator.match("abc", "b"), operator.land(true, false), operator.lnot(nil))
local _1, _2 = func._1, func._2
local f = func.I(_1 + _2 * 2)
print(f(1, 2), func.I(_1 .. "!")("hey"))
print(func.bind1(math.max, 10)(3), func.compose(math.floor, math.sqrt)(17))
print(func.instantiate(_1 * _1)(7), func.tail and "tail" or "")
print(func.repr(_1 + 1), func.collect_values and "" or "")
print(func.bind(string.rep, _1, 3)("ab"))

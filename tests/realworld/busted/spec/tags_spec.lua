-- tags, insulation, expose and custom assertions
local say = require "say"

describe("tagged #fast", function()
  it("runs with --tags=fast", function()
    assert.is_true(true)
  end)
  it("is also slow #slow", function()
    assert.is_true(true)
  end)
end)

insulate("insulated globals", function()
  it("sets a global", function()
    _G.leaked_by_spec = "yes"
    assert.are.equal("yes", leaked_by_spec)
  end)
end)

describe("after insulation", function()
  it("does not see it", function()
    assert.is_nil(rawget(_G, "leaked_by_spec"))
  end)
end)

local function has_property(state, arguments)
  local property, t = arguments[1], arguments[2]
  return type(t) == "table" and t[property] ~= nil
end
say:set("assertion.has_property.positive", "Expected property %s in:\n%s")
say:set("assertion.has_property.negative", "Expected property %s to not be in:\n%s")
assert:register("assertion", "has_property", has_property,
                "assertion.has_property.positive", "assertion.has_property.negative")

describe("a custom assertion", function()
  it("passes", function()
    assert.has_property("name", {name = "x"})
    assert.has_no.property("age", {name = "x"})
  end)
  it("fails with its own message", function()
    assert.has_property("age", "not a table")
  end)
end)

describe("strings and numbers", function()
  it("formats", function()
    assert.are.equal("0x1F", string.format("0x%X", 31))
    assert.are.equal("  3.14", string.format("%6.2f", math.pi))
    assert.are.same({"a", "b", "c"}, (function(s) local t = {} for w in s:gmatch("%a") do t[#t + 1] = w end return t end)("a,b,c"))
  end)
end)

-- busted's own blocks and luassert's assertions, as a project's spec would use them
describe("a stack", function()
  local stack

  before_each(function()
    stack = {}
  end)

  after_each(function()
    stack = nil
  end)

  local function push(s, v) s[#s + 1] = v end
  local function pop(s)
    if #s == 0 then error("stack is empty", 2) end
    local v = s[#s]
    s[#s] = nil
    return v
  end

  it("starts empty", function()
    assert.are.same({}, stack)
    assert.is_true(#stack == 0)
  end)

  it("pushes and pops", function()
    push(stack, 1)
    push(stack, "two")
    assert.are.equal("two", pop(stack))
    assert.are.equal(1, pop(stack))
    assert.are.same({}, stack)
  end)

  it("refuses to pop when empty", function()
    assert.has_error(function() pop(stack) end)
    assert.has_error(function() error("boom") end, "spec/basics_spec.lua:36: boom")
    assert.has_no.errors(function() push(stack, 3) end)
    assert.error_matches(function() pop({}) end, "stack is empty$")
  end)

  describe("nested", function()
    local calls = {}
    setup(function() calls[#calls + 1] = "setup" end)
    teardown(function() calls[#calls + 1] = "teardown" end)
    before_each(function() push(stack, "outer-was-run") end)

    it("sees the outer before_each first", function()
      assert.are.same({"outer-was-run"}, stack)
      assert.are.same({"setup"}, calls)
    end)

    it("compares deeply", function()
      assert.same({a = {b = {1, 2, {c = true}}}}, {a = {b = {1, 2, {c = true}}}})
      assert.are_not.same({1, 2}, {2, 1})
      assert.are.equals(0.5, 1 / 2)
      assert.is_nil(nil)
      assert.is_not_nil(false)
      assert.is_false(false)
      assert.truthy("yes")
      assert.falsy(nil)
      assert.is.number(3)
      assert.is.string("s")
      assert.is.table({})
      assert.is_function(print)
      assert.near(3.14159, math.pi, 0.001)
      assert.matches("^h.l+o$", "hello")
      assert.unique({1, 2, 3})
    end)
  end)
end)

describe("failures and errors are reported", function()
  it("fails an equality", function()
    assert.are.equal(3, 1 + 1)
  end)

  it("fails a comparison of strings", function()
    assert.are.same("one\ntwo", "one\nthree")
  end)

  it("fails with a message of its own", function()
    assert.is_true(false, "this one should have been true")
  end)

  it("errors", function()
    local t = nil
    return t.field
  end)

  it("errors with a table value", function()
    error({code = 42})
  end)

  pending("is written later")

  it("is pending from inside", function()
    pending("not yet")
  end)
end)

describe("finally", function()
  local cleaned = false
  it("runs a finaliser", function()
    finally(function() cleaned = true end)
    assert.is_false(cleaned)
  end)
  it("ran it", function()
    assert.is_true(cleaned)
  end)
end)

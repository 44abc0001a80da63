-- requires: lua-unit
-- A LuaUnit test suite as a project would write it (passing, failing, erroring and skipped tests)
-- shared by the drivers that run it with each output format.  os.clock is frozen so that
-- LuaUnit's "Ran N tests in T seconds" is the same on every run; os.date too ("Started on").
os.clock = function() return 0 end
local real_date = os.date
os.date = function(fmt, t) return t and real_date(fmt, t) or "Mon Jan  1 00:00:00 2024" end
local lu = require "luaunit"

TestArithmetic = {}
function TestArithmetic:setUp() self.base = 10 end
function TestArithmetic:tearDown() self.base = nil end
function TestArithmetic:testAdd() lu.assertEquals(self.base + 5, 15) end
function TestArithmetic:testFloat() lu.assertAlmostEquals(0.1 + 0.2, 0.3, 1e-9) end
function TestArithmetic:testFailing() lu.assertEquals(self.base * 2, 21) end
function TestArithmetic:testError() local t = nil; return t.x end
function TestArithmetic:testTables() lu.assertEquals({1, 2, {a = "x"}}, {1, 2, {a = "x"}}) end
function TestArithmetic:testTableFailure() lu.assertEquals({1, 2, 3}, {1, 2, 4}) end

TestStrings = {}
function TestStrings:testStr() lu.assertStrContains("hello world", "o w") end
function TestStrings:testMatches() lu.assertStrMatches("abc123", "%a+%d+") end
function TestStrings:testIsString() lu.assertIsString("s") lu.assertIsNumber(1) lu.assertIsTable({}) lu.assertIsNil(nil) end
function TestStrings:testNotEquals() lu.assertNotEquals("a", "b") end
function TestStrings:testErrorMsg() lu.assertErrorMsgContains("bad", function() error("bad thing") end) end
function TestStrings:testErrorMsgEquals() lu.assertErrorMsgEquals("exact", function() error("exact", 0) end) end
function TestStrings:testSkip() lu.skip("not today") end
function TestStrings:testFailMsg() lu.assertTrue(false, "custom failure message") end
function TestStrings:testItems() lu.assertItemsEquals({1, 2, 3}, {3, 1, 2}) end
function TestStrings:testFailIf() lu.failIf(false, "never") lu.success() end

function testStandalone() lu.assertEvalToTrue(1) lu.assertEvalToFalse(nil) end
function testStandaloneFail() lu.fail("failed on purpose") end

return lu

-- requires: lua-say lua-mediator lua-cliargs lua-luassert
-- the libraries busted is built on, used directly: say, mediator, cliargs, luassert
local say = require "say"
say:set_namespace("en")
say:set("greeting", "Hello %s, you have %d messages")
print(say("greeting", {"ann", 3}), say("missing.key"))
say:set_namespace("fr")
say:set("greeting", "Bonjour %s")
print(say("greeting", {"ann"}))
say:set_namespace("en")
print(say("greeting", {"bob", 1}))

local mediator = require "mediator"()
local log = {}
mediator:subscribe({"channel"}, function(x) log[#log + 1] = "a:" .. x end)
local sub = mediator:subscribe({"channel"}, function(x) log[#log + 1] = "b:" .. x; return nil, true end, {priority = 1})
mediator:subscribe({"channel", "sub"}, function(x) log[#log + 1] = "sub:" .. x end)
mediator:publish({"channel"}, "one")
mediator:publish({"channel", "sub"}, "two")
mediator:removeSubscriber(sub.id, {"channel"})
mediator:publish({"channel"}, "three")
print(table.concat(log, " "))
print(mediator:getChannel({"channel"}).namespace, #mediator:getChannel({"channel"}).callbacks)

local cli = require "cliargs"
cli:set_name("tool")
cli:set_description("Does things.")
cli:argument("INPUT", "input file")
cli:splat("REST", "more files", nil, 3)
cli:option("-o, --output=FILE", "output file", "out.txt")
cli:option("-l, --level=LEVEL", "level", 1)
cli:flag("-v, --verbose", "be chatty")
cli:flag("--[no-]color", "colours", true)
local args, err = cli:parse({"in.lua", "a", "b", "-o", "x.txt", "--no-color", "-v"}, true)
local keys = {}
for k, v in pairs(args) do
  keys[#keys + 1] = k .. "=" .. (type(v) == "table" and "{" .. table.concat(v, ",") .. "}" or tostring(v))
end
table.sort(keys)
print(table.concat(keys, " "))
cli:print_usage()
cli:print_help()

local assert = require "luassert"
local spy = require "luassert.spy"
local match = require "luassert.match"
print((pcall(assert.are.same, {1, 2}, {1, 2})))
print(select(2, pcall(assert.are.equal, 1, 2)))
print(select(2, pcall(assert.is_true, false)))
print(select(2, pcall(assert.has_error, function() end)))
local s = spy.new(function() end)
s(1, "two")
print((pcall(assert.spy(s).was.called_with, 1, "two")), (pcall(assert.spy(s).was.called_with, match._, match.is_string())))
print(select(2, pcall(assert.spy(s).was.called, 2)))
print(assert.is_not.equal(1, 2) ~= nil)

-- LuaExpat's Lua modules (lxp.lom, lxp.totable, lxp.threat) over the parser, byte counts,
-- encodings, a callback that yields, and a document fed one byte at a time
local lxp = require "lxp"
local lom = require "lxp.lom"
local totable = require "lxp.totable"

local function dump(t, indent)
  indent = indent or ""
  if type(t) ~= "table" then print(indent .. string.format("%q", t)) return end
  local keys = {}
  for k in pairs(t) do if type(k) == "string" then keys[#keys + 1] = k end end
  table.sort(keys)
  local attrs = {}
  for _, k in ipairs(keys) do
    local v = t[k]
    if type(v) == "table" then
      local a = {}
      for i, n in ipairs(v) do a[#a + 1] = i .. ":" .. n end
      local named = {}
      for kk, vv in pairs(v) do if type(kk) == "string" then named[#named + 1] = kk .. "=" .. vv end end
      table.sort(named)
      attrs[#attrs + 1] = k .. "{" .. table.concat(a, ",") .. ";" .. table.concat(named, ",") .. "}"
    else
      attrs[#attrs + 1] = k .. "=" .. tostring(v)
    end
  end
  print(indent .. "<" .. tostring(t.tag or t[0]) .. "> " .. table.concat(attrs, " "))
  for i = 1, #t do dump(t[i], indent .. "  ") end
end

local doc = [[<?xml version="1.0"?>
<library name="city">
  <book id="b1" lang="en"><title>Dune</title><author>Herbert</author></book>
  <book id="b2"><title>Solaris &amp; more</title><!-- lent --><author>Lem</author></book>
  <empty/>
</library>]]
local t, err = lom.parse(doc)
print(type(t), err)
dump(t)
print(lom.find_elem(t, "book").attr.id)
for e in lom.list_children(t, "book") do print("book", e.attr.id, e[1][1]) end
local tt = totable.parse(doc)
dump(tt)
print(lom.parse("<a><b></a>"))
print(lom.parse({"<a>", "<b/>", "</a>"})[1].tag)

-- getcurrentbytecount inside callbacks
local counts = {}
local p
p = lxp.new({
  StartElement = function(pp, name) counts[#counts + 1] = "s:" .. name .. ":" .. pp:getcurrentbytecount() .. ":" .. table.concat({pp:pos()}, ",") end,
  EndElement = function(pp, name) counts[#counts + 1] = "e:" .. name .. ":" .. pp:getcurrentbytecount() end,
  Comment = function(pp) counts[#counts + 1] = "c:" .. pp:getcurrentbytecount() end,
  ProcessingInstruction = function(pp) counts[#counts + 1] = "pi:" .. pp:getcurrentbytecount() end,
}, nil, false)
p:parse('<root a="1" b=\'x>y\'>\n <x/><!--hi--><?p d?></root>')
p:close()
print(table.concat(counts, " "))

-- a document in ISO-8859-1: callbacks get UTF-8
local latin = lxp.new({CharacterData = function(_, s) print(#s, s) end})
latin:parse('<?xml version="1.0" encoding="ISO-8859-1"?><a>caf\xe9</a>')
latin:close()
local forced = lxp.new({CharacterData = function(_, s) print(#s, s) end})
forced:setencoding("ISO-8859-1")
forced:parse('<a>na\xefve</a>')
forced:close()

-- one byte at a time
local names = {}
local b = lxp.new({StartElement = function(_, n) names[#names + 1] = n end,
                   CharacterData = function(_, s) names[#names + 1] = "[" .. s .. "]" end})
for i = 1, #doc do assert(b:parse(doc:sub(i, i))) end
print(b:parse() == b)
print(table.concat(names, " "))

-- a callback that yields: C-call boundary
local co = coroutine.create(function()
  local y = lxp.new({StartElement = function() coroutine.yield(1) end})
  return y:parse("<a/>")
end)
print(coroutine.resume(co))

-- threat protection module
local threat = require "lxp.threat"
local tp = threat.new({StartElement = function(_, n) print("threat start", n) end, threat = {depth = 2}})
print(tp:parse("<a><b><c/></b></a>"))

-- inside an entity's replacement text Expat counts the reference
local ent = lxp.new({StartElement = function(pp, n) print(n, pp:getcurrentbytecount(), pp:pos()) end,
  CharacterData = function(pp, s) print("c", s, pp:getcurrentbytecount()) end}, nil, false)
print(ent:parse('<!DOCTYPE a [<!ENTITY e "<b/>t">]><a>&e;x</a>') == ent)

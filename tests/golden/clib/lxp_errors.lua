-- LuaExpat's errors: malformed documents, callback errors, bad arguments, stop, close
local lxp = require "lxp"

local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do
    local v = t[i]
    t[i] = (type(v) == "userdata") and "parser" or tostring(v)
  end
  print(table.concat(t, " ", 1, t.n))
end

-- a malformed document: nil, message, line, column, byte position
local p = lxp.new({})
show(p:parse("<a>\n  <b></a>"))
show(p:parse("more"))
show(p:pos())
show(pcall(p.close, p))
show(pcall(p.parse, p, "x"))

for _, doc in ipairs{"<a", "<a></b>", "", "<a/><b/>", "<a x='1' x='2'/>", "<a>&nope;</a>", "\0", "<?xml version='2.0'?><a/>", "<a>\xff</a>"} do
  local q = lxp.new({})
  local r, msg, line, col, pos = q:parse(doc)
  if r then r, msg, line, col, pos = q:parse() end
  show(("%q"):format(doc), r, msg, line, col, pos)
end

-- an error in a callback ends the parse call with that error value, unchanged
local calls = 0
local q = lxp.new({StartElement = function(_, name) calls = calls + 1; if name == "b" then error("boom in " .. name) end end})
show(pcall(q.parse, q, "<a><b/><c/></a>"))
show(calls)
local tbl = {}
local r = lxp.new({EndElement = function() error(tbl) end})
local ok, e = pcall(r.parse, r, "<a/>")
show(ok, e == tbl)
local s = lxp.new({CharacterData = function(_, s) error(s, 0) end})
show(pcall(s.parse, s, "<a>abc</a>"))
show(pcall(s.parse, s, "<b>x</b>"))

-- a callback that is not a function
local nf = lxp.new({StartElement = 42})
show(pcall(nf.parse, nf, "<a/>"))
local nf2 = lxp.new({StartElement = false, EndElement = function(_, n) print("end", n) end})
show(nf2:parse("<a/>") == nf2)

-- bad keys and arguments to new
show(pcall(lxp.new, {StartElement = print, Strat = print}))
show(pcall(lxp.new, {[1] = print}))
show(pcall(lxp.new))
show(pcall(lxp.new, "x"))
show(pcall(lxp.new, {}, {}))
local ok2, sep = pcall(lxp.new, {}, "")
show(ok2, type(sep))

-- methods on the wrong object
show(pcall(p.parse, {}))
show(pcall(p.parse))
show(pcall(p.pos, 1))
local fresh = lxp.new({})
show(pcall(fresh.parse, fresh, {}))
show(pcall(fresh.setbase, fresh))
show(pcall(fresh.setencoding, fresh))
show(fresh:setencoding("ISO-8859-1") == fresh)
fresh:parse("<a>caf\xe9</a>")
show(pcall(fresh.setencoding, fresh, "UTF-8"))
show(pcall(fresh.returnnstriplet, fresh, true))

-- stop from a callback: parsing aborted
local seen = {}
local st
st = lxp.new({StartElement = function(pp, name) seen[#seen + 1] = name; if name == "b" then show("stop", pp:stop()) end end})
show(st:parse("<a><b/><c/></a>"))
show(table.concat(seen, ","))
show(st:parse("<d/>"))

-- close of an unfinished document is an error
local u = lxp.new({})
u:parse("<a>")
show(pcall(u.close, u))

-- NotStandalone and ExternalEntityRef
local ns = lxp.new({NotStandalone = function() print("notstandalone"); return false end})
show(ns:parse('<?xml version="1.0" standalone="no"?><!DOCTYPE a SYSTEM "a.dtd"><a/>'))
local ee = lxp.new({ExternalEntityRef = function(pp, sub, base, sysid, pubid)
  print("external", type(sub), base, sysid, pubid)
  return true
end})
show(ee:parse('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>&e;</a>') == ee, ee:parse() == ee)
local sk = lxp.new({SkippedEntity = function(_, name, isparam) print("skipped", name, isparam) end})
show(sk:parse('<!DOCTYPE a SYSTEM "x.dtd"><a>&e;</a>'))

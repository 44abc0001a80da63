-- LuaExpat (Debian's lua-expat): the parser object, every callback, buffering, positions
local lxp = require "lxp"
print(type(lxp), lxp._VERSION, type(lxp._EXPAT_VERSION), type(lxp._EXPAT_FEATURES), lxp._DESCRIPTION)
print(type(lxp.new))

local events = {}
local function log(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = tostring(t[i]) end
  events[#events + 1] = table.concat(t, "|", 1, t.n)
end

local function attrs_str(a)
  local out = {}
  for i = 1, #a do out[#out + 1] = a[i] .. "=" .. tostring(a[a[i]]) end
  local keys = {}
  for k in pairs(a) do if type(k) == "string" then keys[#keys + 1] = k end end
  table.sort(keys)
  out[#out + 1] = "keys:" .. table.concat(keys, ",")
  return table.concat(out, " ")
end

local cb = {
  StartElement = function(p, name, attrs) log("start", name, attrs_str(attrs)) end,
  EndElement = function(p, name) log("end", name) end,
  CharacterData = function(p, s) log("chars", string.format("%q", s)) end,
  Comment = function(p, s) log("comment", s) end,
  ProcessingInstruction = function(p, target, data) log("pi", target, data) end,
  StartCdataSection = function(p) log("cdata(") end,
  EndCdataSection = function(p) log(")cdata") end,
  XmlDecl = function(p, version, encoding, standalone) log("xmldecl", version, encoding, standalone) end,
  StartDoctypeDecl = function(p, name, sysid, pubid, internal) log("doctype", name, sysid, pubid, internal) end,
  EndDoctypeDecl = function(p) log("/doctype") end,
  AttlistDecl = function(p, el, att, typ, dflt, req) log("attlist", el, att, typ, dflt, req) end,
  ElementDecl = function(p, name, typ, quant, children)
    local c = {}
    for i, ch in ipairs(children or {}) do c[i] = ch.type .. ":" .. tostring(ch.name) .. tostring(ch.quantifier or "") end
    log("elementdecl", name, typ, quant, children and table.concat(c, ",") or "nochildren")
  end,
  EntityDecl = function(p, name, isparam, value, base, sysid, pubid, notation)
    log("entitydecl", name, isparam, value, base, sysid, pubid, notation)
  end,
  NotationDecl = function(p, name, base, sysid, pubid) log("notation", name, base, sysid, pubid) end,
  UnparsedEntityDecl = function(p, name, base, sysid, pubid, notation) log("unparsed", name, base, sysid, pubid, notation) end,
}
local p = lxp.new(cb)
print(type(p), tostring(p):match("^Expat: ") ~= nil)
print(getmetatable(p).__index == getmetatable(p), getmetatable(p).__name)
print(p:getcallbacks() == cb, p:getbase())
print(p:pos())
local doc = [==[<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE root [
  <!ELEMENT root (item+, note?)>
  <!ELEMENT item (#PCDATA)>
  <!ELEMENT note EMPTY>
  <!ATTLIST item id CDATA #REQUIRED kind (a|b) "a" fixed CDATA #FIXED "yes">
  <!NOTATION gif SYSTEM "image/gif">
  <!ENTITY logo SYSTEM "logo.gif" NDATA gif>
  <!ENTITY greet "hello &amp; welcome">
]>
<root><!-- a comment --><?proc some data?>
  <item id="1">text &greet; caf]==] .. "\xc3\xa9" .. [==[</item>
  <item id="2" kind="b">more<![CDATA[<raw> & stuff]]></item>
  <note/>
</root>]==]
-- fed in pieces: character data is buffered across the pieces of one parse call only
local pieces = {}
for i = 1, #doc, 37 do pieces[#pieces + 1] = doc:sub(i, i + 36) end
for i, piece in ipairs(pieces) do
  local r, msg, line, col, pos = p:parse(piece)
  if r ~= p then print("piece", i, r, msg, line, col, pos) end
end
print(p:parse() == p)
print(p:parse("more"))
print(p:parse() == p)
print(select("#", p:pos()))
for _, e in ipairs(events) do print(e) end
print(p:close() == p)
print(pcall(p.parse, p, "x"))
print(pcall(p.pos, p))
print(p:close() == p)

-- merge off: character data callbacks as Expat gives them (no buffering)
events = {}
local q = lxp.new({CharacterData = function(_, s) log("c", s) end, StartElement = function(_, n) log("s", n) end}, nil, false)
q:parse("<a>one &amp; two<b/>three</a>")
q:parse()
print(table.concat(events, " "))

-- namespaces: a separator character
events = {}
local n = lxp.new({
  StartElement = function(_, name, attrs) log("s", name, attrs_str(attrs)) end,
  EndElement = function(_, name) log("e", name) end,
  StartNamespaceDecl = function(_, prefix, uri) log("ns", prefix, uri) end,
  EndNamespaceDecl = function(_, prefix) log("/ns", prefix) end,
}, "|")
n:parse('<x:doc xmlns:x="urn:x" xmlns="urn:d"><x:a x:k="v">t</x:a><b/></x:doc>')
n:parse()
print(table.concat(events, "\n"))

-- returnnstriplet
events = {}
local t3 = lxp.new({StartElement = function(_, name) log(name) end}, "!")
print(t3:returnnstriplet(true) == t3)
t3:parse('<x:doc xmlns:x="urn:x"><x:a/></x:doc>')
t3:close()
print(table.concat(events, " "))

-- setbase / getbase, Default handler
events = {}
local d = lxp.new({Default = function(_, s) log(s) end})
print(d:setbase("http://example.com/") == d, d:getbase())
d:parse("<a x='1'>t<!--c--></a>")
d:close()
print(table.concat(events, "/"))

-- _nonstrict allows other keys
local ok, r = pcall(lxp.new, {_nonstrict = true, foo = 1})
print(ok, type(r))

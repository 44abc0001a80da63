-- requires: lua-penlight lua-expat
-- pl.xml over LuaExpat (lxp.lom): parse, the DOM, serialise, match templates, walk; and a
-- SAX pass with lxp itself collecting a catalogue
local xml = require "pl.xml"
local lxp = require "lxp"

local src = [[<?xml version="1.0"?>
<catalog updated="2024-01-02">
  <book id="bk101" genre="computing">
    <author>Gambardella, Matthew</author>
    <title>XML Developer's Guide</title>
    <price currency="USD">44.95</price>
  </book>
  <book id="bk102" genre="fantasy">
    <author>Ralls, Kim</author>
    <title>Midnight Rain &amp; Snow</title>
    <price currency="EUR">5.95</price>
  </book>
  <!-- ignored -->
  <magazine id="m1"><title>Monthly</title></magazine>
</catalog>]]

local doc = assert(xml.parse(src))
print(doc.tag, doc.attr.updated, #doc)
for book in doc:childtags() do
  print(book.tag, book.attr.id, book.attr.genre, book:child_with_name("title"):get_text())
end
local price = doc:get_elements_with_name("price")
for i, p in ipairs(price) do print(i, p.attr.currency, tonumber(p:get_text()) * 2) end

-- templates
local t = xml.parse([[<book id="$id"><title>$title</title></book>]])
local all = doc:match([[<catalog><{{<book id="$id"><title>$title</title></book>}}></catalog>]])
print(type(all))
local one = xml.parse([[<book id="bk101"><title>T</title></book>]]):match(t)
print(one and one.id, one and one.title)

-- building and serialising
local built = xml.new("shelf", {name = "a"})
built:addtag("item", {n = "1"}):text("first"):up()
built:addtag("item", {n = "2"}):text("second & <last>"):up()
print(xml.tostring(built))
print(xml.tostring(xml.parse("<a x='1'><b>t</b><c/></a>"), "", "  "))

-- malformed input: pl.xml passes on lxp's message
print(pcall(xml.parse, "<a><b></a>"))

-- a SAX pass
local depth, maxdepth, counts = 0, 0, {}
local parser = lxp.new({
  StartElement = function(_, name)
    depth = depth + 1
    if depth > maxdepth then maxdepth = depth end
    counts[name] = (counts[name] or 0) + 1
  end,
  EndElement = function() depth = depth - 1 end,
})
assert(parser:parse(src))
assert(parser:parse())
parser:close()
local names = {}
for k in pairs(counts) do names[#names + 1] = k end
table.sort(names)
for _, k in ipairs(names) do print(k, counts[k]) end
print("max depth", maxdepth)

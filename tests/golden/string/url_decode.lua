local function decode(s)
  return (s:gsub("+", " "):gsub("%%(%x%x)", function(h) return string.char(tonumber(h, 16)) end))
end
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", c:byte()) end))
end
print(decode("hello+world%21%3F"))
print(encode("hello world!?/&"))
print(decode(encode("round trip: \0\255 ok")) == "round trip: \0\255 ok")

-- requires: lua-ansicolors lua-basexx
-- ansicolors and basexx (shipped for Lua 5.1-5.3 only)
package.path = package.path .. ";/usr/share/lua/5.3/?.lua;/usr/share/lua/5.2/?.lua"
local colors = require "ansicolors"
local function visible(s) return (s:gsub("\27", "ESC")) end
print(visible(colors("%{red}red%{reset} plain %{bright blue}bb")))
print(visible(colors("%{greenbg}%{underline}u")), visible(colors.noReset("%{yellow}y")))
print(pcall(colors, "%{nonsense}x"))
local basexx = require "basexx"
local samples = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "\0\255\128binary"}
for _, s in ipairs(samples) do
  print(basexx.to_base64(s), basexx.to_base32(s), basexx.to_hex(s), basexx.to_crockford(s), basexx.to_url64(s))
  assert(basexx.from_base64(basexx.to_base64(s)) == s)
  assert(basexx.from_base32(basexx.to_base32(s)) == s)
  assert(basexx.from_hex(basexx.to_hex(s)) == s)
end
print(basexx.to_bit("AB"), basexx.from_bit("0100000101000010"))
print(basexx.to_z85("12345678"), basexx.from_z85(basexx.to_z85("12345678")))
print(basexx.from_base64("Zm9v YmFy", " "), basexx.from_hex("4a4B"), basexx.from_base64("###"))
print(basexx.to_basexx and "" or "", basexx.from_crockford("CSQPY"), basexx.to_url64("\255\254\253"))

print("double", 'single')
print("escapes: tab[\t] quote[\"] apos[\'] backslash[\\]")
print("newline escape: a\nb")
print("decimal \65\066\0677")
print("hex \x41\x62")
print("unicode \u{48}\u{49} \u{E9} \u{20AC}")
print("zero byte length", #"a\0b")
print("\z
       skipped whitespace")
print("bell and others length", #"\a\b\f\v\r")
print([[long
string]])
print([==[with ]] inside]==])
print([[
first newline skipped]])
print(#[[

two]])
print("line\
continuation")
local s = 'mixed "quotes"'
print(s)
print("\"\\\"")
print('\u{7FFFFFFF}' ~= nil, #"\u{7FF}", #"\u{FFFF}", #"\u{10FFFF}")

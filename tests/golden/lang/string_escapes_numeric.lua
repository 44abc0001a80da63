local s = "\65\66\67\0\255"
print(#s, s:byte(1), s:byte(4), s:byte(5))
print("\x48\x65\x6c\x6c\x6f")
print(#"\u{0}", #"\u{7F}", #"\u{80}", #"\u{800}", #"\u{10000}")
print(("\u{41}\u{42}"):byte(1, -1))
print("a\
b" == "a\nb")
print(#"\z
      abc")
print("\"quoted\" and \'single\'")
print("\\n literal")

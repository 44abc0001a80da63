local s = "h\u{E9}llo\u{20AC}\u{1F600}!"
for p, c in utf8.codes(s) do
  io.write(p, ":", c, " ")
end
print()
local n = 0
for _ in utf8.codes("") do n = n + 1 end
print("empty", n)
local f, st, ctl = utf8.codes("ab")
print(type(f), st, ctl)
print(f(st, ctl))
print(f(st, 1))
print(select("#", f(st, 2)))

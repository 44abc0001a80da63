-- gmatch driven by a generic for: plain words, captures, empty matches,
-- breaking out and resuming the same iterator by hand, extra loop variables.
local s = "one two  three, four;five  six"
for w in s:gmatch("%a+") do io.write(w, "|") end print()
for w, x in s:gmatch("%a+") do io.write(w, ":", tostring(x), "|") end print()
for a, b in s:gmatch("(%a)(%a*)") do io.write(a, "-", b, "|") end print()
for p, w in s:gmatch("()(%a+)") do io.write(p, "=", w, "|") end print()
for w in s:gmatch("%a*") do io.write("[", w, "]") end print()
for w in ("abc"):gmatch("") do io.write("<", w, ">") end print()
for k, v in ("a=1, b=22, c=333"):gmatch("(%w+)=(%w+)") do io.write(k, "->", v, " ") end print()
-- break, then go on calling the same iterator
local it = s:gmatch("%a+")
for w in it do
  io.write(w, " ")
  if w == "two" then break end
end
print()
print(it(), it())
for w in it do io.write(w, " ") end print()
print(it())
-- init argument
for w in s:gmatch("%a+", 10) do io.write(w, " ") end print()
for w in s:gmatch("%a+", -8) do io.write(w, " ") end print()
-- frontier and anchors inside gmatch ('^' is a plain char in 5.4's gmatch)
for w in ("THE (quick) fox"):gmatch("%f[%a]%a+") do io.write(w, ",") end print()
for w in ("a^b^c"):gmatch("^%a") do io.write(w, ",") end print()
-- numbers of a large text
local t = {}
for i = 1, 200 do t[#t + 1] = "x" .. i .. " " .. (i * 7) end
local sum, n = 0, 0
for num in table.concat(t, ","):gmatch("%d+") do sum = sum + tonumber(num); n = n + 1 end
print(n, sum)
-- a pattern error is raised when the loop starts
print(pcall(function() for w in s:gmatch("%") do end end))
print(pcall(function() for w in s:gmatch("(%a") do end end))

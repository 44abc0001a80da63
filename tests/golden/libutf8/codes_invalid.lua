local function run(s, lax)
  local out = {}
  local ok, err = pcall(function()
    for p, c in utf8.codes(s, lax) do out[#out + 1] = p .. "=" .. c end
  end)
  print(ok, err, table.concat(out, " "))
end
run("ab\xFFcd")
run("a\xED\xA0\x80b")
run("a\xED\xA0\x80b", true)
run("\x80abc")
run("abc\xC3")
run("\xF4\x90\x80\x80", true)
print(pcall(function() local f, s, c = utf8.codes(123); return type(f), s, c end))
print(pcall(function() return utf8.codes() end))

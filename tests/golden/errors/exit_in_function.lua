local function finish(code)
  print("finishing with", code)
  os.exit(code)
end
for i = 1, 5 do
  print("i", i)
  if i == 2 then finish(7) end
end

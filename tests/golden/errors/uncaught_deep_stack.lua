local function recurse(n)
  if n == 0 then
    local t = nil
    return t.field
  end
  return 1 + recurse(n - 1)
end
print("recursing")
recurse(50)

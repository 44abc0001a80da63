local out = {}
for i = 1, 30 do
  if i % 15 == 0 then out[#out + 1] = "FizzBuzz"
  elseif i % 3 == 0 then out[#out + 1] = "Fizz"
  elseif i % 5 == 0 then out[#out + 1] = "Buzz"
  else out[#out + 1] = tostring(i) end
end
print(table.concat(out, " "))

-- os.exit is not an error: pcall cannot catch it
print(pcall(function()
  print("inside pcall")
  os.exit(5)
end))
print("not reached")

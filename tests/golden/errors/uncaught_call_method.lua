local obj = { name = "thing" }
print("calling a missing method")
obj:missing()

print("adding a word")
local word = "hello"
print(word + 1)

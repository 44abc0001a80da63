print(pcall(error, "caught one", 0))
local ok = pcall(function() local x = nil; return x.y end)
print("caught second", ok)
error("third is not caught")

local ok, err = pcall(function() error("original problem") end)
print("caught:", err)
error(err, 0)

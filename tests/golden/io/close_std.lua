-- standard files cannot be closed
print(io.stdout:close())
print(io.stderr:close())
print(io.stdin:close())
print(io.close())
print(io.type(io.stdout), io.type(io.stdin), io.type(io.stderr))
io.write("still writing\n")
io.stdout:write("and again\n")

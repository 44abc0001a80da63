print("before exit")
io.write("unterminated line")
os.exit(3)
print("not reached")

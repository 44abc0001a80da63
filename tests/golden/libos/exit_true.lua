print("bye")
os.exit(true)
print("not reached")

print("exiting with true")
os.exit(true)
print("not reached")

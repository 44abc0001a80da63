print("explicit zero")
os.exit(0)

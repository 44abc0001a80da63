print("raising nil")
error()

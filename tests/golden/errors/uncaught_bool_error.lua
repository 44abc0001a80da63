print("raising a boolean")
error(true)

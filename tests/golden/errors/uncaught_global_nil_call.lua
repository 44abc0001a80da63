print("calling an undefined global function")
undefined_function(1, 2)

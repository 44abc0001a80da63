local x = 1
error("failure inside errors_out")

print("init file ran", select("#", ...))

print("level 0 message has no position")
error("no position here", 0)

greeting = "hi from the script"
print("script args", ...)

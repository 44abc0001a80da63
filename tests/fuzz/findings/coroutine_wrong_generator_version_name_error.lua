-- the same mix-up of generator versions as coroutine_wrong_generator_version_hangs.lua,
-- ending in a Python NameError: name '_ENV' is not defined
print(pcall(print, "y"))
print(pcall(function() local co = coroutine.wrap(function() return "inner" end) return co() end))

-- fuzz repro, run as fuzz.lua (the comments below the outputs say where it comes from)
-- stdout line 3:
--   lua5.4: true	inner
--   lua2py: false	fuzz.lua:4: fuzz.lua:4: NameError: name '_ENV' is not defined
-- lua5.4 prints:
--   y
--   true
--   true	inner
-- lua2py prints:
--   y
--   true
--   false	fuzz.lua:4: fuzz.lua:4: NameError: name '_ENV' is not defined
-- found while reducing seed 41
-- the same mix-up of generator versions as coroutine_wrong_generator_version_hangs.lua,
-- ending in a Python NameError: name '_ENV' is not defined
print(pcall(print, "y"))
print(pcall(function() local co = coroutine.wrap(function() return "inner" end) return co() end))

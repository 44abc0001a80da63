-- fuzz repro, run as fuzz.lua (the comments below the outputs say where it comes from)
-- stdout line 2:
--   lua5.4: false	fuzz.lua:7: fuzz.lua:7: in co
--   lua2py: <end>
-- exit status:
--   lua5.4: 0
--   lua2py: -1
-- stderr:
--   lua5.4: 
--   lua2py: timeout
-- lua5.4 prints:
--   false	x
--   false	fuzz.lua:7: fuzz.lua:7: in co
--   end
-- lua2py prints:
--   false	x
--   [exit status -1] timeout
-- seed 41 (lua2py never ends): after a pcall(<library function>, ...) in the chunk, a
-- coroutine.wrap'd anonymous function defined inside another anonymous function gets
-- the *enclosing* function's generator version, which wraps and resumes a new
-- coroutine, and so on without end (a Python stack dump shows
-- L_fn_anon_2__gen -> wrapped_gen -> _start -> L_fn_anon_2__gen -> ...)
print(pcall(error, "x"))
print(pcall(function() local co = coroutine.wrap(function() error("in co") end) return co() end))
print("end")

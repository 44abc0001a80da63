-- seed 41 (lua2py never ends): after a pcall(<library function>, ...) in the chunk, a
-- coroutine.wrap'd anonymous function defined inside another anonymous function gets
-- the *enclosing* function's generator version, which wraps and resumes a new
-- coroutine, and so on without end (a Python stack dump shows
-- L_fn_anon_2__gen -> wrapped_gen -> _start -> L_fn_anon_2__gen -> ...)
print(pcall(error, "x"))
print(pcall(function() local co = coroutine.wrap(function() error("in co") end) return co() end))
print("end")

from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):

  def closer(name):

   def L_fn_anon_1(v__=None, err=None, *_):
    (L_g_print[1] if L_g_print[0] is _ENV else L_cf(_ENV['print']))('close', name, err)
    return ()
   return (L_g_setmetatable[1] if L_g_setmetatable[0] is _ENV else L_cf(_ENV['setmetatable']))(L_Table(), L_Table({'__close': L_fn_anon_1}))
  a = L_first(closer('a'))
  L_check_close(a, 'a')
  _c4 = None
  try:
   b = L_first(closer('b'))
   L_check_close(b, 'b')
   _c2 = None
   try:
    L_cf(_ENV['print'])('body')
   except BaseException as _e1:
    _c2 = _e1
    raise L_close_var_error(b, _e1)
   finally:
    if _c2 is None:
     L_close_var(b)
  except BaseException as _e3:
   _c4 = _e3
   raise L_close_var_error(a, _e3)
  finally:
   if _c4 is None:
    L_close_var(a)

  def L_fn_anon_2(*_):
   c = _r1 if (_r1 := closer('c')).__class__ is not tuple else L_first(_r1)
   L_check_close(c, 'c')
   _c3 = None
   try:
    (L_g_error[1] if L_g_error[0] is _ENV else L_cf(_ENV['error']))('boom', 0)
   except BaseException as _e2:
    _c3 = _e2
    raise L_close_var_error(c, _e2)
   finally:
    if _c3 is None:
     L_close_var(c)
   return ()
  L_cf(_ENV['print'])(*L_tuple(L_cf(_ENV['pcall'])(L_fn_anon_2)))

  def L_fn_iter_3(s=None, i=None, *_):
   if i.__class__ is int:
    if i < 2:
     return _t3 if (_t3 := (i + 1)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)
    return ()
   if i < 2 if i.__class__ is int else L_lt(i, 2):
    return i + 1 if i.__class__ is float else (_t1 if (_t1 := (i + 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if i.__class__ is int else L_add(i, 1)
   return ()
  v_iter = L_fn_iter_3
  _t5, _fc_i_1 = L_forin(1, v_iter, None, 0, *L_tuple(closer('for')))
  _c7 = None
  try:
   for i_1 in _t5:
    (L_g_print[1] if L_g_print[0] is _ENV else L_cf(_ENV['print']))('i', i_1)
  except BaseException as _e6:
   _c7 = _e6
   raise L_close_var_error(_fc_i_1, _e6)
  finally:
   if _c7 is None and _fc_i_1 is not None:
    L_close_var(_fc_i_1)
  return ()
 return main

def L_genmaker_0():
 _ENV = name = None

 def L_fn_anon_1__gen(v__=None, err=None, *_):
  (yield ('close', name, err)) if (_f1 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is L_co_yield else (_p3 if (_p3 := L_co_resume_in('close', name, err)).__class__ is tuple else (yield from _p3.rest())) if _f1 is L_co_resume else (yield from _g2('close', name, err)) if (_g2 := getattr(_f1, 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1('close', name, err)
  return ()
  (_ENV, name)
  yield
 return L_fn_anon_1__gen.__code__

def L_genmaker_1():
 _ENV = None

 def closer__gen(name):

  def L_fn_anon_1(v__=None, err=None, *_):
   (L_g_print[1] if L_g_print[0] is _ENV else L_cf(_ENV['print']))('close', name, err)
   return ()
  return L_ret((yield (L_Table(), L_Table({'__close': L_fn_anon_1})))) if (_f1 := (L_g_setmetatable[1] if L_g_setmetatable[0] is _ENV else _ENV['setmetatable'])) is L_co_yield else (_p3 if (_p3 := L_co_resume_in(L_Table(), L_Table({'__close': L_fn_anon_1}))).__class__ is tuple else (yield from _p3.rest())) if _f1 is L_co_resume else (yield from _g2(L_Table(), L_Table({'__close': L_fn_anon_1}))) if (_g2 := getattr(_f1, 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1(L_Table(), L_Table({'__close': L_fn_anon_1}))
  (_ENV,)
  yield
 return closer__gen.__code__

def L_genmaker_2():
 _ENV = closer = None

 def L_fn_anon_2__gen(*_):
  c = _r4 if (_r4 := ((yield from _g2('c')) if (_g2 := getattr((_f1 := closer), 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1('c'))).__class__ is not tuple else L_first(_r4)
  L_check_close(c, 'c')
  _c9 = None
  try:
   (yield ('boom', 0)) if (_f5 := (L_g_error[1] if L_g_error[0] is _ENV else _ENV['error'])) is L_co_yield else (_p7 if (_p7 := L_co_resume_in('boom', 0)).__class__ is tuple else (yield from _p7.rest())) if _f5 is L_co_resume else (yield from _g6('boom', 0)) if (_g6 := getattr(_f5, 'lua_gen', L_UNSET)) is not None and (_g6 is not L_UNSET or (_g6 := L_gen_of(_f5)) is not None) else _f5('boom', 0)
  except BaseException as _e8:
   _c9 = _e8
   raise (yield from L_close_var_error_gen(c, _e8))
  finally:
   if _c9 is None:
    yield from L_close_var_gen(c)
  return ()
  (_ENV, closer)
  yield
 return L_fn_anon_2__gen.__code__

def L_genmaker_3():

 def L_fn_iter_3__gen(s=None, i=None, *_):
  if i < 2 if i.__class__ is int else L_lt(i, 2) if i.__class__ is not L_Table else (yield from L_lt_gen(L_lt, i, 2)):
   return i + 1 if i.__class__ is float else (_t1 if (_t1 := (i + 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if i.__class__ is int else L_add(i, 1) if i.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', i, 1))
  return ()
  yield
 return L_fn_iter_3__gen.__code__

L_register(__file__, 'close.lua', L_unpack('c%0MVU|?X-U<4ASd?2ErEHS4vRY5)8)h|pPA)cO-pOl!Rpk7dvnOCB&!2}W)MG`MgEy+zSNi0cB%1Ko(<p!Bql9-vJkery4qlqvkCqEgaIyoo5IJF3Bya2MbC^E<vrxq3EV-qg`*#LDAC&GqIbw2=hQZtD'), 'c$|GrfepYQ40?zr;#{)-FB`=fb;%Z5Tc`m7#Z>`nCJuE~M+!qsm;~pp=j%_%uq}EAU;G)t6OP@FjvAh2$-cV&lWp2IzZ-nqDn<', 'c$`&GK@P((2>TF+8b}EL|JV#H)ut+{<AA}&BQD28<&mWV6A<Gedc;VEit<*U3&3jr)<rHF-J8?O7u9-P{TMF$NBFRG&#V}RGa#nC675@sw9+_SV0n=<D*o5xJ|uQ?XI(u|#=J@OeBtJqcE=Y&*?+C$wZ3bBwNj3Co($QOhf)7R52+EolMT$$M$&)1(?S6pH0tc4BZ)TvC}UYoDwDX-tqc~l;{&-GQYV?Jpcfy=^^IOWL@8GU')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikDCGtcKJjUJ@ril)dGUssoIpNUMuQn7%>pFiUH!t~3^#;$USe)4oZ*JuxCqLOV*?V&Ir+t@MVag%Lm2Uygv9|ynaZdRKp2R`bi;2Xh?|?3nU~2*$O#4j4VgPz'))
L_register_locals(__file__, L_unpack('c$~FS%MQXI5Tt4~YGVBdFFo4&1D-hf0p18Um~3KcLLV1@UKS`?X}x*qbYW+h9eAcQLP)#SaA9}JxU3}0V6E4tlP<9xX<+SKW5*bUg)S@*Pr;^8s{aS1QJd?3Y>-(zs#+*m;b!FJNR+%3zMz07LHujZ91g=%uqrH4qk`Rp9vY$83Gy&!ZIMEP(qxztTVOFD%=#Q92WbXRV=sIs|0vyz`a6GlaEp$x35U2@94DAtZ=6+UvQArpc`{&`qwM>4JH7ych+5A'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikDCGtcKJjUJ@ril)dGUssoIpNUCX)q5U{@G{OCcMONY2SGPA$r0hpS=5XP8l@GF%}ah~U9gm|2oq6mOhq1XsupBOnSvX6Ghm=7DX3s1N`V%s|2b01d$+zy'))
L_register_gens(__file__, {('L_fn_anon_1', 9): L_genmaker_0, ('L_fn_anon_1', 88): L_genmaker_0, ('closer', 7): L_genmaker_1, ('L_fn_anon_2', 35): L_genmaker_2, ('L_fn_iter_3', 50): L_genmaker_3})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

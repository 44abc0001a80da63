from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):

  def producer(n):
   for i in range(1, n + 1) if n.__class__ is int else L_forrange(1, n, 1):
    (L_g_coroutine_yield[1] if L_g_coroutine_yield[0] is _ENV else L_cf(L_get(_ENV['coroutine'], 'yield')))(_t2 if (_t2 := (i * i)) <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2))
   return 'end'

  def L_fn_anon_1(*_):
   return producer(3)
  co = L_first(L_cf(L_get(_ENV['coroutine'], 'wrap'))(L_fn_anon_1))
  L_cf(_ENV['print'])(L_first(L_cf(co)()), L_first(L_cf(co)()), L_first(L_cf(co)()), *L_tuple(L_cf(co)()))

  def leaf(x):
   if x.__class__ is int:
    return _t3 if (_t3 := (x + 1)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)
   return x + 1 if x.__class__ is float else (_t1 if (_t1 := (x + 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if x.__class__ is int else L_add(x, 1)

  def L_fn_anon_2(a=None, *_):
   return leaf(a)
  L_cf(_ENV['print'])(*L_tuple(L_cf(L_get(_ENV['coroutine'], 'resume'))(L_first(L_cf(L_get(_ENV['coroutine'], 'create'))(L_fn_anon_2)), 41)))
  return ()
 return main

def L_genmaker_0():
 _ENV = None

 def producer__gen(n):
  for i in range(1, n + 1) if n.__class__ is int else L_forrange(1, n, 1):
   (yield (_t3 if (_t3 := (i * i)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3),)) if (_f4 := (L_g_coroutine_yield[1] if L_g_coroutine_yield[0] is _ENV else _t1['yield'] if (_t1 := _ENV['coroutine']).__class__ is L_Table and _t1.meta is None else (yield from L_index_gen(_t1, 'yield')))) is L_co_yield else (_p6 if (_p6 := L_co_resume_in(_t3 if (_t3 := (i * i)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3))).__class__ is tuple else (yield from _p6.rest())) if _f4 is L_co_resume else (yield from _g5(_t3 if (_t3 := (i * i)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3))) if (_g5 := getattr(_f4, 'lua_gen', L_UNSET)) is not None and (_g5 is not L_UNSET or (_g5 := L_gen_of(_f4)) is not None) else _f4(_t3 if (_t3 := (i * i)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3))
  return 'end'
  (_ENV,)
  yield
 return producer__gen.__code__

def L_genmaker_1():
 producer = None

 def L_fn_anon_1__gen(*_):
  return (yield from _g2(3)) if (_g2 := getattr((_f1 := producer), 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1(3)
  (producer,)
  yield
 return L_fn_anon_1__gen.__code__

def L_genmaker_2():

 def leaf__gen(x):
  return x + 1 if x.__class__ is float else (_t1 if (_t1 := (x + 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if x.__class__ is int else L_add(x, 1) if x.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', x, 1))
  yield
 return leaf__gen.__code__

def L_genmaker_3():
 leaf = None

 def L_fn_anon_2__gen(a=None, *_):
  return (yield from _g2(a)) if (_g2 := getattr((_f1 := leaf), 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1(a)
  (leaf,)
  yield
 return L_fn_anon_2__gen.__code__

L_register(__file__, 'generators.lua', L_unpack('c${^Q%?`pK5QM8Ywf4{_;I{Z6UVHRvkZujhTF46iyuA==uxY$}gxT!OtgNf5lB<Z&B)Es7fCA3P?gUwHBd%mGiUerOHh424$aR`+BFO4AGBE$;<$c6pka_{{^h|s0Z<b@*2aOD2m&$l$NJJAlWQ)33JXyKPcw4fxg>u2Ssbe$xWy=?IS({x;sD?l3O-a{`$|Edv#(TISd;m7zOm6'), 'c$_oT(J=rcBOOB^We8#zKp2K#h5>@1YYCABOM|d3M6HeqL=XmniV$o=6gdE26BG9', 'c${63Ne%-r2m?RlLs+u#|BuxUsVemnO<0VfkZ^at1KSY+7aiD!F=_*5m}HxnhQ+K8gx@+}U1$8+NF4RTf&tbHb#D^;9&P_pWfP^#HKPz6(Mah<{pm@C#xyt<BCmz?wlHuwD5ON3-*j20OS{mn_H;Sx9<ME}D@kpijk3v8sCb_IanbEN*2#QqcTdwQ6x4|Xw$3FQmIpb|WctX)IdpC9*xh_z`z2d>@dGAgPPz')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikDCGbW1x5KOrOBy9ne0H01|x`I2FbAiiFjAPFgU{vqK6wu_{68>#V6+F=fxXl@}O!%HWGz{Rl8B97^bZ`sflTD22>k}o12)Km&r=Vl?DJ}4JWD'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikDCGbW1x5KOrOBy9ne0FgSXhG%B*zFO@*t#JCNq%A1PNy{peV?MkZxe%OcoHq3^S$_#LY=fOv@Am2{EE*tbmYinVcX!oN$xD8o7alPkdTld}3aHUc6DJ7^eP22<eu|1=7lesvl%=ZenI$CM!sY8Lko8yC@u}`+?X2$%7!XlJlVyb|o+`!Wrnw3;=;UGQt'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikDCGbW1x5KOrOBy9ne0FgSU8gnM6kfPrQATmCq6ANJ~1ypFWxYd2d<DEMnDvTwB)2FrezAkRdB)xY(^Pnioq3f!3cy=xrv#1nXITPn1O@=0EXilMg'))
L_register_gens(__file__, {('producer', 7): L_genmaker_0, ('L_fn_anon_1', 12): L_genmaker_1, ('leaf', 17): L_genmaker_2, ('L_fn_anon_2', 22): L_genmaker_3})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  for i in range(1, 4):
   (L_callee(_c1) if (_c1 := L_get(_ENV['io'], 'write')) is not L_CM and L_CM[0] else _c1)(i, ' ')
  for i_1 in L_forrange(10, 1, -4):
   (L_callee(_c2) if (_c2 := L_get(_ENV['io'], 'write')) is not L_CM and L_CM[0] else _c2)(i_1, ' ')
  lim = _r4 if (_r4 := (L_g_tonumber[1] if L_g_tonumber[0] is _ENV else L_callee(_c3) if (_c3 := _ENV['tonumber']) is not L_CM and L_CM[0] else _c3)('2')).__class__ is not tuple else _r4[0] if _r4 else None
  for i_2 in range(1, lim + 1) if lim.__class__ is int else L_forrange(1, lim, 1):
   (L_callee(_c5) if (_c5 := L_get(_ENV['io'], 'write')) is not L_CM and L_CM[0] else _c5)(i_2, ' ')
  for x in L_forrange(0, 1, 0.5):
   (L_callee(_c6) if (_c6 := L_get(_ENV['io'], 'write')) is not L_CM and L_CM[0] else _c6)(x, ' ')
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c7) if (_c7 := _ENV['print']) is not L_CM and L_CM[0] else _c7)()
  k = 0
  while k < 3:
   k = _t9 if (_t9 := (k + 1)) <= 1073741823 else _t9 if -9223372036854775808 <= _t9 <= 9223372036854775807 else L_wrap(_t9)
  while True:
   stop = k > 5
   k = _t11 if (_t11 := (k + 1)) <= 1073741823 else _t11 if -9223372036854775808 <= _t11 <= 9223372036854775807 else L_wrap(_t11)
   if stop:
    break
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c12) if (_c12 := _ENV['print']) is not L_CM and L_CM[0] else _c12)(k)
  return ()
 return main

L_register(__file__, 'loops.lua', L_unpack('c%0K<V_;y=U<4ASd?2ErEHS4vRY5)8)h|pPBF+sY(sS~Y5_1&PGxMQ>yg(u?Gc_kgLA|^vvm_NNEQqAGBtNe-Hz~D99br67s-P${uS8vg2_()5By#eTLBiSUegI(|AIA'), 'c$_oT(J=raBOo>eV?!hsj17Sxmad^80PkA~H~', 'c$|fe!4ZH!2m>3+g9JIG|HjPeTm3MZT_BCblt(}VEyyVg4A9xKU!-+{88{5R#r1cgudc1h6J^#0{*Bp8dYEo@0etx(DF')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1|x`IhKa|!`h~$6ZUz9cEeC!'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD20Msg1Bo*NiA)ITmdOC3m|+C60<d7bAyf$qsuB<@Co>mDLlptB1DJ(rjuBJ|8>Uqi5E80@9aBLzgv4$M$YI4L`2}zWR2er^ErS67r>Y_J'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEttSSXVRL@)yh0{~w|1Z@'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

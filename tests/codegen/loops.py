from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  for i in range(1, 4):
   L_getc(_ENV['io'], 'write')(i, ' ')
  for i_1 in L_forrange(10, 1, -4):
   L_getc(_ENV['io'], 'write')(i_1, ' ')
  lim = _r2 if (_r2 := (L_g_tonumber[1] if L_g_tonumber[0] is _ENV else L_callee(_c1) if (_c1 := _ENV['tonumber']) is not L_CM and L_CM[0] else _c1)('2')).__class__ is not tuple else _r2[0] if _r2 else None
  for i_2 in range(1, lim + 1) if lim.__class__ is int else L_forrange(1, lim, 1):
   L_getc(_ENV['io'], 'write')(i_2, ' ')
  for x in L_forrange(0, 1, 0.5):
   L_getc(_ENV['io'], 'write')(x, ' ')
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c3) if (_c3 := _ENV['print']) is not L_CM and L_CM[0] else _c3)()
  k = 0
  while k < 3:
   k = _t5 if (_t5 := (k + 1)) <= 1073741823 else _t5 if -9223372036854775808 <= _t5 <= 9223372036854775807 else L_wrap(_t5)
  while True:
   stop = k > 5
   k = _t7 if (_t7 := (k + 1)) <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7)
   if stop:
    break
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c8) if (_c8 := _ENV['print']) is not L_CM and L_CM[0] else _c8)(k)
  return ()
 return main

L_register(__file__, 'loops.lua', L_unpack('c%0K<V_;y=U<4ASd?2ErEHS4vRY5)8)h|pPBF+sY(sS~Y5_1&PGxMQ>yg(u?Gc_kgLA|^vvm_NNEQqAGBtNe-Hz~D99br67s-P${uS8vg2_()5By#eTLBiSUegI(|AIA'), 'c$_oT(J=raBOo>eV?!hsj17Sxmad^80PkA~H~', 'c$|feK@NaG2m?RV0|nR0|37Bc%kE`O2q80R5eg|J!bc6S0KYMuofc<XU<D4t7I^*ya`Wi1<b`1-12>~z)-$^S*gqg0')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1|x`IhKa|!`h~$6ZUz9cEeC!'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD20Msg1Bo*NiA)ITmdOC3m|+C60<d7bAyf$qsuB<@Co>mDLlptB1DJ(rjuBJ|8>Uqi5E80@9aBLzgv4$M$YI4L`2}zWR2er^ErS67r>Y_J'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEttSSXVRL@)yh0{~w|1Z@'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

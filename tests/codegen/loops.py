from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  for i in range(1, 4):
   L_getc(_ENV['io'], 'write')(i, ' ')
  for i_1 in L_forrange(10, 1, -4):
   L_getc(_ENV['io'], 'write')(i_1, ' ')
  lim = L_first(L_cf(_ENV['tonumber'])('2'))
  for i_2 in range(1, lim + 1) if lim.__class__ is int else L_forrange(1, lim, 1):
   L_getc(_ENV['io'], 'write')(i_2, ' ')
  for x in L_forrange(0, 1, 0.5):
   L_getc(_ENV['io'], 'write')(x, ' ')
  L_cf(_ENV['print'])()
  k = 0
  while k < 3:
   k = _t2 if (_t2 := (k + 1)) <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2)
  while True:
   stop = k > 5
   k = _t4 if (_t4 := (k + 1)) <= 1073741823 else _t4 if -9223372036854775808 <= _t4 <= 9223372036854775807 else L_wrap(_t4)
   if stop:
    break
  L_cf(_ENV['print'])(k)
  return ()
 return main

L_register(__file__, 'loops.lua', L_unpack('c%0K<V_;y=U<4ASd?2ErEHS4vRY5)8)h|pPBF+sY(sS~Y5_1&PGxMQ>yg(u?Gc_kgLA|^vvm_NNEQqAGBtNe-Hz~D99br67s-P${uS8vg2_()5By#eTLBiSUegI(|AIA'), 'c$_oT(J=raBOo>eV?!hsj17Sxmad^80PkA~H~', 'c$|HWF%AGA2m?RV0g6ie|Hmx4=wcuQ?g%6TOc16fx{AS13f?Xsrx+!h829ks=jTsZ-RMFI56!a(FR}nOQXd%')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1|x`IhKa|!`h~$6ZUz9cEeC!'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD20Msg1Bo*NiA)ITmdOC3m|+C60<d7bAyf$qsuB<@Co>mDLlptB1DJ(rjuBJ|8>Uqi5E80@9aBLzgv4$M$YI4L`2}zWR2er^ErS67r>Y_J'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEttSSXVRL@)yh0{~w|1Z@'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

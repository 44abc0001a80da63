from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  _g1 = 0
  while True:
   if _g1 < 0:
    _g1 = -_g1
   if _g1 == 0:
    for i in range(1, 6):
     _g2 = 0
     while True:
      if _g2 == 0:
       if ((_t3 := (i % 2)) is not None or True) and _t3 == 0 and (_t3.__class__ is not bool):
        _g2 = 1
        continue
       (L_callee(_c5) if (_c5 := (_t4['write'] if (_t4 := _ENV['io']).__class__ is L_Table else L_index(_t4, 'write'))) is not L_CM and L_CM[0] else _c5)(i, ' ')
      break
    (L_callee(_c6) if (_c6 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c6)()
    n = 0
   if _g1 <= 1:
    n = _t8 if -1073741823 <= (_t8 := (n + 1)) <= 1073741823 else _t8 if -9223372036854775808 <= _t8 <= 9223372036854775807 else L_wrap(_t8)
    if n < 3:
     _g1 = 1
     continue
    (L_callee(_c9) if (_c9 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c9)(n)
    for i_1 in range(1, 4):
     for j in range(1, 4):
      if (_t11 if -1073741823 <= (_t11 := (i_1 * j)) <= 1073741823 else _t11 if -9223372036854775808 <= _t11 <= 9223372036854775807 else L_wrap(_t11)) == 4:
       _g1 = -2
       break
     if _g1 < 0:
      break
    if _g1 < 0:
     continue
   if _g1 <= 2:
    (L_callee(_c12) if (_c12 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c12)('out')
   break
  return ()
 return main

L_register(__file__, 'goto.lua', L_unpack('c${0wzLKemGbcYeF-Ji?Q{8VR<1fC_g0jS%(o_ZYcvrtL^_7fO-03;_Nni!}ATDoOW@=7~f_iyTW=SeYfDa~LP?VWhqK;%@9?(Q&^Wn@abpYKqC`1'), 'c$_oT(J=raLrWk5fx3p~Iz~_ym;#Z;K+@1qN7qsZCI*3UWnjV#ZiFQO+4T@S', 'c$`(qu@%5D2*l8ZRQNCivj1Ynq)Mmvr6N%{&LRpetm}O+vAZ2vpSIlSN{;Dg(qMfUg9jL{5i$')
L_register_upvalues(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%9X?=36ZBu6|)fEI_WC0RW-L2!H'))
L_register_locals(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%7xSwqJ~yMJzzJ+e;w9@RA)wFarsYOkNQONTvv+79{NeW@)m4HT+`Ej5mbJ2?2>BcBrnbA|8Y;L70pI0IMY!1^'))
L_register_spans(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%C)?B0%aTGmtO<0Dn;jTm'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

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
       (_t4['write'] if (_t4 := _ENV['io']).__class__ is L_Table else L_index(_t4, 'write'))(i, ' ')
      break
    (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])()
    n = 0
   if _g1 <= 1:
    n = _t6 if -1073741823 <= (_t6 := (n + 1)) <= 1073741823 else _t6 if -9223372036854775808 <= _t6 <= 9223372036854775807 else L_wrap(_t6)
    if n < 3:
     _g1 = 1
     continue
    (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(n)
    for i_1 in range(1, 4):
     for j in range(1, 4):
      if (_t8 if -1073741823 <= (_t8 := (i_1 * j)) <= 1073741823 else _t8 if -9223372036854775808 <= _t8 <= 9223372036854775807 else L_wrap(_t8)) == 4:
       _g1 = -2
       break
     if _g1 < 0:
      break
    if _g1 < 0:
     continue
   if _g1 <= 2:
    (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])('out')
   break
  return ()
 return main

L_register(__file__, 'goto.lua', L_unpack('c${0wzLKemGbcYeF-Ji?Q{8VR<1fC_g0jS%(o_ZYcvrtL^_7fO-03;_Nni!}ATDoOW@=7~f_iyTW=SeYfDa~LP?VWhqK;%@9?(Q&^Wn@abpYKqC`1'), 'c$_oT(J=raLrWk5fx3p~Iz~_ym;#Z;K+@1qN7qsZCI*3UWnjV#ZiFQO+4T@S', 'c$`(pu@L|v48*{O6!@@tKm9kxkwGNQ>Ze&r5#&I@@U<h-U(CfcRiguK`r;w!SlzY()Hx7w')
L_register_upvalues(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%9X?=36ZBu6|)fEI_WC0RW-L2!H'))
L_register_locals(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%7xSwqJ~yMJzzJ+e;w9@RA)wFarsYOkNQONTvv+79{NeW@)m4HT+`Ej5mbJ2?2>BcBrnbA|8Y;L70pI0IMY!1^'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

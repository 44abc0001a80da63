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
       if (_t3 := (i % 2)) == 0 and _t3.__class__ is not bool:
        _g2 = 1
        continue
       L_getc(_ENV['io'], 'write')(i, ' ')
      break
    (L_g_print[1] if L_g_print[0] is _ENV else L_cf(_ENV['print']))()
    n = 0
   if _g1 <= 1:
    n = _t5 if (_t5 := (n + 1)) <= 1073741823 else _t5 if -9223372036854775808 <= _t5 <= 9223372036854775807 else L_wrap(_t5)
    if n < 3:
     _g1 = 1
     continue
    (L_g_print[1] if L_g_print[0] is _ENV else L_cf(_ENV['print']))(n)
    for i_1 in range(1, 4):
     for j in range(1, 4):
      if i_1 * j == 4:
       _g1 = -2
       break
     if _g1 < 0:
      break
    if _g1 < 0:
     continue
   if _g1 <= 2:
    (L_g_print[1] if L_g_print[0] is _ENV else L_cf(_ENV['print']))('out')
   break
  return ()
 return main

L_register(__file__, 'goto.lua', L_unpack('c%0K<XJBB^U;+}QoIoNcKRGc+K|NF5PlFL8#s?w_$`W%*Qx(+XUH!t;A>!OXB0VQR39L9DD#!~Y(lS$XQWVt7i!w`6)e&aE)D{$F=9Q>p*p~;i57Q0EyexG9FJ2>*'), 'c$_oT(J=raLrWk5fx3p~Iz~_ym;#Z;K+@1qN7qsZCI*3UWnjV#ZiFQO+4T@S', 'c$`(pxe>rX48y>N5QutC*MDWEGkcI=R+lB0B0M#;M~#AX%^AitiOR4qogYcIjjuh!JrFk')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1|x`IhKa|!`h~$6ZUz9cEeC!'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD28gG@1`=lk5}6RvEt3I6v4aR^6a{$@5~=`*9l$JP6F?d=;|-xogfPv>f{;)Jf-nUJ0Q12TQv'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEttSSV8jL@)yh0{~x@1a$'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

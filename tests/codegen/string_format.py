from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  n = 42
  name = 'lua'
  x = 3.14159
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c1) if (_c1 := _ENV['print']) is not L_CM and L_CM[0] else _c1)(*(_r3 if (_r3 := ('%d %s %5.2f' % (n, name, x) if (_f2 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else L_get(_ENV['string'], 'format'))) is L_str_format and x - x == 0.0 else L_str_format('%d %s %5.2f', n, name, x) if _f2 is L_str_format else _f2('%d %s %5.2f', n, name, x))).__class__ is tuple else (_r3,)))
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c4) if (_c4 := _ENV['print']) is not L_CM and L_CM[0] else _c4)(*(_r6 if (_r6 := ('%5d|%-5s|%x' % (n, name, 255) if (_f5 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else L_get(_ENV['string'], 'format'))) is L_str_format and '\x00' not in name else L_str_format('%5d|%-5s|%x', n, name, 255) if _f5 is L_str_format else _f5('%5d|%-5s|%x', n, name, 255))).__class__ is tuple else (_r6,)))
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c7) if (_c7 := _ENV['print']) is not L_CM and L_CM[0] else _c7)(_r10 if (_r10 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else L_callee(_c9) if (_c9 := L_get(_ENV['string'], 'format')) is not L_CM and L_CM[0] else _c9)('%d', 2.0)).__class__ is not tuple else _r10[0] if _r10 else None, *(_r13 if (_r13 := ('%s' % (_t12,) if (_f11 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else L_get(_ENV['string'], 'format'))) is L_str_format and (_t12 := (not L_Table() is None)).__class__ is str else L_str_format('%s', _t12) if _f11 is L_str_format else _f11('%s', not L_Table() is None))).__class__ is tuple else (_r13,)))
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c14) if (_c14 := _ENV['print']) is not L_CM and L_CM[0] else _c14)(L_fsqrt(16.0) if (_f15 := (L_g_math_sqrt[1] if L_g_math_sqrt[0] is _ENV else L_get(_ENV['math'], 'sqrt'))) is L_m_sqrt and 16.0 >= 0.0 else L_m_sqrt(16.0) if _f15 is L_m_sqrt else _r16 if (_r16 := _f15(16.0)).__class__ is not tuple else _r16[0] if _r16 else None, L_fsqrt(2) if (_f17 := (L_g_math_sqrt[1] if L_g_math_sqrt[0] is _ENV else L_get(_ENV['math'], 'sqrt'))) is L_m_sqrt and 2 .__class__ is float and (2 >= 0.0) else L_m_sqrt(2) if _f17 is L_m_sqrt else _r18 if (_r18 := _f17(2)).__class__ is not tuple else _r18[0] if _r18 else None, not (((_t23 := (L_fsqrt(-1.0) if (_f19 := (L_g_math_sqrt[1] if L_g_math_sqrt[0] is _ENV else L_get(_ENV['math'], 'sqrt'))) is L_m_sqrt and -1.0 >= 0.0 else L_m_sqrt(-1.0) if _f19 is L_m_sqrt else _r20 if (_r20 := _f19(-1.0)).__class__ is not tuple else _r20[0] if _r20 else None)) is not None or True) and ((_t24 := (L_fsqrt(-1.0) if (_f21 := (L_g_math_sqrt[1] if L_g_math_sqrt[0] is _ENV else L_get(_ENV['math'], 'sqrt'))) is L_m_sqrt and -1.0 >= 0.0 else L_m_sqrt(-1.0) if _f21 is L_m_sqrt else _r22 if (_r22 := _f21(-1.0)).__class__ is not tuple else _r22[0] if _r22 else None)) is not None or True) and (_t23.__class__ is not float or _t23 == _t24 if _t23 is _t24 else _t23 is not None and _t24 is not None and (_t23 == _t24 if (_k25 := _t23.__class__) is _t24.__class__ and (_k25 is str or _k25 is int) else L_eq(_t23, _t24)))))

  def values():
   return (1, 2)
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c26) if (_c26 := _ENV['print']) is not L_CM and L_CM[0] else _c26)(*(_r30 if (_r30 := ('%d %d' % (0, _t28) if (_f27 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else L_get(_ENV['string'], 'format'))) is L_str_format and (_t28 := values()).__class__ is int else L_str_format('%d %d', 0, *(_t28 if _t28.__class__ is tuple else (_t28,))) if _f27 is L_str_format else _f27('%d %d', 0, *(_r29 if (_r29 := values()).__class__ is tuple else (_r29,))))).__class__ is tuple else (_r30,)))
  return ()
 return main

L_register(__file__, 'string_format.lua', L_unpack('c%0K<XJBB^U<4ASd?2ErEHS4vRY5)8)h|pPBF+ya(sS~Y5_1&Pi%W_!^U~E38qzXTb5a!4)AEaQ6HAc9VHyg6>S5x%Na8@%8Bk#!gfYd1MaYKa<R^pFf}K>X4ggGtCgl'), 'c$_oT(J=raV<0xrF@!=OG5}*;O8{j=1^o', 'c${TX$#DcQ2x~|W1Q_i88w);`og^<bSO?$*h1-HdkOCT5NG)Kjr-H7apRUP7QEkI4LKSS15B}57uijhFfb;5S>GkPj{nfMb8JDUm?WOVY^60KdcSr8PBa2<_CD2#i2<?cqpoy_<Wq^7IkF#x@X%{F5?y$!_VV666f;@x}MIMx+Z8O?-YTM3iTgunBa2u0qA38bZ^1b#Lb<E#u=-%;Nr~c;ML04ebM74!hwQ~_KUf%EX$o>8U%wu3#')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1|x`IhKa|!`h~$6ZUz9cEeC!'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD28gG@1`=lk5_u5PEfYvGfCvXL3!(s|G%qnX70$q}3}iwDgv71@M3g1wl%^IVG0~M8000`m88`'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikC}jf@Wr;bZsl}OmKqgo)lM_Zj)UW`F+{DbhOjfuGE)W3{Hvj;6YY8R'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

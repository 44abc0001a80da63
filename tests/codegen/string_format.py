from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  n = 42
  name = 'lua'
  x = 3.14159
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c1) if (_c1 := _ENV['print']) is not L_CM and L_CM[0] else _c1)(*(_r3 if (_r3 := ('%d %s %5.2f' % (n, name, x) if (_f2 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else L_get(_ENV['string'], 'format'))) is L_str_format and x - x == 0.0 else L_str_format('%d %s %5.2f', n, name, x) if _f2 is L_str_format else _f2('%d %s %5.2f', n, name, x))).__class__ is tuple else (_r3,)))
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c4) if (_c4 := _ENV['print']) is not L_CM and L_CM[0] else _c4)(*(_r6 if (_r6 := ('%5d|%-5s|%x' % (n, name, 255) if (_f5 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else L_get(_ENV['string'], 'format'))) is L_str_format and '\x00' not in name else L_str_format('%5d|%-5s|%x', n, name, 255) if _f5 is L_str_format else _f5('%5d|%-5s|%x', n, name, 255))).__class__ is tuple else (_r6,)))
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c7) if (_c7 := _ENV['print']) is not L_CM and L_CM[0] else _c7)(_r9 if (_r9 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else L_getc(_ENV['string'], 'format'))('%d', 2.0)).__class__ is not tuple else _r9[0] if _r9 else None, *(_r12 if (_r12 := ('%s' % (_t11,) if (_f10 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else L_get(_ENV['string'], 'format'))) is L_str_format and (_t11 := (not L_Table() is None)).__class__ is str else L_str_format('%s', _t11) if _f10 is L_str_format else _f10('%s', not L_Table() is None))).__class__ is tuple else (_r12,)))
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c13) if (_c13 := _ENV['print']) is not L_CM and L_CM[0] else _c13)(L_fsqrt(16.0) if (_f14 := (L_g_math_sqrt[1] if L_g_math_sqrt[0] is _ENV else L_get(_ENV['math'], 'sqrt'))) is L_m_sqrt and 16.0 >= 0.0 else L_m_sqrt(16.0) if _f14 is L_m_sqrt else _r15 if (_r15 := _f14(16.0)).__class__ is not tuple else _r15[0] if _r15 else None, L_fsqrt(2) if (_f16 := (L_g_math_sqrt[1] if L_g_math_sqrt[0] is _ENV else L_get(_ENV['math'], 'sqrt'))) is L_m_sqrt and 2 .__class__ is float and (2 >= 0.0) else L_m_sqrt(2) if _f16 is L_m_sqrt else _r17 if (_r17 := _f16(2)).__class__ is not tuple else _r17[0] if _r17 else None, not (((_t22 := (L_fsqrt(-1.0) if (_f18 := (L_g_math_sqrt[1] if L_g_math_sqrt[0] is _ENV else L_get(_ENV['math'], 'sqrt'))) is L_m_sqrt and -1.0 >= 0.0 else L_m_sqrt(-1.0) if _f18 is L_m_sqrt else _r19 if (_r19 := _f18(-1.0)).__class__ is not tuple else _r19[0] if _r19 else None)) is not None or True) and ((_t23 := (L_fsqrt(-1.0) if (_f20 := (L_g_math_sqrt[1] if L_g_math_sqrt[0] is _ENV else L_get(_ENV['math'], 'sqrt'))) is L_m_sqrt and -1.0 >= 0.0 else L_m_sqrt(-1.0) if _f20 is L_m_sqrt else _r21 if (_r21 := _f20(-1.0)).__class__ is not tuple else _r21[0] if _r21 else None)) is not None or True) and (_t22.__class__ is not float or _t22 == _t23 if _t22 is _t23 else _t22 is not None and _t23 is not None and (_t22 == _t23 if (_k24 := _t22.__class__) is _t23.__class__ and (_k24 is str or _k24 is int) else L_eq(_t22, _t23)))))

  def values():
   return (1, 2)
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c25) if (_c25 := _ENV['print']) is not L_CM and L_CM[0] else _c25)(*(_r29 if (_r29 := ('%d %d' % (0, _t27) if (_f26 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else L_get(_ENV['string'], 'format'))) is L_str_format and (_t27 := values()).__class__ is int else L_str_format('%d %d', 0, *(_t27 if _t27.__class__ is tuple else (_t27,))) if _f26 is L_str_format else _f26('%d %d', 0, *(_r28 if (_r28 := values()).__class__ is tuple else (_r28,))))).__class__ is tuple else (_r29,)))
  return ()
 return main

L_register(__file__, 'string_format.lua', L_unpack('c%0K<XJBB^U<4ASd?2ErEHS4vRY5)8)h|pPBF+ya(sS~Y5_1&Pi%W_!^U~E38qzXTb5a!4)AEaQ6HAc9VHyg6>S5x%Na8@%8Bk#!gfYd1MaYKa<R^pFf}K>X4ggGtCgl'), 'c$_oT(J=raV<0xrF@!=OG5}*;O8{j=1^o', 'c${TXNs<I12>cKSHbMUXu}-myj+s80p}B!YN^V6?Ovxlh0;CpXf+s*%67O5%O`zI=2?7o}BwzBQ-(S6tUV>b%enYR1KJ<US7!+(xm9j%^FXr*8NpPNog@)=aTLF7}62vQSgib^iY0_%jMWVNO^t91!3mqDI@XPgxm%DtENE3pUvQe(F%^2IQW4m)~g}=VQV=SWf(nU63zGIGsW&RyQ&y3He@i)&Nw1PGoVG6~07wO>T{XUO8?;p*qU|I')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1|x`IhKa|!`h~$6ZUz9cEeC!'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD28gG@1`=lk5_u5PEfYvGfCvXL3!(s|G%qnX70$q}3}iwDgv71@M3g1wl%^IVG0~M8000`m88`'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikC}jf@Wr;bZsl}OmKqgo)lM_Zj)UW`F+{DbhOjfuGE)W3{Hvj;6YY8R'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  n = 42
  name = 'lua'
  x = 3.14159
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(*(_r3 if (_r3 := ('%d %s %5.2f' % (n, name, x) if (_f2 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else _t1['format'] if (_t1 := _ENV['string']).__class__ is L_Table else L_index(_t1, 'format'))) is L_str_format and x - x == 0.0 else L_str_format('%d %s %5.2f', n, name, x) if _f2 is L_str_format else _f2('%d %s %5.2f', n, name, x))).__class__ is tuple else (_r3,)))
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(*(_r6 if (_r6 := ('%5d|%-5s|%x' % (n, name, 255) if (_f5 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else _t4['format'] if (_t4 := _ENV['string']).__class__ is L_Table else L_index(_t4, 'format'))) is L_str_format and '\x00' not in name else L_str_format('%5d|%-5s|%x', n, name, 255) if _f5 is L_str_format else _f5('%5d|%-5s|%x', n, name, 255))).__class__ is tuple else (_r6,)))
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(_r10 if (_r10 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else _t9['format'] if (_t9 := _ENV['string']).__class__ is L_Table else L_index(_t9, 'format'))('%d', 2.0)).__class__ is not tuple else _r10[0] if _r10 else None, *(_r14 if (_r14 := ('%s' % (_t13,) if (_f12 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else _t11['format'] if (_t11 := _ENV['string']).__class__ is L_Table else L_index(_t11, 'format'))) is L_str_format and ((_t13 := (not L_Table() is None)) is not None or True) and (_t13.__class__ is str) else L_str_format('%s', _t13) if _f12 is L_str_format else _f12('%s', not L_Table() is None))).__class__ is tuple else (_r14,)))
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(L_fsqrt(16.0) if (_f16 := (L_g_math_sqrt[1] if L_g_math_sqrt[0] is _ENV else _t15['sqrt'] if (_t15 := _ENV['math']).__class__ is L_Table else L_index(_t15, 'sqrt'))) is L_m_sqrt and 16.0 >= 0.0 else L_m_sqrt(16.0) if _f16 is L_m_sqrt else _r17 if (_r17 := _f16(16.0)).__class__ is not tuple else _r17[0] if _r17 else None, L_fsqrt(2) if (_f19 := (L_g_math_sqrt[1] if L_g_math_sqrt[0] is _ENV else _t18['sqrt'] if (_t18 := _ENV['math']).__class__ is L_Table else L_index(_t18, 'sqrt'))) is L_m_sqrt and 2 .__class__ is float and (2 >= 0.0) else L_m_sqrt(2) if _f19 is L_m_sqrt else _r20 if (_r20 := _f19(2)).__class__ is not tuple else _r20[0] if _r20 else None, not (((_t27 := (L_fsqrt(-1.0) if (_f22 := (L_g_math_sqrt[1] if L_g_math_sqrt[0] is _ENV else _t21['sqrt'] if (_t21 := _ENV['math']).__class__ is L_Table else L_index(_t21, 'sqrt'))) is L_m_sqrt and -1.0 >= 0.0 else L_m_sqrt(-1.0) if _f22 is L_m_sqrt else _r23 if (_r23 := _f22(-1.0)).__class__ is not tuple else _r23[0] if _r23 else None)) is not None or True) and ((_t28 := (L_fsqrt(-1.0) if (_f25 := (L_g_math_sqrt[1] if L_g_math_sqrt[0] is _ENV else _t24['sqrt'] if (_t24 := _ENV['math']).__class__ is L_Table else L_index(_t24, 'sqrt'))) is L_m_sqrt and -1.0 >= 0.0 else L_m_sqrt(-1.0) if _f25 is L_m_sqrt else _r26 if (_r26 := _f25(-1.0)).__class__ is not tuple else _r26[0] if _r26 else None)) is not None or True) and (_t27.__class__ is not float or _t27 == _t28 if _t27 is _t28 else _t27 is not None and _t28 is not None and (_t27 == _t28 if (_k29 := _t27.__class__) is _t28.__class__ and (_k29 is str or _k29 is int) else L_eq(_t27, _t28)))))

  def values():
   return (1, 2)
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(*(_r34 if (_r34 := ('%d %d' % (0, _t32) if (_f31 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else _t30['format'] if (_t30 := _ENV['string']).__class__ is L_Table else L_index(_t30, 'format'))) is L_str_format and ((_t32 := values()) is not None or True) and (_t32.__class__ is int) else L_str_format('%d %d', 0, *(_t32 if _t32.__class__ is tuple else (_t32,))) if _f31 is L_str_format else _f31('%d %d', 0, *(_r33 if (_r33 := values()).__class__ is tuple else (_r33,))))).__class__ is tuple else (_r34,)))
  return ()
 return main

L_register(__file__, 'string_format.lua', L_unpack('c${0wzLN15Uui*EVoqtQf_l8GUzqwz#wz~wocyH390m2_lA_GKbdV5VT4riaih_Dteo<~>30MTCr~s%2EW!&D0jkIV3GhHQ6&DskwB+O`gXF>16{`aP>K-eQ'), 'c$_oT(J=raV<0xrF@!=OG5}*;O8{j=1^o', 'c${UCOO^#82tzlN0pTnA-&m_v`p&7IMZ6(`4Tal)L*M}#IF*Wm{z!MIPD)@>u!b#JF^^dE^oRWO`_G@(&w%sskLlOfUm72O6_~O~CT}aT)5^6@)w7|tt2txUw=HA9><wTRKMBlP);p{cv1IgWoBOc|%9cJZ8+zFlMs8q*)mFphpkv5E+v>FK_S2Rs7pD59seN%;y!@ODQTZLC$8XVc_Mn|uFPc-#Etc(#cpB>YJ?~!ke?{hC5d')
L_register_upvalues(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%9X?=36ZBu6|)fEI_WC0RW-L2!H'))
L_register_locals(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%7xSwqJ~SMJzzJ+e;w903sZUKypACmb}E=)FO6}Bv`134MadC87qo7u*<NOCFYc-78h}1kv0GTKbRQv'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  n = 42
  name = 'lua'
  x = 3.14159
  (L_callee(_c1) if (_c1 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c1)(*(_r4 if (_r4 := ('%d %s %5.2f' % (n, name, x) if (_f3 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else _t2['format'] if (_t2 := _ENV['string']).__class__ is L_Table else L_index(_t2, 'format'))) is L_str_format and x - x == 0.0 else L_str_format('%d %s %5.2f', n, name, x) if _f3 is L_str_format else _f3('%d %s %5.2f', n, name, x))).__class__ is tuple else (_r4,)))
  (L_callee(_c5) if (_c5 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c5)(*(_r8 if (_r8 := ('%5d|%-5s|%x' % (n, name, 255) if (_f7 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else _t6['format'] if (_t6 := _ENV['string']).__class__ is L_Table else L_index(_t6, 'format'))) is L_str_format and '\x00' not in name else L_str_format('%5d|%-5s|%x', n, name, 255) if _f7 is L_str_format else _f7('%5d|%-5s|%x', n, name, 255))).__class__ is tuple else (_r8,)))
  (L_callee(_c9) if (_c9 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c9)(_r14 if (_r14 := (L_callee(_c13) if (_c13 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else _t12['format'] if (_t12 := _ENV['string']).__class__ is L_Table else L_index(_t12, 'format'))) is not L_CM and L_CM[0] else _c13)('%d', 2.0)).__class__ is not tuple else _r14[0] if _r14 else None, *(_r18 if (_r18 := ('%s' % (_t17,) if (_f16 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else _t15['format'] if (_t15 := _ENV['string']).__class__ is L_Table else L_index(_t15, 'format'))) is L_str_format and ((_t17 := (not L_Table() is None)) is not None or True) and (_t17.__class__ is str) else L_str_format('%s', _t17) if _f16 is L_str_format else _f16('%s', not L_Table() is None))).__class__ is tuple else (_r18,)))
  (L_callee(_c19) if (_c19 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c19)(L_fsqrt(16.0) if (_f21 := (L_g_math_sqrt[1] if L_g_math_sqrt[0] is _ENV else _t20['sqrt'] if (_t20 := _ENV['math']).__class__ is L_Table else L_index(_t20, 'sqrt'))) is L_m_sqrt and 16.0 >= 0.0 else L_m_sqrt(16.0) if _f21 is L_m_sqrt else _r22 if (_r22 := _f21(16.0)).__class__ is not tuple else _r22[0] if _r22 else None, L_fsqrt(2) if (_f24 := (L_g_math_sqrt[1] if L_g_math_sqrt[0] is _ENV else _t23['sqrt'] if (_t23 := _ENV['math']).__class__ is L_Table else L_index(_t23, 'sqrt'))) is L_m_sqrt and 2 .__class__ is float and (2 >= 0.0) else L_m_sqrt(2) if _f24 is L_m_sqrt else _r25 if (_r25 := _f24(2)).__class__ is not tuple else _r25[0] if _r25 else None, not (((_t32 := (L_fsqrt(-1.0) if (_f27 := (L_g_math_sqrt[1] if L_g_math_sqrt[0] is _ENV else _t26['sqrt'] if (_t26 := _ENV['math']).__class__ is L_Table else L_index(_t26, 'sqrt'))) is L_m_sqrt and -1.0 >= 0.0 else L_m_sqrt(-1.0) if _f27 is L_m_sqrt else _r28 if (_r28 := _f27(-1.0)).__class__ is not tuple else _r28[0] if _r28 else None)) is not None or True) and ((_t33 := (L_fsqrt(-1.0) if (_f30 := (L_g_math_sqrt[1] if L_g_math_sqrt[0] is _ENV else _t29['sqrt'] if (_t29 := _ENV['math']).__class__ is L_Table else L_index(_t29, 'sqrt'))) is L_m_sqrt and -1.0 >= 0.0 else L_m_sqrt(-1.0) if _f30 is L_m_sqrt else _r31 if (_r31 := _f30(-1.0)).__class__ is not tuple else _r31[0] if _r31 else None)) is not None or True) and (_t32.__class__ is not float or _t32 == _t33 if _t32 is _t33 else _t32 is not None and _t33 is not None and (_t32 == _t33 if (_k34 := _t32.__class__) is _t33.__class__ and (_k34 is str or _k34 is int) else L_eq(_t32, _t33)))))

  def values():
   return (1, 2)
  (L_callee(_c35) if (_c35 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c35)(*(_r40 if (_r40 := ('%d %d' % (0, _t38) if (_f37 := (L_g_string_format[1] if L_g_string_format[0] is _ENV else _t36['format'] if (_t36 := _ENV['string']).__class__ is L_Table else L_index(_t36, 'format'))) is L_str_format and ((_t38 := values()) is not None or True) and (_t38.__class__ is int) else L_str_format('%d %d', 0, *(_t38 if _t38.__class__ is tuple else (_t38,))) if _f37 is L_str_format else _f37('%d %d', 0, *(_r39 if (_r39 := values()).__class__ is tuple else (_r39,))))).__class__ is tuple else (_r40,)))
  return ()
 return main

L_register(__file__, 'string_format.lua', L_unpack('c${0wzLN15Uui*EVoqtQf_l8GUzqwz#wz~wocyH390m2_lA_GKbdV5VT4riaih_Dteo<~>30MTCr~s%2EW!&D0jkIV3GhHQ6&DskwB+O`gXF>16{`aP>K-eQ'), 'c$_oT(J=raV<0xrF@!=OG5}*;O8{j=1^o', 'c${UCNfLxG3<E!;gLfzY|JaB?LKSmDg<D>f2}8_@fS?uXP%0~aV@a2U87ayd@Cm03FII5ThE)CY=j-p|??UM95Blx#kMxgUebCekwY1&KX25*)$~+Tt_Ws-KX|ZfQIKiI@+Mf3aKPy^6?b)_qio8~|b$DHJa1U8B<FGjnTa1I3UqJK1UTR8gbVh7cMRfO7$*~)&)xp)}<-J}$^x;`Xg?tYwd$T_IcnJn~BF#YBS0>3w`+mUW3$y+MuI^y7')
L_register_upvalues(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%9X?=36ZBu6|)fEI_WC0RW-L2!H'))
L_register_locals(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%7xSwqJ~SMJzzJ+e;w903sZUKypACmb}E=)FO6}Bv`134MadC87qo7u*<NOCFYc-78h}1kv0GTKbRQv'))
L_register_spans(__file__, L_unpack('c%1vK$@Gh@EHS4vwfH3;0|UcKrk9*Rs)z+hXfoYm$xY16d&vrs-~v)FK@tW4zpV}!'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

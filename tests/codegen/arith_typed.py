from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  a = 7
  b = 3
  x = 1.5
  y = 0.25
  (L_callee(_c1) if (_c1 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c1)(_t3 if -1073741823 <= (_t3 := (a + b)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3), _t5 if -1073741823 <= (_t5 := (a - b)) <= 1073741823 else _t5 if -9223372036854775808 <= _t5 <= 9223372036854775807 else L_wrap(_t5), _t7 if -1073741823 <= (_t7 := (a * b)) <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7), L_idiv(a, b), a % b if b else L_mod(a, b), a / b if (a.__class__ is float or b.__class__ is float) and b else L_fdiv(a, b))
  (L_callee(_c8) if (_c8 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c8)(x + y, x * y, x - a, x / y if y else L_fdiv(x, y), -x, _t9 if -1073741823 <= (_t9 := (-a)) <= 1073741823 else _t9 if -9223372036854775808 <= _t9 <= 9223372036854775807 else L_wrap(_t9))
  big = _t10['maxinteger'] if (_t10 := _ENV['math']).__class__ is L_Table else L_index(_t10, 'maxinteger')
  (L_callee(_c11) if (_c11 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c11)(((_t14 := (big + 1 if big.__class__ is float else (_t12 if -1073741823 <= (_t12 := (big + 1)) <= 1073741823 else _t12 if -9223372036854775808 <= _t12 <= 9223372036854775807 else L_wrap(_t12)) if big.__class__ is int else L_add(big, 1))) is not None or True) and ((_t15 := (_t13['mininteger'] if (_t13 := _ENV['math']).__class__ is L_Table else L_index(_t13, 'mininteger'))) is not None or True) and (_t14.__class__ is not float or _t14 == _t15 if _t14 is _t15 else _t14 is not None and _t15 is not None and (_t14 == _t15 if (_k16 := _t14.__class__) is _t15.__class__ and (_k16 is str or _k16 is int) else L_eq(_t14, _t15))))
  s = 0
  for i in range(1, 11):
   s = _t20 if -1073741823 <= (_t20 := (s + (_t18 if -1073741823 <= (_t18 := (i * i)) <= 1073741823 else _t18 if -9223372036854775808 <= _t18 <= 9223372036854775807 else L_wrap(_t18)))) <= 1073741823 else _t20 if -9223372036854775808 <= _t20 <= 9223372036854775807 else L_wrap(_t20)
  (L_callee(_c21) if (_c21 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c21)(s)
  u = _r23 if (_r23 := (L_callee(_c22) if (_c22 := (L_g_tonumber[1] if L_g_tonumber[0] is _ENV else _ENV['tonumber'])) is not L_CM and L_CM[0] else _c22)('12')).__class__ is not tuple else _r23[0] if _r23 else None
  (L_callee(_c24) if (_c24 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c24)(u + 1 if u.__class__ is float else (_t25 if -1073741823 <= (_t25 := (u + 1)) <= 1073741823 else _t25 if -9223372036854775808 <= _t25 <= 9223372036854775807 else L_wrap(_t25)) if u.__class__ is int else L_add(u, 1), u * 2.0 if u.__class__ is float or u.__class__ is int else L_mul(u, 2.0), L_idiv(u, 5), L_pow(2, 10), 7 & 3, _t26 if -1073741823 <= (_t26 := (1 << 4)) <= 1073741823 else _t26 if -9223372036854775808 <= _t26 <= 9223372036854775807 else L_wrap(_t26), 256 >> 4 if 256 >= 0 else L_shr(256, 4))
  return ()
 return main

L_register(__file__, 'arith_typed.lua', L_unpack('c${0wyOQx2Uui*EVoqtQf_l8GUzqwzrYg>y{N%(O1@%OAI5SCoC1Vv|dQN^4h*waQnOB0WvI3#95{Gyq$OMEq5(g~93o|=6u_Oaz1UJm)%ye}>BqNJac$w-*OrSA>Fk?#c^Gb7*Qj3sXQ>yL<0FL`kqy'), 'c$_oT(J=raBOo>eV+1sS)4GO60Gp2oZU', 'c${UAK@I>R2m?RV0|i9=|Hrmy_ORIlaZ=l&G&m{~0mCF1plG;G*OhPxDeMXRI*HhA?9ANoiFJH4>-yqtj2w+yn7-aj*1DnW1)iUfikhm;2AZa>jPhT<6rNX!_d0TO^8AGH06$(VAO')
L_register_upvalues(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%9X?=36ZBu6|)fEI_WC0RW-L2!H'))
L_register_locals(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%7ZKwqJ~iMJzzJ+e;w903sZUKyo0Nq#|~Z447ZU1|ncG6-694WGag|vCA+gWu_N#;m}oF#EnBHvxo;S^Ae=}B{Nv&7Gr4<KNdX(0LZi^F#'))
L_register_spans(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%C)?yg=$DGmtO<0DlVyRR'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

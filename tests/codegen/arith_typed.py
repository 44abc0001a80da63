from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  a = 7
  b = 3
  x = 1.5
  y = 0.25
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(_t2 if -1073741823 <= (_t2 := (a + b)) <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2), _t4 if -1073741823 <= (_t4 := (a - b)) <= 1073741823 else _t4 if -9223372036854775808 <= _t4 <= 9223372036854775807 else L_wrap(_t4), _t6 if -1073741823 <= (_t6 := (a * b)) <= 1073741823 else _t6 if -9223372036854775808 <= _t6 <= 9223372036854775807 else L_wrap(_t6), L_idiv(a, b), a % b if b else L_mod(a, b), a / b if (a.__class__ is float or b.__class__ is float) and b else L_fdiv(a, b))
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(x + y, x * y, x - a, x / y if y else L_fdiv(x, y), -x, _t7 if -1073741823 <= (_t7 := (-a)) <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7))
  big = _t8['maxinteger'] if (_t8 := _ENV['math']).__class__ is L_Table else L_index(_t8, 'maxinteger')
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(((_t11 := (big + 1 if big.__class__ is float else (_t9 if -1073741823 <= (_t9 := (big + 1)) <= 1073741823 else _t9 if -9223372036854775808 <= _t9 <= 9223372036854775807 else L_wrap(_t9)) if big.__class__ is int else L_add(big, 1))) is not None or True) and ((_t12 := (_t10['mininteger'] if (_t10 := _ENV['math']).__class__ is L_Table else L_index(_t10, 'mininteger'))) is not None or True) and (_t11.__class__ is not float or _t11 == _t12 if _t11 is _t12 else _t11 is not None and _t12 is not None and (_t11 == _t12 if (_k13 := _t11.__class__) is _t12.__class__ and (_k13 is str or _k13 is int) else L_eq(_t11, _t12))))
  s = 0
  for i in range(1, 11):
   s = _t17 if -1073741823 <= (_t17 := (s + (_t15 if -1073741823 <= (_t15 := (i * i)) <= 1073741823 else _t15 if -9223372036854775808 <= _t15 <= 9223372036854775807 else L_wrap(_t15)))) <= 1073741823 else _t17 if -9223372036854775808 <= _t17 <= 9223372036854775807 else L_wrap(_t17)
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(s)
  u = _r18 if (_r18 := (L_g_tonumber[1] if L_g_tonumber[0] is _ENV else _ENV['tonumber'])('12')).__class__ is not tuple else _r18[0] if _r18 else None
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(u + 1 if u.__class__ is float else (_t19 if -1073741823 <= (_t19 := (u + 1)) <= 1073741823 else _t19 if -9223372036854775808 <= _t19 <= 9223372036854775807 else L_wrap(_t19)) if u.__class__ is int else L_add(u, 1), u * 2.0 if u.__class__ is float or u.__class__ is int else L_mul(u, 2.0), L_idiv(u, 5), L_pow(2, 10), 7 & 3, _t20 if -1073741823 <= (_t20 := (1 << 4)) <= 1073741823 else _t20 if -9223372036854775808 <= _t20 <= 9223372036854775807 else L_wrap(_t20), 256 >> 4 if 256 >= 0 else L_shr(256, 4))
  return ()
 return main

L_register(__file__, 'arith_typed.lua', L_unpack('c${0wyOQx2Uui*EVoqtQf_l8GUzqwzrYg>y{N%(O1@%OAI5SCoC1Vv|dQN^4h*waQnOB0WvI3#95{Gyq$OMEq5(g~93o|=6u_Oaz1UJm)%ye}>BqNJac$w-*OrSA>Fk?#c^Gb7*Qj3sXQ>yL<0FL`kqy'), 'c$_oT(J=raBOo>eV+1sS)4GO60Gp2oZU', 'c${61K@z|q2m?QqgAfGy|Hle+dZ-7-H6$2WQ0zkx3$`JIG`T{wMuk}@g?-fiP64Bhor!=t&iK3@|BV{nn1$T=Wtdr$3R#ENwOfgp9&2uYMeHhfE%)gtt&%qKu)RO=0mY0fpa')
L_register_upvalues(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%9X?=36ZBu6|)fEI_WC0RW-L2!H'))
L_register_locals(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%7ZKwqJ~iMJzzJ+e;w903sZUKyo0Nq#|~Z447ZU1|ncG6-694WGag|vCA+gWu_N#;m}oF#EnBHvxo;S^Ae=}B{Nv&7Gr4<KNdX(0LZi^F#'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

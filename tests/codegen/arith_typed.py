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
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(L_eq(big + 1 if big.__class__ is float else (_t9 if -1073741823 <= (_t9 := (big + 1)) <= 1073741823 else _t9 if -9223372036854775808 <= _t9 <= 9223372036854775807 else L_wrap(_t9)) if big.__class__ is int else L_add(big, 1), _t10['mininteger'] if (_t10 := _ENV['math']).__class__ is L_Table else L_index(_t10, 'mininteger')))
  s = 0
  for i in range(1, 11):
   s = _t14 if -1073741823 <= (_t14 := (s + (_t12 if -1073741823 <= (_t12 := (i * i)) <= 1073741823 else _t12 if -9223372036854775808 <= _t12 <= 9223372036854775807 else L_wrap(_t12)))) <= 1073741823 else _t14 if -9223372036854775808 <= _t14 <= 9223372036854775807 else L_wrap(_t14)
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(s)
  u = _r15 if (_r15 := (L_g_tonumber[1] if L_g_tonumber[0] is _ENV else _ENV['tonumber'])('12')).__class__ is not tuple else _r15[0] if _r15 else None
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(u + 1 if u.__class__ is float else (_t16 if -1073741823 <= (_t16 := (u + 1)) <= 1073741823 else _t16 if -9223372036854775808 <= _t16 <= 9223372036854775807 else L_wrap(_t16)) if u.__class__ is int else L_add(u, 1), u * 2.0 if u.__class__ is float or u.__class__ is int else L_mul(u, 2.0), L_idiv(u, 5), L_pow(2, 10), 7 & 3, _t17 if -1073741823 <= (_t17 := (1 << 4)) <= 1073741823 else _t17 if -9223372036854775808 <= _t17 <= 9223372036854775807 else L_wrap(_t17), 256 >> 4 if 256 >= 0 else L_shr(256, 4))
  return ()
 return main

L_register(__file__, 'arith_typed.lua', (("upvalue '_ENV'",), ("local 'a'", "local 'b'"), ("global 'print'",), ("local 'x'", "local 'y'"), ("local 'x'", "local 'a'"), ("local 'x'",), ("local 'a'",), ("global 'math'",), ("local 'big'", None), ("local 's'", None), ("local 'i'", "local 'i'"), ("global 'tonumber'",), ("local 'u'", None)), 'c-k}6(J=raBOo>eV+1sS)4GO60Gp2oZU', 'c-m!-!41GL2m=@L12BPR|HTSaeKdVUIT;(Q0>iopLf{KZXj2%}YE-xjwXmQ0*QsE(u``*lz%@SpHd;#KE~Lhr;fk76$SV|b>^35&hs+<3h*jl|<uM(#RnkWu_C1$)1G!==h5')
L_register_upvalues(__file__, {('main', 5): (('_ENV', '_ENV', False),)})
L_register_locals(__file__, {('main', 5): (('a', 'a', False, 0, 1073741824, 0), ('b', 'b', False, 0, 1073741824, 0), ('x', 'x', False, 0, 1073741824, 0), ('y', 'y', False, 0, 1073741824, 0), ('big', 'big', False, 0, 1073741824, 0), ('s', 's', False, 0, 1073741824, 0), ('i', 'i', False, 0, 10, 3), ('u', 'u', False, 0, 1073741824, 0))})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

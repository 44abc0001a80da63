from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  a = 7
  b = 3
  x = 1.5
  y = 0.25
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c1) if (_c1 := _ENV['print']) is not L_CM and L_CM[0] else _c1)(_t3 if -1073741823 <= (_t3 := (a + b)) and _t3 <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3), _t5 if -1073741823 <= (_t5 := (a - b)) and _t5 <= 1073741823 else _t5 if -9223372036854775808 <= _t5 <= 9223372036854775807 else L_wrap(_t5), _t7 if -1073741823 <= (_t7 := (a * b)) and _t7 <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7), L_idiv(a, b), a % b if b else L_mod(a, b), a / b if (a.__class__ is float or b.__class__ is float) and b else L_fdiv(a, b))
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c8) if (_c8 := _ENV['print']) is not L_CM and L_CM[0] else _c8)(x + y, x * y, x - a, x / y if y else L_fdiv(x, y), -x, _t9 if -1073741823 <= (_t9 := (-a)) and _t9 <= 1073741823 else _t9 if -9223372036854775808 <= _t9 <= 9223372036854775807 else L_wrap(_t9))
  big = L_get(_ENV['math'], 'maxinteger')
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c10) if (_c10 := _ENV['print']) is not L_CM and L_CM[0] else _c10)(((_t12 := (big + 1 if big.__class__ is float else (_t11 if (_t11 := (big + 1)) <= 1073741823 else _t11 if -9223372036854775808 <= _t11 <= 9223372036854775807 else L_wrap(_t11)) if big.__class__ is int else L_add(big, 1))) is not None or True) and ((_t13 := L_get(_ENV['math'], 'mininteger')) is not None or True) and (_t12.__class__ is not float or _t12 == _t13 if _t12 is _t13 else _t12 is not None and _t13 is not None and (_t12 == _t13 if (_k14 := _t12.__class__) is _t13.__class__ and (_k14 is str or _k14 is int) else L_eq(_t12, _t13))))
  s = 0
  for i in range(1, 11):
   s = _t18 if -1073741823 <= (_t18 := (s + (_t16 if -1073741823 <= (_t16 := (i * i)) and _t16 <= 1073741823 else _t16 if -9223372036854775808 <= _t16 <= 9223372036854775807 else L_wrap(_t16)))) and _t18 <= 1073741823 else _t18 if -9223372036854775808 <= _t18 <= 9223372036854775807 else L_wrap(_t18)
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c19) if (_c19 := _ENV['print']) is not L_CM and L_CM[0] else _c19)(s)
  u = _r21 if (_r21 := (L_g_tonumber[1] if L_g_tonumber[0] is _ENV else L_callee(_c20) if (_c20 := _ENV['tonumber']) is not L_CM and L_CM[0] else _c20)('12')).__class__ is not tuple else _r21[0] if _r21 else None
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c22) if (_c22 := _ENV['print']) is not L_CM and L_CM[0] else _c22)(u + 1 if u.__class__ is float else (_t23 if (_t23 := (u + 1)) <= 1073741823 else _t23 if -9223372036854775808 <= _t23 <= 9223372036854775807 else L_wrap(_t23)) if u.__class__ is int else L_add(u, 1), u * 2.0 if u.__class__ is float or u.__class__ is int else L_mul(u, 2.0), L_idiv(u, 5), L_pow(2, 10), 7 & 3, _t24 if -1073741823 <= (_t24 := (1 << 4)) and _t24 <= 1073741823 else _t24 if -9223372036854775808 <= _t24 <= 9223372036854775807 else L_wrap(_t24), 256 >> 4 if 256 >= 0 else L_shr(256, 4))
  return ()
 return main

L_register(__file__, 'arith_typed.lua', L_unpack('c%0MVWnf^?U<4ASd?2ErEHS4vRY5)8)h|q4g9#+W2_$mzlM{0k)DzW_c}eOBjp;f0Ng%O;qRhM!OpO&N8Y>AYNQ9b<q5wk(rivHI{@lcp45;bcNG{DxSNFrPvlxq5raCGQVuK)(4JG+`rMXF|MVNjlRrdn`A|yt^'), 'c$_oT(J=raBOo>eV+1sS)4GO60Gp2oZU', 'c${61K@tQZ2m?Qq10jm?|Bo$bd6+$@O_{XP;D`tahGn3@qB$n$byc_uS=dXoPm<V>YO8s4gC`c@H|9?$-;LS0@^!T5Esgg3w^X7!bhL&{FrJ?KUvJr;q>l8!<&5)ye&kCl!2')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1|x`IhKa|!`h~$6ZUz9cEeC!'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1_y{>1Bo*Ni9`tLmI)*oK!gLBg;0<LA#p3HfRMNqR6<DX3YbBLXQsnw+@=&mNZblCAtY1*7l>d+QBVpY(M>P_05C5isQ'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEttSSXVhL@)yh0{~x71a1'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

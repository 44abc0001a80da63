from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  a = 7
  b = 3
  x = 1.5
  y = 0.25
  L_cf(_ENV['print'])(a + b, a - b, a * b, L_idiv(a, b), L_mod(a, b), a / b if (a.__class__ is float or b.__class__ is float) and b else L_fdiv(a, b))
  L_cf(_ENV['print'])(L_fadd(x, y), L_fmul(x, y), x - a, x / y if y else L_fdiv(x, y), -x, -a)
  big = L_get(_ENV['math'], 'maxinteger')
  L_cf(_ENV['print'])(((_t8 := L_add(big, 1)) is not None or True) and ((_t9 := L_get(_ENV['math'], 'mininteger')) is not None or True) and L_eq(_t8, _t9))
  s = 0
  for i in range(1, 11):
   s = _t13 if (_t13 := (s + i * i)) <= 1073741823 else _t13 if -9223372036854775808 <= _t13 <= 9223372036854775807 else L_wrap(_t13)
  L_cf(_ENV['print'])(s)
  u = L_first(L_cf(_ENV['tonumber'])('12'))
  L_cf(_ENV['print'])(L_add(u, 1), L_mul(u, 2.0), L_idiv(u, 5), L_pow(2, 10), 7 & 3, 1 << 4, 256 >> 4 if 256 >= 0 else L_shr(256, 4))
  return ()
 return main

L_register(__file__, 'arith_typed.lua', L_unpack('c%0MVWnf^?U<4ASd?2ErEHS4vRY5)8)h|q4g9#+W2_$mzlM{0k)DzW_c}eOBjp;f0Ng%O;qRhM!OpO&N8Y>AYNQ9b<q5wk(rivHI{@lcp45;bcNG{DxSNFrPvlxq5raCGQVuK)(4JG+`rMXF|MVNjlRrdn`A|yt^'), 'c$_oT(J=raBOo>eV+1sS)4GO60Gp2oZU', 'c${5~!41GL2m=@L14ELM{THjDiq!TIVu9~yaBw67h6@Z(Vd!%m3{yK+MQ{7NMF<KF6JK?9i8H>gV5O~;c7R+DFa-F|Dw$`U<=x;qUU@!Vacs4$vzHa8wK;Ajr6_C')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1|x`IhKa|!`h~$6ZUz9cEeC!'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1_y{>1Bo*Ni9`tLmI)*oK!gLBg;0<LA#p3HfRMNqR6<DX3YbBLXQsnw+@=&mNZblCAtY1*7l>d+QBVpY(M>P_05C5isQ'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEttSSXVhL@)yh0{~x71a1'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

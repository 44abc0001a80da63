from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):

  def add(a, b):
   if a.__class__ is int and b.__class__ is int:
    return _t3 if -1073741823 <= (_t3 := (a + b)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)
   return a + b if a.__class__ is float and b.__class__ is float else (_t1 if -1073741823 <= (_t1 := (a + b)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if a.__class__ is int and b.__class__ is int else L_add(a, b)

  def pair(a_1):
   if a_1.__class__ is int:
    return (a_1, _t3 if -1073741823 <= (_t3 := (a_1 * 2)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3))
   return (a_1, a_1 * 2 if a_1.__class__ is float else (_t1 if -1073741823 <= (_t1 := (a_1 * 2)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if a_1.__class__ is int else L_mul(a_1, 2))

  def one():
   return 1
  (L_callee(_c1) if (_c1 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c1)(add(1, 2), add(3, 4))
  (L_callee(_c2) if (_c2 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c2)(*(_r3 if (_r3 := pair(5)).__class__ is tuple else (_r3,)))
  p, q = _r4 if (_r4 := pair(7)).__class__ is tuple and len(_r4) == 2 else L_adjust(_r4, 2)
  (L_callee(_c5) if (_c5 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c5)(p, q, one())
  (L_callee(_c6) if (_c6 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c6)(add(one(), one()), *(_r9 if (_r9 := (L_callee(_c7) if (_c7 := (L_g_select[1] if L_g_select[0] is _ENV else _ENV['select'])) is not L_CM and L_CM[0] else _c7)('#', *(_r8 if (_r8 := pair(1)).__class__ is tuple else (_r8,)))).__class__ is tuple else (_r9,)))
  return ()
 return main

def L_genmaker_0():

 def add__gen(a, b):
  return a + b if a.__class__ is float and b.__class__ is float else (_t1 if -1073741823 <= (_t1 := (a + b)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if a.__class__ is int and b.__class__ is int else L_add(a, b) if a.__class__ is not L_Table and b.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', a, b))
  yield
 return add__gen.__code__

def L_genmaker_1():

 def pair__gen(a_1):
  return (a_1, a_1 * 2 if a_1.__class__ is float else (_t1 if -1073741823 <= (_t1 := (a_1 * 2)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if a_1.__class__ is int else L_mul(a_1, 2) if a_1.__class__ is not L_Table else (yield from L_arith_gen(L_mul, '__mul', a_1, 2)))
  yield
 return pair__gen.__code__

L_register(__file__, 'direct_calls.lua', L_unpack('c${0wv6AT*XHI@{Vvd4(qIwmKnWVmwsfdYzfx&Mj<1fC_g0jS%(o_ZYcvrtL^_7fO+%O#}DIhLidQN^4h+j~YnO6c5;ejeBNX#rk){vi<3gYs^G!&=iq$ZcB0|2IzEKd'), 'c$_oT(J=rcBOn2SI)=y$LpU_h(X|Arg35yBVQc`hi41H', 'c${reI~Kz*2)mF5zJcEVVwE9Xnhbu(5+KVeuuP~zkuYO*7=lMbNC|2<CsN8EYD8{>^z>Ez_j#jm9W{P{q(0W2!5Y;oUd*)C&2k#o_eROVPBgJu^R+YOqT^VM6&s7BJ0cdc@^+fcWW#bnG4i#rY0sbd0xMND2m')
L_register_upvalues(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%9X?=36ZBu6|)fEI_WC0RW-L2!H'))
L_register_locals(__file__, L_unpack('c%1vK$@GgkF(u_CI|Bp5N+wOVTa1ZCEI_u~OJ*Qh#0n%{0x<(fCaDOd$_*?CA=p4NOutwP5;Kcl@_>wB)MNwezr~ywZ|L?C#4O@LD80p!o0ysR5~O)0E6_}k-9-XmQ`w+aIY5-M-2$6hBm|c%5`>!r)R>=_S|p5Jj<KLf1cyvvkth}!0|1KYFoF'))
L_register_spans(__file__, L_unpack('c%1vK$@GgkF(u_CI|Bp5N~V|0K&prZNC3rI3KBDmUh+UBKw?E45DDh|ywsP15OG$JI1gC-7E5koW?m6g0~gFB0{{j+7ZC'))
L_register_gens(__file__, {('add', 7): L_genmaker_0, ('pair', 12): L_genmaker_1})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

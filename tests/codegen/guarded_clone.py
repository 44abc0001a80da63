from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):

  def fib(n):
   if n.__class__ is int:
    if n < 2:
     return n
    return _t10 + _t11 if ((_t10 := fib(_t7 if (_t7 := (n - 1)) >= -1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7))) is not None or True) and (_t11 := fib(_t9 if (_t9 := (n - 2)) >= -1073741823 else _t9 if -9223372036854775808 <= _t9 <= 9223372036854775807 else L_wrap(_t9))).__class__ is float and (_t10.__class__ is float) else (_t12 if -1073741823 <= (_t12 := (_t10 + _t11)) and _t12 <= 1073741823 else _t12 if -9223372036854775808 <= _t12 <= 9223372036854775807 else L_wrap(_t12)) if _t10.__class__ is int and _t11.__class__ is int else L_add(_t10, _t11)
   if n < 2 if n.__class__ is int else L_lt(n, 2):
    return n
   return _t3 + _t4 if ((_t3 := fib(n - 1 if n.__class__ is float else (_t1 if (_t1 := (n - 1)) >= -1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n.__class__ is int else L_sub(n, 1))) is not None or True) and (_t4 := fib(n - 2 if n.__class__ is float else (_t2 if (_t2 := (n - 2)) >= -1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2)) if n.__class__ is int else L_sub(n, 2))).__class__ is float and (_t3.__class__ is float) else (_t5 if -1073741823 <= (_t5 := (_t3 + _t4)) and _t5 <= 1073741823 else _t5 if -9223372036854775808 <= _t5 <= 9223372036854775807 else L_wrap(_t5)) if _t3.__class__ is int and _t4.__class__ is int else L_add(_t3, _t4)
  L_cf(_ENV['print'])(fib(20), fib(10.0))

  def lcg(seed):
   x = seed
   for v__ in range(1, 4):
    x = (_t8 if -1073741823 <= (_t8 := (x * 1103515245 + 12345)) and _t8 <= 1073741823 else _t8 if -9223372036854775808 <= _t8 <= 9223372036854775807 else L_wrap(_t8)) % 2147483648 if x.__class__ is int else _t4 % 2147483648 if (_t4 := (_t2 + 12345 if (_t2 := (x * 1103515245 if x.__class__ is float else (_t1 if -1073741823 <= (_t1 := (x * 1103515245)) and _t1 <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if x.__class__ is int else L_mul(x, 1103515245))).__class__ is float else (_t3 if (_t3 := (_t2 + 12345)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)) if _t2.__class__ is int else L_add(_t2, 12345))).__class__ is int else L_mod(_t4, 2147483648)
   return x
  L_cf(_ENV['print'])(lcg(42), lcg(7))
  return ()
 return main

def L_genmaker_0():
 fib = None

 def fib__gen(n):
  if n < 2 if n.__class__ is int else L_lt(n, 2) if n.__class__ is not L_Table else (yield from L_lt_gen(L_lt, n, 2)):
   return n
  return _t11 + _t12 if ((_t11 := ((yield from _g3(_t4)) if ((_f2 := fib) is not None or True) and ((_t4 := (n - 1 if n.__class__ is float else (_t1 if (_t1 := (n - 1)) >= -1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n.__class__ is int else L_sub(n, 1) if n.__class__ is not L_Table else (yield from L_arith_gen(L_sub, '__sub', n, 1)))) is not None or True) and ((_g3 := getattr(_f2, 'lua_gen', L_UNSET)) is not None and (_g3 is not L_UNSET or (_g3 := L_gen_of(_f2)) is not None)) else _f2(_t4))) is not None or True) and (_t12 := ((yield from _g8(_t9)) if ((_f7 := fib) is not None or True) and ((_t9 := (n - 2 if n.__class__ is float else (_t6 if (_t6 := (n - 2)) >= -1073741823 else _t6 if -9223372036854775808 <= _t6 <= 9223372036854775807 else L_wrap(_t6)) if n.__class__ is int else L_sub(n, 2) if n.__class__ is not L_Table else (yield from L_arith_gen(L_sub, '__sub', n, 2)))) is not None or True) and ((_g8 := getattr(_f7, 'lua_gen', L_UNSET)) is not None and (_g8 is not L_UNSET or (_g8 := L_gen_of(_f7)) is not None)) else _f7(_t9))).__class__ is float and (_t11.__class__ is float) else (_t13 if -1073741823 <= (_t13 := (_t11 + _t12)) and _t13 <= 1073741823 else _t13 if -9223372036854775808 <= _t13 <= 9223372036854775807 else L_wrap(_t13)) if _t11.__class__ is int and _t12.__class__ is int else L_add(_t11, _t12) if _t11.__class__ is not L_Table and _t12.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', _t11, _t12))
  (fib,)
  yield
 return fib__gen.__code__

def L_genmaker_1():

 def lcg__gen(seed):
  x = seed
  for v__ in range(1, 4):
   x = (_t8 if -1073741823 <= (_t8 := (x * 1103515245 + 12345)) and _t8 <= 1073741823 else _t8 if -9223372036854775808 <= _t8 <= 9223372036854775807 else L_wrap(_t8)) % 2147483648 if x.__class__ is int else _t4 % 2147483648 if (_t4 := (_t2 + 12345 if (_t2 := (x * 1103515245 if x.__class__ is float else (_t1 if -1073741823 <= (_t1 := (x * 1103515245)) and _t1 <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if x.__class__ is int else L_mul(x, 1103515245) if x.__class__ is not L_Table else (yield from L_arith_gen(L_mul, '__mul', x, 1103515245)))).__class__ is float else (_t3 if (_t3 := (_t2 + 12345)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)) if _t2.__class__ is int else L_add(_t2, 12345) if _t2.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', _t2, 12345)))).__class__ is int else L_mod(_t4, 2147483648) if _t4.__class__ is not L_Table else (yield from L_arith_gen(L_mod, '__mod', _t4, 2147483648))
  return x
  yield
 return lcg__gen.__code__

L_register(__file__, 'guarded_clone.lua', L_unpack('c%0K<XJBB^U;+}QoIoNcKRGc+K|N31PlFL8#tR|}$`W%*Qx(+HGLzIH!hFcW@veShP;qXA5vYpObMliwq6I~nc_r!?_Eo^_Loy&IIb9t9s6inI'), 'c$_oT(J=rcBOqZ2#<~#7NJqyQNEw2eAX!~QGl(*TN)QjoH-`v8l<J!57ytmIl@FE', 'c${UAI~GJC3_>?VVZO%wZ*0)$Yo@z$K!^w|A!<+z$coDbQ$E*`RTe}b8#6!I!&;UdSO{tp!ss?C*$F0Cgn*Yr2a;yprT_NX_T2I~yKd1$^^m1+h&gp{3?5+z!=5$RcH_aTS}cZczN%inc+bttsP?ko%X%+=@cnfo%UqE^S=c*V')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jo`X_-lx>_A$B5kxQ}3BzbNh+-BXk(-#Am&uB%8YCX?>K6uQxETNdYuOF0'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikC}jo`X_-lx>_A$B5k#<ogh8x42<esyQj-Z1&SU^7fa}XiPR|qsi7><Uu>gtU)YKF>!!45wq)`B_8*Y3BgmeQ7V^a_hwxldR9;$>7L@>i$0J0%BF*7fd6($7H3iT0;hH3_42PE^M&WF+HiVOh52qan'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikC}jo`X_-lx>_8eUlF0@lSYTYRf}G^^OhLE;0T96rR{&C)o0yrG$qH8iQkx0VXaE3Ip$jA'))
L_register_gens(__file__, {('fib', 7): L_genmaker_0, ('lcg', 17): L_genmaker_1})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

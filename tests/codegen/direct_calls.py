from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):

  def add(a, b):
   if a.__class__ is int and b.__class__ is int:
    return _t3 if -1073741823 <= (_t3 := (a + b)) and _t3 <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)
   return a + b if a.__class__ is float and b.__class__ is float else (_t1 if -1073741823 <= (_t1 := (a + b)) and _t1 <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if a.__class__ is int and b.__class__ is int else L_add(a, b)

  def pair(a_1):
   if a_1.__class__ is int:
    return (a_1, _t3 if -1073741823 <= (_t3 := (a_1 * 2)) and _t3 <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3))
   return (a_1, a_1 * 2 if a_1.__class__ is float else (_t1 if -1073741823 <= (_t1 := (a_1 * 2)) and _t1 <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if a_1.__class__ is int else L_mul(a_1, 2))

  def one():
   return 1
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c1) if (_c1 := _ENV['print']) is not L_CM and L_CM[0] else _c1)(add(1, 2), add(3, 4))
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c2) if (_c2 := _ENV['print']) is not L_CM and L_CM[0] else _c2)(*(_r3 if (_r3 := pair(5)).__class__ is tuple else (_r3,)))
  p, q = _r4 if (_r4 := pair(7)).__class__ is tuple and len(_r4) == 2 else L_adjust(_r4, 2)
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c5) if (_c5 := _ENV['print']) is not L_CM and L_CM[0] else _c5)(p, q, one())
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c6) if (_c6 := _ENV['print']) is not L_CM and L_CM[0] else _c6)(add(one(), one()), *(_r9 if (_r9 := (L_g_select[1] if L_g_select[0] is _ENV else L_callee(_c7) if (_c7 := _ENV['select']) is not L_CM and L_CM[0] else _c7)('#', *(_r8 if (_r8 := pair(1)).__class__ is tuple else (_r8,)))).__class__ is tuple else (_r9,)))
  return ()
 return main

def L_genmaker_0():

 def add__gen(a, b):
  return a + b if a.__class__ is float and b.__class__ is float else (_t1 if -1073741823 <= (_t1 := (a + b)) and _t1 <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if a.__class__ is int and b.__class__ is int else L_add(a, b) if a.__class__ is not L_Table and b.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', a, b))
  yield
 return add__gen.__code__

def L_genmaker_1():

 def pair__gen(a_1):
  return (a_1, a_1 * 2 if a_1.__class__ is float else (_t1 if -1073741823 <= (_t1 := (a_1 * 2)) and _t1 <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if a_1.__class__ is int else L_mul(a_1, 2) if a_1.__class__ is not L_Table else (yield from L_arith_gen(L_mul, '__mul', a_1, 2)))
  yield
 return pair__gen.__code__

L_register(__file__, 'direct_calls.lua', L_unpack('c%0MVU|?X-U;+}QoIoNcKRGc+K|N6&nU|!FMS-6NBS?%7L===I=9H!?sK>kdg{ectxslYSq^Khlr|0A+fkX?6GV@BH;yeh&1&NtOm`3F1r9uVyk&Gx#%}GrzQ3n9C&nbc'), 'c$_oT(J=rcBOn2SI)=y$LpU_h(X|Arg35yBVQc`hi41H', 'c${UAK@J5m2tqH!Le$pw{udis|KH3kOkNNr(BLybf*5e$V8D?Y#*$<xJ6edyjji1g>=KW!#@iPYg?YC52T;FXHa~}Tw;}l(#_BYWYwX+~jRCH}61yHT@0IVmiKSZJwG5F&X5&zn`W}O?E~~3$$l16l6Z`=@uQee')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1|x`IhKa|!`h~$6ZUz9cEeC!'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikC}jo`i76?W>_8eUqQM3dW&{aCNViOo8VJFFq96%EVkiI`%mO3|5;Kc3c|bypXeNWLjW=}51Sx|Ms9JLqGxIW8K|-u>tx&hZXg9DH5aEF2Fqpk?26km2GxGCNVKjC{Ah#AkNZbkvAtbs20|0W1E9C'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikC}jo`i76?W>_8eUlF1AsAPQK3L_uO^Q6>*u1q+No7?GcsnkfiZzzQP}M&u@D<{^YKxnPzU000`v4%7'))
L_register_gens(__file__, {('add', 7): L_genmaker_0, ('pair', 12): L_genmaker_1})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

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
  L_cf(_ENV['print'])(add(1, 2), add(3, 4))
  L_cf(_ENV['print'])(*L_tuple(pair(5)))
  p, q = _r1 if (_r1 := pair(7)).__class__ is tuple and len(_r1) == 2 else L_adjust(_r1, 2)
  L_cf(_ENV['print'])(p, q, one())
  L_cf(_ENV['print'])(add(one(), one()), *L_tuple(L_cf(_ENV['select'])('#', *L_tuple(pair(1)))))
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

L_register(__file__, 'direct_calls.lua', L_unpack('c%0MVU|?X-U;+}QoIoNcKRGc+K|N6&nU|!FMS-6NBS?%7L===I=9H!?sK>kdg{ectxslYSq^Khlr|0A+fkX?6GV@BH;yeh&1&NtOm`3F1r9uVyk&Gx#%}GrzQ3n9C&nbc'), 'c$_oT(J=rcBOn2SI)=y$LpU_h(X|Arg35yBVQc`hi41H', 'c${UA%MHXp2tyn4VK6YC{u_&7l*4WgNKe>cumMho84L;Xz#K$WRcByT#|0#ggaP*klgIb3$4xv-iWlJg+fy^Er4yeBTb;q#rVhK10}<Fo35)jc?35)t?++T#-4Pd)HD5PTsr^~yYty`VOeXLFSV1vr')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1|x`IhKa|!`h~$6ZUz9cEeC!'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikC}jo`i76?W>_8eUqQM3dW&{aCNViOo8VJFFq96%EVkiI`%mO3|5;Kc3c|bypXeNWLjW=}51Sx|Ms9JLqGxIW8K|-u>tx&hZXg9DH5aEF2Fqpk?26km2GxGCNVKjC{Ah#AkNZbkvAtbs20|0W1E9C'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikC}jo`i76?W>_8eUlF1AsAPQK3L_uO^Q6>*u1q+No7?GcsnkfiZzzQP}M&u@D<{^YKxnPzU000`v4%7'))
L_register_gens(__file__, {('add', 7): L_genmaker_0, ('pair', 12): L_genmaker_1})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

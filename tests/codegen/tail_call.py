from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):

  def L_fn_sum_1(n, acc):
   while True:
    if n.__class__ is int and acc.__class__ is int:
     if n == 0 and n.__class__ is not bool:
      return acc
     _f8 = v_sum
     if _f8 is L_fn_sum_1:
      n, acc = (_t5 if -1073741823 <= (_t5 := (n - 1)) <= 1073741823 else _t5 if -9223372036854775808 <= _t5 <= 9223372036854775807 else L_wrap(_t5), _t7 if -1073741823 <= (_t7 := (acc + n)) <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7))
      continue
     return _f8(_t5 if -1073741823 <= (_t5 := (n - 1)) <= 1073741823 else _t5 if -9223372036854775808 <= _t5 <= 9223372036854775807 else L_wrap(_t5), _t7 if -1073741823 <= (_t7 := (acc + n)) <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7))
    if n == 0 and n.__class__ is not bool:
     return acc
    _f3 = v_sum
    if _f3 is L_fn_sum_1:
     n, acc = (n - 1 if n.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n.__class__ is int else L_sub(n, 1), acc + n if acc.__class__ is float and n.__class__ is float else (_t2 if -1073741823 <= (_t2 := (acc + n)) <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2)) if acc.__class__ is int and n.__class__ is int else L_add(acc, n))
     continue
    return _f3(n - 1 if n.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n.__class__ is int else L_sub(n, 1), acc + n if acc.__class__ is float and n.__class__ is float else (_t2 if -1073741823 <= (_t2 := (acc + n)) <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2)) if acc.__class__ is int and n.__class__ is int else L_add(acc, n))
  v_sum = L_fn_sum_1
  (L_callee(_c1) if (_c1 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c1)(*(_r2 if (_r2 := v_sum(100000, 0)).__class__ is tuple else (_r2,)))

  def L_fn_count_2(n_1=None, *_):
   while True:
    if n_1.__class__ is int:
     if n_1 <= 0:
      return 'done'
     _f5 = _ENV['count']
     if _f5 is L_fn_count_2:
      n_1, = (_t4 if -1073741823 <= (_t4 := (n_1 - 1)) <= 1073741823 else _t4 if -9223372036854775808 <= _t4 <= 9223372036854775807 else L_wrap(_t4),)
      continue
     return _f5(_t4 if -1073741823 <= (_t4 := (n_1 - 1)) <= 1073741823 else _t4 if -9223372036854775808 <= _t4 <= 9223372036854775807 else L_wrap(_t4))
    if n_1 <= 0 if n_1.__class__ is int else L_le(n_1, 0):
     return 'done'
    _f2 = _ENV['count']
    if _f2 is L_fn_count_2:
     n_1, = (n_1 - 1 if n_1.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n_1 - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n_1.__class__ is int else L_sub(n_1, 1),)
     continue
    return _f2(n_1 - 1 if n_1.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n_1 - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n_1.__class__ is int else L_sub(n_1, 1))
  if _ENV.meta is None or 'count' in _ENV or '__newindex' not in _ENV.meta:
   _ENV['count'] = L_fn_count_2
  else:
   L_setindex(_ENV, 'count', L_fn_count_2)
  (L_callee(_c3) if (_c3 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c3)(*(_r5 if (_r5 := (L_callee(_c4) if (_c4 := _ENV['count']) is not L_CM and L_CM[0] else _c4)(50000)).__class__ is tuple else (_r5,)))
  return ()
 return main

def L_genmaker_0():
 L_fn_sum_1 = v_sum = None

 def L_fn_sum_1__gen(n, acc):
  if n == 0 and n.__class__ is not bool:
   return acc
  return (yield from _g4(_t5, _t6)) if ((_f3 := v_sum) is not None or True) and ((_t5 := (n - 1 if n.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n.__class__ is int else L_sub(n, 1) if n.__class__ is not L_Table else (yield from L_arith_gen(L_sub, '__sub', n, 1)))) is not None or True) and ((_t6 := (acc + n if acc.__class__ is float and n.__class__ is float else (_t2 if -1073741823 <= (_t2 := (acc + n)) <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2)) if acc.__class__ is int and n.__class__ is int else L_add(acc, n) if acc.__class__ is not L_Table and n.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', acc, n)))) is not None or True) and ((_g4 := getattr(_f3, 'lua_gen', L_UNSET)) is not None and (_g4 is not L_UNSET or (_g4 := L_gen_of(_f3)) is not None)) else _f3(_t5, _t6)
  (L_fn_sum_1, v_sum)
  yield
 return L_fn_sum_1__gen.__code__

def L_genmaker_1():
 L_fn_count_2 = _ENV = None

 def L_fn_count_2__gen(n_1=None, *_):
  if n_1 <= 0 if n_1.__class__ is int else L_le(n_1, 0) if n_1.__class__ is not L_Table else (yield from L_le_gen(L_le, n_1, 0)):
   return 'done'
  return L_ret((yield (_t5,))) if ((_f3 := (L_callee(_c1) if (_c1 := _ENV['count']) is not L_CM and L_CM[0] else _c1)) is not None or True) and ((_t5 := (n_1 - 1 if n_1.__class__ is float else (_t2 if -1073741823 <= (_t2 := (n_1 - 1)) <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2)) if n_1.__class__ is int else L_sub(n_1, 1) if n_1.__class__ is not L_Table else (yield from L_arith_gen(L_sub, '__sub', n_1, 1)))) is not None or True) and (_f3 is L_co_yield) else (_p6 if (_p6 := L_co_resume_in(_t5)).__class__ is tuple else (yield from _p6.rest())) if _f3 is L_co_resume else (yield from _g4(_t5)) if (_g4 := getattr(_f3, 'lua_gen', L_UNSET)) is not None and (_g4 is not L_UNSET or (_g4 := L_gen_of(_f3)) is not None) else _f3(_t5)
  (L_fn_count_2, _ENV)
  yield
 return L_fn_count_2__gen.__code__

L_register(__file__, 'tail_call.lua', (("local 'n'", None), ("local 'acc'", "local 'n'"), ("upvalue '_ENV'",), ("local 'sum'",), ("global 'print'",), ("global 'count'",), ("upvalue 'sum'", '(tail call)'), ("global 'count'", '(tail call)')), 'c-k}6(J=rcLm*)QCLt^k)J5YO>6qx~7!joqY^VuX$`E2WT$3)u1RXO>K>#He8JP', 'c-n1`K@tQZ2m?QqgMgs(|Br0~HG7)!U=vJ0H@G>>U|87a!UC@It-@|0DISv+Bn!3+8>bBtNoz<!?KYvW!Bmm<5p)eDtUao77F^-H`f1ZW?{*Q1y$5%(Y^;fO4af~P8Y>am_+(5NW9oTVh<s*4{+bQi8r@|Rrql7@YJ}$>qj-xB=aPPV7(ny')
L_register_upvalues(__file__, {('L_fn_sum_1', 7): (('sum', 'v_sum', False),), ('L_fn_count_2', 27): (('_ENV', '_ENV', False),), ('main', 5): (('_ENV', '_ENV', False),)})
L_register_locals(__file__, {('L_fn_sum_1', 7): (('n', 'n', False, 2, 5, 0), ('acc', 'acc', False, 2, 5, 0)), ('L_fn_count_2', 27): (('n', 'n_1', False, 8, 11, 0),), ('main', 5): (('sum', 'v_sum', False, 0, 1073741824, 0),)})
L_register_spans(__file__, {('L_fn_sum_1', 7): (5, 3), ('L_fn_count_2', 27): (11, 9), ('main', 5): (12, 2)})
L_register_gens(__file__, {('L_fn_sum_1', 7): L_genmaker_0, ('L_fn_count_2', 27): L_genmaker_1})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

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
      n, acc = (_t5 if (_t5 := (n - 1)) >= -1073741823 else _t5 if -9223372036854775808 <= _t5 <= 9223372036854775807 else L_wrap(_t5), _t7 if -1073741823 <= (_t7 := (acc + n)) and _t7 <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7))
      continue
     return _f8(_t5 if (_t5 := (n - 1)) >= -1073741823 else _t5 if -9223372036854775808 <= _t5 <= 9223372036854775807 else L_wrap(_t5), _t7 if -1073741823 <= (_t7 := (acc + n)) and _t7 <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7))
    if n == 0 and n.__class__ is not bool:
     return acc
    _f3 = v_sum
    if _f3 is L_fn_sum_1:
     n, acc = (n - 1 if n.__class__ is float else (_t1 if (_t1 := (n - 1)) >= -1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n.__class__ is int else L_sub(n, 1), acc + n if acc.__class__ is float and n.__class__ is float else (_t2 if -1073741823 <= (_t2 := (acc + n)) and _t2 <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2)) if acc.__class__ is int and n.__class__ is int else L_add(acc, n))
     continue
    return _f3(n - 1 if n.__class__ is float else (_t1 if (_t1 := (n - 1)) >= -1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n.__class__ is int else L_sub(n, 1), acc + n if acc.__class__ is float and n.__class__ is float else (_t2 if -1073741823 <= (_t2 := (acc + n)) and _t2 <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2)) if acc.__class__ is int and n.__class__ is int else L_add(acc, n))
  v_sum = L_fn_sum_1
  L_cf(_ENV['print'])(*L_tuple(v_sum(100000, 0)))

  def L_fn_count_2(n_1=None, *_):
   while True:
    if n_1.__class__ is int:
     if n_1 <= 0:
      return 'done'
     _f5 = _ENV['count']
     if _f5 is L_fn_count_2:
      n_1, = (_t4 if (_t4 := (n_1 - 1)) >= -1073741823 else _t4 if -9223372036854775808 <= _t4 <= 9223372036854775807 else L_wrap(_t4),)
      continue
     return _f5(_t4 if (_t4 := (n_1 - 1)) >= -1073741823 else _t4 if -9223372036854775808 <= _t4 <= 9223372036854775807 else L_wrap(_t4))
    if n_1 <= 0 if n_1.__class__ is int else L_le(n_1, 0):
     return 'done'
    _f2 = _ENV['count']
    if _f2 is L_fn_count_2:
     n_1, = (n_1 - 1 if n_1.__class__ is float else (_t1 if (_t1 := (n_1 - 1)) >= -1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n_1.__class__ is int else L_sub(n_1, 1),)
     continue
    return _f2(n_1 - 1 if n_1.__class__ is float else (_t1 if (_t1 := (n_1 - 1)) >= -1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n_1.__class__ is int else L_sub(n_1, 1))
  L_setindex(_ENV, 'count', L_fn_count_2)
  L_cf(_ENV['print'])(*L_tuple(L_cf(_ENV['count'])(50000)))
  return ()
 return main

def L_genmaker_0():
 L_fn_sum_1 = v_sum = None

 def L_fn_sum_1__gen(n, acc):
  if n == 0 and n.__class__ is not bool:
   return acc
  return (yield from _g4(_t5, _t6)) if ((_f3 := v_sum) is not None or True) and ((_t5 := (n - 1 if n.__class__ is float else (_t1 if (_t1 := (n - 1)) >= -1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n.__class__ is int else L_sub(n, 1) if n.__class__ is not L_Table else (yield from L_arith_gen(L_sub, '__sub', n, 1)))) is not None or True) and ((_t6 := (acc + n if acc.__class__ is float and n.__class__ is float else (_t2 if -1073741823 <= (_t2 := (acc + n)) and _t2 <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2)) if acc.__class__ is int and n.__class__ is int else L_add(acc, n) if acc.__class__ is not L_Table and n.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', acc, n)))) is not None or True) and ((_g4 := getattr(_f3, 'lua_gen', L_UNSET)) is not None and (_g4 is not L_UNSET or (_g4 := L_gen_of(_f3)) is not None)) else _f3(_t5, _t6)
  (L_fn_sum_1, v_sum)
  yield
 return L_fn_sum_1__gen.__code__

def L_genmaker_1():
 L_fn_count_2 = _ENV = None

 def L_fn_count_2__gen(n_1=None, *_):
  if n_1 <= 0 if n_1.__class__ is int else L_le(n_1, 0) if n_1.__class__ is not L_Table else (yield from L_le_gen(L_le, n_1, 0)):
   return 'done'
  return L_ret((yield (_t4,))) if ((_f2 := _ENV['count']) is not None or True) and ((_t4 := (n_1 - 1 if n_1.__class__ is float else (_t1 if (_t1 := (n_1 - 1)) >= -1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n_1.__class__ is int else L_sub(n_1, 1) if n_1.__class__ is not L_Table else (yield from L_arith_gen(L_sub, '__sub', n_1, 1)))) is not None or True) and (_f2 is L_co_yield) else (_p5 if (_p5 := L_co_resume_in(_t4)).__class__ is tuple else (yield from _p5.rest())) if _f2 is L_co_resume else (yield from _g3(_t4)) if (_g3 := getattr(_f2, 'lua_gen', L_UNSET)) is not None and (_g3 is not L_UNSET or (_g3 := L_gen_of(_f2)) is not None) else _f2(_t4)
  (L_fn_count_2, _ENV)
  yield
 return L_fn_count_2__gen.__code__

L_register(__file__, 'tail_call.lua', L_unpack('c%0MVU|?X-U;+}QoIoNcKRGc+K|N314<g2m5KBx>R!3E%!3a{q2O<i}5_3vZ71ZNh{lcK)NLq_abCDFM=j11WL<@>C^GdLYC+C-f#KHFSA{!1e25hWGNn&P>0?_CjO^7l~?da+N2go#-'), 'c$_oT(J=rcLm*)QCLt^k)J5YO>6qx~7!j!uBx(pT7p`6xqFKibQxE{BcNnz', 'c${sJOAf;z3`8$93;YG{f3c43CYx3W`DFx86I3AgKsd1ATOkJJ`kyL45X^QZMlha9cm*;UX$|rG@<M6M7ZJY}O=M9{R*nTNF-NPLwmr3ssr#TQcVlKuS=#-;b1*I}8n5q>NjDe8seiPmik@%f(q;)7d5eO6j;Pn^TM_HU6wac&S@Z!lPC<4')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikDCGhYKJjUJ@x`UN@rIe~K&}QOh+qcEf(W2QDJzgJ11WKX=;DFtO3p9MD~UJClt$IZ0wm&H{lef3s6G%kH!(9Wla-Kq0|4s08%O'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikDCGhYKJjUJ@x`UN@rIe~KrUE9gAF9h2qf|#q+2FPIFl7bFu)Zs1Bt}sWEhR12y6!r%#P&z(!7#*qfBX#6eF4~AS3eP4c#(1K)Sh6jbH&1xrv#1V55<=f;0hLUJ4Q}1Np%XtO-OofLR6rR39O4'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikDCGhYKJjUJ@x`UN@rIe~KrUD!lNCfT!?>k9Fm=iKrFkXsMw!xZmE0hL6Rwg4NaQAF=7CLsr~qls1hEVNYitoC'))
L_register_gens(__file__, {('L_fn_sum_1', 7): L_genmaker_0, ('L_fn_count_2', 27): L_genmaker_1})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

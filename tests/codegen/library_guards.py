from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(_r2 if (_r2 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t1['floor'] if (_t1 := _ENV['math']).__class__ is L_Table else L_index(_t1, 'floor'))(3.7)).__class__ is not tuple else _r2[0] if _r2 else None, _r4 if (_r4 := (L_g_string_rep[1] if L_g_string_rep[0] is _ENV else _t3['rep'] if (_t3 := _ENV['string']).__class__ is L_Table else L_index(_t3, 'rep'))('ab', 3)).__class__ is not tuple else _r4[0] if _r4 else None, *(_r5 if (_r5 := (L_g_select[1] if L_g_select[0] is _ENV else _ENV['select'])('#', 1, 2)).__class__ is tuple else (_r5,)))
  t = L_Table()
  if (t.meta is None or 'print' in t or '__newindex' not in t.meta) and t not in L_WATCHED:
   t['print'] = 1
  else:
   L_setindex(t, 'print', 1)
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(t['print'], *(_r6 if (_r6 := (L_g_type[1] if L_g_type[0] is _ENV else _ENV['type'])(L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])).__class__ is tuple else (_r6,)))
  old = L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t7['floor'] if (_t7 := _ENV['math']).__class__ is L_Table else L_index(_t7, 'floor')
  _t8 = _ENV['math']

  def L_fn_anon_1(x=None, *_):
   return 'replaced ' + x if x.__class__ is str else L_concat('replaced ', x)
  if _t8.__class__ is L_Table and (_t8.meta is None or 'floor' in _t8 or '__newindex' not in _t8.meta) and (_t8 not in L_WATCHED):
   _t8['floor'] = L_fn_anon_1
  else:
   L_setindex(_t8, 'floor', L_fn_anon_1)
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(*(_r10 if (_r10 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t9['floor'] if (_t9 := _ENV['math']).__class__ is L_Table else L_index(_t9, 'floor'))(2)).__class__ is tuple else (_r10,)))
  _t11 = _ENV['math']
  if _t11.__class__ is L_Table and (_t11.meta is None or 'floor' in _t11 or '__newindex' not in _t11.meta) and (old is not None) and (_t11 not in L_WATCHED):
   _t11['floor'] = old
  else:
   L_setindex(_t11, 'floor', old)
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(*(_r13 if (_r13 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t12['floor'] if (_t12 := _ENV['math']).__class__ is L_Table else L_index(_t12, 'floor'))(2.5)).__class__ is tuple else (_r13,)))

  def L_fn_max_2(a, b):
   return a
  v_max = L_fn_max_2
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(v_max(1, 2), *(_r15 if (_r15 := (L_g_math_max[1] if L_g_math_max[0] is _ENV else _t14['max'] if (_t14 := _ENV['math']).__class__ is L_Table else L_index(_t14, 'max'))(1, 2)).__class__ is tuple else (_r15,)))
  return ()
 return main

def L_genmaker_0():

 def L_fn_anon_1__gen(x=None, *_):
  return 'replaced ' + x if x.__class__ is str else L_concat('replaced ', x) if x.__class__ is not L_Table else (yield from L_arith_gen(L_concat, '__concat', 'replaced ', x))
  yield
 return L_fn_anon_1__gen.__code__

L_register(__file__, 'library_guards.lua', L_unpack('c$`&^Jr2S!424xT1eApXWXnld8Cj7DZmHzPQR<@78|8{j)KQD*_&&YAv`@vS?86JFM`Lg2%hjf0Jk-Q@AY)sQX9iV+^f0y}=BVJfI68@quNCcPPsFfxAfXdQ<$}VL$z)6H6v%2--T`gej3>vw6Y!Et2^>!Kzs!(FXVJp&|3T#!o6bt6'), 'c$_oT(J=raBOOB^1Tzi65XgW)s0f@1WrIjvLn9p>bGT9f4vr16', 'c${sJSq{S>5JNBIkJ*9yU#uRWsT5U;h(kQjn1Z2HFd&G8I+SWqMZhUF4QhK=m%)?+0-KADLQ;DL^>&05T?opQfuX3Djc7xXXo-o2nA<D0nW|VF<?^J?ItImzXVc;wMVr<yM-om0iTv=fe=;WHU9OLAw_N?o)t9)=-p0s-S^qHOV&)GsVYIU=*UHyW(V_haR$t0)$%V!XFyUmU4)EGep&s%*E4O<vTt3~aQ@Q')
L_register_upvalues(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%9X?=36ZBu6|)fEI_WC0RW-L2!H'))
L_register_locals(__file__, L_unpack('c%1vK$#jd`Cq6ANJ~1ypFW&H_00RTVN=8k#TZ|P&EI_u~OAa7e#0n%{0x<(nJr`JgZem5e(Mvgyawd@S#3C-RavqR!ZV<r+QVx_!DgueQK?D&pOt)Ba6EpK(f{b3t3{qH9Bmh>(2DQuqW(0G7PD+swT&_qE$#`a<LvFE_f!u>GYXAT_PcG{'))
L_register_gens(__file__, {('L_fn_anon_1', 16): L_genmaker_0})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

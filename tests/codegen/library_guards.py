from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  (L_callee(_c1) if (_c1 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c1)(_r4 if (_r4 := (L_callee(_c3) if (_c3 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t2['floor'] if (_t2 := _ENV['math']).__class__ is L_Table else L_index(_t2, 'floor'))) is not L_CM and L_CM[0] else _c3)(3.7)).__class__ is not tuple else _r4[0] if _r4 else None, _r7 if (_r7 := (L_callee(_c6) if (_c6 := (L_g_string_rep[1] if L_g_string_rep[0] is _ENV else _t5['rep'] if (_t5 := _ENV['string']).__class__ is L_Table else L_index(_t5, 'rep'))) is not L_CM and L_CM[0] else _c6)('ab', 3)).__class__ is not tuple else _r7[0] if _r7 else None, *(_r9 if (_r9 := (L_callee(_c8) if (_c8 := (L_g_select[1] if L_g_select[0] is _ENV else _ENV['select'])) is not L_CM and L_CM[0] else _c8)('#', 1, 2)).__class__ is tuple else (_r9,)))
  t = L_Table()
  if (t.meta is None or 'print' in t or '__newindex' not in t.meta) and t not in L_WATCHED:
   t['print'] = 1
  else:
   L_setindex(t, 'print', 1)
  (L_callee(_c10) if (_c10 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c10)(t['print'], *(_r12 if (_r12 := (L_callee(_c11) if (_c11 := (L_g_type[1] if L_g_type[0] is _ENV else _ENV['type'])) is not L_CM and L_CM[0] else _c11)(L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])).__class__ is tuple else (_r12,)))
  old = L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t13['floor'] if (_t13 := _ENV['math']).__class__ is L_Table else L_index(_t13, 'floor')
  _t14 = _ENV['math']

  def L_fn_anon_1(x=None, *_):
   return 'replaced ' + x if x.__class__ is str else L_concat('replaced ', x)
  if _t14.__class__ is L_Table and (_t14.meta is None or 'floor' in _t14 or '__newindex' not in _t14.meta) and (_t14 not in L_WATCHED):
   _t14['floor'] = L_fn_anon_1
  else:
   L_setindex(_t14, 'floor', L_fn_anon_1)
  (L_callee(_c15) if (_c15 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c15)(*(_r18 if (_r18 := (L_callee(_c17) if (_c17 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t16['floor'] if (_t16 := _ENV['math']).__class__ is L_Table else L_index(_t16, 'floor'))) is not L_CM and L_CM[0] else _c17)(2)).__class__ is tuple else (_r18,)))
  _t19 = _ENV['math']
  if _t19.__class__ is L_Table and (_t19.meta is None or 'floor' in _t19 or '__newindex' not in _t19.meta) and (old is not None) and (_t19 not in L_WATCHED):
   _t19['floor'] = old
  else:
   L_setindex(_t19, 'floor', old)
  (L_callee(_c20) if (_c20 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c20)(*(_r23 if (_r23 := (L_callee(_c22) if (_c22 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t21['floor'] if (_t21 := _ENV['math']).__class__ is L_Table else L_index(_t21, 'floor'))) is not L_CM and L_CM[0] else _c22)(2.5)).__class__ is tuple else (_r23,)))

  def L_fn_max_2(a, b):
   return a
  v_max = L_fn_max_2
  (L_callee(_c24) if (_c24 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c24)(v_max(1, 2), *(_r27 if (_r27 := (L_callee(_c26) if (_c26 := (L_g_math_max[1] if L_g_math_max[0] is _ENV else _t25['max'] if (_t25 := _ENV['math']).__class__ is L_Table else L_index(_t25, 'max'))) is not L_CM and L_CM[0] else _c26)(1, 2)).__class__ is tuple else (_r27,)))
  return ()
 return main

def L_genmaker_0():

 def L_fn_anon_1__gen(x=None, *_):
  return 'replaced ' + x if x.__class__ is str else L_concat('replaced ', x) if x.__class__ is not L_Table else (yield from L_arith_gen(L_concat, '__concat', 'replaced ', x))
  yield
 return L_fn_anon_1__gen.__code__

L_register(__file__, 'library_guards.lua', L_unpack('c$`&^Jr2S!424xT1eApXWXnld8Cj7DZmHzPQR<@78|8{j)KQD*_&&YAv`@vS?86JFM`Lg2%hjf0Jk-Q@AY)sQX9iV+^f0y}=BVJfI68@quNCcPPsFfxAfXdQ<$}VL$z)6H6v%2--T`gej3>vw6Y!Et2^>!Kzs!(FXVJp&|3T#!o6bt6'), 'c$_oT(J=raBOOB^1Tzi65XgW)s0f@1WrIjvLn9p>bGT9f4vr16', 'c${^RSq{W72tzOA50(JQ{Vz5qX*<#^Ql&Zso^cX}83P4DDb%4<>Isv8Q=2cS?XuN^DJKL&`IkaaM_-TK5k%?2pv=`ALpC|}bTrZe6HW2-<Li%a1hfLH&1~Ghu6a5XGw-4rcQo|jTF?=sbBgQn;B#NnXU3<`V56*)FXYL$<O8`m@^I=GNA)i!dTM>8>>ahgPTViOlQyE>h+>`Nd}6yov73aHOS3q*rn~?+=~WK')
L_register_upvalues(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%9X?=36ZBu6|)fEI_WC0RW-L2!H'))
L_register_locals(__file__, L_unpack('c%1vK$#jd`Cq6ANJ~1ypFW&H_00RTVN=8k#TZ|P&EI_u~OAa7e#0n%{0x<(nJr`JgZem5e(Mvgyawd@S#3C-RavqR!ZV<r+QVx_!DgueQK?D&pOt)Ba6EpK(f{b3t3{qH9Bmh>(2DQuqW(0G7PD+swT&_qE$#`a<LvFE_f!u>GYXAT_PcG{'))
L_register_spans(__file__, L_unpack('c%1vK$#jd`Cq6ANJ~1ypFW&H_00RTVN~V__K&prZNC4%z!1B3?74b$d<si~LAZZSWG)rz`X5LFyhy*W?ddUnV3;>x^7jF'))
L_register_gens(__file__, {('L_fn_anon_1', 16): L_genmaker_0})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

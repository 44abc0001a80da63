from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c1) if (_c1 := _ENV['print']) is not L_CM and L_CM[0] else _c1)(_r2 if (_r2 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else L_getc(_ENV['math'], 'floor'))(3.7)).__class__ is not tuple else _r2[0] if _r2 else None, _r3 if (_r3 := (L_g_string_rep[1] if L_g_string_rep[0] is _ENV else L_getc(_ENV['string'], 'rep'))('ab', 3)).__class__ is not tuple else _r3[0] if _r3 else None, *(_r5 if (_r5 := (L_g_select[1] if L_g_select[0] is _ENV else L_callee(_c4) if (_c4 := _ENV['select']) is not L_CM and L_CM[0] else _c4)('#', 1, 2)).__class__ is tuple else (_r5,)))
  t = L_Table()
  if (t.meta is None or 'print' in t or '__newindex' not in t.meta) and t not in L_WATCHED:
   t['print'] = 1
  else:
   L_setindex(t, 'print', 1)
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c6) if (_c6 := _ENV['print']) is not L_CM and L_CM[0] else _c6)(t['print'], *(_r8 if (_r8 := (L_g_type[1] if L_g_type[0] is _ENV else L_callee(_c7) if (_c7 := _ENV['type']) is not L_CM and L_CM[0] else _c7)(L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])).__class__ is tuple else (_r8,)))
  old = L_g_math_floor[1] if L_g_math_floor[0] is _ENV else L_get(_ENV['math'], 'floor')
  _t9 = _ENV['math']

  def L_fn_anon_1(x=None, *_):
   return 'replaced ' + x if x.__class__ is str else L_concat('replaced ', x)
  if _t9.__class__ is L_Table and (_t9.meta is None or 'floor' in _t9 or '__newindex' not in _t9.meta) and (_t9 not in L_WATCHED):
   _t9['floor'] = L_fn_anon_1
  else:
   L_setindex(_t9, 'floor', L_fn_anon_1)
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c10) if (_c10 := _ENV['print']) is not L_CM and L_CM[0] else _c10)(*(_r11 if (_r11 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else L_getc(_ENV['math'], 'floor'))(2)).__class__ is tuple else (_r11,)))
  _t12 = _ENV['math']
  if _t12.__class__ is L_Table and (_t12.meta is None or 'floor' in _t12 or '__newindex' not in _t12.meta) and (old is not None) and (_t12 not in L_WATCHED):
   _t12['floor'] = old
  else:
   L_setindex(_t12, 'floor', old)
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c13) if (_c13 := _ENV['print']) is not L_CM and L_CM[0] else _c13)(*(_r14 if (_r14 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else L_getc(_ENV['math'], 'floor'))(2.5)).__class__ is tuple else (_r14,)))

  def L_fn_max_2(a, b):
   return a
  v_max = L_fn_max_2
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c15) if (_c15 := _ENV['print']) is not L_CM and L_CM[0] else _c15)(v_max(1, 2), *(_r16 if (_r16 := (L_g_math_max[1] if L_g_math_max[0] is _ENV else L_getc(_ENV['math'], 'max'))(1, 2)).__class__ is tuple else (_r16,)))
  return ()
 return main

def L_genmaker_0():

 def L_fn_anon_1__gen(x=None, *_):
  return 'replaced ' + x if x.__class__ is str else L_concat('replaced ', x) if x.__class__ is not L_Table else (yield from L_arith_gen(L_concat, '__concat', 'replaced ', x))
  yield
 return L_fn_anon_1__gen.__code__

L_register(__file__, 'library_guards.lua', L_unpack('c${sHyAHxI3`GkY;<fMr*_<C?Wn@JmxTTVtM5&9)-{U~4Mxx6Zj<2q--c?nlSAyY?5MG7`RB$_AuJH4FK|}s-NI_@#S?Ib&dMK#L`<V5yNcS9D*W|-?&PNPOX(Y4^^O)%nq-F9O0ePD=FYM!YK+x-?PXg;*&&KihB^itIysQ|DZCQ0@{2!d;2NPLCSO'), 'c$_oT(J=raBOOB^1Tzi65XgW)s0f@1WrIjvLn9p>bGT9f4vr16', 'c${^RYYqe<2!k)wAAo>*|BG#rnb~9?iHTL}S1@5nU6>F|fet8YbF76?a!uH#i*h^Ej={EpD=3FY8N6h$>c`-bqzIBaEc-f0w7{Y?n&mUqS>bV4fIeA6yd8>UVVzzwyR1bkF%X2)$!s15yFM|NSB$-5_$YfgPIL`tqBn83I2d^__6xKAVxk_+uWX~#TGYW$9_6lQY<@ODr3sTCcTL0_0ys%)UOJnU7em)m-v')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1|x`IhKa|!`h~$6ZUz9cEeC!'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikDCGtcKJjUJ@ril)dGUss0zke7BZy!FNrPAw5YjD^14uy#29N@<elD2)+{B7_qf9xN1VVcvgmlZ~0qNv{YlkaHf{+*rz~-|6iQL4@yi8V*5HpI#5(w!ARt_Q@kW2<C&Cf}J(YO@>9bO7DybR<8bY%trR5T~+'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikDCGtcKJjUJ@ril)dGUss0zf`kCX)k3KooMp6y_#Y#2aPG!PW7=2#7isAd#DxnU~25SHTM+n1O@=08gzDum'))
L_register_gens(__file__, {('L_fn_anon_1', 16): L_genmaker_0})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

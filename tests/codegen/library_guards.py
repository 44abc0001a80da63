from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c1) if (_c1 := _ENV['print']) is not L_CM and L_CM[0] else _c1)(_r3 if (_r3 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else L_callee(_c2) if (_c2 := L_get(_ENV['math'], 'floor')) is not L_CM and L_CM[0] else _c2)(3.7)).__class__ is not tuple else _r3[0] if _r3 else None, _r5 if (_r5 := (L_g_string_rep[1] if L_g_string_rep[0] is _ENV else L_callee(_c4) if (_c4 := L_get(_ENV['string'], 'rep')) is not L_CM and L_CM[0] else _c4)('ab', 3)).__class__ is not tuple else _r5[0] if _r5 else None, *(_r7 if (_r7 := (L_g_select[1] if L_g_select[0] is _ENV else L_callee(_c6) if (_c6 := _ENV['select']) is not L_CM and L_CM[0] else _c6)('#', 1, 2)).__class__ is tuple else (_r7,)))
  t = L_Table()
  if (t.meta is None or 'print' in t or '__newindex' not in t.meta) and t not in L_WATCHED:
   t['print'] = 1
  else:
   L_setindex(t, 'print', 1)
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c8) if (_c8 := _ENV['print']) is not L_CM and L_CM[0] else _c8)(t['print'], *(_r10 if (_r10 := (L_g_type[1] if L_g_type[0] is _ENV else L_callee(_c9) if (_c9 := _ENV['type']) is not L_CM and L_CM[0] else _c9)(L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])).__class__ is tuple else (_r10,)))
  old = L_g_math_floor[1] if L_g_math_floor[0] is _ENV else L_get(_ENV['math'], 'floor')
  _t11 = _ENV['math']

  def L_fn_anon_1(x=None, *_):
   return 'replaced ' + x if x.__class__ is str else L_concat('replaced ', x)
  if _t11.__class__ is L_Table and (_t11.meta is None or 'floor' in _t11 or '__newindex' not in _t11.meta) and (_t11 not in L_WATCHED):
   _t11['floor'] = L_fn_anon_1
  else:
   L_setindex(_t11, 'floor', L_fn_anon_1)
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c12) if (_c12 := _ENV['print']) is not L_CM and L_CM[0] else _c12)(*(_r14 if (_r14 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else L_callee(_c13) if (_c13 := L_get(_ENV['math'], 'floor')) is not L_CM and L_CM[0] else _c13)(2)).__class__ is tuple else (_r14,)))
  _t15 = _ENV['math']
  if _t15.__class__ is L_Table and (_t15.meta is None or 'floor' in _t15 or '__newindex' not in _t15.meta) and (old is not None) and (_t15 not in L_WATCHED):
   _t15['floor'] = old
  else:
   L_setindex(_t15, 'floor', old)
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c16) if (_c16 := _ENV['print']) is not L_CM and L_CM[0] else _c16)(*(_r18 if (_r18 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else L_callee(_c17) if (_c17 := L_get(_ENV['math'], 'floor')) is not L_CM and L_CM[0] else _c17)(2.5)).__class__ is tuple else (_r18,)))

  def L_fn_max_2(a, b):
   return a
  v_max = L_fn_max_2
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c19) if (_c19 := _ENV['print']) is not L_CM and L_CM[0] else _c19)(v_max(1, 2), *(_r21 if (_r21 := (L_g_math_max[1] if L_g_math_max[0] is _ENV else L_callee(_c20) if (_c20 := L_get(_ENV['math'], 'max')) is not L_CM and L_CM[0] else _c20)(1, 2)).__class__ is tuple else (_r21,)))
  return ()
 return main

def L_genmaker_0():

 def L_fn_anon_1__gen(x=None, *_):
  return 'replaced ' + x if x.__class__ is str else L_concat('replaced ', x) if x.__class__ is not L_Table else (yield from L_arith_gen(L_concat, '__concat', 'replaced ', x))
  yield
 return L_fn_anon_1__gen.__code__

L_register(__file__, 'library_guards.lua', L_unpack('c${sHyAHxI3`GkY;<fMr*_<C?Wn@JmxTTVtM5&9)-{U~4Mxx6Zj<2q--c?nlSAyY?5MG7`RB$_AuJH4FK|}s-NI_@#S?Ib&dMK#L`<V5yNcS9D*W|-?&PNPOX(Y4^^O)%nq-F9O0ePD=FYM!YK+x-?PXg;*&&KihB^itIysQ|DZCQ0@{2!d;2NPLCSO'), 'c$_oT(J=raBOOB^1Tzi65XgW)s0f@1WrIjvLn9p>bGT9f4vr16', 'c${^ROA>=H3_~xZh5v^8U#xNhENDAJ204+R;uH++frg+3>QKxtpiyvYQ-d9}jXc0=9G-M>C3Vd4ff%_Omm`}_7Zi1c?d>Ge62uVb>F?a3vOHH<Jz-MYp(wd8Q`fQ5y@Z22V+yaq!pF8^Om~buF~PRzJswZ*@vL9S#gT{OKRM@LPEMD9r5mNrHv`Xm#n{<5QMD0%P1i`fhN7DUKET%8WVFf$u`N`o')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1|x`IhKa|!`h~$6ZUz9cEeC!'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikDCGtcKJjUJ@ril)dGUss0zke7BZy!FNrPAw5YjD^14uy#29N@<elD2)+{B7_qf9xN1VVcvgmlZ~0qNv{YlkaHf{+*rz~-|6iQL4@yi8V*5HpI#5(w!ARt_Q@kW2<C&Cf}J(YO@>9bO7DybR<8bY%trR5T~+'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikDCGtcKJjUJ@ril)dGUss0zf`kCX)k3KooMp6y_#Y#2aPG!PW7=2#7isAd#DxnU~25SHTM+n1O@=08gzDum'))
L_register_gens(__file__, {('L_fn_anon_1', 16): L_genmaker_0})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  L_cf(_ENV['print'])(L_first(L_cf(L_get(_ENV['math'], 'floor'))(3.7)), L_first(L_cf(L_get(_ENV['string'], 'rep'))('ab', 3)), *L_tuple(L_cf(_ENV['select'])('#', 1, 2)))
  t = L_Table()
  L_setindex(t, 'print', 1)
  L_cf(_ENV['print'])(t['print'], *L_tuple(L_cf(_ENV['type'])(_ENV['print'])))
  old = L_get(_ENV['math'], 'floor')
  _t1 = _ENV['math']

  def L_fn_anon_1(x=None, *_):
   return 'replaced ' + x if x.__class__ is str else L_concat('replaced ', x)
  L_setindex(_t1, 'floor', L_fn_anon_1)
  L_cf(_ENV['print'])(*L_tuple(L_cf(L_get(_ENV['math'], 'floor'))(2)))
  _t2 = _ENV['math']
  L_setindex(_t2, 'floor', old)
  L_cf(_ENV['print'])(*L_tuple(L_cf(L_get(_ENV['math'], 'floor'))(2.5)))

  def L_fn_max_2(a, b):
   return a
  v_max = L_fn_max_2
  L_cf(_ENV['print'])(v_max(1, 2), *L_tuple(L_cf(L_get(_ENV['math'], 'max'))(1, 2)))
  return ()
 return main

def L_genmaker_0():

 def L_fn_anon_1__gen(x=None, *_):
  return 'replaced ' + x if x.__class__ is str else L_concat('replaced ', x) if x.__class__ is not L_Table else (yield from L_arith_gen(L_concat, '__concat', 'replaced ', x))
  yield
 return L_fn_anon_1__gen.__code__

L_register(__file__, 'library_guards.lua', L_unpack('c${sHyAHxI3`GkY;<fMr*_<C?Wn@JmxTTVtM5&9)-{U~4Mxx6Zj<2q--c?nlSAyY?5MG7`RB$_AuJH4FK|}s-NI_@#S?Ib&dMK#L`<V5yNcS9D*W|-?&PNPOX(Y4^^O)%nq-F9O0ePD=FYM!YK+x-?PXg;*&&KihB^itIysQ|DZCQ0@{2!d;2NPLCSO'), 'c$_oT(J=raBOOCH1ad(T!~~IG$^cC28XD>7n8Oqp0031{3k3', 'c${@mT@HgG2)j@p_)*0BUu*^4l6}jfCY91+4Hz^63&NugC2;NyFEnAv7Qs-cHJiLRW}#*W(Iz{ZRZ3hD1&5rf)tbnL>oJU8?%0L$JtFL|O3j^LMs`aL_ymWsDsAhllJG=6!f0_FCO%>8Vb*Wl*I~)8!~WyIA3)l7zmd?|Y#Z<%K}h>(?VLxuFzqH_28u&2W|8eGFB^1C%K')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1|x`IhKa|!`h~$6ZUz9cEeC!'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikDCGtcKJjUJ@ril)dGUssyg<GNBZy!FNrPAw5YjD^14uy#29N@<elD2)+{B7_qfAkl1VVcvgmlZ~0qNv{YlkaHf{+*rz~-|6iQL4@yi8V*5HpI#5(w!ARt_Q@kW2<C&Cf}J(YO@>9bO7DybR<8bY%trNvkK{'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikDCGtcKJjUJ@ril)dGUssyg)u!CX)k3KooMp6y_#Y#2aOb!qxG>2#7isAd#DxnU~25R{=6JlNm@D002y_5Tp'))
L_register_gens(__file__, {('L_fn_anon_1', 13): L_genmaker_0})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

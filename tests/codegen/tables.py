from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  t = L_Table({1: 1, 2: 2, 3: 3})
  r = L_Table({'x': 1, 'y': 2})
  m = L_mktable_mixed((L_POS, 10, L_POS, 20, 'key', 'v'))
  L_setindex(t, L_add(L_len(t), 1), 4)
  L_setindex(r, 'z', L_add(r['x'], r['y']))
  L_cf(_ENV['print'])(L_len(t), t[4], r['z'], m[2], m['key'])
  k = 'y'
  L_setindex(r, k, None)
  L_cf(_ENV['print'])(r['y'], r[k], t[1.0], t[True] if True .__class__ is not bool else L_index(t, True))
  Point = L_Table()
  L_setindex(Point, '__index', Point)

  def L_fn_new_1(x=None, y=None, *_):
   return (L_g_setmetatable[1] if L_g_setmetatable[0] is _ENV else L_cf(_ENV['setmetatable']))(L_mktable_kv({'x': x, 'y': y}), Point)
  L_setindex(Point, 'new', L_fn_new_1)

  def L_fn_len2_2(v_self=None, *_):
   return _t7 + _t8 if ((_t7 := (_t1 * _t2 if ((_t1 := L_get(v_self, 'x')) is not None or True) and (_t2 := L_get(v_self, 'x')).__class__ is float and (_t1.__class__ is float) else (_t3 if -1073741823 <= (_t3 := (_t1 * _t2)) and _t3 <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)) if _t1.__class__ is int and _t2.__class__ is int else L_mul(_t1, _t2))) is not None or True) and (_t8 := (_t4 * _t5 if ((_t4 := L_get(v_self, 'y')) is not None or True) and (_t5 := L_get(v_self, 'y')).__class__ is float and (_t4.__class__ is float) else (_t6 if -1073741823 <= (_t6 := (_t4 * _t5)) and _t6 <= 1073741823 else _t6 if -9223372036854775808 <= _t6 <= 9223372036854775807 else L_wrap(_t6)) if _t4.__class__ is int and _t5.__class__ is int else L_mul(_t4, _t5))).__class__ is float and (_t7.__class__ is float) else (_t9 if -1073741823 <= (_t9 := (_t7 + _t8)) and _t9 <= 1073741823 else _t9 if -9223372036854775808 <= _t9 <= 9223372036854775807 else L_wrap(_t9)) if _t7.__class__ is int and _t8.__class__ is int else L_add(_t7, _t8)
  L_setindex(Point, 'len2', L_fn_len2_2)
  p = L_first(L_cf(Point['new'])(3, 4))
  L_cf(_ENV['print'])(L_first(L_cf(L_get(p, 'len2'))(p)), L_get(p, 'x'), ((_t1 := L_first(L_cf(_ENV['getmetatable'])(p))) is not None or True) and L_eq(_t1, Point))
  return ()
 return main

def L_genmaker_0():
 Point = _ENV = None

 def L_fn_new_1__gen(x=None, y=None, *_):
  return L_ret((yield (L_mktable_kv({'x': x, 'y': y}), Point))) if (_f1 := (L_g_setmetatable[1] if L_g_setmetatable[0] is _ENV else _ENV['setmetatable'])) is L_co_yield else (_p3 if (_p3 := L_co_resume_in(L_mktable_kv({'x': x, 'y': y}), Point)).__class__ is tuple else (yield from _p3.rest())) if _f1 is L_co_resume else (yield from _g2(L_mktable_kv({'x': x, 'y': y}), Point)) if (_g2 := getattr(_f1, 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1(L_mktable_kv({'x': x, 'y': y}), Point)
  (Point, _ENV)
  yield
 return L_fn_new_1__gen.__code__

def L_genmaker_1():

 def L_fn_len2_2__gen(v_self=None, *_):
  return _t7 + _t8 if ((_t7 := (_t1 * _t2 if ((_t1 := (v_self['x'] if v_self.__class__ is L_Table and v_self.meta is None else (yield from L_index_gen(v_self, 'x')))) is not None or True) and (_t2 := (v_self['x'] if v_self.__class__ is L_Table and v_self.meta is None else (yield from L_index_gen(v_self, 'x')))).__class__ is float and (_t1.__class__ is float) else (_t3 if -1073741823 <= (_t3 := (_t1 * _t2)) and _t3 <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)) if _t1.__class__ is int and _t2.__class__ is int else L_mul(_t1, _t2) if _t1.__class__ is not L_Table and _t2.__class__ is not L_Table else (yield from L_arith_gen(L_mul, '__mul', _t1, _t2)))) is not None or True) and (_t8 := (_t4 * _t5 if ((_t4 := (v_self['y'] if v_self.__class__ is L_Table and v_self.meta is None else (yield from L_index_gen(v_self, 'y')))) is not None or True) and (_t5 := (v_self['y'] if v_self.__class__ is L_Table and v_self.meta is None else (yield from L_index_gen(v_self, 'y')))).__class__ is float and (_t4.__class__ is float) else (_t6 if -1073741823 <= (_t6 := (_t4 * _t5)) and _t6 <= 1073741823 else _t6 if -9223372036854775808 <= _t6 <= 9223372036854775807 else L_wrap(_t6)) if _t4.__class__ is int and _t5.__class__ is int else L_mul(_t4, _t5) if _t4.__class__ is not L_Table and _t5.__class__ is not L_Table else (yield from L_arith_gen(L_mul, '__mul', _t4, _t5)))).__class__ is float and (_t7.__class__ is float) else (_t9 if -1073741823 <= (_t9 := (_t7 + _t8)) and _t9 <= 1073741823 else _t9 if -9223372036854775808 <= _t9 <= 9223372036854775807 else L_wrap(_t9)) if _t7.__class__ is int and _t8.__class__ is int else L_add(_t7, _t8) if _t7.__class__ is not L_Table and _t8.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', _t7, _t8))
  yield
 return L_fn_len2_2__gen.__code__

L_register(__file__, 'tables.lua', L_unpack('c$|fgJqyAx5Qd|h)Q`zM+r`!Y;3`h8lIpbvu1RTAZU4PVi6jug<%N5AkGn_g7-M4LVpzE#bC<-yf>?f0rH~#RMo6a#vYjrVt&jF4X+RFQ)A^cLo1|KkDLrdDrETDwSiP7T&)@8mdXKh2E3GUEVJN(Wm5R7qqQjr($8csH&-6%D?mYc;E+W$S&h6U7!u|L(u1Khl0jCyqYViS5_E$L'), 'c$_oT(J=raBOOC55Qq#w@({`pOzRq&0R@a9+F%f*7Rm+yXG;#x', 'c$`&`Q4)kO2tzN#M}ek=`(JDW)$TYt<1?n1kYeIXREC&I5R}SP@lv$!mXNY2ZBdu`cUxT?(Wt|}rl4g#E(dk`hNwBu(nfjErzb;w1w^Afbd9*|!Qqf3POK|q<mDY+7Ci+#Dun11<NVV=mwnSYTcA9n!d1{Jji_g1(vUTkh?BJoO>}<srvQ;woL0_tyy*OqHDcI74zTF|bxF@oSZsS<-2zv~+Hd)VDKic(i0{VW^4^0n_dS?lSI_jTt8F~HssvmMXFf06YpUuGAK7J-')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikDCGhYKJjUJ@p-A`@rIc~KrUE9gBc{t0wm&H{lef3H;6bZkO;`n%qu~#+#u$G6y_#o=4FB;G#K%iWB>rIHx=*'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikDCGhYKJjUJ@p-A`@rIc~KrUE9gAF9h2qY>Xq+2E*kb)2lC<-beB!&X8`P?w`b5iq+;*B!JKr)PQ{VYJDI5j7&6vQiw2Ql3;`9VhTqnZO!n46fHm&pp#i*P^*gmeQd2N4cvE-ZqOxE16=NZbmtAtZJMASVUnXXce4Sh!6pfRN}43;;EDHJk'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikDCGhYKJjUJ@p-A`@rIc~KrUD!lMhBf)N#Yq<)r2r#T#Xc!4>ku2#7)!Ad#DxnU~25S0M-@n1O@=06oSKi2'))
L_register_gens(__file__, {('L_fn_new_1', 18): L_genmaker_0, ('L_fn_len2_2', 22): L_genmaker_1})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

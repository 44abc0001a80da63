from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  t = L_Table({1: 1, 2: 2, 3: 3})
  r = L_Table({'x': 1, 'y': 2})
  m = L_mktable_mixed((L_POS, 10, L_POS, 20, 'key', 'v'))
  _t4 = _t2 + 1 if (_t2 := ((_n1 if (_n1 := len(t)) == t.seq else t.length()) if t.__class__ is L_Table and t.meta is None else L_len(t))).__class__ is float else (_t3 if (_t3 := (_t2 + 1)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)) if _t2.__class__ is int else L_add(_t2, 1)
  if (_t4.__class__ is int or (_t4.__class__ is str and _t4 not in L_WATCH_KEYS)) and (t.meta is None or _t4 in t or '__newindex' not in t.meta):
   t[_t4] = 4
   if len(t) == _t4 == t.seq + 1 <= t.cap:
    t.seq = _t4
  else:
   L_setindex(t, _t4, 4)
  _v8 = _t5 + _t6 if ((_t5 := r['x']) is not None or True) and (_t6 := r['y']).__class__ is float and (_t5.__class__ is float) else (_t7 if -1073741823 <= (_t7 := (_t5 + _t6)) and _t7 <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7)) if _t5.__class__ is int and _t6.__class__ is int else L_add(_t5, _t6)
  if (r.meta is None or 'z' in r or '__newindex' not in r.meta) and _v8 is not None:
   r['z'] = _v8
  else:
   L_setindex(r, 'z', _v8)
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c9) if (_c9 := _ENV['print']) is not L_CM and L_CM[0] else _c9)((_n10 if (_n10 := len(t)) == t.seq else t.length()) if t.__class__ is L_Table and t.meta is None else L_len(t), t[4], r['z'], m[2], m['key'])
  k = 'y'
  if k not in L_WATCH_KEYS and (r.meta is None or k in r or '__newindex' not in r.meta):
   L_tdelete(r, k)
  else:
   L_setindex(r, k, None)
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c11) if (_c11 := _ENV['print']) is not L_CM and L_CM[0] else _c11)(r['y'], r[k], t[1.0], t[True] if True .__class__ is not bool else L_index(t, True))
  Point = L_Table()
  if Point.meta is None or '__index' in Point or '__newindex' not in Point.meta:
   Point['__index'] = Point
  else:
   L_setindex(Point, '__index', Point)

  def L_fn_new_1(x=None, y=None, *_):
   return (L_g_setmetatable[1] if L_g_setmetatable[0] is _ENV else L_callee(_c1) if (_c1 := _ENV['setmetatable']) is not L_CM and L_CM[0] else _c1)(L_mktable_kv({'x': x, 'y': y}), Point)
  L_put(Point, 'new', L_fn_new_1)

  def L_fn_len2_2(v_self=None, *_):
   return _t7 + _t8 if ((_t7 := (_t1 * _t2 if ((_t1 := L_get(v_self, 'x')) is not None or True) and (_t2 := L_get(v_self, 'x')).__class__ is float and (_t1.__class__ is float) else (_t3 if -1073741823 <= (_t3 := (_t1 * _t2)) and _t3 <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)) if _t1.__class__ is int and _t2.__class__ is int else L_mul(_t1, _t2))) is not None or True) and (_t8 := (_t4 * _t5 if ((_t4 := L_get(v_self, 'y')) is not None or True) and (_t5 := L_get(v_self, 'y')).__class__ is float and (_t4.__class__ is float) else (_t6 if -1073741823 <= (_t6 := (_t4 * _t5)) and _t6 <= 1073741823 else _t6 if -9223372036854775808 <= _t6 <= 9223372036854775807 else L_wrap(_t6)) if _t4.__class__ is int and _t5.__class__ is int else L_mul(_t4, _t5))).__class__ is float and (_t7.__class__ is float) else (_t9 if -1073741823 <= (_t9 := (_t7 + _t8)) and _t9 <= 1073741823 else _t9 if -9223372036854775808 <= _t9 <= 9223372036854775807 else L_wrap(_t9)) if _t7.__class__ is int and _t8.__class__ is int else L_add(_t7, _t8)
  L_put(Point, 'len2', L_fn_len2_2)
  p = _r13 if (_r13 := (L_callee(_c12) if (_c12 := Point['new']) is not L_CM and L_CM[0] else _c12)(3, 4)).__class__ is not tuple else _r13[0] if _r13 else None
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c14) if (_c14 := _ENV['print']) is not L_CM and L_CM[0] else _c14)(_r16 if (_r16 := (_m15 if (_m15 := L_mcall(p, 'len2')) is not L_UNDEC else L_getc(p, 'len2'))(p)).__class__ is not tuple else _r16[0] if _r16 else None, L_get(p, 'x'), ((_t19 := (_r18 if (_r18 := (L_g_getmetatable[1] if L_g_getmetatable[0] is _ENV else L_callee(_c17) if (_c17 := _ENV['getmetatable']) is not L_CM and L_CM[0] else _c17)(p)).__class__ is not tuple else _r18[0] if _r18 else None)) is not None or True) and (_t19.__class__ is not float or _t19 == Point if _t19 is Point else _t19 is not None and Point is not None and (_t19 == Point if (_k20 := _t19.__class__) is Point.__class__ and (_k20 is str or _k20 is int) else L_eq(_t19, Point))))
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

L_register(__file__, 'tables.lua', L_unpack('c$|fgJqyAx5Qd|h)Q`zM+r`!Y;3`h8lIpbvu1RTAZU4PVi6jug<%N5AkGn_g7-M4LVpzE#bC<-yf>?f0rH~#RMo6a#vYjrVt&jF4X+RFQ)A^cLo1|KkDLrdDrETDwSiP7T&)@8mdXKh2E3GUEVJN(Wm5R7qqQjr($8csH&-6%D?mYc;E+W$S&h6U7!u|L(u1Khl0jCyqYViS5_E$L'), 'c$_oT(J=raBOOC9G=M@NGDI*SGN??LJcNP>>l&H?1&kpI;6@q3c>qga6VC', 'c${TWOAZAg2)hsq0r}nkVz1!n=4Fyetu3|`u_PriIVlNKf2vAsB($4T{1^wZglJJLV#U=WfxfNQGP$y)M<!Rs36Xy~HHub(4u^YDwFkmBE6=SNOs#=x<-?lNxe9QbKiXD3968aM&p5?6?h5Uc;UfO>X;EOr;DRCg2KB-k4Ay>N&ul!tzR2M8gKb3=ol1&rT!;)?1{!PwbC!-xoQ8N__Q4YS@sjp<^SI63HtjsnvC$Zq>d%-vp0QB;@>TkHo^rFOPT<lrzXKM8smwndNM@4')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikDCGhYKJjUJ@p-A`@rId7KrUE9gBc{t0wm&H{lef3H;6bZkO;`n%qu~#+#u$G6y_#o=4FB;G#K%iWB>rO_Z9#'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikDCGhYKJjUJ@p-A`@rId7KrUE9gAF9h2qY>Xq+2E*kb)2lC<-beB!&X8`P?w`b5iq+;*B!ZKr)PQ{VYJDI5j7&6vQiw2Ql3;`9VhTqnZO!n46fHm&pp#i*P^*gmeQd2N4cvE-ZqOxE16=NZbmtAtZJMASVUnXXce4Sh!6pfRN}43;<rHHM{'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikDCGhYKJjUJ@p-A`@rId7KrUD!lMhBf)N#Yq<)r2r#T#X+!4>ku2#7)!Ad#DxnU~25S0M-@n1O@=07n)OsQ'))
L_register_gens(__file__, {('L_fn_new_1', 34): L_genmaker_0, ('L_fn_len2_2', 38): L_genmaker_1})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

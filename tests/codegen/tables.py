from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  t = L_Table({1: 1, 2: 2, 3: 3})
  r = L_Table({'x': 1, 'y': 2})
  m = L_mktable_mixed((L_POS, 10, L_POS, 20, 'key', 'v'))
  _t4 = _t2 + 1 if ((_t2 := ((_n1 if (_n1 := len(t)) in t and _n1 + 1 not in t else t.length()) if t.__class__ is L_Table and t.meta is None else L_len(t))) is not None or True) and _t2.__class__ is float else (_t3 if -1073741823 <= (_t3 := (_t2 + 1)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)) if _t2.__class__ is int else L_add(_t2, 1)
  if (_t4.__class__ is int or (_t4.__class__ is str and _t4 not in L_WATCH_KEYS)) and (t.meta is None or _t4 in t or '__newindex' not in t.meta):
   t[_t4] = 4
  else:
   L_setindex(t, _t4, 4)
  _v8 = _t5 + _t6 if ((_t5 := r['x']) is not None or True) and ((_t6 := r['y']) is not None or True) and (_t5.__class__ is float) and (_t6.__class__ is float) else (_t7 if -1073741823 <= (_t7 := (_t5 + _t6)) <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7)) if _t5.__class__ is int and _t6.__class__ is int else L_add(_t5, _t6)
  if (r.meta is None or 'z' in r or '__newindex' not in r.meta) and _v8 is not None:
   r['z'] = _v8
  else:
   L_setindex(r, 'z', _v8)
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])((_n9 if (_n9 := len(t)) in t and _n9 + 1 not in t else t.length()) if t.__class__ is L_Table and t.meta is None else L_len(t), t[4], r['z'], m[2], m['key'])
  k = 'y'
  if k not in L_WATCH_KEYS and (r.meta is None or k in r or '__newindex' not in r.meta) and False:
   r[k] = None
  else:
   L_setindex(r, k, None)
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(r['y'], r[k], t[1.0], t[True] if True .__class__ is not bool else L_index(t, True))
  Point = L_Table()
  if Point.meta is None or '__index' in Point or '__newindex' not in Point.meta:
   Point['__index'] = Point
  else:
   L_setindex(Point, '__index', Point)

  def L_fn_new_1(x=None, y=None, *_):
   return (L_g_setmetatable[1] if L_g_setmetatable[0] is _ENV else _ENV['setmetatable'])(L_mktable_kv({'x': x, 'y': y}), Point)
  if Point.__class__ is L_Table and (Point.meta is None or 'new' in Point or '__newindex' not in Point.meta):
   Point['new'] = L_fn_new_1
  else:
   L_setindex(Point, 'new', L_fn_new_1)

  def L_fn_len2_2(v_self=None, *_):
   return _t7 + _t8 if ((_t7 := (_t1 * _t2 if ((_t1 := (v_self['x'] if v_self.__class__ is L_Table else L_index(v_self, 'x'))) is not None or True) and ((_t2 := (v_self['x'] if v_self.__class__ is L_Table else L_index(v_self, 'x'))) is not None or True) and (_t1.__class__ is float) and (_t2.__class__ is float) else (_t3 if -1073741823 <= (_t3 := (_t1 * _t2)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)) if _t1.__class__ is int and _t2.__class__ is int else L_mul(_t1, _t2))) is not None or True) and ((_t8 := (_t4 * _t5 if ((_t4 := (v_self['y'] if v_self.__class__ is L_Table else L_index(v_self, 'y'))) is not None or True) and ((_t5 := (v_self['y'] if v_self.__class__ is L_Table else L_index(v_self, 'y'))) is not None or True) and (_t4.__class__ is float) and (_t5.__class__ is float) else (_t6 if -1073741823 <= (_t6 := (_t4 * _t5)) <= 1073741823 else _t6 if -9223372036854775808 <= _t6 <= 9223372036854775807 else L_wrap(_t6)) if _t4.__class__ is int and _t5.__class__ is int else L_mul(_t4, _t5))) is not None or True) and (_t7.__class__ is float) and (_t8.__class__ is float) else (_t9 if -1073741823 <= (_t9 := (_t7 + _t8)) <= 1073741823 else _t9 if -9223372036854775808 <= _t9 <= 9223372036854775807 else L_wrap(_t9)) if _t7.__class__ is int and _t8.__class__ is int else L_add(_t7, _t8)
  if Point.__class__ is L_Table and (Point.meta is None or 'len2' in Point or '__newindex' not in Point.meta):
   Point['len2'] = L_fn_len2_2
  else:
   L_setindex(Point, 'len2', L_fn_len2_2)
  p = _r10 if (_r10 := Point['new'](3, 4)).__class__ is not tuple else _r10[0] if _r10 else None
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(_r12 if (_r12 := (_m11 if (_m11 := L_method(p, 'len2')) is not L_UNDEC else p['len2'] if p.__class__ is L_Table else L_index(p, 'len2'))(p)).__class__ is not tuple else _r12[0] if _r12 else None, p['x'] if p.__class__ is L_Table else L_index(p, 'x'), ((_t14 := (_r13 if (_r13 := (L_g_getmetatable[1] if L_g_getmetatable[0] is _ENV else _ENV['getmetatable'])(p)).__class__ is not tuple else _r13[0] if _r13 else None)) is not None or True) and (_t14.__class__ is not float or _t14 == Point if _t14 is Point else _t14 is not None and Point is not None and (_t14 == Point if (_k15 := _t14.__class__) is Point.__class__ and (_k15 is str or _k15 is int) else L_eq(_t14, Point))))
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
  return _t7 + _t8 if ((_t7 := (_t1 * _t2 if ((_t1 := (v_self['x'] if v_self.__class__ is L_Table and v_self.meta is None else (yield from L_index_gen(v_self, 'x')))) is not None or True) and ((_t2 := (v_self['x'] if v_self.__class__ is L_Table and v_self.meta is None else (yield from L_index_gen(v_self, 'x')))) is not None or True) and (_t1.__class__ is float) and (_t2.__class__ is float) else (_t3 if -1073741823 <= (_t3 := (_t1 * _t2)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)) if _t1.__class__ is int and _t2.__class__ is int else L_mul(_t1, _t2) if _t1.__class__ is not L_Table and _t2.__class__ is not L_Table else (yield from L_arith_gen(L_mul, '__mul', _t1, _t2)))) is not None or True) and ((_t8 := (_t4 * _t5 if ((_t4 := (v_self['y'] if v_self.__class__ is L_Table and v_self.meta is None else (yield from L_index_gen(v_self, 'y')))) is not None or True) and ((_t5 := (v_self['y'] if v_self.__class__ is L_Table and v_self.meta is None else (yield from L_index_gen(v_self, 'y')))) is not None or True) and (_t4.__class__ is float) and (_t5.__class__ is float) else (_t6 if -1073741823 <= (_t6 := (_t4 * _t5)) <= 1073741823 else _t6 if -9223372036854775808 <= _t6 <= 9223372036854775807 else L_wrap(_t6)) if _t4.__class__ is int and _t5.__class__ is int else L_mul(_t4, _t5) if _t4.__class__ is not L_Table and _t5.__class__ is not L_Table else (yield from L_arith_gen(L_mul, '__mul', _t4, _t5)))) is not None or True) and (_t7.__class__ is float) and (_t8.__class__ is float) else (_t9 if -1073741823 <= (_t9 := (_t7 + _t8)) <= 1073741823 else _t9 if -9223372036854775808 <= _t9 <= 9223372036854775807 else L_wrap(_t9)) if _t7.__class__ is int and _t8.__class__ is int else L_add(_t7, _t8) if _t7.__class__ is not L_Table and _t8.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', _t7, _t8))
  yield
 return L_fn_len2_2__gen.__code__

L_register(__file__, 'tables.lua', (("local 't'",), ("field 'x'", "field 'y'"), ("local 'r'",), ("upvalue '_ENV'",), ("local 'm'",), ("global 'print'",), ("local 'Point'",), ("global 'setmetatable'", '(tail call)'), ("field 'x'", "field 'x'"), ("local 'self'",), ("field 'y'", "field 'y'"), ("field 'new'",), ("local 'p'",), ("method 'len2'",), ("global 'getmetatable'",)), 'c-k}6(J=raBOOC9G=OlC7!XlZCR84S4N;(LXa*EDh6uqRPzJ^Z0L1<j-v', 'c-mc2QLY3b2)j@}D4^i|FZMuP_hmE5q+koJF3=|ugu|dje>MUf(9^T}u?nSQLf`|mIubBqOGnf6(&+r9=>+HH*+4Y2+HAF82DIpVnaz9Z-7AvRT6uW1Y+$v@zLfAUrKFp~lgP3LvO}<(>UJ2WKMpGgwXNS!&9&aWe9vlZwvg<y@S4YS^Yp+{u5xHQlhw2jwA!H?4$%YKO7>M8%Qad3rj7CXn)CI?;!7S0&jWM8V#Az#!VG;viu~Io{H`kJes4<p)!0*S(XUz8z&{BsX4w')
L_register_upvalues(__file__, {('L_fn_new_1', 32): (('_ENV', '_ENV', False), ('Point', 'Point', False)), ('main', 5): (('_ENV', '_ENV', False),)})
L_register_locals(__file__, {('L_fn_new_1', 32): (('x', 'x', False, 14, 14, 0), ('y', 'y', False, 14, 14, 0)), ('L_fn_len2_2', 39): (('self', 'v_self', False, 15, 15, 0),), ('main', 5): (('t', 't', False, 0, 1073741824, 0), ('r', 'r', False, 0, 1073741824, 0), ('m', 'm', False, 0, 1073741824, 0), ('k', 'k', False, 0, 1073741824, 0), ('Point', 'Point', False, 0, 1073741824, 0), ('p', 'p', False, 0, 1073741824, 0))})
L_register_gens(__file__, {('L_fn_new_1', 32): L_genmaker_0, ('L_fn_len2_2', 39): L_genmaker_1})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

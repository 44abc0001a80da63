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

        def L_fn_new_10(x=None, y=None, *_):
            return (L_g_setmetatable[1] if L_g_setmetatable[0] is _ENV else _ENV['setmetatable'])(L_mktable_kv({'x': x, 'y': y}), Point)
        if Point.__class__ is L_Table and (Point.meta is None or 'new' in Point or '__newindex' not in Point.meta):
            Point['new'] = L_fn_new_10
        else:
            L_setindex(Point, 'new', L_fn_new_10)

        def L_fn_len2_11(v_self=None, *_):
            return _t7 + _t8 if ((_t7 := (_t1 * _t2 if ((_t1 := (v_self['x'] if v_self.__class__ is L_Table else L_index(v_self, 'x'))) is not None or True) and ((_t2 := (v_self['x'] if v_self.__class__ is L_Table else L_index(v_self, 'x'))) is not None or True) and (_t1.__class__ is float) and (_t2.__class__ is float) else (_t3 if -1073741823 <= (_t3 := (_t1 * _t2)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)) if _t1.__class__ is int and _t2.__class__ is int else L_mul(_t1, _t2))) is not None or True) and ((_t8 := (_t4 * _t5 if ((_t4 := (v_self['y'] if v_self.__class__ is L_Table else L_index(v_self, 'y'))) is not None or True) and ((_t5 := (v_self['y'] if v_self.__class__ is L_Table else L_index(v_self, 'y'))) is not None or True) and (_t4.__class__ is float) and (_t5.__class__ is float) else (_t6 if -1073741823 <= (_t6 := (_t4 * _t5)) <= 1073741823 else _t6 if -9223372036854775808 <= _t6 <= 9223372036854775807 else L_wrap(_t6)) if _t4.__class__ is int and _t5.__class__ is int else L_mul(_t4, _t5))) is not None or True) and (_t7.__class__ is float) and (_t8.__class__ is float) else (_t9 if -1073741823 <= (_t9 := (_t7 + _t8)) <= 1073741823 else _t9 if -9223372036854775808 <= _t9 <= 9223372036854775807 else L_wrap(_t9)) if _t7.__class__ is int and _t8.__class__ is int else L_add(_t7, _t8)
        if Point.__class__ is L_Table and (Point.meta is None or 'len2' in Point or '__newindex' not in Point.meta):
            Point['len2'] = L_fn_len2_11
        else:
            L_setindex(Point, 'len2', L_fn_len2_11)
        p = _r12 if (_r12 := Point['new'](3, 4)).__class__ is not tuple else _r12[0] if _r12 else None
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(_r16 if (_r16 := ((_m13 if (_m13 := p.get('len2')) is not None else _m13 if (_mt14 := p.meta) is not None and (_ix15 := _mt14.get('__index')).__class__ is L_Table and ((_m13 := _ix15.get('len2')) is not None or ((_mt14 := _ix15.meta) is not None and (_ix15 := _mt14.get('__index')).__class__ is L_Table and ((_m13 := _ix15.get('len2')) is not None))) else p['len2']) if p.__class__ is L_Table else L_index(p, 'len2'))(p)).__class__ is not tuple else _r16[0] if _r16 else None, p['x'] if p.__class__ is L_Table else L_index(p, 'x'), L_eq(_r17 if (_r17 := (L_g_getmetatable[1] if L_g_getmetatable[0] is _ENV else _ENV['getmetatable'])(p)).__class__ is not tuple else _r17[0] if _r17 else None, Point))
        return ()
    return main

def L_genmaker_0():
    Point = _ENV = None

    def L_fn_new_10__gen(x=None, y=None, *_):
        return L_ret((yield (L_mktable_kv({'x': x, 'y': y}), Point))) if (_f1 := (L_g_setmetatable[1] if L_g_setmetatable[0] is _ENV else _ENV['setmetatable'])) is L_co_yield else (_p3 if (_p3 := L_co_resume_in(L_mktable_kv({'x': x, 'y': y}), Point)).__class__ is tuple else (yield from _p3.rest())) if _f1 is L_co_resume else (yield from _g2(L_mktable_kv({'x': x, 'y': y}), Point)) if (_g2 := getattr(_f1, 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1(L_mktable_kv({'x': x, 'y': y}), Point)
        (Point, _ENV)
        yield
    return L_fn_new_10__gen.__code__

def L_genmaker_1():

    def L_fn_len2_11__gen(v_self=None, *_):
        return _t7 + _t8 if ((_t7 := (_t1 * _t2 if ((_t1 := (v_self['x'] if v_self.__class__ is L_Table and v_self.meta is None else (yield from L_index_gen(v_self, 'x')))) is not None or True) and ((_t2 := (v_self['x'] if v_self.__class__ is L_Table and v_self.meta is None else (yield from L_index_gen(v_self, 'x')))) is not None or True) and (_t1.__class__ is float) and (_t2.__class__ is float) else (_t3 if -1073741823 <= (_t3 := (_t1 * _t2)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)) if _t1.__class__ is int and _t2.__class__ is int else L_mul(_t1, _t2) if _t1.__class__ is not L_Table and _t2.__class__ is not L_Table else (yield from L_arith_gen(L_mul, '__mul', _t1, _t2)))) is not None or True) and ((_t8 := (_t4 * _t5 if ((_t4 := (v_self['y'] if v_self.__class__ is L_Table and v_self.meta is None else (yield from L_index_gen(v_self, 'y')))) is not None or True) and ((_t5 := (v_self['y'] if v_self.__class__ is L_Table and v_self.meta is None else (yield from L_index_gen(v_self, 'y')))) is not None or True) and (_t4.__class__ is float) and (_t5.__class__ is float) else (_t6 if -1073741823 <= (_t6 := (_t4 * _t5)) <= 1073741823 else _t6 if -9223372036854775808 <= _t6 <= 9223372036854775807 else L_wrap(_t6)) if _t4.__class__ is int and _t5.__class__ is int else L_mul(_t4, _t5) if _t4.__class__ is not L_Table and _t5.__class__ is not L_Table else (yield from L_arith_gen(L_mul, '__mul', _t4, _t5)))) is not None or True) and (_t7.__class__ is float) and (_t8.__class__ is float) else (_t9 if -1073741823 <= (_t9 := (_t7 + _t8)) <= 1073741823 else _t9 if -9223372036854775808 <= _t9 <= 9223372036854775807 else L_wrap(_t9)) if _t7.__class__ is int and _t8.__class__ is int else L_add(_t7, _t8) if _t7.__class__ is not L_Table and _t8.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', _t7, _t8))
        yield
    return L_fn_len2_11__gen.__code__

def L_genmaker_2():
    _ENV = None

    def main__gen(*varargs):
        t = L_Table({1: 1, 2: 2, 3: 3})
        r = L_Table({'x': 1, 'y': 2})
        m = L_mktable_mixed((L_POS, 10, L_POS, 20, 'key', 'v'))
        _t3 = _t1 + 1 if ((_t1 := (yield from L_len_gen(L_len, t))) is not None or True) and _t1.__class__ is float else (_t2 if -1073741823 <= (_t2 := (_t1 + 1)) <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2)) if _t1.__class__ is int else L_add(_t1, 1) if _t1.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', _t1, 1))
        if (_t3.__class__ is int or (_t3.__class__ is str and _t3 not in L_WATCH_KEYS)) and (t.meta is None or _t3 in t or '__newindex' not in t.meta):
            t[_t3] = 4
        else:
            yield from L_setindex_gen(t, _t3, 4)
        _v7 = _t4 + _t5 if ((_t4 := (r['x'] if r.__class__ is L_Table and r.meta is None else (yield from L_index_gen(r, 'x')))) is not None or True) and ((_t5 := (r['y'] if r.__class__ is L_Table and r.meta is None else (yield from L_index_gen(r, 'y')))) is not None or True) and (_t4.__class__ is float) and (_t5.__class__ is float) else (_t6 if -1073741823 <= (_t6 := (_t4 + _t5)) <= 1073741823 else _t6 if -9223372036854775808 <= _t6 <= 9223372036854775807 else L_wrap(_t6)) if _t4.__class__ is int and _t5.__class__ is int else L_add(_t4, _t5) if _t4.__class__ is not L_Table and _t5.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', _t4, _t5))
        if (r.meta is None or 'z' in r or '__newindex' not in r.meta) and _v7 is not None:
            r['z'] = _v7
        else:
            yield from L_setindex_gen(r, 'z', _v7)
        (yield (_t10, _t11, _t12, _t13, _t14)) if ((_f8 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_t10 := (yield from L_len_gen(L_len, t))) is not None or True) and ((_t11 := (t[4] if t.__class__ is L_Table and t.meta is None else (yield from L_index_gen(t, 4)))) is not None or True) and ((_t12 := (r['z'] if r.__class__ is L_Table and r.meta is None else (yield from L_index_gen(r, 'z')))) is not None or True) and ((_t13 := (m[2] if m.__class__ is L_Table and m.meta is None else (yield from L_index_gen(m, 2)))) is not None or True) and ((_t14 := (m['key'] if m.__class__ is L_Table and m.meta is None else (yield from L_index_gen(m, 'key')))) is not None or True) and (_f8 is L_co_yield) else (_p15 if (_p15 := L_co_resume_in(_t10, _t11, _t12, _t13, _t14)).__class__ is tuple else (yield from _p15.rest())) if _f8 is L_co_resume else (yield from _g9(_t10, _t11, _t12, _t13, _t14)) if (_g9 := getattr(_f8, 'lua_gen', L_UNSET)) is not None and (_g9 is not L_UNSET or (_g9 := L_gen_of(_f8)) is not None) else _f8(_t10, _t11, _t12, _t13, _t14)
        k = 'y'
        if k not in L_WATCH_KEYS and (r.meta is None or k in r or '__newindex' not in r.meta) and False:
            r[k] = None
        else:
            yield from L_setindex_gen(r, k, None)
        (yield (_t18, _t19, _t20, _t21)) if ((_f16 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_t18 := (r['y'] if r.__class__ is L_Table and r.meta is None else (yield from L_index_gen(r, 'y')))) is not None or True) and ((_t19 := (r[k] if r.__class__ is L_Table and r.meta is None else (yield from L_index_gen(r, k)))) is not None or True) and ((_t20 := (t[1.0] if t.__class__ is L_Table and t.meta is None else (yield from L_index_gen(t, 1.0)))) is not None or True) and ((_t21 := (t[True] if t.__class__ is L_Table and t.meta is None and (True .__class__ is not bool) else (yield from L_index_gen(t, True)))) is not None or True) and (_f16 is L_co_yield) else (_p22 if (_p22 := L_co_resume_in(_t18, _t19, _t20, _t21)).__class__ is tuple else (yield from _p22.rest())) if _f16 is L_co_resume else (yield from _g17(_t18, _t19, _t20, _t21)) if (_g17 := getattr(_f16, 'lua_gen', L_UNSET)) is not None and (_g17 is not L_UNSET or (_g17 := L_gen_of(_f16)) is not None) else _f16(_t18, _t19, _t20, _t21)
        Point = L_Table()
        if Point.meta is None or '__index' in Point or '__newindex' not in Point.meta:
            Point['__index'] = Point
        else:
            yield from L_setindex_gen(Point, '__index', Point)

        def L_fn_new_10(x=None, y=None, *_):
            return (L_g_setmetatable[1] if L_g_setmetatable[0] is _ENV else _ENV['setmetatable'])(L_mktable_kv({'x': x, 'y': y}), Point)
        if Point.__class__ is L_Table and (Point.meta is None or 'new' in Point or '__newindex' not in Point.meta):
            Point['new'] = L_fn_new_10
        else:
            yield from L_setindex_gen(Point, 'new', L_fn_new_10)

        def L_fn_len2_11(v_self=None, *_):
            return _t7 + _t8 if ((_t7 := (_t1 * _t2 if ((_t1 := (v_self['x'] if v_self.__class__ is L_Table else L_index(v_self, 'x'))) is not None or True) and ((_t2 := (v_self['x'] if v_self.__class__ is L_Table else L_index(v_self, 'x'))) is not None or True) and (_t1.__class__ is float) and (_t2.__class__ is float) else (_t3 if -1073741823 <= (_t3 := (_t1 * _t2)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)) if _t1.__class__ is int and _t2.__class__ is int else L_mul(_t1, _t2))) is not None or True) and ((_t8 := (_t4 * _t5 if ((_t4 := (v_self['y'] if v_self.__class__ is L_Table else L_index(v_self, 'y'))) is not None or True) and ((_t5 := (v_self['y'] if v_self.__class__ is L_Table else L_index(v_self, 'y'))) is not None or True) and (_t4.__class__ is float) and (_t5.__class__ is float) else (_t6 if -1073741823 <= (_t6 := (_t4 * _t5)) <= 1073741823 else _t6 if -9223372036854775808 <= _t6 <= 9223372036854775807 else L_wrap(_t6)) if _t4.__class__ is int and _t5.__class__ is int else L_mul(_t4, _t5))) is not None or True) and (_t7.__class__ is float) and (_t8.__class__ is float) else (_t9 if -1073741823 <= (_t9 := (_t7 + _t8)) <= 1073741823 else _t9 if -9223372036854775808 <= _t9 <= 9223372036854775807 else L_wrap(_t9)) if _t7.__class__ is int and _t8.__class__ is int else L_add(_t7, _t8)
        if Point.__class__ is L_Table and (Point.meta is None or 'len2' in Point or '__newindex' not in Point.meta):
            Point['len2'] = L_fn_len2_11
        else:
            yield from L_setindex_gen(Point, 'len2', L_fn_len2_11)
        p = _r26 if (_r26 := (L_ret((yield (3, 4))) if (_f23 := (Point['new'] if Point.__class__ is L_Table and Point.meta is None else (yield from L_index_gen(Point, 'new')))) is L_co_yield else (_p25 if (_p25 := L_co_resume_in(3, 4)).__class__ is tuple else (yield from _p25.rest())) if _f23 is L_co_resume else (yield from _g24(3, 4)) if (_g24 := getattr(_f23, 'lua_gen', L_UNSET)) is not None and (_g24 is not L_UNSET or (_g24 := L_gen_of(_f23)) is not None) else _f23(3, 4))).__class__ is not tuple else _r26[0] if _r26 else None
        (yield (_t37, _t38, _t39)) if ((_f35 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_t37 := (_r30 if (_r30 := (L_ret((yield (p,))) if (_f27 := (p['len2'] if p.__class__ is L_Table and p.meta is None else (yield from L_index_gen(p, 'len2')))) is L_co_yield else (_p29 if (_p29 := L_co_resume_in(p)).__class__ is tuple else (yield from _p29.rest())) if _f27 is L_co_resume else (yield from _g28(p)) if (_g28 := getattr(_f27, 'lua_gen', L_UNSET)) is not None and (_g28 is not L_UNSET or (_g28 := L_gen_of(_f27)) is not None) else _f27(p))).__class__ is not tuple else _r30[0] if _r30 else None)) is not None or True) and ((_t38 := (p['x'] if p.__class__ is L_Table and p.meta is None else (yield from L_index_gen(p, 'x')))) is not None or True) and ((_t39 := (yield from L_eq_gen(L_eq, _r34 if (_r34 := (L_ret((yield (p,))) if (_f31 := (L_g_getmetatable[1] if L_g_getmetatable[0] is _ENV else _ENV['getmetatable'])) is L_co_yield else (_p33 if (_p33 := L_co_resume_in(p)).__class__ is tuple else (yield from _p33.rest())) if _f31 is L_co_resume else (yield from _g32(p)) if (_g32 := getattr(_f31, 'lua_gen', L_UNSET)) is not None and (_g32 is not L_UNSET or (_g32 := L_gen_of(_f31)) is not None) else _f31(p))).__class__ is not tuple else _r34[0] if _r34 else None, Point))) is not None or True) and (_f35 is L_co_yield) else (_p40 if (_p40 := L_co_resume_in(_t37, _t38, _t39)).__class__ is tuple else (yield from _p40.rest())) if _f35 is L_co_resume else (yield from _g36(_t37, _t38, _t39)) if (_g36 := getattr(_f35, 'lua_gen', L_UNSET)) is not None and (_g36 is not L_UNSET or (_g36 := L_gen_of(_f35)) is not None) else _f35(_t37, _t38, _t39)
        return ()
        (_ENV,)
        yield
    return main__gen.__code__

L_register(__file__, 'tables.lua', (("local 't'",), ("field 'x'", "field 'y'"), ("local 'r'",), ("upvalue '_ENV'",), ("local 'm'",), ("global 'print'",), ("local 'Point'",), ("global 'setmetatable'",), ("field 'x'", "field 'x'"), ("local 'self'",), ("field 'y'", "field 'y'"), ("field 'new'",), ("local 'p'",), ("method 'len2'",), ("global 'getmetatable'",)), {1: 1, 3: 1, 50: 14, 59: 15, 66: 1, 5: 1, 48: 1, 51: 14, 53: 14, 57: 14, 61: 15, 64: 15, 67: 1, 69: 1, 114: 1, 6: 3, 7: 4, 8: 5, 9: 6, 10: 6, 14: 7, 15: 7, 19: 8, 20: 9, 21: 10, 25: 11, 26: 12, 27: 13, 32: 14, 34: 14, 39: 15, 41: 15, 45: 16, 46: 17, 47: 17, 54: 14, 55: 14, 56: 14, 62: 15, 63: 15, 70: 3, 71: 4, 72: 5, 73: 6, 74: 6, 78: 7, 79: 7, 83: 8, 84: 9, 85: 10, 89: 11, 90: 12, 91: 13, 96: 14, 98: 14, 103: 15, 105: 15, 109: 16, 110: 17, 111: 17, 112: 1, 113: 1, 11: 6, 13: 6, 16: 7, 18: 7, 22: 10, 24: 10, 28: 13, 30: 13, 33: 14, 35: 14, 37: 14, 40: 15, 42: 15, 44: 15, 75: 6, 77: 6, 80: 7, 82: 7, 86: 10, 88: 10, 92: 13, 94: 13, 97: 14, 99: 14, 101: 14, 104: 15, 106: 15, 108: 15}, {(19, 8, 222): 6, (25, 8, 149): 6, (46, 8, 765): 6, (13, 12, 33): 1, (18, 12, 35): 3, (24, 12, 34): 3, (30, 12, 47): 7, (33, 19, 136): 8, (37, 12, 49): 7, (44, 12, 51): 7, (77, 12, 48): 1, (82, 12, 50): 3, (88, 12, 49): 3, (94, 12, 62): 7, (97, 19, 136): 8, (101, 12, 64): 7, (108, 12, 66): 7, (14, 363, 378): 2, (19, 51, 64): 4, (19, 183, 191): 1, (25, 51, 64): 4, (25, 132, 148): 1, (46, 51, 64): 4, (46, 581, 596): 13, (77, 23, 48): 1, (82, 23, 50): 3, (88, 23, 49): 3, (94, 23, 62): 7, (101, 23, 64): 7, (108, 23, 66): 7, (33, 76, 96): 4, (54, 328, 381): 8, (54, 508, 550): 8, (78, 533, 548): 2, (78, 620, 668): 2, (83, 887, 931): 6, (83, 1058, 1091): 6, (89, 845, 884): 6, (89, 1016, 1044): 6, (97, 76, 96): 4, (110, 1504, 1537): 6, (110, 1669, 1691): 6, (45, 29, 47): 12, (54, 138, 158): 4, (54, 339, 381): 8, (78, 631, 668): 2, (83, 898, 931): 6, (89, 856, 884): 6, (110, 1515, 1537): 6, (46, 83, 486): 14, (73, 35, 65): 1, (83, 154, 184): 1, (9, 152, 160): 1, (46, 620, 701): 15, (54, 196, 249): 8, (73, 46, 65): 1, (78, 95, 125): 3, (78, 222, 252): 3, (83, 102, 115): 4, (83, 165, 184): 1, (83, 279, 307): 1, (83, 405, 435): 3, (83, 531, 559): 5, (83, 659, 691): 5, (83, 763, 807): 6, (89, 97, 110): 4, (89, 207, 237): 3, (89, 333, 361): 3, (89, 459, 489): 1, (89, 622, 653): 1, (89, 726, 764): 6, (110, 91, 104): 4, (110, 737, 767): 13, (110, 1391, 1423): 6, (46, 464, 482): 13, (78, 106, 125): 3, (78, 233, 252): 3, (83, 290, 307): 1, (83, 416, 435): 3, (83, 542, 559): 5, (83, 670, 691): 5, (89, 218, 237): 3, (89, 344, 361): 3, (89, 470, 489): 1, (89, 633, 653): 1, (109, 315, 336): 12, (109, 468, 478): 12, (110, 748, 767): 13, (40, 519, 534): 9, (40, 1049, 1064): 11, (46, 677, 697): 4, (62, 597, 612): 9, (62, 684, 732): 9, (62, 1330, 1345): 11, (62, 1417, 1465): 11, (104, 519, 534): 9, (104, 1049, 1064): 11, (109, 137, 173): 7, (109, 326, 336): 12, (62, 695, 732): 9, (62, 1428, 1465): 11, (109, 148, 173): 7, (109, 214, 234): 12, (62, 134, 169): 10, (62, 281, 316): 10, (62, 867, 902): 10, (62, 1014, 1049): 10, (40, 113, 133): 10, (40, 219, 239): 10, (40, 643, 663): 10, (40, 749, 769): 10, (62, 145, 169): 10, (62, 292, 316): 10, (62, 878, 902): 10, (62, 1025, 1049): 10, (104, 113, 133): 10, (104, 219, 239): 10, (104, 643, 663): 10, (104, 749, 769): 10, (110, 427, 445): 14, (110, 577, 584): 14, (110, 255, 288): 13, (110, 438, 445): 14, (110, 266, 288): 13, (110, 1098, 1116): 15, (110, 1248, 1255): 15, (110, 329, 346): 14, (110, 940, 960): 4, (110, 1109, 1116): 15, (110, 1000, 1017): 15})
L_register_upvalues(__file__, {('L_fn_new_10', 32): (('_ENV', '_ENV', False), ('Point', 'Point', False)), ('L_fn_new_10', 96): (('_ENV', '_ENV', False), ('Point', 'Point', False)), ('main', 5): (('_ENV', '_ENV', False),)})
L_register_locals(__file__, {('L_fn_new_10', 32): (('x', 'x', False, 14, 14, 0), ('y', 'y', False, 14, 14, 0)), ('L_fn_new_10', 96): (('x', 'x', False, 14, 14, 0), ('y', 'y', False, 14, 14, 0)), ('L_fn_len2_11', 39): (('self', 'v_self', False, 15, 15, 0),), ('L_fn_len2_11', 103): (('self', 'v_self', False, 15, 15, 0),), ('main', 5): (('t', 't', False, 0, 1073741824, 0), ('r', 'r', False, 0, 1073741824, 0), ('m', 'm', False, 0, 1073741824, 0), ('k', 'k', False, 0, 1073741824, 0), ('Point', 'Point', False, 0, 1073741824, 0), ('p', 'p', False, 0, 1073741824, 0))})
L_register_gens(__file__, {('L_fn_new_10', 32): L_genmaker_0, ('L_fn_new_10', 96): L_genmaker_0, ('L_fn_len2_11', 39): L_genmaker_1, ('L_fn_len2_11', 103): L_genmaker_1, ('main', 5): L_genmaker_2})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

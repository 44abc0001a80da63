from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

    def main(*varargs):

        def producer(n):
            for i in range(1, n + 1) if n.__class__ is int else L_forrange(1, n, 1):
                (L_g_coroutine_yield[1] if L_g_coroutine_yield[0] is _ENV else _t1['yield'] if (_t1 := _ENV['coroutine']).__class__ is L_Table else L_index(_t1, 'yield'))(_t3 if -1073741823 <= (_t3 := (i * i)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3))
            return 'end'

        def L_fn_anon_2(*_):
            return producer(3)
        co = _r3 if (_r3 := (L_g_coroutine_wrap[1] if L_g_coroutine_wrap[0] is _ENV else _t1['wrap'] if (_t1 := _ENV['coroutine']).__class__ is L_Table else L_index(_t1, 'wrap'))(L_fn_anon_2)).__class__ is not tuple else _r3[0] if _r3 else None
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(_r4 if (_r4 := co()).__class__ is not tuple else _r4[0] if _r4 else None, _r5 if (_r5 := co()).__class__ is not tuple else _r5[0] if _r5 else None, _r6 if (_r6 := co()).__class__ is not tuple else _r6[0] if _r6 else None, *(_r7 if (_r7 := co()).__class__ is tuple else (_r7,)))

        def leaf(x):
            if x.__class__ is int:
                return _t3 if -1073741823 <= (_t3 := (x + 1)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)
            return x + 1 if x.__class__ is float else (_t1 if -1073741823 <= (_t1 := (x + 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if x.__class__ is int else L_add(x, 1)

        def L_fn_anon_10(a=None, *_):
            return leaf(a)
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(*(_r12 if (_r12 := (L_g_coroutine_resume[1] if L_g_coroutine_resume[0] is _ENV else _t8['resume'] if (_t8 := _ENV['coroutine']).__class__ is L_Table else L_index(_t8, 'resume'))(_r11 if (_r11 := (L_g_coroutine_create[1] if L_g_coroutine_create[0] is _ENV else _t9['create'] if (_t9 := _ENV['coroutine']).__class__ is L_Table else L_index(_t9, 'create'))(L_fn_anon_10)).__class__ is not tuple else _r11[0] if _r11 else None, 41)).__class__ is tuple else (_r12,)))
        return ()
    return main

def L_genmaker_0():
    _ENV = None

    def producer__gen(n):
        for i in range(1, n + 1) if n.__class__ is int else L_forrange(1, n, 1):
            (yield (_t3 if -1073741823 <= (_t3 := (i * i)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3),)) if (_f4 := (L_g_coroutine_yield[1] if L_g_coroutine_yield[0] is _ENV else _t1['yield'] if (_t1 := _ENV['coroutine']).__class__ is L_Table and _t1.meta is None else (yield from L_index_gen(_t1, 'yield')))) is L_co_yield else (_p6 if (_p6 := L_co_resume_in(_t3 if -1073741823 <= (_t3 := (i * i)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3))).__class__ is tuple else (yield from _p6.rest())) if _f4 is L_co_resume else (yield from _g5(_t3 if -1073741823 <= (_t3 := (i * i)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3))) if (_g5 := getattr(_f4, 'lua_gen', L_UNSET)) is not None and (_g5 is not L_UNSET or (_g5 := L_gen_of(_f4)) is not None) else _f4(_t3 if -1073741823 <= (_t3 := (i * i)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3))
        return 'end'
        (_ENV,)
        yield
    return producer__gen.__code__

def L_genmaker_1():
    producer = None

    def L_fn_anon_2__gen(*_):
        return (yield from _g2(3)) if (_g2 := getattr((_f1 := producer), 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1(3)
        (producer,)
        yield
    return L_fn_anon_2__gen.__code__

def L_genmaker_2():

    def leaf__gen(x):
        return x + 1 if x.__class__ is float else (_t1 if -1073741823 <= (_t1 := (x + 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if x.__class__ is int else L_add(x, 1) if x.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', x, 1))
        yield
    return leaf__gen.__code__

def L_genmaker_3():
    leaf = None

    def L_fn_anon_10__gen(a=None, *_):
        return (yield from _g2(a)) if (_g2 := getattr((_f1 := leaf), 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1(a)
        (leaf,)
        yield
    return L_fn_anon_10__gen.__code__

def L_genmaker_4():
    _ENV = None

    def main__gen(*varargs):

        def producer(n):
            for i in range(1, n + 1) if n.__class__ is int else L_forrange(1, n, 1):
                (L_g_coroutine_yield[1] if L_g_coroutine_yield[0] is _ENV else _t1['yield'] if (_t1 := _ENV['coroutine']).__class__ is L_Table else L_index(_t1, 'yield'))(_t3 if -1073741823 <= (_t3 := (i * i)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3))
            return 'end'

        def L_fn_anon_2(*_):
            return producer(3)
        co = _r5 if (_r5 := (L_ret((yield (L_fn_anon_2,))) if (_f2 := (L_g_coroutine_wrap[1] if L_g_coroutine_wrap[0] is _ENV else _t1['wrap'] if (_t1 := _ENV['coroutine']).__class__ is L_Table and _t1.meta is None else (yield from L_index_gen(_t1, 'wrap')))) is L_co_yield else (_p4 if (_p4 := L_co_resume_in(L_fn_anon_2)).__class__ is tuple else (yield from _p4.rest())) if _f2 is L_co_resume else (yield from _g3(L_fn_anon_2)) if (_g3 := getattr(_f2, 'lua_gen', L_UNSET)) is not None and (_g3 is not L_UNSET or (_g3 := L_gen_of(_f2)) is not None) else _f2(L_fn_anon_2))).__class__ is not tuple else _r5[0] if _r5 else None
        (yield _a24) if ((_f22 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a24 := (_r9 if (_r9 := (L_ret((yield ())) if (_f6 := co) is L_co_yield else (_p8 if (_p8 := L_co_resume_in()).__class__ is tuple else (yield from _p8.rest())) if _f6 is L_co_resume else (yield from _g7()) if (_g7 := getattr(_f6, 'lua_gen', L_UNSET)) is not None and (_g7 is not L_UNSET or (_g7 := L_gen_of(_f6)) is not None) else _f6())).__class__ is not tuple else _r9[0] if _r9 else None, _r13 if (_r13 := (L_ret((yield ())) if (_f10 := co) is L_co_yield else (_p12 if (_p12 := L_co_resume_in()).__class__ is tuple else (yield from _p12.rest())) if _f10 is L_co_resume else (yield from _g11()) if (_g11 := getattr(_f10, 'lua_gen', L_UNSET)) is not None and (_g11 is not L_UNSET or (_g11 := L_gen_of(_f10)) is not None) else _f10())).__class__ is not tuple else _r13[0] if _r13 else None, _r17 if (_r17 := (L_ret((yield ())) if (_f14 := co) is L_co_yield else (_p16 if (_p16 := L_co_resume_in()).__class__ is tuple else (yield from _p16.rest())) if _f14 is L_co_resume else (yield from _g15()) if (_g15 := getattr(_f14, 'lua_gen', L_UNSET)) is not None and (_g15 is not L_UNSET or (_g15 := L_gen_of(_f14)) is not None) else _f14())).__class__ is not tuple else _r17[0] if _r17 else None, *(_r21 if (_r21 := (L_ret((yield ())) if (_f18 := co) is L_co_yield else (_p20 if (_p20 := L_co_resume_in()).__class__ is tuple else (yield from _p20.rest())) if _f18 is L_co_resume else (yield from _g19()) if (_g19 := getattr(_f18, 'lua_gen', L_UNSET)) is not None and (_g19 is not L_UNSET or (_g19 := L_gen_of(_f18)) is not None) else _f18())).__class__ is tuple else (_r21,)))) is not None or True) and (_f22 is L_co_yield) else (_p25 if (_p25 := L_co_resume_in(*_a24)).__class__ is tuple else (yield from _p25.rest())) if _f22 is L_co_resume else (yield from _g23(*_a24)) if (_g23 := getattr(_f22, 'lua_gen', L_UNSET)) is not None and (_g23 is not L_UNSET or (_g23 := L_gen_of(_f22)) is not None) else _f22(*_a24)

        def leaf(x):
            if x.__class__ is int:
                return _t3 if -1073741823 <= (_t3 := (x + 1)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)
            return x + 1 if x.__class__ is float else (_t1 if -1073741823 <= (_t1 := (x + 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if x.__class__ is int else L_add(x, 1)

        def L_fn_anon_10(a=None, *_):
            return leaf(a)
        (yield _a39) if ((_f37 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a39 := (*(_r36 if (_r36 := (L_ret((yield (_t34, 41))) if ((_f32 := (L_g_coroutine_resume[1] if L_g_coroutine_resume[0] is _ENV else _t26['resume'] if (_t26 := _ENV['coroutine']).__class__ is L_Table and _t26.meta is None else (yield from L_index_gen(_t26, 'resume')))) is not None or True) and ((_t34 := (_r31 if (_r31 := (L_ret((yield (L_fn_anon_10,))) if (_f28 := (L_g_coroutine_create[1] if L_g_coroutine_create[0] is _ENV else _t27['create'] if (_t27 := _ENV['coroutine']).__class__ is L_Table and _t27.meta is None else (yield from L_index_gen(_t27, 'create')))) is L_co_yield else (_p30 if (_p30 := L_co_resume_in(L_fn_anon_10)).__class__ is tuple else (yield from _p30.rest())) if _f28 is L_co_resume else (yield from _g29(L_fn_anon_10)) if (_g29 := getattr(_f28, 'lua_gen', L_UNSET)) is not None and (_g29 is not L_UNSET or (_g29 := L_gen_of(_f28)) is not None) else _f28(L_fn_anon_10))).__class__ is not tuple else _r31[0] if _r31 else None)) is not None or True) and (_f32 is L_co_yield) else (_p35 if (_p35 := L_co_resume_in(_t34, 41)).__class__ is tuple else (yield from _p35.rest())) if _f32 is L_co_resume else (yield from _g33(_t34, 41)) if (_g33 := getattr(_f32, 'lua_gen', L_UNSET)) is not None and (_g33 is not L_UNSET or (_g33 := L_gen_of(_f32)) is not None) else _f32(_t34, 41))).__class__ is tuple else (_r36,)),)) is not None or True) and (_f37 is L_co_yield) else (_p40 if (_p40 := L_co_resume_in(*_a39)).__class__ is tuple else (yield from _p40.rest())) if _f37 is L_co_resume else (yield from _g38(*_a39)) if (_g38 := getattr(_f37, 'lua_gen', L_UNSET)) is not None and (_g38 is not L_UNSET or (_g38 := L_gen_of(_f37)) is not None) else _f37(*_a39)
        return ()
        (_ENV,)
        yield
    return main__gen.__code__

L_register(__file__, 'generators.lua', (("upvalue '_ENV'",), ("global 'coroutine'",), ("local 'i'", "local 'i'"), ("field 'yield'",), ("upvalue 'producer'",), ("field 'wrap'",), ("local 'co'",), ("global 'print'",), ("local 'x'", None), ("upvalue 'leaf'",), ("field 'create'",), ("field 'resume'",)), {1: 1, 3: 1, 28: 3, 39: 7, 48: 9, 55: 10, 64: 1, 5: 1, 26: 1, 29: 3, 31: 3, 37: 3, 40: 7, 42: 7, 46: 7, 50: 9, 53: 9, 56: 10, 58: 10, 62: 10, 65: 1, 67: 1, 90: 1, 7: 3, 12: 7, 14: 7, 15: 8, 17: 9, 22: 10, 24: 10, 25: 10, 32: 4, 34: 5, 35: 3, 36: 3, 43: 7, 44: 7, 45: 7, 51: 9, 52: 9, 59: 10, 60: 10, 61: 10, 69: 3, 74: 7, 76: 7, 77: 8, 79: 9, 84: 10, 86: 10, 87: 10, 88: 1, 89: 1, 8: 4, 10: 5, 13: 7, 18: 9, 20: 9, 23: 10, 33: 4, 70: 4, 72: 5, 75: 7, 80: 9, 82: 9, 85: 10, 9: 4, 19: 9, 71: 4, 81: 9}, {(15, 8, 343): 8, (24, 8, 528): 8, (13, 19, 30): 5, (23, 19, 26): 10, (43, 16, 33): 5, (43, 174, 180): 5, (59, 16, 33): 10, (59, 170, 176): 10, (75, 19, 30): 5, (85, 19, 26): 10, (9, 16, 304): 4, (15, 51, 64): 1, (24, 51, 64): 1, (43, 27, 33): 5, (59, 27, 33): 10, (71, 16, 304): 4, (20, 216, 227): 9, (51, 212, 223): 9, (51, 260, 304): 9, (77, 1862, 1884): 8, (77, 2016, 2027): 8, (82, 216, 227): 9, (86, 1628, 1650): 8, (86, 1782, 1793): 8, (14, 28, 191): 6, (33, 623, 771): 4, (33, 898, 1035): 4, (51, 271, 304): 9, (77, 1873, 1884): 8, (86, 1639, 1650): 8, (9, 148, 169): 2, (15, 81, 85): 7, (15, 155, 159): 7, (15, 229, 233): 7, (33, 634, 771): 4, (71, 148, 169): 2, (15, 305, 309): 7, (24, 85, 493): 12, (33, 321, 357): 2, (77, 77, 90): 1, (77, 1760, 1781): 8, (86, 77, 90): 1, (86, 1526, 1547): 8, (14, 157, 177): 2, (33, 332, 357): 2, (33, 396, 544): 4, (76, 401, 428): 6, (76, 555, 571): 6, (9, 103, 120): 1, (71, 103, 120): 1, (76, 412, 428): 6, (24, 220, 242): 2, (76, 221, 256): 2, (14, 112, 129): 1, (33, 254, 271): 1, (76, 232, 256): 2, (76, 295, 322): 6, (24, 261, 433): 11, (24, 175, 192): 1, (76, 154, 171): 1, (77, 308, 324): 7, (77, 451, 456): 7, (77, 698, 715): 7, (77, 847, 853): 7, (77, 1097, 1114): 7, (77, 1246, 1252): 7, (24, 396, 418): 2, (77, 319, 324): 7, (77, 709, 715): 7, (77, 1108, 1114): 7, (77, 1498, 1515): 7, (77, 1647, 1653): 7, (86, 1247, 1272): 12, (86, 1404, 1418): 12, (77, 1509, 1515): 7, (86, 1258, 1272): 12, (77, 213, 229): 7, (77, 601, 617): 7, (77, 1000, 1016): 7, (24, 351, 368): 1, (77, 1401, 1417): 7, (86, 1142, 1166): 12, (86, 348, 386): 2, (86, 359, 386): 2, (86, 280, 297): 1, (86, 835, 864): 11, (86, 996, 1014): 11, (86, 846, 864): 11, (86, 647, 685): 2, (86, 658, 685): 2, (86, 726, 754): 11, (86, 579, 596): 1})
L_register_upvalues(__file__, {('producer', 7): (('_ENV', '_ENV', False),), ('producer', 69): (('_ENV', '_ENV', False),), ('L_fn_anon_2', 12): (('producer', 'producer', False),), ('L_fn_anon_2', 74): (('producer', 'producer', False),), ('L_fn_anon_10', 22): (('leaf', 'leaf', False),), ('L_fn_anon_10', 84): (('leaf', 'leaf', False),), ('main', 5): (('_ENV', '_ENV', False),)})
L_register_locals(__file__, {('producer', 7): (('n', 'n', False, 3, 6, 0), ('i', 'i', False, 0, 4, 3)), ('producer', 69): (('n', 'n', False, 3, 6, 0), ('i', 'i', False, 0, 4, 3)), ('leaf', 17): (('x', 'x', False, 9, 9, 0),), ('leaf', 79): (('x', 'x', False, 9, 9, 0),), ('L_fn_anon_10', 22): (('a', 'a', False, 10, 10, 0),), ('L_fn_anon_10', 84): (('a', 'a', False, 10, 10, 0),), ('main', 5): (('producer', 'producer', False, 0, 1073741824, 0), ('co', 'co', False, 0, 1073741824, 0), ('leaf', 'leaf', False, 0, 1073741824, 0))})
L_register_gens(__file__, {('producer', 7): L_genmaker_0, ('producer', 69): L_genmaker_0, ('L_fn_anon_2', 12): L_genmaker_1, ('L_fn_anon_2', 74): L_genmaker_1, ('leaf', 17): L_genmaker_2, ('leaf', 79): L_genmaker_2, ('L_fn_anon_10', 22): L_genmaker_3, ('L_fn_anon_10', 84): L_genmaker_3, ('main', 5): L_genmaker_4})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

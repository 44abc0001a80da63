from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

    def main(*varargs):

        def add(a, b):
            if a.__class__ is int and b.__class__ is int:
                return _t3 if -1073741823 <= (_t3 := (a + b)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)
            return a + b if a.__class__ is float and b.__class__ is float else (_t1 if -1073741823 <= (_t1 := (a + b)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if a.__class__ is int and b.__class__ is int else L_add(a, b)

        def pair(a_1):
            if a_1.__class__ is int:
                return (a_1, _t3 if -1073741823 <= (_t3 := (a_1 * 2)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3))
            return (a_1, a_1 * 2 if a_1.__class__ is float else (_t1 if -1073741823 <= (_t1 := (a_1 * 2)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if a_1.__class__ is int else L_mul(a_1, 2))

        def one():
            return 1
        5
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(add(1, 2), add(3, 4))
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(*(_r1 if (_r1 := pair(5)).__class__ is tuple else (_r1,)))
        p, q = _r2 if (_r2 := pair(7)).__class__ is tuple and len(_r2) == 2 else L_adjust(_r2, 2)
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(p, q, one())
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(add(one(), one()), *(_r4 if (_r4 := (L_g_select[1] if L_g_select[0] is _ENV else _ENV['select'])('#', *(_r3 if (_r3 := pair(1)).__class__ is tuple else (_r3,)))).__class__ is tuple else (_r4,)))
        return ()
    return main

def L_genmaker_0():

    def add__gen(a, b):
        return a + b if a.__class__ is float and b.__class__ is float else (_t1 if -1073741823 <= (_t1 := (a + b)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if a.__class__ is int and b.__class__ is int else L_add(a, b) if a.__class__ is not L_Table and b.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', a, b))
        yield
    return add__gen.__code__

def L_genmaker_1():

    def pair__gen(a_1):
        return (a_1, a_1 * 2 if a_1.__class__ is float else (_t1 if -1073741823 <= (_t1 := (a_1 * 2)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if a_1.__class__ is int else L_mul(a_1, 2) if a_1.__class__ is not L_Table else (yield from L_arith_gen(L_mul, '__mul', a_1, 2)))
        yield
    return pair__gen.__code__

def L_genmaker_2():
    _ENV = None

    def main__gen(*varargs):

        def add(a, b):
            if a.__class__ is int and b.__class__ is int:
                return _t3 if -1073741823 <= (_t3 := (a + b)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)
            return a + b if a.__class__ is float and b.__class__ is float else (_t1 if -1073741823 <= (_t1 := (a + b)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if a.__class__ is int and b.__class__ is int else L_add(a, b)

        def pair(a_1):
            if a_1.__class__ is int:
                return (a_1, _t3 if -1073741823 <= (_t3 := (a_1 * 2)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3))
            return (a_1, a_1 * 2 if a_1.__class__ is float else (_t1 if -1073741823 <= (_t1 := (a_1 * 2)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if a_1.__class__ is int else L_mul(a_1, 2))

        def one():
            return 1
        5
        (yield (_t10, _t11)) if ((_f8 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_t10 := (_r4 if (_r4 := ((yield from _g2(1, 2)) if (_g2 := getattr((_f1 := add), 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1(1, 2))).__class__ is not tuple else _r4[0] if _r4 else None)) is not None or True) and ((_t11 := ((yield from _g6(3, 4)) if (_g6 := getattr((_f5 := add), 'lua_gen', L_UNSET)) is not None and (_g6 is not L_UNSET or (_g6 := L_gen_of(_f5)) is not None) else _f5(3, 4))) is not None or True) and (_f8 is L_co_yield) else (_p12 if (_p12 := L_co_resume_in(_t10, _t11)).__class__ is tuple else (yield from _p12.rest())) if _f8 is L_co_resume else (yield from _g9(_t10, _t11)) if (_g9 := getattr(_f8, 'lua_gen', L_UNSET)) is not None and (_g9 is not L_UNSET or (_g9 := L_gen_of(_f8)) is not None) else _f8(_t10, _t11)
        (yield _a19) if ((_f17 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a19 := (*(_r16 if (_r16 := ((yield from _g14(5)) if (_g14 := getattr((_f13 := pair), 'lua_gen', L_UNSET)) is not None and (_g14 is not L_UNSET or (_g14 := L_gen_of(_f13)) is not None) else _f13(5))).__class__ is tuple else (_r16,)),)) is not None or True) and (_f17 is L_co_yield) else (_p20 if (_p20 := L_co_resume_in(*_a19)).__class__ is tuple else (yield from _p20.rest())) if _f17 is L_co_resume else (yield from _g18(*_a19)) if (_g18 := getattr(_f17, 'lua_gen', L_UNSET)) is not None and (_g18 is not L_UNSET or (_g18 := L_gen_of(_f17)) is not None) else _f17(*_a19)
        p, q = _r24 if (_r24 := ((yield from _g22(7)) if (_g22 := getattr((_f21 := pair), 'lua_gen', L_UNSET)) is not None and (_g22 is not L_UNSET or (_g22 := L_gen_of(_f21)) is not None) else _f21(7))).__class__ is tuple and len(_r24) == 2 else L_adjust(_r24, 2)
        (yield (p, q, _t30)) if ((_f28 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_t30 := ((yield from _g26()) if (_g26 := getattr((_f25 := one), 'lua_gen', L_UNSET)) is not None and (_g26 is not L_UNSET or (_g26 := L_gen_of(_f25)) is not None) else _f25())) is not None or True) and (_f28 is L_co_yield) else (_p31 if (_p31 := L_co_resume_in(p, q, _t30)).__class__ is tuple else (yield from _p31.rest())) if _f28 is L_co_resume else (yield from _g29(p, q, _t30)) if (_g29 := getattr(_f28, 'lua_gen', L_UNSET)) is not None and (_g29 is not L_UNSET or (_g29 := L_gen_of(_f28)) is not None) else _f28(p, q, _t30)
        (yield _a56) if ((_f54 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a56 := (_r44 if (_r44 := ((yield from _g40(_t41, _t42)) if ((_f39 := add) is not None or True) and ((_t41 := (_r35 if (_r35 := ((yield from _g33()) if (_g33 := getattr((_f32 := one), 'lua_gen', L_UNSET)) is not None and (_g33 is not L_UNSET or (_g33 := L_gen_of(_f32)) is not None) else _f32())).__class__ is not tuple else _r35[0] if _r35 else None)) is not None or True) and ((_t42 := ((yield from _g37()) if (_g37 := getattr((_f36 := one), 'lua_gen', L_UNSET)) is not None and (_g37 is not L_UNSET or (_g37 := L_gen_of(_f36)) is not None) else _f36())) is not None or True) and ((_g40 := getattr(_f39, 'lua_gen', L_UNSET)) is not None and (_g40 is not L_UNSET or (_g40 := L_gen_of(_f39)) is not None)) else _f39(_t41, _t42))).__class__ is not tuple else _r44[0] if _r44 else None, *(_r53 if (_r53 := (L_ret((yield _a51)) if ((_f49 := (L_g_select[1] if L_g_select[0] is _ENV else _ENV['select'])) is not None or True) and ((_a51 := ('#', *(_r48 if (_r48 := ((yield from _g46(1)) if (_g46 := getattr((_f45 := pair), 'lua_gen', L_UNSET)) is not None and (_g46 is not L_UNSET or (_g46 := L_gen_of(_f45)) is not None) else _f45(1))).__class__ is tuple else (_r48,)))) is not None or True) and (_f49 is L_co_yield) else (_p52 if (_p52 := L_co_resume_in(*_a51)).__class__ is tuple else (yield from _p52.rest())) if _f49 is L_co_resume else (yield from _g50(*_a51)) if (_g50 := getattr(_f49, 'lua_gen', L_UNSET)) is not None and (_g50 is not L_UNSET or (_g50 := L_gen_of(_f49)) is not None) else _f49(*_a51))).__class__ is tuple else (_r53,)))) is not None or True) and (_f54 is L_co_yield) else (_p57 if (_p57 := L_co_resume_in(*_a56)).__class__ is tuple else (yield from _p57.rest())) if _f54 is L_co_resume else (yield from _g55(*_a56)) if (_g55 := getattr(_f54, 'lua_gen', L_UNSET)) is not None and (_g55 is not L_UNSET or (_g55 := L_gen_of(_f54)) is not None) else _f54(*_a56)
        return ()
        (_ENV,)
        yield
    return main__gen.__code__

L_register(__file__, 'direct_calls.lua', (("local 'a'", "local 'b'"), ("local 'a'", None), ("upvalue '_ENV'",), ("local 'add'",), ("global 'print'",), ("local 'pair'",), ("local 'one'",), ("global 'select'",)), {1: 1, 3: 1, 28: 3, 35: 4, 42: 1, 5: 1, 26: 1, 30: 3, 33: 3, 37: 4, 40: 4, 43: 1, 45: 1, 68: 1, 7: 3, 12: 4, 17: 5, 19: 6, 20: 6, 21: 7, 22: 8, 23: 9, 24: 10, 25: 10, 31: 3, 32: 3, 38: 4, 39: 4, 47: 3, 52: 4, 57: 5, 59: 6, 60: 6, 61: 7, 62: 8, 63: 9, 64: 10, 65: 10, 66: 1, 67: 1, 8: 3, 10: 3, 13: 4, 15: 4, 18: 5, 48: 3, 50: 3, 53: 4, 55: 4, 58: 5, 9: 3, 14: 4, 49: 3, 54: 4}, {(20, 8, 87): 5, (21, 8, 124): 5, (23, 8, 78): 5, (24, 8, 260): 5, (20, 66, 75): 4, (20, 77, 86): 4, (23, 72, 77): 7, (24, 66, 83): 4, (20, 51, 64): 3, (21, 51, 64): 3, (23, 51, 64): 3, (24, 51, 64): 3, (24, 70, 75): 7, (24, 77, 82): 7, (10, 264, 275): 1, (31, 260, 271): 1, (31, 339, 383): 1, (50, 264, 275): 1, (60, 754, 780): 5, (60, 907, 922): 5, (61, 527, 549): 5, (61, 681, 692): 5, (63, 481, 508): 5, (63, 640, 656): 5, (64, 1832, 1854): 5, (64, 1986, 1997): 5, (15, 230, 243): 2, (31, 350, 383): 1, (38, 226, 239): 2, (38, 278, 324): 2, (55, 230, 243): 2, (60, 765, 780): 5, (61, 538, 549): 5, (63, 492, 508): 5, (64, 1843, 1854): 5, (22, 30, 37): 6, (38, 289, 324): 2, (21, 83, 90): 6, (24, 102, 226): 8, (60, 84, 97): 3, (60, 412, 432): 4, (60, 568, 577): 4, (60, 648, 674): 5, (61, 77, 90): 3, (61, 425, 446): 5, (62, 34, 52): 6, (62, 194, 201): 6, (63, 85, 98): 3, (63, 138, 155): 7, (63, 296, 302): 7, (63, 374, 400): 5, (64, 77, 90): 3, (64, 1730, 1751): 5, (60, 423, 432): 4, (62, 45, 52): 6, (63, 149, 155): 7, (24, 147, 161): 3, (60, 153, 173): 4, (60, 309, 318): 4, (60, 164, 173): 4, (64, 148, 175): 4, (64, 831, 847): 4, (24, 185, 192): 6, (61, 150, 168): 6, (61, 310, 317): 6, (64, 159, 175): 4, (61, 161, 168): 6, (64, 1458, 1480): 8, (64, 1612, 1623): 8, (64, 1469, 1480): 8, (64, 510, 527): 7, (64, 668, 674): 7, (64, 521, 527): 7, (64, 1003, 1017): 3, (64, 1356, 1377): 8, (64, 250, 267): 7, (64, 408, 414): 7, (64, 261, 267): 7, (64, 1082, 1100): 6, (64, 1242, 1249): 6, (64, 1093, 1100): 6})
L_register_upvalues(__file__, {('main', 5): (('_ENV', '_ENV', False),)})
L_register_locals(__file__, {('add', 7): (('a', 'a', False, 3, 3, 0), ('b', 'b', False, 3, 3, 0)), ('add', 47): (('a', 'a', False, 3, 3, 0), ('b', 'b', False, 3, 3, 0)), ('pair', 12): (('a', 'a_1', False, 4, 4, 0),), ('pair', 52): (('a', 'a_1', False, 4, 4, 0),), ('main', 5): (('add', 'add', False, 0, 1073741824, 0), ('pair', 'pair', False, 0, 1073741824, 0), ('one', 'one', False, 0, 1073741824, 0), ('p', 'p', False, 0, 1073741824, 0), ('q', 'q', False, 0, 1073741824, 0))})
L_register_gens(__file__, {('add', 7): L_genmaker_0, ('add', 47): L_genmaker_0, ('pair', 12): L_genmaker_1, ('pair', 52): L_genmaker_1, ('main', 5): L_genmaker_2})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

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
        (yield (_t9, _t10)) if ((_f7 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_t9 := ((yield from _g2(1, 2)) if (_g2 := getattr((_f1 := add), 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1(1, 2))) is not None or True) and ((_t10 := ((yield from _g5(3, 4)) if (_g5 := getattr((_f4 := add), 'lua_gen', L_UNSET)) is not None and (_g5 is not L_UNSET or (_g5 := L_gen_of(_f4)) is not None) else _f4(3, 4))) is not None or True) and (_f7 is L_co_yield) else (_p11 if (_p11 := L_co_resume_in(_t9, _t10)).__class__ is tuple else (yield from _p11.rest())) if _f7 is L_co_resume else (yield from _g8(_t9, _t10)) if (_g8 := getattr(_f7, 'lua_gen', L_UNSET)) is not None and (_g8 is not L_UNSET or (_g8 := L_gen_of(_f7)) is not None) else _f7(_t9, _t10)
        (yield _a18) if ((_f16 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a18 := (*(_r15 if (_r15 := ((yield from _g13(5)) if (_g13 := getattr((_f12 := pair), 'lua_gen', L_UNSET)) is not None and (_g13 is not L_UNSET or (_g13 := L_gen_of(_f12)) is not None) else _f12(5))).__class__ is tuple else (_r15,)),)) is not None or True) and (_f16 is L_co_yield) else (_p19 if (_p19 := L_co_resume_in(*_a18)).__class__ is tuple else (yield from _p19.rest())) if _f16 is L_co_resume else (yield from _g17(*_a18)) if (_g17 := getattr(_f16, 'lua_gen', L_UNSET)) is not None and (_g17 is not L_UNSET or (_g17 := L_gen_of(_f16)) is not None) else _f16(*_a18)
        p, q = _r23 if (_r23 := ((yield from _g21(7)) if (_g21 := getattr((_f20 := pair), 'lua_gen', L_UNSET)) is not None and (_g21 is not L_UNSET or (_g21 := L_gen_of(_f20)) is not None) else _f20(7))).__class__ is tuple and len(_r23) == 2 else L_adjust(_r23, 2)
        (yield (p, q, _t29)) if ((_f27 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_t29 := ((yield from _g25()) if (_g25 := getattr((_f24 := one), 'lua_gen', L_UNSET)) is not None and (_g25 is not L_UNSET or (_g25 := L_gen_of(_f24)) is not None) else _f24())) is not None or True) and (_f27 is L_co_yield) else (_p30 if (_p30 := L_co_resume_in(p, q, _t29)).__class__ is tuple else (yield from _p30.rest())) if _f27 is L_co_resume else (yield from _g28(p, q, _t29)) if (_g28 := getattr(_f27, 'lua_gen', L_UNSET)) is not None and (_g28 is not L_UNSET or (_g28 := L_gen_of(_f27)) is not None) else _f27(p, q, _t29)
        (yield _a53) if ((_f51 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a53 := ((yield from _g38(_t39, _t40)) if ((_f37 := add) is not None or True) and ((_t39 := ((yield from _g32()) if (_g32 := getattr((_f31 := one), 'lua_gen', L_UNSET)) is not None and (_g32 is not L_UNSET or (_g32 := L_gen_of(_f31)) is not None) else _f31())) is not None or True) and ((_t40 := ((yield from _g35()) if (_g35 := getattr((_f34 := one), 'lua_gen', L_UNSET)) is not None and (_g35 is not L_UNSET or (_g35 := L_gen_of(_f34)) is not None) else _f34())) is not None or True) and ((_g38 := getattr(_f37, 'lua_gen', L_UNSET)) is not None and (_g38 is not L_UNSET or (_g38 := L_gen_of(_f37)) is not None)) else _f37(_t39, _t40), *(_r50 if (_r50 := (L_ret((yield _a48)) if ((_f46 := (L_g_select[1] if L_g_select[0] is _ENV else _ENV['select'])) is not None or True) and ((_a48 := ('#', *(_r45 if (_r45 := ((yield from _g43(1)) if (_g43 := getattr((_f42 := pair), 'lua_gen', L_UNSET)) is not None and (_g43 is not L_UNSET or (_g43 := L_gen_of(_f42)) is not None) else _f42(1))).__class__ is tuple else (_r45,)))) is not None or True) and (_f46 is L_co_yield) else (_p49 if (_p49 := L_co_resume_in(*_a48)).__class__ is tuple else (yield from _p49.rest())) if _f46 is L_co_resume else (yield from _g47(*_a48)) if (_g47 := getattr(_f46, 'lua_gen', L_UNSET)) is not None and (_g47 is not L_UNSET or (_g47 := L_gen_of(_f46)) is not None) else _f46(*_a48))).__class__ is tuple else (_r50,)))) is not None or True) and (_f51 is L_co_yield) else (_p54 if (_p54 := L_co_resume_in(*_a53)).__class__ is tuple else (yield from _p54.rest())) if _f51 is L_co_resume else (yield from _g52(*_a53)) if (_g52 := getattr(_f51, 'lua_gen', L_UNSET)) is not None and (_g52 is not L_UNSET or (_g52 := L_gen_of(_f51)) is not None) else _f51(*_a53)
        return ()
        (_ENV,)
        yield
    return main__gen.__code__

L_register(__file__, 'direct_calls.lua', (("local 'a'", "local 'b'"), ("local 'a'", None), ("upvalue '_ENV'",), ("local 'add'",), ("global 'print'",), ("local 'pair'",), ("local 'one'",), ("global 'select'",)), {1: 1, 3: 1, 27: 3, 34: 4, 41: 1, 5: 1, 25: 1, 29: 3, 32: 3, 36: 4, 39: 4, 42: 1, 44: 1, 66: 1, 7: 3, 12: 4, 17: 5, 19: 6, 20: 7, 21: 8, 22: 9, 23: 10, 24: 10, 30: 3, 31: 3, 37: 4, 38: 4, 46: 3, 51: 4, 56: 5, 58: 6, 59: 7, 60: 8, 61: 9, 62: 10, 63: 10, 64: 1, 65: 1, 8: 3, 10: 3, 13: 4, 15: 4, 18: 5, 47: 3, 49: 3, 52: 4, 54: 4, 57: 5, 9: 3, 14: 4, 48: 3, 53: 4}, {(19, 8, 87): 5, (20, 8, 124): 5, (22, 8, 78): 5, (23, 8, 260): 5, (19, 66, 75): 4, (19, 77, 86): 4, (22, 72, 77): 7, (23, 66, 83): 4, (19, 51, 64): 3, (20, 51, 64): 3, (22, 51, 64): 3, (23, 51, 64): 3, (23, 70, 75): 7, (23, 77, 82): 7, (10, 264, 275): 1, (30, 260, 271): 1, (30, 339, 383): 1, (49, 264, 275): 1, (58, 681, 706): 5, (58, 833, 847): 5, (59, 527, 549): 5, (59, 681, 692): 5, (61, 481, 508): 5, (61, 640, 656): 5, (62, 1684, 1706): 5, (62, 1838, 1849): 5, (15, 230, 243): 2, (30, 350, 383): 1, (37, 226, 239): 2, (37, 278, 324): 2, (54, 230, 243): 2, (58, 692, 706): 5, (59, 538, 549): 5, (61, 492, 508): 5, (62, 1695, 1706): 5, (21, 30, 37): 6, (37, 289, 324): 2, (20, 83, 90): 6, (23, 102, 226): 8, (58, 83, 96): 3, (58, 135, 155): 4, (58, 291, 300): 4, (58, 340, 360): 4, (58, 496, 505): 4, (58, 576, 601): 5, (59, 77, 90): 3, (59, 425, 446): 5, (60, 34, 52): 6, (60, 194, 201): 6, (61, 85, 98): 3, (61, 138, 155): 7, (61, 296, 302): 7, (61, 374, 400): 5, (62, 77, 90): 3, (62, 1582, 1603): 5, (58, 146, 155): 4, (58, 351, 360): 4, (60, 45, 52): 6, (61, 149, 155): 7, (62, 130, 157): 4, (62, 739, 755): 4, (23, 147, 161): 3, (62, 141, 157): 4, (23, 185, 192): 6, (59, 150, 168): 6, (59, 310, 317): 6, (62, 214, 231): 7, (62, 372, 378): 7, (62, 418, 435): 7, (62, 576, 582): 7, (59, 161, 168): 6, (62, 225, 231): 7, (62, 429, 435): 7, (62, 1310, 1332): 8, (62, 1464, 1475): 8, (62, 1321, 1332): 8, (62, 855, 869): 3, (62, 1208, 1229): 8, (62, 934, 952): 6, (62, 1094, 1101): 6, (62, 945, 952): 6})
L_register_upvalues(__file__, {('main', 5): (('_ENV', '_ENV', False),)})
L_register_gens(__file__, {('add', 7): L_genmaker_0, ('add', 46): L_genmaker_0, ('pair', 12): L_genmaker_1, ('pair', 51): L_genmaker_1, ('main', 5): L_genmaker_2})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

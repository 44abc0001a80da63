from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

    def main(*varargs):

        def fib(n):
            if n.__class__ is int:
                if n < 2:
                    return n
                return _t10 + _t11 if ((_t10 := fib(_t7 if -1073741823 <= (_t7 := (n - 1)) <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7))) is not None or True) and ((_t11 := fib(_t9 if -1073741823 <= (_t9 := (n - 2)) <= 1073741823 else _t9 if -9223372036854775808 <= _t9 <= 9223372036854775807 else L_wrap(_t9))) is not None or True) and (_t10.__class__ is float) and (_t11.__class__ is float) else (_t12 if -1073741823 <= (_t12 := (_t10 + _t11)) <= 1073741823 else _t12 if -9223372036854775808 <= _t12 <= 9223372036854775807 else L_wrap(_t12)) if _t10.__class__ is int and _t11.__class__ is int else L_add(_t10, _t11)
            if n < 2 if n.__class__ is int else L_lt(n, 2):
                return n
            return _t3 + _t4 if ((_t3 := fib(n - 1 if n.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n.__class__ is int else L_sub(n, 1))) is not None or True) and ((_t4 := fib(n - 2 if n.__class__ is float else (_t2 if -1073741823 <= (_t2 := (n - 2)) <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2)) if n.__class__ is int else L_sub(n, 2))) is not None or True) and (_t3.__class__ is float) and (_t4.__class__ is float) else (_t5 if -1073741823 <= (_t5 := (_t3 + _t4)) <= 1073741823 else _t5 if -9223372036854775808 <= _t5 <= 9223372036854775807 else L_wrap(_t5)) if _t3.__class__ is int and _t4.__class__ is int else L_add(_t3, _t4)
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(fib(20), fib(10.0))

        def lcg(seed):
            x = seed
            for v__ in range(1, 4):
                x = (_t8 if -1073741823 <= (_t8 := ((_t6 if -1073741823 <= (_t6 := (x * 1103515245)) <= 1073741823 else _t6 if -9223372036854775808 <= _t6 <= 9223372036854775807 else L_wrap(_t6)) + 12345)) <= 1073741823 else _t8 if -9223372036854775808 <= _t8 <= 9223372036854775807 else L_wrap(_t8)) % 2147483648 if x.__class__ is int else _t4 % 2147483648 if ((_t4 := (_t2 + 12345 if ((_t2 := (x * 1103515245 if x.__class__ is float else (_t1 if -1073741823 <= (_t1 := (x * 1103515245)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if x.__class__ is int else L_mul(x, 1103515245))) is not None or True) and _t2.__class__ is float else (_t3 if -1073741823 <= (_t3 := (_t2 + 12345)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)) if _t2.__class__ is int else L_add(_t2, 12345))) is not None or True) and _t4.__class__ is int else L_mod(_t4, 2147483648)
            return x
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(lcg(42), lcg(7))
        return ()
    return main

def L_genmaker_0():
    fib = None

    def fib__gen(n):
        if n < 2 if n.__class__ is int else L_lt(n, 2) if n.__class__ is not L_Table else (yield from L_lt_gen(L_lt, n, 2)):
            return n
        return _t13 + _t14 if ((_t13 := (_r6 if (_r6 := ((yield from _g3(_t4)) if ((_f2 := fib) is not None or True) and ((_t4 := (n - 1 if n.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n.__class__ is int else L_sub(n, 1) if n.__class__ is not L_Table else (yield from L_arith_gen(L_sub, '__sub', n, 1)))) is not None or True) and ((_g3 := getattr(_f2, 'lua_gen', L_UNSET)) is not None and (_g3 is not L_UNSET or (_g3 := L_gen_of(_f2)) is not None)) else _f2(_t4))).__class__ is not tuple else _r6[0] if _r6 else None)) is not None or True) and ((_t14 := (_r12 if (_r12 := ((yield from _g9(_t10)) if ((_f8 := fib) is not None or True) and ((_t10 := (n - 2 if n.__class__ is float else (_t7 if -1073741823 <= (_t7 := (n - 2)) <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7)) if n.__class__ is int else L_sub(n, 2) if n.__class__ is not L_Table else (yield from L_arith_gen(L_sub, '__sub', n, 2)))) is not None or True) and ((_g9 := getattr(_f8, 'lua_gen', L_UNSET)) is not None and (_g9 is not L_UNSET or (_g9 := L_gen_of(_f8)) is not None)) else _f8(_t10))).__class__ is not tuple else _r12[0] if _r12 else None)) is not None or True) and (_t13.__class__ is float) and (_t14.__class__ is float) else (_t15 if -1073741823 <= (_t15 := (_t13 + _t14)) <= 1073741823 else _t15 if -9223372036854775808 <= _t15 <= 9223372036854775807 else L_wrap(_t15)) if _t13.__class__ is int and _t14.__class__ is int else L_add(_t13, _t14) if _t13.__class__ is not L_Table and _t14.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', _t13, _t14))
        (fib,)
        yield
    return fib__gen.__code__

def L_genmaker_1():

    def lcg__gen(seed):
        x = seed
        for v__ in range(1, 4):
            x = (_t8 if -1073741823 <= (_t8 := ((_t6 if -1073741823 <= (_t6 := (x * 1103515245)) <= 1073741823 else _t6 if -9223372036854775808 <= _t6 <= 9223372036854775807 else L_wrap(_t6)) + 12345)) <= 1073741823 else _t8 if -9223372036854775808 <= _t8 <= 9223372036854775807 else L_wrap(_t8)) % 2147483648 if x.__class__ is int else _t4 % 2147483648 if ((_t4 := (_t2 + 12345 if ((_t2 := (x * 1103515245 if x.__class__ is float else (_t1 if -1073741823 <= (_t1 := (x * 1103515245)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if x.__class__ is int else L_mul(x, 1103515245) if x.__class__ is not L_Table else (yield from L_arith_gen(L_mul, '__mul', x, 1103515245)))) is not None or True) and _t2.__class__ is float else (_t3 if -1073741823 <= (_t3 := (_t2 + 12345)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)) if _t2.__class__ is int else L_add(_t2, 12345) if _t2.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', _t2, 12345)))) is not None or True) and _t4.__class__ is int else L_mod(_t4, 2147483648) if _t4.__class__ is not L_Table else (yield from L_arith_gen(L_mod, '__mod', _t4, 2147483648))
        return x
        yield
    return lcg__gen.__code__

def L_genmaker_2():
    _ENV = None

    def main__gen(*varargs):

        def fib(n):
            if n.__class__ is int:
                if n < 2:
                    return n
                return _t10 + _t11 if ((_t10 := fib(_t7 if -1073741823 <= (_t7 := (n - 1)) <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7))) is not None or True) and ((_t11 := fib(_t9 if -1073741823 <= (_t9 := (n - 2)) <= 1073741823 else _t9 if -9223372036854775808 <= _t9 <= 9223372036854775807 else L_wrap(_t9))) is not None or True) and (_t10.__class__ is float) and (_t11.__class__ is float) else (_t12 if -1073741823 <= (_t12 := (_t10 + _t11)) <= 1073741823 else _t12 if -9223372036854775808 <= _t12 <= 9223372036854775807 else L_wrap(_t12)) if _t10.__class__ is int and _t11.__class__ is int else L_add(_t10, _t11)
            if n < 2 if n.__class__ is int else L_lt(n, 2):
                return n
            return _t3 + _t4 if ((_t3 := fib(n - 1 if n.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n.__class__ is int else L_sub(n, 1))) is not None or True) and ((_t4 := fib(n - 2 if n.__class__ is float else (_t2 if -1073741823 <= (_t2 := (n - 2)) <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2)) if n.__class__ is int else L_sub(n, 2))) is not None or True) and (_t3.__class__ is float) and (_t4.__class__ is float) else (_t5 if -1073741823 <= (_t5 := (_t3 + _t4)) <= 1073741823 else _t5 if -9223372036854775808 <= _t5 <= 9223372036854775807 else L_wrap(_t5)) if _t3.__class__ is int and _t4.__class__ is int else L_add(_t3, _t4)
        (yield (_t10, _t11)) if ((_f8 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_t10 := (_r4 if (_r4 := ((yield from _g2(20)) if (_g2 := getattr((_f1 := fib), 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1(20))).__class__ is not tuple else _r4[0] if _r4 else None)) is not None or True) and ((_t11 := ((yield from _g6(10.0)) if (_g6 := getattr((_f5 := fib), 'lua_gen', L_UNSET)) is not None and (_g6 is not L_UNSET or (_g6 := L_gen_of(_f5)) is not None) else _f5(10.0))) is not None or True) and (_f8 is L_co_yield) else (_p12 if (_p12 := L_co_resume_in(_t10, _t11)).__class__ is tuple else (yield from _p12.rest())) if _f8 is L_co_resume else (yield from _g9(_t10, _t11)) if (_g9 := getattr(_f8, 'lua_gen', L_UNSET)) is not None and (_g9 is not L_UNSET or (_g9 := L_gen_of(_f8)) is not None) else _f8(_t10, _t11)

        def lcg(seed):
            x = seed
            for v__ in range(1, 4):
                x = (_t8 if -1073741823 <= (_t8 := ((_t6 if -1073741823 <= (_t6 := (x * 1103515245)) <= 1073741823 else _t6 if -9223372036854775808 <= _t6 <= 9223372036854775807 else L_wrap(_t6)) + 12345)) <= 1073741823 else _t8 if -9223372036854775808 <= _t8 <= 9223372036854775807 else L_wrap(_t8)) % 2147483648 if x.__class__ is int else _t4 % 2147483648 if ((_t4 := (_t2 + 12345 if ((_t2 := (x * 1103515245 if x.__class__ is float else (_t1 if -1073741823 <= (_t1 := (x * 1103515245)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if x.__class__ is int else L_mul(x, 1103515245))) is not None or True) and _t2.__class__ is float else (_t3 if -1073741823 <= (_t3 := (_t2 + 12345)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)) if _t2.__class__ is int else L_add(_t2, 12345))) is not None or True) and _t4.__class__ is int else L_mod(_t4, 2147483648)
            return x
        (yield (_t22, _t23)) if ((_f20 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_t22 := (_r16 if (_r16 := ((yield from _g14(42)) if (_g14 := getattr((_f13 := lcg), 'lua_gen', L_UNSET)) is not None and (_g14 is not L_UNSET or (_g14 := L_gen_of(_f13)) is not None) else _f13(42))).__class__ is not tuple else _r16[0] if _r16 else None)) is not None or True) and ((_t23 := ((yield from _g18(7)) if (_g18 := getattr((_f17 := lcg), 'lua_gen', L_UNSET)) is not None and (_g18 is not L_UNSET or (_g18 := L_gen_of(_f17)) is not None) else _f17(7))) is not None or True) and (_f20 is L_co_yield) else (_p24 if (_p24 := L_co_resume_in(_t22, _t23)).__class__ is tuple else (yield from _p24.rest())) if _f20 is L_co_resume else (yield from _g21(_t22, _t23)) if (_g21 := getattr(_f20, 'lua_gen', L_UNSET)) is not None and (_g21 is not L_UNSET or (_g21 := L_gen_of(_f20)) is not None) else _f20(_t22, _t23)
        return ()
        (_ENV,)
        yield
    return main__gen.__code__

L_register(__file__, 'guarded_clone.lua', (("local 'n'", None), ("upvalue 'fib'",), ("upvalue '_ENV'",), ("local 'fib'",), ("global 'print'",), ("local 'x'", None), ("local 'lcg'",)), {1: 1, 3: 1, 26: 3, 37: 10, 47: 1, 5: 1, 24: 1, 27: 3, 29: 3, 35: 3, 39: 10, 45: 10, 48: 1, 50: 1, 71: 1, 7: 3, 15: 7, 17: 10, 22: 17, 23: 17, 30: 4, 32: 5, 33: 3, 34: 3, 40: 11, 41: 12, 43: 15, 44: 10, 52: 3, 60: 7, 62: 10, 67: 17, 68: 17, 69: 1, 70: 1, 8: 3, 12: 4, 14: 5, 18: 11, 19: 12, 21: 15, 31: 4, 42: 13, 53: 3, 57: 4, 59: 5, 63: 11, 64: 12, 66: 15, 9: 4, 11: 5, 13: 4, 20: 13, 54: 4, 56: 5, 58: 4, 65: 13, 10: 4, 55: 4}, {(15, 8, 85): 5, (22, 8, 82): 5, (15, 66, 73): 4, (15, 75, 84): 4, (22, 66, 73): 7, (22, 75, 81): 7, (15, 51, 64): 3, (22, 51, 64): 3, (60, 750, 776): 5, (60, 903, 918): 5, (67, 765, 792): 5, (67, 924, 940): 5, (60, 761, 776): 5, (67, 776, 792): 5, (14, 41, 254): 2, (14, 290, 503): 2, (59, 41, 254): 2, (59, 290, 503): 2, (60, 84, 97): 3, (60, 408, 428): 4, (60, 564, 573): 4, (60, 644, 670): 5, (67, 85, 98): 3, (67, 420, 438): 7, (67, 579, 586): 7, (67, 658, 684): 5, (11, 48, 185): 2, (11, 222, 359): 2, (56, 48, 185): 2, (56, 222, 359): 2, (60, 419, 428): 4, (67, 431, 438): 7, (14, 242, 253): 1, (14, 491, 502): 1, (59, 242, 253): 1, (59, 491, 502): 1, (32, 58, 77): 2, (32, 573, 581): 2, (32, 693, 713): 2, (32, 1210, 1219): 2, (60, 153, 171): 4, (60, 307, 314): 4, (67, 156, 175): 7, (67, 316, 324): 7, (32, 69, 77): 2, (32, 704, 713): 2, (60, 164, 171): 4, (67, 167, 175): 7, (20, 611, 631): 6, (42, 607, 627): 6, (42, 664, 717): 6, (65, 611, 631): 6, (42, 675, 717): 6, (32, 328, 339): 1, (32, 376, 420): 1, (32, 965, 976): 1, (32, 1013, 1057): 1, (32, 387, 420): 1, (32, 1024, 1057): 1})
L_register_upvalues(__file__, {('fib', 7): (('fib', 'fib', False),), ('fib', 52): (('fib', 'fib', False),), ('main', 5): (('_ENV', '_ENV', False),)})
L_register_locals(__file__, {('fib', 7): (('n', 'n', False, 3, 6, 0),), ('fib', 52): (('n', 'n', False, 3, 6, 0),), ('lcg', 17): (('seed', 'seed', False, 10, 16, 0), ('x', 'x', False, 0, 16, 0), ('_', 'v__', False, 0, 14, 3)), ('lcg', 62): (('seed', 'seed', False, 10, 16, 0), ('x', 'x', False, 0, 16, 0), ('_', 'v__', False, 0, 14, 3)), ('main', 5): (('fib', 'fib', False, 0, 1073741824, 0), ('lcg', 'lcg', False, 0, 1073741824, 0))})
L_register_gens(__file__, {('fib', 7): L_genmaker_0, ('fib', 52): L_genmaker_0, ('lcg', 17): L_genmaker_1, ('lcg', 62): L_genmaker_1, ('main', 5): L_genmaker_2})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

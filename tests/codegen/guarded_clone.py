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
        return _t11 + _t12 if ((_t11 := ((yield from _g3(_t4)) if ((_f2 := fib) is not None or True) and ((_t4 := (n - 1 if n.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n.__class__ is int else L_sub(n, 1) if n.__class__ is not L_Table else (yield from L_arith_gen(L_sub, '__sub', n, 1)))) is not None or True) and ((_g3 := getattr(_f2, 'lua_gen', L_UNSET)) is not None and (_g3 is not L_UNSET or (_g3 := L_gen_of(_f2)) is not None)) else _f2(_t4))) is not None or True) and ((_t12 := ((yield from _g8(_t9)) if ((_f7 := fib) is not None or True) and ((_t9 := (n - 2 if n.__class__ is float else (_t6 if -1073741823 <= (_t6 := (n - 2)) <= 1073741823 else _t6 if -9223372036854775808 <= _t6 <= 9223372036854775807 else L_wrap(_t6)) if n.__class__ is int else L_sub(n, 2) if n.__class__ is not L_Table else (yield from L_arith_gen(L_sub, '__sub', n, 2)))) is not None or True) and ((_g8 := getattr(_f7, 'lua_gen', L_UNSET)) is not None and (_g8 is not L_UNSET or (_g8 := L_gen_of(_f7)) is not None)) else _f7(_t9))) is not None or True) and (_t11.__class__ is float) and (_t12.__class__ is float) else (_t13 if -1073741823 <= (_t13 := (_t11 + _t12)) <= 1073741823 else _t13 if -9223372036854775808 <= _t13 <= 9223372036854775807 else L_wrap(_t13)) if _t11.__class__ is int and _t12.__class__ is int else L_add(_t11, _t12) if _t11.__class__ is not L_Table and _t12.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', _t11, _t12))
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
        (yield (_t9, _t10)) if ((_f7 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_t9 := ((yield from _g2(20)) if (_g2 := getattr((_f1 := fib), 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1(20))) is not None or True) and ((_t10 := ((yield from _g5(10.0)) if (_g5 := getattr((_f4 := fib), 'lua_gen', L_UNSET)) is not None and (_g5 is not L_UNSET or (_g5 := L_gen_of(_f4)) is not None) else _f4(10.0))) is not None or True) and (_f7 is L_co_yield) else (_p11 if (_p11 := L_co_resume_in(_t9, _t10)).__class__ is tuple else (yield from _p11.rest())) if _f7 is L_co_resume else (yield from _g8(_t9, _t10)) if (_g8 := getattr(_f7, 'lua_gen', L_UNSET)) is not None and (_g8 is not L_UNSET or (_g8 := L_gen_of(_f7)) is not None) else _f7(_t9, _t10)

        def lcg(seed):
            x = seed
            for v__ in range(1, 4):
                x = (_t8 if -1073741823 <= (_t8 := ((_t6 if -1073741823 <= (_t6 := (x * 1103515245)) <= 1073741823 else _t6 if -9223372036854775808 <= _t6 <= 9223372036854775807 else L_wrap(_t6)) + 12345)) <= 1073741823 else _t8 if -9223372036854775808 <= _t8 <= 9223372036854775807 else L_wrap(_t8)) % 2147483648 if x.__class__ is int else _t4 % 2147483648 if ((_t4 := (_t2 + 12345 if ((_t2 := (x * 1103515245 if x.__class__ is float else (_t1 if -1073741823 <= (_t1 := (x * 1103515245)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if x.__class__ is int else L_mul(x, 1103515245))) is not None or True) and _t2.__class__ is float else (_t3 if -1073741823 <= (_t3 := (_t2 + 12345)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)) if _t2.__class__ is int else L_add(_t2, 12345))) is not None or True) and _t4.__class__ is int else L_mod(_t4, 2147483648)
            return x
        (yield (_t20, _t21)) if ((_f18 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_t20 := ((yield from _g13(42)) if (_g13 := getattr((_f12 := lcg), 'lua_gen', L_UNSET)) is not None and (_g13 is not L_UNSET or (_g13 := L_gen_of(_f12)) is not None) else _f12(42))) is not None or True) and ((_t21 := ((yield from _g16(7)) if (_g16 := getattr((_f15 := lcg), 'lua_gen', L_UNSET)) is not None and (_g16 is not L_UNSET or (_g16 := L_gen_of(_f15)) is not None) else _f15(7))) is not None or True) and (_f18 is L_co_yield) else (_p22 if (_p22 := L_co_resume_in(_t20, _t21)).__class__ is tuple else (yield from _p22.rest())) if _f18 is L_co_resume else (yield from _g19(_t20, _t21)) if (_g19 := getattr(_f18, 'lua_gen', L_UNSET)) is not None and (_g19 is not L_UNSET or (_g19 := L_gen_of(_f18)) is not None) else _f18(_t20, _t21)
        return ()
        (_ENV,)
        yield
    return main__gen.__code__

L_register(__file__, 'guarded_clone.lua', (("local 'n'", None), ("upvalue 'fib'",), ("upvalue '_ENV'",), ("local 'fib'",), ("global 'print'",), ("local 'x'", None), ("local 'lcg'",)), {1: 1, 3: 1, 26: 3, 37: 10, 47: 1, 5: 1, 24: 1, 27: 3, 29: 3, 35: 3, 39: 10, 45: 10, 48: 1, 50: 1, 71: 1, 7: 3, 15: 7, 17: 10, 22: 17, 23: 17, 30: 4, 32: 5, 33: 3, 34: 3, 40: 11, 41: 12, 43: 15, 44: 10, 52: 3, 60: 7, 62: 10, 67: 17, 68: 17, 69: 1, 70: 1, 8: 3, 12: 4, 14: 5, 18: 11, 19: 12, 21: 15, 31: 4, 42: 13, 53: 3, 57: 4, 59: 5, 63: 11, 64: 12, 66: 15, 9: 4, 11: 5, 13: 4, 20: 13, 54: 4, 56: 5, 58: 4, 65: 13, 10: 4, 55: 4}, {(15, 8, 85): 5, (22, 8, 82): 5, (15, 66, 73): 4, (15, 75, 84): 4, (22, 66, 73): 7, (22, 75, 81): 7, (15, 51, 64): 3, (22, 51, 64): 3, (60, 677, 702): 5, (60, 829, 843): 5, (67, 691, 718): 5, (67, 850, 866): 5, (60, 688, 702): 5, (67, 702, 718): 5, (14, 41, 254): 2, (14, 290, 503): 2, (32, 42, 61): 2, (32, 557, 565): 2, (32, 605, 624): 2, (32, 1120, 1128): 2, (59, 41, 254): 2, (59, 290, 503): 2, (60, 83, 96): 3, (60, 135, 153): 4, (60, 289, 296): 4, (60, 336, 356): 4, (60, 492, 501): 4, (60, 572, 597): 5, (67, 85, 98): 3, (67, 138, 157): 7, (67, 298, 306): 7, (67, 346, 364): 7, (67, 505, 512): 7, (67, 584, 610): 5, (11, 48, 185): 2, (11, 222, 359): 2, (32, 53, 61): 2, (32, 616, 624): 2, (56, 48, 185): 2, (56, 222, 359): 2, (60, 146, 153): 4, (60, 347, 356): 4, (67, 149, 157): 7, (67, 357, 364): 7, (14, 242, 253): 1, (14, 491, 502): 1, (59, 242, 253): 1, (59, 491, 502): 1, (32, 312, 323): 1, (32, 360, 404): 1, (32, 875, 886): 1, (32, 923, 967): 1, (32, 371, 404): 1, (32, 934, 967): 1, (20, 611, 631): 6, (42, 607, 627): 6, (42, 664, 717): 6, (65, 611, 631): 6, (42, 675, 717): 6})
L_register_upvalues(__file__, {('fib', 7): (('fib', 'fib', False),), ('fib', 52): (('fib', 'fib', False),), ('main', 5): (('_ENV', '_ENV', False),)})
L_register_gens(__file__, {('fib', 7): L_genmaker_0, ('fib', 52): L_genmaker_0, ('lcg', 17): L_genmaker_1, ('lcg', 62): L_genmaker_1, ('main', 5): L_genmaker_2})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

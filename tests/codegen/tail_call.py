from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

    def main(*varargs):

        def v_sum(n, acc):
            while True:
                if n.__class__ is int and acc.__class__ is int:
                    if n == 0 and n.__class__ is not bool:
                        return acc
                    _f8 = v_sum
                    if _f8 is v_sum:
                        n, acc = (_t5 if -1073741823 <= (_t5 := (n - 1)) <= 1073741823 else _t5 if -9223372036854775808 <= _t5 <= 9223372036854775807 else L_wrap(_t5), _t7 if -1073741823 <= (_t7 := (acc + n)) <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7))
                        continue
                    return _f8(_t5 if -1073741823 <= (_t5 := (n - 1)) <= 1073741823 else _t5 if -9223372036854775808 <= _t5 <= 9223372036854775807 else L_wrap(_t5), _t7 if -1073741823 <= (_t7 := (acc + n)) <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7))
                if n == 0 and n.__class__ is not bool:
                    return acc
                _f3 = v_sum
                if _f3 is v_sum:
                    n, acc = (n - 1 if n.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n.__class__ is int else L_sub(n, 1), acc + n if acc.__class__ is float and n.__class__ is float else (_t2 if -1073741823 <= (_t2 := (acc + n)) <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2)) if acc.__class__ is int and n.__class__ is int else L_add(acc, n))
                    continue
                return _f3(n - 1 if n.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n.__class__ is int else L_sub(n, 1), acc + n if acc.__class__ is float and n.__class__ is float else (_t2 if -1073741823 <= (_t2 := (acc + n)) <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2)) if acc.__class__ is int and n.__class__ is int else L_add(acc, n))
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(*(_r1 if (_r1 := v_sum(100000, 0)).__class__ is tuple else (_r1,)))

        def L_fn_count_2(n_1=None, *_):
            while True:
                if n_1.__class__ is int:
                    if n_1 <= 0:
                        return 'done'
                    _f5 = _ENV['count']
                    if _f5 is L_fn_count_2:
                        n_1, = (_t4 if -1073741823 <= (_t4 := (n_1 - 1)) <= 1073741823 else _t4 if -9223372036854775808 <= _t4 <= 9223372036854775807 else L_wrap(_t4),)
                        continue
                    return _f5(_t4 if -1073741823 <= (_t4 := (n_1 - 1)) <= 1073741823 else _t4 if -9223372036854775808 <= _t4 <= 9223372036854775807 else L_wrap(_t4))
                if n_1 <= 0 if n_1.__class__ is int else L_le(n_1, 0):
                    return 'done'
                _f2 = _ENV['count']
                if _f2 is L_fn_count_2:
                    n_1, = (n_1 - 1 if n_1.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n_1 - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n_1.__class__ is int else L_sub(n_1, 1),)
                    continue
                return _f2(n_1 - 1 if n_1.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n_1 - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n_1.__class__ is int else L_sub(n_1, 1))
        if _ENV.meta is None or 'count' in _ENV or '__newindex' not in _ENV.meta:
            _ENV['count'] = L_fn_count_2
        else:
            L_setindex(_ENV, 'count', L_fn_count_2)
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(*(_r3 if (_r3 := _ENV['count'](50000)).__class__ is tuple else (_r3,)))
        return ()
    return main

def L_genmaker_0():
    v_sum = None

    def v_sum__gen(n, acc):
        if n == 0 and n.__class__ is not bool:
            return acc
        return (yield from _g4(_t5, _t6)) if ((_f3 := v_sum) is not None or True) and ((_t5 := (n - 1 if n.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n.__class__ is int else L_sub(n, 1) if n.__class__ is not L_Table else (yield from L_arith_gen(L_sub, '__sub', n, 1)))) is not None or True) and ((_t6 := (acc + n if acc.__class__ is float and n.__class__ is float else (_t2 if -1073741823 <= (_t2 := (acc + n)) <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2)) if acc.__class__ is int and n.__class__ is int else L_add(acc, n) if acc.__class__ is not L_Table and n.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', acc, n)))) is not None or True) and ((_g4 := getattr(_f3, 'lua_gen', L_UNSET)) is not None and (_g4 is not L_UNSET or (_g4 := L_gen_of(_f3)) is not None)) else _f3(_t5, _t6)
        (v_sum,)
        yield
    return v_sum__gen.__code__

def L_genmaker_1():
    L_fn_count_2 = _ENV = None

    def L_fn_count_2__gen(n_1=None, *_):
        if n_1 <= 0 if n_1.__class__ is int else L_le(n_1, 0) if n_1.__class__ is not L_Table else (yield from L_le_gen(L_le, n_1, 0)):
            return 'done'
        return L_ret((yield (_t4,))) if ((_f2 := _ENV['count']) is not None or True) and ((_t4 := (n_1 - 1 if n_1.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n_1 - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n_1.__class__ is int else L_sub(n_1, 1) if n_1.__class__ is not L_Table else (yield from L_arith_gen(L_sub, '__sub', n_1, 1)))) is not None or True) and (_f2 is L_co_yield) else (_p5 if (_p5 := L_co_resume_in(_t4)).__class__ is tuple else (yield from _p5.rest())) if _f2 is L_co_resume else (yield from _g3(_t4)) if (_g3 := getattr(_f2, 'lua_gen', L_UNSET)) is not None and (_g3 is not L_UNSET or (_g3 := L_gen_of(_f2)) is not None) else _f2(_t4)
        (L_fn_count_2, _ENV)
        yield
    return L_fn_count_2__gen.__code__

def L_genmaker_2():
    _ENV = None

    def main__gen(*varargs):

        def v_sum(n, acc):
            while True:
                if n.__class__ is int and acc.__class__ is int:
                    if n == 0 and n.__class__ is not bool:
                        return acc
                    _f8 = v_sum
                    if _f8 is v_sum:
                        n, acc = (_t5 if -1073741823 <= (_t5 := (n - 1)) <= 1073741823 else _t5 if -9223372036854775808 <= _t5 <= 9223372036854775807 else L_wrap(_t5), _t7 if -1073741823 <= (_t7 := (acc + n)) <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7))
                        continue
                    return _f8(_t5 if -1073741823 <= (_t5 := (n - 1)) <= 1073741823 else _t5 if -9223372036854775808 <= _t5 <= 9223372036854775807 else L_wrap(_t5), _t7 if -1073741823 <= (_t7 := (acc + n)) <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7))
                if n == 0 and n.__class__ is not bool:
                    return acc
                _f3 = v_sum
                if _f3 is v_sum:
                    n, acc = (n - 1 if n.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n.__class__ is int else L_sub(n, 1), acc + n if acc.__class__ is float and n.__class__ is float else (_t2 if -1073741823 <= (_t2 := (acc + n)) <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2)) if acc.__class__ is int and n.__class__ is int else L_add(acc, n))
                    continue
                return _f3(n - 1 if n.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n.__class__ is int else L_sub(n, 1), acc + n if acc.__class__ is float and n.__class__ is float else (_t2 if -1073741823 <= (_t2 := (acc + n)) <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2)) if acc.__class__ is int and n.__class__ is int else L_add(acc, n))
        (yield _a7) if ((_f5 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a7 := (*(_r4 if (_r4 := ((yield from _g2(100000, 0)) if (_g2 := getattr((_f1 := v_sum), 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1(100000, 0))).__class__ is tuple else (_r4,)),)) is not None or True) and (_f5 is L_co_yield) else (_p8 if (_p8 := L_co_resume_in(*_a7)).__class__ is tuple else (yield from _p8.rest())) if _f5 is L_co_resume else (yield from _g6(*_a7)) if (_g6 := getattr(_f5, 'lua_gen', L_UNSET)) is not None and (_g6 is not L_UNSET or (_g6 := L_gen_of(_f5)) is not None) else _f5(*_a7)

        def L_fn_count_2(n_1=None, *_):
            while True:
                if n_1.__class__ is int:
                    if n_1 <= 0:
                        return 'done'
                    _f5 = _ENV['count']
                    if _f5 is L_fn_count_2:
                        n_1, = (_t4 if -1073741823 <= (_t4 := (n_1 - 1)) <= 1073741823 else _t4 if -9223372036854775808 <= _t4 <= 9223372036854775807 else L_wrap(_t4),)
                        continue
                    return _f5(_t4 if -1073741823 <= (_t4 := (n_1 - 1)) <= 1073741823 else _t4 if -9223372036854775808 <= _t4 <= 9223372036854775807 else L_wrap(_t4))
                if n_1 <= 0 if n_1.__class__ is int else L_le(n_1, 0):
                    return 'done'
                _f2 = _ENV['count']
                if _f2 is L_fn_count_2:
                    n_1, = (n_1 - 1 if n_1.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n_1 - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n_1.__class__ is int else L_sub(n_1, 1),)
                    continue
                return _f2(n_1 - 1 if n_1.__class__ is float else (_t1 if -1073741823 <= (_t1 := (n_1 - 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if n_1.__class__ is int else L_sub(n_1, 1))
        if _ENV.meta is None or 'count' in _ENV or '__newindex' not in _ENV.meta:
            _ENV['count'] = L_fn_count_2
        else:
            yield from L_setindex_gen(_ENV, 'count', L_fn_count_2)
        (yield _a15) if ((_f13 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a15 := (*(_r12 if (_r12 := (L_ret((yield (50000,))) if (_f9 := _ENV['count']) is L_co_yield else (_p11 if (_p11 := L_co_resume_in(50000)).__class__ is tuple else (yield from _p11.rest())) if _f9 is L_co_resume else (yield from _g10(50000)) if (_g10 := getattr(_f9, 'lua_gen', L_UNSET)) is not None and (_g10 is not L_UNSET or (_g10 := L_gen_of(_f9)) is not None) else _f9(50000))).__class__ is tuple else (_r12,)),)) is not None or True) and (_f13 is L_co_yield) else (_p16 if (_p16 := L_co_resume_in(*_a15)).__class__ is tuple else (yield from _p16.rest())) if _f13 is L_co_resume else (yield from _g14(*_a15)) if (_g14 := getattr(_f13, 'lua_gen', L_UNSET)) is not None and (_g14 is not L_UNSET or (_g14 := L_gen_of(_f13)) is not None) else _f13(*_a15)
        return ()
        (_ENV,)
        yield
    return main__gen.__code__

L_register(__file__, 'tail_call.lua', (("local 'n'", None), ("local 'acc'", "local 'n'"), ("upvalue 'sum'",), ("upvalue '_ENV'",), ("local 'sum'",), ("global 'print'",), ("global 'count'",)), {1: 1, 3: 1, 51: 2, 62: 8, 73: 1, 5: 1, 49: 1, 52: 2, 54: 2, 60: 2, 63: 8, 65: 8, 71: 8, 74: 1, 76: 1, 122: 1, 7: 2, 24: 6, 26: 8, 43: 8, 47: 12, 48: 12, 55: 3, 57: 4, 58: 2, 59: 2, 66: 9, 68: 10, 69: 8, 70: 8, 78: 2, 95: 6, 97: 8, 114: 8, 118: 12, 119: 12, 120: 1, 121: 1, 8: 2, 27: 8, 44: 8, 46: 8, 56: 3, 67: 9, 79: 2, 98: 8, 115: 8, 117: 8, 9: 2, 17: 3, 19: 4, 20: 4, 23: 4, 28: 8, 36: 9, 38: 10, 39: 10, 42: 10, 80: 2, 88: 3, 90: 4, 91: 4, 94: 4, 99: 8, 107: 9, 109: 10, 110: 10, 113: 10, 10: 3, 12: 4, 13: 4, 16: 4, 18: 3, 21: 4, 22: 4, 29: 9, 31: 10, 32: 10, 35: 10, 37: 9, 40: 10, 41: 10, 81: 3, 83: 4, 84: 4, 87: 4, 89: 3, 92: 4, 93: 4, 100: 9, 102: 10, 103: 10, 106: 10, 108: 9, 111: 10, 112: 10, 11: 3, 14: 4, 15: 4, 30: 9, 33: 10, 34: 10, 82: 3, 85: 4, 86: 4, 101: 9, 104: 10, 105: 10}, {(24, 8, 133): 6, (47, 8, 137): 6, (57, 16, 40): 3, (57, 959, 972): 3, (24, 51, 64): 4, (38, 22, 35): 4, (47, 51, 64): 4, (57, 27, 40): 3, (109, 22, 35): 4, (31, 26, 39): 4, (68, 570, 589): 7, (68, 716, 724): 7, (95, 525, 545): 6, (95, 672, 681): 6, (102, 26, 39): 4, (118, 709, 731): 6, (118, 863, 874): 6, (68, 581, 589): 7, (95, 536, 545): 6, (118, 720, 731): 6, (23, 224, 235): 1, (23, 490, 503): 2, (42, 232, 245): 1, (68, 49, 62): 4, (94, 224, 235): 1, (94, 490, 503): 2, (113, 232, 245): 1, (21, 227, 238): 1, (21, 493, 506): 2, (24, 83, 99): 5, (40, 233, 246): 1, (47, 83, 103): 7, (68, 472, 491): 7, (92, 227, 238): 1, (92, 493, 506): 2, (95, 75, 88): 4, (95, 426, 446): 6, (111, 233, 246): 1, (118, 77, 90): 4, (118, 607, 628): 6, (47, 83, 96): 4, (57, 293, 304): 1, (57, 341, 385): 1, (57, 677, 690): 2, (57, 760, 806): 2, (68, 304, 317): 1, (68, 356, 402): 1, (57, 352, 385): 1, (57, 771, 806): 2, (68, 367, 402): 1, (95, 145, 170): 5, (95, 308, 322): 5, (95, 156, 170): 5, (118, 184, 197): 4, (118, 337, 359): 7, (118, 489, 499): 7, (118, 348, 359): 7, (118, 236, 257): 7})
L_register_upvalues(__file__, {('v_sum', 7): (('sum', 'v_sum', False),), ('v_sum', 78): (('sum', 'v_sum', False),), ('L_fn_count_2', 26): (('_ENV', '_ENV', False),), ('L_fn_count_2', 97): (('_ENV', '_ENV', False),), ('main', 5): (('_ENV', '_ENV', False),)})
L_register_locals(__file__, {('v_sum', 7): (('n', 'n', False, 2, 5, 0), ('acc', 'acc', False, 2, 5, 0)), ('v_sum', 78): (('n', 'n', False, 2, 5, 0), ('acc', 'acc', False, 2, 5, 0)), ('L_fn_count_2', 26): (('n', 'n_1', False, 8, 11, 0),), ('L_fn_count_2', 97): (('n', 'n_1', False, 8, 11, 0),), ('main', 5): (('sum', 'v_sum', False, 0, 1073741824, 0),)})
L_register_gens(__file__, {('v_sum', 7): L_genmaker_0, ('v_sum', 78): L_genmaker_0, ('L_fn_count_2', 26): L_genmaker_1, ('L_fn_count_2', 97): L_genmaker_1, ('main', 5): L_genmaker_2})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

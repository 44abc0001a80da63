from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

    def main(*varargs):
        _g1 = 0
        while True:
            if _g1 < 0:
                _g1 = -_g1
            if _g1 == 0:
                for i in range(1, 6):
                    _g2 = 0
                    while True:
                        if _g2 == 0:
                            if ((_t3 := (i % 2)) is not None or True) and _t3 == 0 and (_t3.__class__ is not bool):
                                _g2 = 1
                                continue
                            (_t4['write'] if (_t4 := _ENV['io']).__class__ is L_Table else L_index(_t4, 'write'))(i, ' ')
                        break
                (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])()
                n = 0
            if _g1 <= 1:
                n = _t6 if -1073741823 <= (_t6 := (n + 1)) <= 1073741823 else _t6 if -9223372036854775808 <= _t6 <= 9223372036854775807 else L_wrap(_t6)
                if n < 3:
                    _g1 = 1
                    continue
                (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(n)
                for i_1 in range(1, 4):
                    for j in range(1, 4):
                        if (_t8 if -1073741823 <= (_t8 := (i_1 * j)) <= 1073741823 else _t8 if -9223372036854775808 <= _t8 <= 9223372036854775807 else L_wrap(_t8)) == 4:
                            _g1 = -2
                            break
                    if _g1 < 0:
                        break
                if _g1 < 0:
                    continue
            if _g1 <= 2:
                (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])('out')
            break
        return ()
    return main

def L_genmaker_0():
    _ENV = None

    def main__gen(*varargs):
        _g1 = 0
        while True:
            if _g1 < 0:
                _g1 = -_g1
            if _g1 == 0:
                for i in range(1, 6):
                    _g2 = 0
                    while True:
                        if _g2 == 0:
                            if ((_t3 := (i % 2)) is not None or True) and _t3 == 0 and (_t3.__class__ is not bool):
                                _g2 = 1
                                continue
                            (yield (i, ' ')) if (_f5 := (_t4['write'] if (_t4 := _ENV['io']).__class__ is L_Table and _t4.meta is None else (yield from L_index_gen(_t4, 'write')))) is L_co_yield else (_p7 if (_p7 := L_co_resume_in(i, ' ')).__class__ is tuple else (yield from _p7.rest())) if _f5 is L_co_resume else (yield from _g6(i, ' ')) if (_g6 := getattr(_f5, 'lua_gen', L_UNSET)) is not None and (_g6 is not L_UNSET or (_g6 := L_gen_of(_f5)) is not None) else _f5(i, ' ')
                        break
                (yield ()) if (_f8 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is L_co_yield else (_p10 if (_p10 := L_co_resume_in()).__class__ is tuple else (yield from _p10.rest())) if _f8 is L_co_resume else (yield from _g9()) if (_g9 := getattr(_f8, 'lua_gen', L_UNSET)) is not None and (_g9 is not L_UNSET or (_g9 := L_gen_of(_f8)) is not None) else _f8()
                n = 0
            if _g1 <= 1:
                n = _t12 if -1073741823 <= (_t12 := (n + 1)) <= 1073741823 else _t12 if -9223372036854775808 <= _t12 <= 9223372036854775807 else L_wrap(_t12)
                if n < 3:
                    _g1 = 1
                    continue
                (yield (n,)) if (_f13 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is L_co_yield else (_p15 if (_p15 := L_co_resume_in(n)).__class__ is tuple else (yield from _p15.rest())) if _f13 is L_co_resume else (yield from _g14(n)) if (_g14 := getattr(_f13, 'lua_gen', L_UNSET)) is not None and (_g14 is not L_UNSET or (_g14 := L_gen_of(_f13)) is not None) else _f13(n)
                for i_1 in range(1, 4):
                    for j in range(1, 4):
                        if (_t17 if -1073741823 <= (_t17 := (i_1 * j)) <= 1073741823 else _t17 if -9223372036854775808 <= _t17 <= 9223372036854775807 else L_wrap(_t17)) == 4:
                            _g1 = -2
                            break
                    if _g1 < 0:
                        break
                if _g1 < 0:
                    continue
            if _g1 <= 2:
                (yield ('out',)) if (_f18 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is L_co_yield else (_p20 if (_p20 := L_co_resume_in('out')).__class__ is tuple else (yield from _p20.rest())) if _f18 is L_co_resume else (yield from _g19('out')) if (_g19 := getattr(_f18, 'lua_gen', L_UNSET)) is not None and (_g19 is not L_UNSET or (_g19 := L_gen_of(_f18)) is not None) else _f18('out')
            break
        return ()
        (_ENV,)
        yield
    return main__gen.__code__

L_register(__file__, 'goto.lua', (("local 'i'", None), ("upvalue '_ENV'",), ("global 'io'",), ("field 'write'",), ("global 'print'",), ("local 'n'", None), ("local 'i'", "local 'j'")), {1: 1, 3: 1, 43: 1, 5: 1, 41: 1, 44: 1, 46: 1, 84: 1, 6: 20, 7: 20, 40: 20, 47: 20, 48: 20, 81: 20, 82: 1, 83: 1, 8: 20, 10: 20, 22: 20, 37: 20, 39: 20, 49: 20, 51: 20, 63: 20, 78: 20, 80: 20, 9: 20, 11: 3, 20: 8, 21: 9, 23: 11, 24: 12, 27: 13, 28: 14, 35: 14, 38: 20, 50: 20, 52: 3, 61: 8, 62: 9, 64: 11, 65: 12, 68: 13, 69: 14, 76: 14, 79: 20, 12: 5, 13: 5, 25: 12, 26: 12, 29: 15, 33: 15, 36: 14, 53: 5, 54: 5, 66: 12, 67: 12, 70: 15, 74: 15, 77: 14, 14: 5, 19: 5, 30: 16, 34: 15, 55: 5, 60: 5, 71: 16, 75: 15, 15: 4, 18: 5, 31: 16, 32: 16, 56: 4, 59: 5, 72: 16, 73: 16, 16: 4, 17: 4, 57: 4, 58: 4}, {(20, 16, 75): 5, (27, 16, 76): 5, (38, 16, 80): 5, (20, 59, 72): 2, (27, 59, 72): 2, (38, 59, 72): 2, (18, 28, 121): 4, (61, 230, 246): 5, (61, 373, 378): 5, (68, 235, 253): 5, (68, 385, 392): 5, (79, 243, 265): 5, (79, 397, 408): 5, (61, 81, 94): 2, (61, 241, 246): 5, (68, 84, 97): 2, (68, 246, 253): 5, (79, 88, 101): 2, (79, 254, 265): 5, (18, 91, 112): 3, (59, 317, 339): 4, (59, 466, 477): 4, (61, 134, 150): 5, (68, 137, 154): 5, (79, 141, 162): 5, (59, 141, 177): 3, (59, 328, 339): 4, (18, 53, 63): 2, (59, 152, 177): 3, (59, 216, 238): 4, (59, 81, 91): 2})
L_register_upvalues(__file__, {('main', 5): (('_ENV', '_ENV', False),)})
L_register_locals(__file__, {('main', 5): (('i', 'i', False, 0, 7, 3), ('n', 'n', False, 0, 1073741824, 0), ('i', 'i_1', False, 0, 18, 3), ('j', 'j', False, 0, 17, 3))})
L_register_gens(__file__, {('main', 5): L_genmaker_0})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

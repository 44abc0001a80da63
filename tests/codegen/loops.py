from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

    def main(*varargs):
        for i in range(1, 4):
            (_t1['write'] if (_t1 := _ENV['io']).__class__ is L_Table else L_index(_t1, 'write'))(i, ' ')
        for i_1 in L_forrange(10, 1, -4):
            (_t2['write'] if (_t2 := _ENV['io']).__class__ is L_Table else L_index(_t2, 'write'))(i_1, ' ')
        lim = _r3 if (_r3 := (L_g_tonumber[1] if L_g_tonumber[0] is _ENV else _ENV['tonumber'])('2')).__class__ is not tuple else _r3[0] if _r3 else None
        for i_2 in range(1, lim + 1) if lim.__class__ is int else L_forrange(1, lim, 1):
            (_t4['write'] if (_t4 := _ENV['io']).__class__ is L_Table else L_index(_t4, 'write'))(i_2, ' ')
        for x in L_forrange(0, 1, 0.5):
            (_t5['write'] if (_t5 := _ENV['io']).__class__ is L_Table else L_index(_t5, 'write'))(x, ' ')
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])()
        k = 0
        while k < 3:
            k = _t7 if -1073741823 <= (_t7 := (k + 1)) <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7)
        while True:
            stop = k > 5
            k = _t9 if -1073741823 <= (_t9 := (k + 1)) <= 1073741823 else _t9 if -9223372036854775808 <= _t9 <= 9223372036854775807 else L_wrap(_t9)
            if stop:
                break
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(k)
        return ()
    return main

def L_genmaker_0():
    _ENV = None

    def main__gen(*varargs):
        for i in range(1, 4):
            (yield (i, ' ')) if (_f2 := (_t1['write'] if (_t1 := _ENV['io']).__class__ is L_Table and _t1.meta is None else (yield from L_index_gen(_t1, 'write')))) is L_co_yield else (_p4 if (_p4 := L_co_resume_in(i, ' ')).__class__ is tuple else (yield from _p4.rest())) if _f2 is L_co_resume else (yield from _g3(i, ' ')) if (_g3 := getattr(_f2, 'lua_gen', L_UNSET)) is not None and (_g3 is not L_UNSET or (_g3 := L_gen_of(_f2)) is not None) else _f2(i, ' ')
        for i_1 in L_forrange(10, 1, -4):
            (yield (i_1, ' ')) if (_f6 := (_t5['write'] if (_t5 := _ENV['io']).__class__ is L_Table and _t5.meta is None else (yield from L_index_gen(_t5, 'write')))) is L_co_yield else (_p8 if (_p8 := L_co_resume_in(i_1, ' ')).__class__ is tuple else (yield from _p8.rest())) if _f6 is L_co_resume else (yield from _g7(i_1, ' ')) if (_g7 := getattr(_f6, 'lua_gen', L_UNSET)) is not None and (_g7 is not L_UNSET or (_g7 := L_gen_of(_f6)) is not None) else _f6(i_1, ' ')
        lim = _r12 if (_r12 := (L_ret((yield ('2',))) if (_f9 := (L_g_tonumber[1] if L_g_tonumber[0] is _ENV else _ENV['tonumber'])) is L_co_yield else (_p11 if (_p11 := L_co_resume_in('2')).__class__ is tuple else (yield from _p11.rest())) if _f9 is L_co_resume else (yield from _g10('2')) if (_g10 := getattr(_f9, 'lua_gen', L_UNSET)) is not None and (_g10 is not L_UNSET or (_g10 := L_gen_of(_f9)) is not None) else _f9('2'))).__class__ is not tuple else _r12[0] if _r12 else None
        for i_2 in range(1, lim + 1) if lim.__class__ is int else L_forrange(1, lim, 1):
            (yield (i_2, ' ')) if (_f14 := (_t13['write'] if (_t13 := _ENV['io']).__class__ is L_Table and _t13.meta is None else (yield from L_index_gen(_t13, 'write')))) is L_co_yield else (_p16 if (_p16 := L_co_resume_in(i_2, ' ')).__class__ is tuple else (yield from _p16.rest())) if _f14 is L_co_resume else (yield from _g15(i_2, ' ')) if (_g15 := getattr(_f14, 'lua_gen', L_UNSET)) is not None and (_g15 is not L_UNSET or (_g15 := L_gen_of(_f14)) is not None) else _f14(i_2, ' ')
        for x in L_forrange(0, 1, 0.5):
            (yield (x, ' ')) if (_f18 := (_t17['write'] if (_t17 := _ENV['io']).__class__ is L_Table and _t17.meta is None else (yield from L_index_gen(_t17, 'write')))) is L_co_yield else (_p20 if (_p20 := L_co_resume_in(x, ' ')).__class__ is tuple else (yield from _p20.rest())) if _f18 is L_co_resume else (yield from _g19(x, ' ')) if (_g19 := getattr(_f18, 'lua_gen', L_UNSET)) is not None and (_g19 is not L_UNSET or (_g19 := L_gen_of(_f18)) is not None) else _f18(x, ' ')
        (yield ()) if (_f21 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is L_co_yield else (_p23 if (_p23 := L_co_resume_in()).__class__ is tuple else (yield from _p23.rest())) if _f21 is L_co_resume else (yield from _g22()) if (_g22 := getattr(_f21, 'lua_gen', L_UNSET)) is not None and (_g22 is not L_UNSET or (_g22 := L_gen_of(_f21)) is not None) else _f21()
        k = 0
        while k < 3:
            k = _t25 if -1073741823 <= (_t25 := (k + 1)) <= 1073741823 else _t25 if -9223372036854775808 <= _t25 <= 9223372036854775807 else L_wrap(_t25)
        while True:
            stop = k > 5
            k = _t27 if -1073741823 <= (_t27 := (k + 1)) <= 1073741823 else _t27 if -9223372036854775808 <= _t27 <= 9223372036854775807 else L_wrap(_t27)
            if stop:
                break
        (yield (k,)) if (_f28 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is L_co_yield else (_p30 if (_p30 := L_co_resume_in(k)).__class__ is tuple else (yield from _p30.rest())) if _f28 is L_co_resume else (yield from _g29(k)) if (_g29 := getattr(_f28, 'lua_gen', L_UNSET)) is not None and (_g29 is not L_UNSET or (_g29 := L_gen_of(_f28)) is not None) else _f28(k)
        return ()
        (_ENV,)
        yield
    return main__gen.__code__

L_register(__file__, 'loops.lua', (("upvalue '_ENV'",), ("global 'io'",), ("field 'write'",), ("global 'tonumber'",), ("global 'print'",), ("local 'k'", None)), {1: 1, 3: 1, 28: 1, 5: 1, 26: 1, 29: 1, 31: 1, 54: 1, 6: 3, 8: 4, 10: 5, 11: 6, 13: 7, 15: 8, 16: 9, 17: 10, 19: 11, 24: 12, 25: 12, 32: 3, 34: 4, 36: 5, 37: 6, 39: 7, 41: 8, 42: 9, 43: 10, 45: 11, 50: 12, 51: 12, 52: 1, 53: 1, 7: 3, 9: 4, 12: 6, 14: 7, 18: 10, 20: 11, 21: 11, 22: 11, 33: 3, 35: 4, 38: 6, 40: 7, 44: 10, 46: 11, 47: 11, 48: 11, 23: 11, 49: 11}, {(15, 8, 67): 5, (24, 8, 68): 5, (7, 12, 105): 3, (9, 12, 107): 3, (12, 12, 107): 3, (14, 12, 105): 3, (15, 51, 64): 1, (24, 51, 64): 1, (7, 75, 96): 2, (9, 75, 96): 2, (12, 75, 96): 2, (14, 75, 96): 2, (41, 224, 241): 5, (41, 373, 379): 5, (50, 227, 245): 5, (50, 377, 384): 5, (10, 29, 100): 4, (33, 301, 323): 3, (33, 450, 461): 3, (35, 305, 329): 3, (35, 456, 469): 3, (38, 314, 339): 3, (38, 471, 485): 3, (40, 310, 333): 3, (40, 465, 477): 3, (41, 74, 87): 1, (41, 235, 241): 5, (50, 76, 89): 1, (50, 238, 245): 5, (33, 125, 161): 2, (33, 312, 323): 3, (35, 127, 163): 2, (35, 316, 329): 3, (38, 131, 168): 2, (38, 325, 339): 3, (40, 129, 166): 2, (40, 321, 333): 3, (7, 37, 47): 1, (9, 37, 47): 1, (10, 78, 94): 1, (12, 37, 47): 1, (14, 37, 47): 1, (33, 136, 161): 2, (35, 138, 163): 2, (38, 142, 168): 2, (40, 140, 166): 2, (41, 127, 143): 5, (50, 129, 146): 5, (33, 200, 222): 3, (35, 202, 226): 3, (36, 269, 289): 4, (36, 419, 427): 4, (38, 209, 233): 3, (40, 207, 229): 3, (36, 114, 130): 1, (36, 280, 289): 4, (33, 65, 75): 1, (35, 67, 77): 1, (38, 70, 80): 1, (40, 68, 78): 1, (36, 170, 189): 4})
L_register_upvalues(__file__, {('main', 5): (('_ENV', '_ENV', False),)})
L_register_locals(__file__, {('main', 5): (('i', 'i', False, 0, 3, 3), ('i', 'i_1', False, 0, 4, 3), ('lim', 'lim', False, 0, 1073741824, 0), ('i', 'i_2', False, 0, 6, 3), ('x', 'x', False, 0, 7, 3), ('k', 'k', False, 0, 1073741824, 0), ('stop', 'stop', False, 0, 11, 0))})
L_register_gens(__file__, {('main', 5): L_genmaker_0})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

    def main(*varargs):
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(_r2 if (_r2 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t1['floor'] if (_t1 := _ENV['math']).__class__ is L_Table else L_index(_t1, 'floor'))(3.7)).__class__ is not tuple else _r2[0] if _r2 else None, _r4 if (_r4 := (L_g_string_rep[1] if L_g_string_rep[0] is _ENV else _t3['rep'] if (_t3 := _ENV['string']).__class__ is L_Table else L_index(_t3, 'rep'))('ab', 3)).__class__ is not tuple else _r4[0] if _r4 else None, *(_r5 if (_r5 := (L_g_select[1] if L_g_select[0] is _ENV else _ENV['select'])('#', 1, 2)).__class__ is tuple else (_r5,)))
        t = L_Table()
        if (t.meta is None or 'print' in t or '__newindex' not in t.meta) and t not in L_WATCHED:
            t['print'] = 1
        else:
            L_setindex(t, 'print', 1)
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(t['print'], *(_r6 if (_r6 := (L_g_type[1] if L_g_type[0] is _ENV else _ENV['type'])(L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])).__class__ is tuple else (_r6,)))
        old = L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t7['floor'] if (_t7 := _ENV['math']).__class__ is L_Table else L_index(_t7, 'floor')
        _t8 = _ENV['math']

        def L_fn_anon_1(x=None, *_):
            return 'replaced ' + x if x.__class__ is str else L_concat('replaced ', x)
        if _t8.__class__ is L_Table and (_t8.meta is None or 'floor' in _t8 or '__newindex' not in _t8.meta) and (_t8 not in L_WATCHED):
            _t8['floor'] = L_fn_anon_1
        else:
            L_setindex(_t8, 'floor', L_fn_anon_1)
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(*(_r10 if (_r10 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t9['floor'] if (_t9 := _ENV['math']).__class__ is L_Table else L_index(_t9, 'floor'))(2)).__class__ is tuple else (_r10,)))
        _t11 = _ENV['math']
        if _t11.__class__ is L_Table and (_t11.meta is None or 'floor' in _t11 or '__newindex' not in _t11.meta) and (old is not None) and (_t11 not in L_WATCHED):
            _t11['floor'] = old
        else:
            L_setindex(_t11, 'floor', old)
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(*(_r13 if (_r13 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t12['floor'] if (_t12 := _ENV['math']).__class__ is L_Table else L_index(_t12, 'floor'))(2.5)).__class__ is tuple else (_r13,)))

        def L_fn_max_2(a, b):
            return a
        v_max = L_fn_max_2
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(v_max(1, 2), *(_r15 if (_r15 := (L_g_math_max[1] if L_g_math_max[0] is _ENV else _t14['max'] if (_t14 := _ENV['math']).__class__ is L_Table else L_index(_t14, 'max'))(1, 2)).__class__ is tuple else (_r15,)))
        return ()
    return main

def L_genmaker_0():

    def L_fn_anon_1__gen(x=None, *_):
        return 'replaced ' + x if x.__class__ is str else L_concat('replaced ', x) if x.__class__ is not L_Table else (yield from L_arith_gen(L_concat, '__concat', 'replaced ', x))
        yield
    return L_fn_anon_1__gen.__code__

def L_genmaker_1():
    _ENV = None

    def main__gen(*varargs):
        (yield _a17) if ((_f15 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a17 := (_r5 if (_r5 := (L_ret((yield (3.7,))) if (_f2 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t1['floor'] if (_t1 := _ENV['math']).__class__ is L_Table and _t1.meta is None else (yield from L_index_gen(_t1, 'floor')))) is L_co_yield else (_p4 if (_p4 := L_co_resume_in(3.7)).__class__ is tuple else (yield from _p4.rest())) if _f2 is L_co_resume else (yield from _g3(3.7)) if (_g3 := getattr(_f2, 'lua_gen', L_UNSET)) is not None and (_g3 is not L_UNSET or (_g3 := L_gen_of(_f2)) is not None) else _f2(3.7))).__class__ is not tuple else _r5[0] if _r5 else None, _r10 if (_r10 := (L_ret((yield ('ab', 3))) if (_f7 := (L_g_string_rep[1] if L_g_string_rep[0] is _ENV else _t6['rep'] if (_t6 := _ENV['string']).__class__ is L_Table and _t6.meta is None else (yield from L_index_gen(_t6, 'rep')))) is L_co_yield else (_p9 if (_p9 := L_co_resume_in('ab', 3)).__class__ is tuple else (yield from _p9.rest())) if _f7 is L_co_resume else (yield from _g8('ab', 3)) if (_g8 := getattr(_f7, 'lua_gen', L_UNSET)) is not None and (_g8 is not L_UNSET or (_g8 := L_gen_of(_f7)) is not None) else _f7('ab', 3))).__class__ is not tuple else _r10[0] if _r10 else None, *(_r14 if (_r14 := (L_ret((yield ('#', 1, 2))) if (_f11 := (L_g_select[1] if L_g_select[0] is _ENV else _ENV['select'])) is L_co_yield else (_p13 if (_p13 := L_co_resume_in('#', 1, 2)).__class__ is tuple else (yield from _p13.rest())) if _f11 is L_co_resume else (yield from _g12('#', 1, 2)) if (_g12 := getattr(_f11, 'lua_gen', L_UNSET)) is not None and (_g12 is not L_UNSET or (_g12 := L_gen_of(_f11)) is not None) else _f11('#', 1, 2))).__class__ is tuple else (_r14,)))) is not None or True) and (_f15 is L_co_yield) else (_p18 if (_p18 := L_co_resume_in(*_a17)).__class__ is tuple else (yield from _p18.rest())) if _f15 is L_co_resume else (yield from _g16(*_a17)) if (_g16 := getattr(_f15, 'lua_gen', L_UNSET)) is not None and (_g16 is not L_UNSET or (_g16 := L_gen_of(_f15)) is not None) else _f15(*_a17)
        t = L_Table()
        if (t.meta is None or 'print' in t or '__newindex' not in t.meta) and t not in L_WATCHED:
            t['print'] = 1
        else:
            yield from L_setindex_gen(t, 'print', 1)
        (yield _a25) if ((_f23 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a25 := (t['print'] if t.__class__ is L_Table and t.meta is None else (yield from L_index_gen(t, 'print')), *(_r22 if (_r22 := (L_ret((yield (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'],))) if (_f19 := (L_g_type[1] if L_g_type[0] is _ENV else _ENV['type'])) is L_co_yield else (_p21 if (_p21 := L_co_resume_in(L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])).__class__ is tuple else (yield from _p21.rest())) if _f19 is L_co_resume else (yield from _g20(L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) if (_g20 := getattr(_f19, 'lua_gen', L_UNSET)) is not None and (_g20 is not L_UNSET or (_g20 := L_gen_of(_f19)) is not None) else _f19(L_g_print[1] if L_g_print[0] is _ENV else _ENV['print']))).__class__ is tuple else (_r22,)))) is not None or True) and (_f23 is L_co_yield) else (_p26 if (_p26 := L_co_resume_in(*_a25)).__class__ is tuple else (yield from _p26.rest())) if _f23 is L_co_resume else (yield from _g24(*_a25)) if (_g24 := getattr(_f23, 'lua_gen', L_UNSET)) is not None and (_g24 is not L_UNSET or (_g24 := L_gen_of(_f23)) is not None) else _f23(*_a25)
        old = L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t27['floor'] if (_t27 := _ENV['math']).__class__ is L_Table and _t27.meta is None else (yield from L_index_gen(_t27, 'floor'))
        _t28 = _ENV['math']

        def L_fn_anon_1(x=None, *_):
            return 'replaced ' + x if x.__class__ is str else L_concat('replaced ', x)
        if _t28.__class__ is L_Table and (_t28.meta is None or 'floor' in _t28 or '__newindex' not in _t28.meta) and (_t28 not in L_WATCHED):
            _t28['floor'] = L_fn_anon_1
        else:
            yield from L_setindex_gen(_t28, 'floor', L_fn_anon_1)
        (yield _a36) if ((_f34 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a36 := (*(_r33 if (_r33 := (L_ret((yield (2,))) if (_f30 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t29['floor'] if (_t29 := _ENV['math']).__class__ is L_Table and _t29.meta is None else (yield from L_index_gen(_t29, 'floor')))) is L_co_yield else (_p32 if (_p32 := L_co_resume_in(2)).__class__ is tuple else (yield from _p32.rest())) if _f30 is L_co_resume else (yield from _g31(2)) if (_g31 := getattr(_f30, 'lua_gen', L_UNSET)) is not None and (_g31 is not L_UNSET or (_g31 := L_gen_of(_f30)) is not None) else _f30(2))).__class__ is tuple else (_r33,)),)) is not None or True) and (_f34 is L_co_yield) else (_p37 if (_p37 := L_co_resume_in(*_a36)).__class__ is tuple else (yield from _p37.rest())) if _f34 is L_co_resume else (yield from _g35(*_a36)) if (_g35 := getattr(_f34, 'lua_gen', L_UNSET)) is not None and (_g35 is not L_UNSET or (_g35 := L_gen_of(_f34)) is not None) else _f34(*_a36)
        _t38 = _ENV['math']
        if _t38.__class__ is L_Table and (_t38.meta is None or 'floor' in _t38 or '__newindex' not in _t38.meta) and (old is not None) and (_t38 not in L_WATCHED):
            _t38['floor'] = old
        else:
            yield from L_setindex_gen(_t38, 'floor', old)
        (yield _a46) if ((_f44 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a46 := (*(_r43 if (_r43 := (L_ret((yield (2.5,))) if (_f40 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t39['floor'] if (_t39 := _ENV['math']).__class__ is L_Table and _t39.meta is None else (yield from L_index_gen(_t39, 'floor')))) is L_co_yield else (_p42 if (_p42 := L_co_resume_in(2.5)).__class__ is tuple else (yield from _p42.rest())) if _f40 is L_co_resume else (yield from _g41(2.5)) if (_g41 := getattr(_f40, 'lua_gen', L_UNSET)) is not None and (_g41 is not L_UNSET or (_g41 := L_gen_of(_f40)) is not None) else _f40(2.5))).__class__ is tuple else (_r43,)),)) is not None or True) and (_f44 is L_co_yield) else (_p47 if (_p47 := L_co_resume_in(*_a46)).__class__ is tuple else (yield from _p47.rest())) if _f44 is L_co_resume else (yield from _g45(*_a46)) if (_g45 := getattr(_f44, 'lua_gen', L_UNSET)) is not None and (_g45 is not L_UNSET or (_g45 := L_gen_of(_f44)) is not None) else _f44(*_a46)

        def L_fn_max_2(a, b):
            return a
        v_max = L_fn_max_2
        (yield _a58) if ((_f56 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a58 := ((yield from _g49(1, 2)) if (_g49 := getattr((_f48 := v_max), 'lua_gen', L_UNSET)) is not None and (_g49 is not L_UNSET or (_g49 := L_gen_of(_f48)) is not None) else _f48(1, 2), *(_r55 if (_r55 := (L_ret((yield (1, 2))) if (_f52 := (L_g_math_max[1] if L_g_math_max[0] is _ENV else _t51['max'] if (_t51 := _ENV['math']).__class__ is L_Table and _t51.meta is None else (yield from L_index_gen(_t51, 'max')))) is L_co_yield else (_p54 if (_p54 := L_co_resume_in(1, 2)).__class__ is tuple else (yield from _p54.rest())) if _f52 is L_co_resume else (yield from _g53(1, 2)) if (_g53 := getattr(_f52, 'lua_gen', L_UNSET)) is not None and (_g53 is not L_UNSET or (_g53 := L_gen_of(_f52)) is not None) else _f52(1, 2))).__class__ is tuple else (_r55,)))) is not None or True) and (_f56 is L_co_yield) else (_p59 if (_p59 := L_co_resume_in(*_a58)).__class__ is tuple else (yield from _p59.rest())) if _f56 is L_co_resume else (yield from _g57(*_a58)) if (_g57 := getattr(_f56, 'lua_gen', L_UNSET)) is not None and (_g57 is not L_UNSET or (_g57 := L_gen_of(_f56)) is not None) else _f56(*_a58)
        return ()
        (_ENV,)
        yield
    return main__gen.__code__

L_register(__file__, 'library_guards.lua', (("upvalue '_ENV'",), ("global 'math'",), ("field 'floor'",), ("global 'string'",), ("field 'rep'",), ("global 'select'",), ("global 'print'",), ("local 't'",), ("global 'type'",), ("constant 'replaced '", "local 'x'"), ("local 'max'",), ("field 'max'",)), {1: 1, 3: 1, 37: 8, 44: 1, 5: 1, 35: 1, 39: 8, 42: 8, 45: 1, 47: 1, 79: 1, 6: 3, 7: 4, 8: 5, 12: 6, 13: 7, 14: 8, 16: 8, 18: 8, 22: 9, 23: 10, 24: 10, 28: 11, 30: 12, 32: 12, 33: 13, 34: 13, 40: 8, 41: 8, 48: 3, 49: 4, 50: 5, 54: 6, 55: 7, 56: 8, 58: 8, 60: 8, 64: 9, 65: 10, 66: 10, 70: 11, 72: 12, 74: 12, 75: 13, 76: 13, 77: 1, 78: 1, 9: 5, 11: 5, 17: 8, 19: 8, 21: 8, 25: 10, 27: 10, 31: 12, 51: 5, 53: 5, 59: 8, 61: 8, 63: 8, 67: 10, 69: 10, 73: 12}, {(6, 8, 618): 7, (12, 8, 240): 7, (14, 14, 26): 1, (22, 8, 262): 7, (23, 15, 27): 1, (28, 8, 267): 7, (33, 8, 273): 7, (56, 15, 27): 1, (65, 15, 27): 1, (11, 12, 37): 8, (21, 12, 49): 2, (27, 12, 42): 2, (33, 66, 77): 11, (53, 12, 52): 8, (63, 12, 65): 2, (69, 12, 57): 2, (6, 51, 64): 1, (12, 51, 64): 1, (13, 130, 151): 2, (17, 62, 86): 10, (22, 51, 64): 1, (28, 51, 64): 1, (33, 51, 64): 1, (40, 58, 82): 10, (40, 119, 179): 10, (53, 23, 52): 8, (55, 155, 192): 2, (59, 62, 86): 10, (63, 23, 65): 2, (69, 23, 57): 2, (40, 130, 179): 10, (48, 1934, 1956): 7, (48, 2088, 2099): 7, (54, 1053, 1075): 7, (54, 1207, 1218): 7, (55, 166, 192): 2, (64, 866, 888): 7, (64, 1020, 1031): 7, (70, 874, 896): 7, (70, 1028, 1039): 7, (75, 1045, 1067): 7, (75, 1199, 1210): 7, (48, 1945, 1956): 7, (54, 1064, 1075): 7, (64, 877, 888): 7, (70, 885, 896): 7, (75, 1056, 1067): 7, (6, 81, 225): 3, (6, 295, 441): 5, (13, 90, 102): 1, (6, 513, 584): 6, (12, 95, 206): 9, (22, 85, 227): 3, (28, 85, 232): 3, (33, 98, 238): 12, (48, 77, 90): 1, (48, 1832, 1853): 7, (54, 77, 90): 1, (54, 951, 972): 7, (55, 92, 104): 1, (64, 77, 90): 1, (64, 764, 785): 7, (70, 77, 90): 1, (70, 772, 793): 7, (75, 77, 90): 1, (75, 943, 964): 7, (54, 191, 225): 8, (75, 130, 151): 11, (75, 294, 304): 11, (6, 198, 219): 2, (6, 412, 431): 4, (6, 558, 572): 1, (12, 136, 148): 1, (12, 192, 205): 1, (54, 202, 225): 8, (75, 141, 151): 11, (22, 202, 223): 2, (28, 204, 226): 2, (33, 211, 231): 2, (6, 158, 170): 1, (6, 370, 384): 1, (22, 162, 174): 1, (28, 164, 176): 1, (33, 171, 183): 1, (48, 490, 509): 3, (48, 636, 644): 3, (48, 1068, 1091): 5, (48, 1218, 1230): 5, (48, 501, 509): 3, (48, 1079, 1091): 5, (48, 1552, 1578): 6, (48, 1710, 1725): 6, (54, 579, 651): 9, (54, 783, 844): 9, (64, 499, 517): 3, (64, 649, 656): 3, (70, 503, 523): 3, (70, 655, 664): 3, (75, 673, 694): 12, (75, 826, 836): 12, (48, 317, 353): 2, (48, 893, 927): 4, (48, 1392, 1406): 1, (48, 1563, 1578): 6, (54, 375, 387): 1, (54, 590, 651): 9, (64, 510, 517): 3, (70, 514, 523): 3, (75, 684, 694): 12, (48, 328, 353): 2, (48, 392, 411): 3, (48, 904, 927): 4, (48, 966, 989): 5, (54, 304, 317): 1, (54, 830, 843): 1, (64, 323, 360): 2, (70, 325, 362): 2, (75, 496, 531): 2, (48, 1446, 1471): 6, (54, 427, 498): 9, (54, 637, 650): 1, (64, 334, 360): 2, (64, 401, 418): 3, (70, 336, 362): 2, (70, 403, 422): 3, (75, 507, 531): 2, (75, 572, 592): 12, (48, 255, 267): 1, (48, 829, 843): 1, (54, 484, 497): 1, (64, 260, 272): 1, (70, 262, 274): 1, (75, 433, 445): 1})
L_register_upvalues(__file__, {('main', 5): (('_ENV', '_ENV', False),)})
L_register_gens(__file__, {('L_fn_anon_1', 16): L_genmaker_0, ('L_fn_anon_1', 58): L_genmaker_0, ('main', 5): L_genmaker_1})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

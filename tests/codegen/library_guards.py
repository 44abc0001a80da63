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

        def L_fn_anon_9(x=None, *_):
            return 'replaced ' + x if x.__class__ is str else L_concat('replaced ', x)
        if _t8.__class__ is L_Table and (_t8.meta is None or 'floor' in _t8 or '__newindex' not in _t8.meta) and (_t8 not in L_WATCHED):
            _t8['floor'] = L_fn_anon_9
        else:
            L_setindex(_t8, 'floor', L_fn_anon_9)
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(*(_r11 if (_r11 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t10['floor'] if (_t10 := _ENV['math']).__class__ is L_Table else L_index(_t10, 'floor'))(2)).__class__ is tuple else (_r11,)))
        _t12 = _ENV['math']
        if _t12.__class__ is L_Table and (_t12.meta is None or 'floor' in _t12 or '__newindex' not in _t12.meta) and (old is not None) and (_t12 not in L_WATCHED):
            _t12['floor'] = old
        else:
            L_setindex(_t12, 'floor', old)
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(*(_r14 if (_r14 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t13['floor'] if (_t13 := _ENV['math']).__class__ is L_Table else L_index(_t13, 'floor'))(2.5)).__class__ is tuple else (_r14,)))

        def v_max(a, b):
            return a
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(v_max(1, 2), *(_r16 if (_r16 := (L_g_math_max[1] if L_g_math_max[0] is _ENV else _t15['max'] if (_t15 := _ENV['math']).__class__ is L_Table else L_index(_t15, 'max'))(1, 2)).__class__ is tuple else (_r16,)))
        return ()
    return main

def L_genmaker_0():

    def L_fn_anon_9__gen(x=None, *_):
        return 'replaced ' + x if x.__class__ is str else L_concat('replaced ', x) if x.__class__ is not L_Table else (yield from L_arith_gen(L_concat, '__concat', 'replaced ', x))
        yield
    return L_fn_anon_9__gen.__code__

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

        def L_fn_anon_9(x=None, *_):
            return 'replaced ' + x if x.__class__ is str else L_concat('replaced ', x)
        if _t28.__class__ is L_Table and (_t28.meta is None or 'floor' in _t28 or '__newindex' not in _t28.meta) and (_t28 not in L_WATCHED):
            _t28['floor'] = L_fn_anon_9
        else:
            yield from L_setindex_gen(_t28, 'floor', L_fn_anon_9)
        (yield _a36) if ((_f34 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a36 := (*(_r33 if (_r33 := (L_ret((yield (2,))) if (_f30 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t29['floor'] if (_t29 := _ENV['math']).__class__ is L_Table and _t29.meta is None else (yield from L_index_gen(_t29, 'floor')))) is L_co_yield else (_p32 if (_p32 := L_co_resume_in(2)).__class__ is tuple else (yield from _p32.rest())) if _f30 is L_co_resume else (yield from _g31(2)) if (_g31 := getattr(_f30, 'lua_gen', L_UNSET)) is not None and (_g31 is not L_UNSET or (_g31 := L_gen_of(_f30)) is not None) else _f30(2))).__class__ is tuple else (_r33,)),)) is not None or True) and (_f34 is L_co_yield) else (_p37 if (_p37 := L_co_resume_in(*_a36)).__class__ is tuple else (yield from _p37.rest())) if _f34 is L_co_resume else (yield from _g35(*_a36)) if (_g35 := getattr(_f34, 'lua_gen', L_UNSET)) is not None and (_g35 is not L_UNSET or (_g35 := L_gen_of(_f34)) is not None) else _f34(*_a36)
        _t38 = _ENV['math']
        if _t38.__class__ is L_Table and (_t38.meta is None or 'floor' in _t38 or '__newindex' not in _t38.meta) and (old is not None) and (_t38 not in L_WATCHED):
            _t38['floor'] = old
        else:
            yield from L_setindex_gen(_t38, 'floor', old)
        (yield _a46) if ((_f44 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a46 := (*(_r43 if (_r43 := (L_ret((yield (2.5,))) if (_f40 := (L_g_math_floor[1] if L_g_math_floor[0] is _ENV else _t39['floor'] if (_t39 := _ENV['math']).__class__ is L_Table and _t39.meta is None else (yield from L_index_gen(_t39, 'floor')))) is L_co_yield else (_p42 if (_p42 := L_co_resume_in(2.5)).__class__ is tuple else (yield from _p42.rest())) if _f40 is L_co_resume else (yield from _g41(2.5)) if (_g41 := getattr(_f40, 'lua_gen', L_UNSET)) is not None and (_g41 is not L_UNSET or (_g41 := L_gen_of(_f40)) is not None) else _f40(2.5))).__class__ is tuple else (_r43,)),)) is not None or True) and (_f44 is L_co_yield) else (_p47 if (_p47 := L_co_resume_in(*_a46)).__class__ is tuple else (yield from _p47.rest())) if _f44 is L_co_resume else (yield from _g45(*_a46)) if (_g45 := getattr(_f44, 'lua_gen', L_UNSET)) is not None and (_g45 is not L_UNSET or (_g45 := L_gen_of(_f44)) is not None) else _f44(*_a46)

        def v_max(a, b):
            return a
        (yield _a59) if ((_f57 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a59 := (_r51 if (_r51 := ((yield from _g49(1, 2)) if (_g49 := getattr((_f48 := v_max), 'lua_gen', L_UNSET)) is not None and (_g49 is not L_UNSET or (_g49 := L_gen_of(_f48)) is not None) else _f48(1, 2))).__class__ is not tuple else _r51[0] if _r51 else None, *(_r56 if (_r56 := (L_ret((yield (1, 2))) if (_f53 := (L_g_math_max[1] if L_g_math_max[0] is _ENV else _t52['max'] if (_t52 := _ENV['math']).__class__ is L_Table and _t52.meta is None else (yield from L_index_gen(_t52, 'max')))) is L_co_yield else (_p55 if (_p55 := L_co_resume_in(1, 2)).__class__ is tuple else (yield from _p55.rest())) if _f53 is L_co_resume else (yield from _g54(1, 2)) if (_g54 := getattr(_f53, 'lua_gen', L_UNSET)) is not None and (_g54 is not L_UNSET or (_g54 := L_gen_of(_f53)) is not None) else _f53(1, 2))).__class__ is tuple else (_r56,)))) is not None or True) and (_f57 is L_co_yield) else (_p60 if (_p60 := L_co_resume_in(*_a59)).__class__ is tuple else (yield from _p60.rest())) if _f57 is L_co_resume else (yield from _g58(*_a59)) if (_g58 := getattr(_f57, 'lua_gen', L_UNSET)) is not None and (_g58 is not L_UNSET or (_g58 := L_gen_of(_f57)) is not None) else _f57(*_a59)
        return ()
        (_ENV,)
        yield
    return main__gen.__code__

L_register(__file__, 'library_guards.lua', (("upvalue '_ENV'",), ("global 'math'",), ("field 'floor'",), ("global 'string'",), ("field 'rep'",), ("global 'select'",), ("global 'print'",), ("local 't'",), ("global 'type'",), ("constant 'replaced '", "local 'x'"), ("local 'max'",), ("field 'max'",)), {1: 1, 3: 1, 36: 8, 43: 1, 5: 1, 34: 1, 38: 8, 41: 8, 44: 1, 46: 1, 77: 1, 6: 3, 7: 4, 8: 5, 12: 6, 13: 7, 14: 8, 16: 8, 18: 8, 22: 9, 23: 10, 24: 10, 28: 11, 30: 12, 32: 13, 33: 13, 39: 8, 40: 8, 47: 3, 48: 4, 49: 5, 53: 6, 54: 7, 55: 8, 57: 8, 59: 8, 63: 9, 64: 10, 65: 10, 69: 11, 71: 12, 73: 13, 74: 13, 75: 1, 76: 1, 9: 5, 11: 5, 17: 8, 19: 8, 21: 8, 25: 10, 27: 10, 31: 12, 50: 5, 52: 5, 58: 8, 60: 8, 62: 8, 66: 10, 68: 10, 72: 12}, {(6, 8, 618): 7, (12, 8, 240): 7, (14, 14, 26): 1, (22, 8, 265): 7, (23, 15, 27): 1, (28, 8, 267): 7, (32, 8, 273): 7, (55, 15, 27): 1, (64, 15, 27): 1, (11, 12, 37): 8, (21, 12, 49): 2, (27, 12, 42): 2, (32, 66, 77): 11, (52, 12, 52): 8, (62, 12, 65): 2, (68, 12, 57): 2, (6, 51, 64): 1, (12, 51, 64): 1, (13, 130, 151): 2, (17, 62, 86): 10, (22, 51, 64): 1, (28, 51, 64): 1, (32, 51, 64): 1, (39, 58, 82): 10, (39, 119, 179): 10, (52, 23, 52): 8, (54, 155, 192): 2, (58, 62, 86): 10, (62, 23, 65): 2, (68, 23, 57): 2, (39, 130, 179): 10, (47, 1934, 1956): 7, (47, 2088, 2099): 7, (53, 1053, 1075): 7, (53, 1207, 1218): 7, (54, 166, 192): 2, (63, 866, 888): 7, (63, 1020, 1031): 7, (69, 874, 896): 7, (69, 1028, 1039): 7, (73, 1119, 1141): 7, (73, 1273, 1284): 7, (47, 1945, 1956): 7, (53, 1064, 1075): 7, (63, 877, 888): 7, (69, 885, 896): 7, (73, 1130, 1141): 7, (6, 81, 225): 3, (6, 295, 441): 5, (13, 90, 102): 1, (6, 513, 584): 6, (12, 95, 206): 9, (22, 85, 230): 3, (28, 85, 232): 3, (32, 98, 238): 12, (47, 77, 90): 1, (47, 1832, 1853): 7, (53, 77, 90): 1, (53, 951, 972): 7, (54, 92, 104): 1, (63, 77, 90): 1, (63, 764, 785): 7, (69, 77, 90): 1, (69, 772, 793): 7, (73, 77, 90): 1, (73, 1017, 1038): 7, (53, 191, 225): 8, (6, 198, 219): 2, (6, 412, 431): 4, (6, 558, 572): 1, (12, 136, 148): 1, (12, 192, 205): 1, (53, 202, 225): 8, (22, 204, 226): 2, (28, 204, 226): 2, (32, 211, 231): 2, (6, 158, 170): 1, (6, 370, 384): 1, (73, 148, 169): 11, (73, 312, 322): 11, (22, 164, 176): 1, (28, 164, 176): 1, (32, 171, 183): 1, (73, 159, 169): 11, (47, 490, 509): 3, (47, 636, 644): 3, (47, 1068, 1091): 5, (47, 1218, 1230): 5, (47, 501, 509): 3, (47, 1079, 1091): 5, (47, 1552, 1578): 6, (47, 1710, 1725): 6, (53, 579, 651): 9, (53, 783, 844): 9, (63, 499, 517): 3, (63, 649, 656): 3, (69, 503, 523): 3, (69, 655, 664): 3, (73, 747, 768): 12, (73, 900, 910): 12, (47, 317, 353): 2, (47, 893, 927): 4, (47, 1392, 1406): 1, (47, 1563, 1578): 6, (53, 375, 387): 1, (53, 590, 651): 9, (63, 510, 517): 3, (69, 514, 523): 3, (73, 758, 768): 12, (47, 328, 353): 2, (47, 392, 411): 3, (47, 904, 927): 4, (47, 966, 989): 5, (53, 304, 317): 1, (53, 830, 843): 1, (63, 323, 360): 2, (69, 325, 362): 2, (73, 570, 605): 2, (47, 1446, 1471): 6, (53, 427, 498): 9, (53, 637, 650): 1, (63, 334, 360): 2, (63, 401, 418): 3, (69, 336, 362): 2, (69, 403, 422): 3, (73, 581, 605): 2, (73, 646, 666): 12, (47, 255, 267): 1, (47, 829, 843): 1, (53, 484, 497): 1, (63, 260, 272): 1, (69, 262, 274): 1, (73, 507, 519): 1})
L_register_upvalues(__file__, {('main', 5): (('_ENV', '_ENV', False),)})
L_register_locals(__file__, {('L_fn_anon_9', 16): (('x', 'x', False, 8, 8, 0),), ('L_fn_anon_9', 57): (('x', 'x', False, 8, 8, 0),), ('v_max', 30): (('a', 'a', False, 12, 12, 0), ('b', 'b', False, 12, 12, 0)), ('v_max', 71): (('a', 'a', False, 12, 12, 0), ('b', 'b', False, 12, 12, 0)), ('main', 5): (('t', 't', False, 0, 1073741824, 0), ('old', 'old', False, 0, 1073741824, 0), ('max', 'v_max', False, 0, 1073741824, 0))})
L_register_gens(__file__, {('L_fn_anon_9', 16): L_genmaker_0, ('L_fn_anon_9', 57): L_genmaker_0, ('main', 5): L_genmaker_1})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

    def main(*varargs):
        i = 10
        f = 2.5
        s = 'str'
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(f'i={i} f={L_fmt_float(f)} s={s}')
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(s + s)
        u = _r1 if (_r1 := (L_g_tostring[1] if L_g_tostring[0] is _ENV else _ENV['tostring'])(7)).__class__ is not tuple else _r1[0] if _r1 else None
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(f'u={u}!' if u.__class__ is str else L_concat_n('u=', u, '!'), u + 1 if u.__class__ is str and 1 .__class__ is str else L_concat(u, 1))
        parts = L_Table()
        for k in range(1, 4):
            _t5 = _t3 + 1 if ((_t3 := ((_n2 if (_n2 := len(parts)) in parts and _n2 + 1 not in parts else parts.length()) if parts.__class__ is L_Table and parts.meta is None else L_len(parts))) is not None or True) and _t3.__class__ is float else (_t4 if -1073741823 <= (_t4 := (_t3 + 1)) <= 1073741823 else _t4 if -9223372036854775808 <= _t4 <= 9223372036854775807 else L_wrap(_t4)) if _t3.__class__ is int else L_add(_t3, 1)
            _v6 = f'k{k}'
            if (_t5.__class__ is int or (_t5.__class__ is str and _t5 not in L_WATCH_KEYS)) and (parts.meta is None or _t5 in parts or '__newindex' not in parts.meta):
                parts[_t5] = _v6
            else:
                L_setindex(parts, _t5, _v6)
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(*(_r8 if (_r8 := (L_g_table_concat[1] if L_g_table_concat[0] is _ENV else _t7['concat'] if (_t7 := _ENV['table']).__class__ is L_Table else L_index(_t7, 'concat'))(parts, ',')).__class__ is tuple else (_r8,)))
        return ()
    return main

def L_genmaker_0():
    _ENV = None

    def main__gen(*varargs):
        i = 10
        f = 2.5
        s = 'str'
        (yield (f'i={i} f={L_fmt_float(f)} s={s}',)) if (_f1 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is L_co_yield else (_p3 if (_p3 := L_co_resume_in(f'i={i} f={L_fmt_float(f)} s={s}')).__class__ is tuple else (yield from _p3.rest())) if _f1 is L_co_resume else (yield from _g2(f'i={i} f={L_fmt_float(f)} s={s}')) if (_g2 := getattr(_f1, 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1(f'i={i} f={L_fmt_float(f)} s={s}')
        (yield (s + s,)) if (_f4 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is L_co_yield else (_p6 if (_p6 := L_co_resume_in(s + s)).__class__ is tuple else (yield from _p6.rest())) if _f4 is L_co_resume else (yield from _g5(s + s)) if (_g5 := getattr(_f4, 'lua_gen', L_UNSET)) is not None and (_g5 is not L_UNSET or (_g5 := L_gen_of(_f4)) is not None) else _f4(s + s)
        u = _r10 if (_r10 := (L_ret((yield (7,))) if (_f7 := (L_g_tostring[1] if L_g_tostring[0] is _ENV else _ENV['tostring'])) is L_co_yield else (_p9 if (_p9 := L_co_resume_in(7)).__class__ is tuple else (yield from _p9.rest())) if _f7 is L_co_resume else (yield from _g8(7)) if (_g8 := getattr(_f7, 'lua_gen', L_UNSET)) is not None and (_g8 is not L_UNSET or (_g8 := L_gen_of(_f7)) is not None) else _f7(7))).__class__ is not tuple else _r10[0] if _r10 else None
        (yield (_t13, _t14)) if ((_f11 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_t13 := (f'u={u}!' if u.__class__ is str else (yield from L_arith_gen(L_concat, '__concat', 'u=', L_concat(u, '!') if u.__class__ is not L_Table else (yield from L_arith_gen(L_concat, '__concat', u, '!')))))) is not None or True) and ((_t14 := (u + 1 if u.__class__ is str and 1 .__class__ is str else L_concat(u, 1) if u.__class__ is not L_Table else (yield from L_arith_gen(L_concat, '__concat', u, 1)))) is not None or True) and (_f11 is L_co_yield) else (_p15 if (_p15 := L_co_resume_in(_t13, _t14)).__class__ is tuple else (yield from _p15.rest())) if _f11 is L_co_resume else (yield from _g12(_t13, _t14)) if (_g12 := getattr(_f11, 'lua_gen', L_UNSET)) is not None and (_g12 is not L_UNSET or (_g12 := L_gen_of(_f11)) is not None) else _f11(_t13, _t14)
        parts = L_Table()
        for k in range(1, 4):
            _t18 = _t16 + 1 if ((_t16 := (yield from L_len_gen(L_len, parts))) is not None or True) and _t16.__class__ is float else (_t17 if -1073741823 <= (_t17 := (_t16 + 1)) <= 1073741823 else _t17 if -9223372036854775808 <= _t17 <= 9223372036854775807 else L_wrap(_t17)) if _t16.__class__ is int else L_add(_t16, 1) if _t16.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', _t16, 1))
            _v19 = f'k{k}'
            if (_t18.__class__ is int or (_t18.__class__ is str and _t18 not in L_WATCH_KEYS)) and (parts.meta is None or _t18 in parts or '__newindex' not in parts.meta):
                parts[_t18] = _v19
            else:
                yield from L_setindex_gen(parts, _t18, _v19)
        (yield _a27) if ((_f25 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a27 := (*(_r24 if (_r24 := (L_ret((yield (parts, ','))) if (_f21 := (L_g_table_concat[1] if L_g_table_concat[0] is _ENV else _t20['concat'] if (_t20 := _ENV['table']).__class__ is L_Table and _t20.meta is None else (yield from L_index_gen(_t20, 'concat')))) is L_co_yield else (_p23 if (_p23 := L_co_resume_in(parts, ',')).__class__ is tuple else (yield from _p23.rest())) if _f21 is L_co_resume else (yield from _g22(parts, ',')) if (_g22 := getattr(_f21, 'lua_gen', L_UNSET)) is not None and (_g22 is not L_UNSET or (_g22 := L_gen_of(_f21)) is not None) else _f21(parts, ','))).__class__ is tuple else (_r24,)),)) is not None or True) and (_f25 is L_co_yield) else (_p28 if (_p28 := L_co_resume_in(*_a27)).__class__ is tuple else (yield from _p28.rest())) if _f25 is L_co_resume else (yield from _g26(*_a27)) if (_g26 := getattr(_f25, 'lua_gen', L_UNSET)) is not None and (_g26 is not L_UNSET or (_g26 := L_gen_of(_f25)) is not None) else _f25(*_a27)
        return ()
        (_ENV,)
        yield
    return main__gen.__code__

L_register(__file__, 'concat.lua', (("upvalue '_ENV'",), ("constant 'i='", "local 'i'", "constant ' f='", "local 'f'", "constant ' s='", "local 's'"), ("global 'print'",), ("local 's'", "local 's'"), ("global 'tostring'",), ("constant 'u='", "local 'u'", "constant '!'"), ("local 'u'", None), ("local 'parts'",), ("constant 'k'", "local 'k'"), ("global 'table'",), ("field 'concat'",), ("local 'u'", "constant '!'"), ("constant 'u='", None)), {1: 1, 3: 1, 25: 1, 5: 1, 23: 1, 26: 1, 28: 1, 48: 1, 6: 3, 7: 3, 8: 3, 9: 4, 10: 5, 11: 6, 12: 7, 13: 8, 14: 9, 21: 10, 22: 10, 29: 3, 30: 3, 31: 3, 32: 4, 33: 5, 34: 6, 35: 7, 36: 8, 37: 9, 44: 10, 45: 10, 46: 1, 47: 1, 15: 9, 16: 9, 17: 9, 38: 9, 39: 9, 40: 9, 18: 9, 20: 9, 41: 9, 43: 9}, {(9, 8, 100): 3, (10, 8, 72): 3, (12, 8, 201): 3, (21, 8, 275): 3, (9, 51, 64): 1, (10, 51, 64): 1, (12, 51, 64): 1, (12, 103, 127): 6, (12, 186, 200): 7, (20, 16, 43): 8, (21, 51, 64): 1, (43, 16, 60): 8, (32, 286, 335): 3, (32, 462, 500): 3, (33, 230, 251): 3, (33, 378, 388): 3, (35, 711, 738): 3, (35, 870, 886): 3, (43, 27, 60): 8, (44, 908, 930): 3, (44, 1062, 1073): 3, (11, 27, 96): 5, (32, 107, 120): 1, (32, 297, 335): 3, (33, 79, 92): 1, (33, 241, 251): 3, (35, 722, 738): 3, (44, 919, 930): 3, (11, 76, 92): 1, (21, 83, 241): 11, (32, 158, 207): 3, (33, 130, 151): 3, (35, 85, 98): 1, (35, 175, 333): 13, (35, 604, 630): 3, (38, 42, 76): 8, (44, 77, 90): 1, (44, 806, 827): 3, (15, 180, 192): 8, (34, 260, 277): 5, (34, 404, 410): 5, (35, 186, 333): 13, (35, 430, 444): 7, (35, 481, 531): 7, (38, 53, 76): 8, (34, 110, 126): 1, (34, 271, 277): 5, (35, 492, 531): 7, (21, 206, 228): 10, (35, 226, 242): 12, (35, 279, 331): 12, (34, 164, 181): 5, (35, 290, 331): 12, (21, 165, 178): 1, (44, 523, 550): 11, (44, 682, 698): 11, (44, 534, 550): 11, (44, 337, 375): 10, (44, 348, 375): 10, (44, 416, 442): 11, (44, 273, 286): 1})
L_register_upvalues(__file__, {('main', 5): (('_ENV', '_ENV', False),)})
L_register_locals(__file__, {('main', 5): (('i', 'i', False, 0, 1073741824, 0), ('f', 'f', False, 0, 1073741824, 0), ('s', 's', False, 0, 1073741824, 0), ('u', 'u', False, 0, 1073741824, 0), ('parts', 'parts', False, 0, 1073741824, 0), ('k', 'k', False, 0, 9, 3))})
L_register_gens(__file__, {('main', 5): L_genmaker_0})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

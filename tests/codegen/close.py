from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

    def main(*varargs):

        def closer(name):

            def L_fn_anon_1(v__=None, err=None, *_):
                (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])('close', name, err)
                return ()
            return (L_g_setmetatable[1] if L_g_setmetatable[0] is _ENV else _ENV['setmetatable'])(L_Table(), L_Table({'__close': L_fn_anon_1}))
        a = _r1 if (_r1 := closer('a')).__class__ is not tuple else _r1[0] if _r1 else None
        L_check_close(a, 'a')
        _c6 = None
        try:
            b = _r2 if (_r2 := closer('b')).__class__ is not tuple else _r2[0] if _r2 else None
            L_check_close(b, 'b')
            _c4 = None
            try:
                (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])('body')
            except BaseException as _e3:
                _c4 = _e3
                raise L_close_var_error(b, _e3)
            finally:
                if _c4 is None:
                    L_close_var(b)
        except BaseException as _e5:
            _c6 = _e5
            raise L_close_var_error(a, _e5)
        finally:
            if _c6 is None:
                L_close_var(a)

        def L_fn_anon_2(*_):
            c = _r1 if (_r1 := closer('c')).__class__ is not tuple else _r1[0] if _r1 else None
            L_check_close(c, 'c')
            _c3 = None
            try:
                (L_g_error[1] if L_g_error[0] is _ENV else _ENV['error'])('boom', 0)
            except BaseException as _e2:
                _c3 = _e2
                raise L_close_var_error(c, _e2)
            finally:
                if _c3 is None:
                    L_close_var(c)
            return ()
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(*(_r7 if (_r7 := (L_g_pcall[1] if L_g_pcall[0] is _ENV else _ENV['pcall'])(L_fn_anon_2)).__class__ is tuple else (_r7,)))

        def L_fn_iter_3(s=None, i=None, *_):
            if i.__class__ is int:
                if i < 2:
                    return _t3 if -1073741823 <= (_t3 := (i + 1)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)
                return ()
            if i < 2 if i.__class__ is int else L_lt(i, 2):
                return i + 1 if i.__class__ is float else (_t1 if -1073741823 <= (_t1 := (i + 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if i.__class__ is int else L_add(i, 1)
            return ()
        v_iter = L_fn_iter_3
        _t9, _t10 = L_forin(1, v_iter, None, 0, *(_r8 if (_r8 := closer('for')).__class__ is tuple else (_r8,)))
        _c12 = None
        try:
            for i_1 in _t9:
                (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])('i', i_1)
        except BaseException as _e11:
            _c12 = _e11
            raise L_close_var_error(_t10, _e11)
        finally:
            if _c12 is None and _t10 is not None:
                L_close_var(_t10)
        return ()
    return main

def L_genmaker_0():
    _ENV = name = None

    def L_fn_anon_1__gen(v__=None, err=None, *_):
        (yield ('close', name, err)) if (_f1 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is L_co_yield else (_p3 if (_p3 := L_co_resume_in('close', name, err)).__class__ is tuple else (yield from _p3.rest())) if _f1 is L_co_resume else (yield from _g2('close', name, err)) if (_g2 := getattr(_f1, 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1('close', name, err)
        return ()
        (_ENV, name)
        yield
    return L_fn_anon_1__gen.__code__

def L_genmaker_1():
    _ENV = None

    def closer__gen(name):

        def L_fn_anon_1(v__=None, err=None, *_):
            (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])('close', name, err)
            return ()
        return L_ret((yield (L_Table(), L_Table({'__close': L_fn_anon_1})))) if (_f1 := (L_g_setmetatable[1] if L_g_setmetatable[0] is _ENV else _ENV['setmetatable'])) is L_co_yield else (_p3 if (_p3 := L_co_resume_in(L_Table(), L_Table({'__close': L_fn_anon_1}))).__class__ is tuple else (yield from _p3.rest())) if _f1 is L_co_resume else (yield from _g2(L_Table(), L_Table({'__close': L_fn_anon_1}))) if (_g2 := getattr(_f1, 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1(L_Table(), L_Table({'__close': L_fn_anon_1}))
        (_ENV,)
        yield
    return closer__gen.__code__

def L_genmaker_2():
    _ENV = closer = None

    def L_fn_anon_2__gen(*_):
        c = _r4 if (_r4 := ((yield from _g2('c')) if (_g2 := getattr((_f1 := closer), 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1('c'))).__class__ is not tuple else _r4[0] if _r4 else None
        L_check_close(c, 'c')
        _c9 = None
        try:
            (yield ('boom', 0)) if (_f5 := (L_g_error[1] if L_g_error[0] is _ENV else _ENV['error'])) is L_co_yield else (_p7 if (_p7 := L_co_resume_in('boom', 0)).__class__ is tuple else (yield from _p7.rest())) if _f5 is L_co_resume else (yield from _g6('boom', 0)) if (_g6 := getattr(_f5, 'lua_gen', L_UNSET)) is not None and (_g6 is not L_UNSET or (_g6 := L_gen_of(_f5)) is not None) else _f5('boom', 0)
        except BaseException as _e8:
            _c9 = _e8
            raise (yield from L_close_var_error_gen(c, _e8))
        finally:
            if _c9 is None:
                yield from L_close_var_gen(c)
        return ()
        (_ENV, closer)
        yield
    return L_fn_anon_2__gen.__code__

def L_genmaker_3():

    def L_fn_iter_3__gen(s=None, i=None, *_):
        if i < 2 if i.__class__ is int else L_lt(i, 2) if i.__class__ is not L_Table else (yield from L_lt_gen(L_lt, i, 2)):
            return i + 1 if i.__class__ is float else (_t1 if -1073741823 <= (_t1 := (i + 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if i.__class__ is int else L_add(i, 1) if i.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', i, 1))
        return ()
        yield
    return L_fn_iter_3__gen.__code__

def L_genmaker_4():
    _ENV = None

    def main__gen(*varargs):

        def closer(name):

            def L_fn_anon_1(v__=None, err=None, *_):
                (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])('close', name, err)
                return ()
            return (L_g_setmetatable[1] if L_g_setmetatable[0] is _ENV else _ENV['setmetatable'])(L_Table(), L_Table({'__close': L_fn_anon_1}))
        a = _r4 if (_r4 := ((yield from _g2('a')) if (_g2 := getattr((_f1 := closer), 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1('a'))).__class__ is not tuple else _r4[0] if _r4 else None
        L_check_close(a, 'a')
        _c15 = None
        try:
            b = _r8 if (_r8 := ((yield from _g6('b')) if (_g6 := getattr((_f5 := closer), 'lua_gen', L_UNSET)) is not None and (_g6 is not L_UNSET or (_g6 := L_gen_of(_f5)) is not None) else _f5('b'))).__class__ is not tuple else _r8[0] if _r8 else None
            L_check_close(b, 'b')
            _c13 = None
            try:
                (yield ('body',)) if (_f9 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is L_co_yield else (_p11 if (_p11 := L_co_resume_in('body')).__class__ is tuple else (yield from _p11.rest())) if _f9 is L_co_resume else (yield from _g10('body')) if (_g10 := getattr(_f9, 'lua_gen', L_UNSET)) is not None and (_g10 is not L_UNSET or (_g10 := L_gen_of(_f9)) is not None) else _f9('body')
            except BaseException as _e12:
                _c13 = _e12
                raise (yield from L_close_var_error_gen(b, _e12))
            finally:
                if _c13 is None:
                    yield from L_close_var_gen(b)
        except BaseException as _e14:
            _c15 = _e14
            raise (yield from L_close_var_error_gen(a, _e14))
        finally:
            if _c15 is None:
                yield from L_close_var_gen(a)

        def L_fn_anon_2(*_):
            c = _r1 if (_r1 := closer('c')).__class__ is not tuple else _r1[0] if _r1 else None
            L_check_close(c, 'c')
            _c3 = None
            try:
                (L_g_error[1] if L_g_error[0] is _ENV else _ENV['error'])('boom', 0)
            except BaseException as _e2:
                _c3 = _e2
                raise L_close_var_error(c, _e2)
            finally:
                if _c3 is None:
                    L_close_var(c)
            return ()
        (yield _a22) if ((_f20 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a22 := (*(_r19 if (_r19 := (L_ret((yield (L_fn_anon_2,))) if (_f16 := (L_g_pcall[1] if L_g_pcall[0] is _ENV else _ENV['pcall'])) is L_co_yield else (_p18 if (_p18 := L_co_resume_in(L_fn_anon_2)).__class__ is tuple else (yield from _p18.rest())) if _f16 is L_co_resume else (yield from _g17(L_fn_anon_2)) if (_g17 := getattr(_f16, 'lua_gen', L_UNSET)) is not None and (_g17 is not L_UNSET or (_g17 := L_gen_of(_f16)) is not None) else _f16(L_fn_anon_2))).__class__ is tuple else (_r19,)),)) is not None or True) and (_f20 is L_co_yield) else (_p23 if (_p23 := L_co_resume_in(*_a22)).__class__ is tuple else (yield from _p23.rest())) if _f20 is L_co_resume else (yield from _g21(*_a22)) if (_g21 := getattr(_f20, 'lua_gen', L_UNSET)) is not None and (_g21 is not L_UNSET or (_g21 := L_gen_of(_f20)) is not None) else _f20(*_a22)

        def L_fn_iter_3(s=None, i=None, *_):
            if i.__class__ is int:
                if i < 2:
                    return _t3 if -1073741823 <= (_t3 := (i + 1)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)
                return ()
            if i < 2 if i.__class__ is int else L_lt(i, 2):
                return i + 1 if i.__class__ is float else (_t1 if -1073741823 <= (_t1 := (i + 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if i.__class__ is int else L_add(i, 1)
            return ()
        v_iter = L_fn_iter_3
        _t28, _t29 = L_forin_gen(1, v_iter, None, 0, *(_r27 if (_r27 := ((yield from _g25('for')) if (_g25 := getattr((_f24 := closer), 'lua_gen', L_UNSET)) is not None and (_g25 is not L_UNSET or (_g25 := L_gen_of(_f24)) is not None) else _f24('for'))).__class__ is tuple else (_r27,)))
        _c35 = None
        try:
            while True:
                _x33 = (yield from L_for_next(_t28))
                if _x33 is L_END:
                    break
                i_1 = _x33
                (yield ('i', i_1)) if (_f30 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is L_co_yield else (_p32 if (_p32 := L_co_resume_in('i', i_1)).__class__ is tuple else (yield from _p32.rest())) if _f30 is L_co_resume else (yield from _g31('i', i_1)) if (_g31 := getattr(_f30, 'lua_gen', L_UNSET)) is not None and (_g31 is not L_UNSET or (_g31 := L_gen_of(_f30)) is not None) else _f30('i', i_1)
        except BaseException as _e34:
            _c35 = _e34
            raise (yield from L_close_var_error_gen(_t29, _e34))
        finally:
            if _c35 is None and _t29 is not None:
                yield from L_close_var_gen(_t29)
        return ()
        (_ENV,)
        yield
    return main__gen.__code__

L_register(__file__, 'close.lua', (("upvalue '_ENV'",), ("global 'print'",), ("global 'setmetatable'", '(tail call)'), ("local 'closer'",), ("upvalue 'closer'",), ("global 'error'",), ("global 'pcall'",), ("local 'i'", None)), {1: 1, 3: 1, 73: 4, 83: 3, 96: 11, 116: 15, 125: 1, 5: 1, 71: 1, 74: 4, 76: 4, 81: 4, 84: 3, 86: 3, 94: 3, 97: 11, 99: 11, 114: 11, 118: 15, 123: 15, 126: 1, 128: 1, 200: 1, 7: 3, 13: 7, 14: 7, 15: 9, 16: 9, 35: 11, 48: 11, 50: 15, 58: 15, 59: 16, 60: 16, 61: 16, 70: 16, 77: 4, 78: 4, 79: 4, 80: 4, 88: 4, 91: 4, 92: 3, 93: 3, 100: 12, 101: 12, 102: 13, 103: 13, 111: 13, 112: 11, 113: 11, 119: 15, 121: 15, 122: 15, 130: 3, 136: 7, 137: 7, 138: 9, 139: 9, 158: 11, 171: 11, 173: 15, 181: 15, 182: 16, 183: 16, 184: 16, 197: 16, 198: 1, 199: 1, 9: 4, 12: 4, 17: 8, 18: 8, 19: 9, 20: 9, 28: 9, 32: 10, 36: 12, 37: 12, 38: 13, 39: 13, 47: 13, 51: 15, 55: 15, 57: 15, 62: 16, 64: 16, 68: 16, 89: 4, 90: 4, 104: 13, 105: 13, 109: 14, 120: 15, 132: 4, 135: 4, 140: 8, 141: 8, 142: 9, 143: 9, 151: 9, 155: 10, 159: 12, 160: 12, 161: 13, 162: 13, 170: 13, 174: 15, 178: 15, 180: 15, 185: 16, 191: 16, 195: 16, 10: 4, 11: 4, 21: 9, 22: 9, 26: 10, 29: 9, 30: 9, 33: 10, 40: 13, 41: 13, 45: 14, 52: 15, 54: 15, 56: 15, 63: 16, 65: 16, 66: 16, 69: 16, 106: 13, 107: 13, 110: 14, 133: 4, 134: 4, 144: 9, 145: 9, 149: 10, 152: 9, 153: 9, 156: 10, 163: 13, 164: 13, 168: 14, 175: 15, 177: 15, 179: 15, 186: 16, 187: 16, 189: 16, 190: 16, 192: 16, 193: 16, 196: 16, 23: 9, 24: 9, 27: 10, 42: 13, 43: 13, 46: 14, 53: 15, 146: 9, 147: 9, 150: 10, 165: 13, 166: 13, 169: 14, 176: 15, 188: 16}, {(48, 8, 187): 2, (12, 19, 143): 3, (89, 12, 89): 2, (135, 19, 143): 3, (10, 16, 93): 2, (21, 16, 81): 2, (40, 16, 84): 6, (48, 51, 64): 1, (63, 16, 83): 2, (133, 16, 93): 2, (163, 16, 84): 6, (12, 76, 96): 1, (77, 255, 289): 2, (77, 416, 439): 2, (89, 55, 68): 1, (91, 342, 402): 3, (91, 529, 578): 3, (135, 76, 96): 1, (171, 782, 804): 2, (171, 936, 947): 2, (10, 59, 72): 1, (13, 27, 38): 4, (21, 59, 72): 1, (40, 59, 72): 1, (56, 220, 231): 8, (63, 59, 72): 1, (77, 91, 104): 1, (77, 266, 289): 2, (91, 145, 165): 1, (91, 353, 402): 3, (104, 241, 266): 6, (104, 393, 407): 6, (120, 216, 227): 8, (120, 264, 308): 8, (133, 59, 72): 1, (163, 59, 72): 1, (171, 793, 804): 2, (179, 220, 231): 8, (17, 31, 42): 4, (36, 31, 42): 5, (100, 29, 48): 5, (100, 187, 195): 5, (104, 86, 99): 1, (104, 252, 266): 6, (120, 275, 308): 8, (136, 29, 48): 4, (136, 187, 195): 4, (144, 243, 266): 2, (144, 396, 407): 2, (159, 31, 42): 5, (190, 248, 273): 2, (190, 405, 419): 2, (48, 83, 153): 7, (59, 65, 78): 4, (77, 142, 176): 2, (91, 203, 263): 3, (100, 40, 48): 5, (136, 40, 48): 4, (140, 33, 52): 4, (140, 191, 199): 4, (144, 88, 101): 1, (144, 254, 266): 2, (171, 77, 90): 1, (171, 680, 701): 2, (190, 90, 103): 1, (190, 259, 273): 2, (104, 137, 162): 6, (140, 44, 52): 4, (182, 74, 96): 4, (182, 240, 251): 4, (48, 126, 139): 1, (144, 141, 163): 2, (182, 85, 96): 4, (190, 143, 167): 2, (171, 395, 423): 7, (171, 555, 572): 7, (171, 234, 247): 1, (171, 406, 423): 7, (171, 287, 314): 7})
L_register_upvalues(__file__, {('L_fn_anon_1', 88): (('_ENV', '_ENV', False), ('name', 'name', False)), ('L_fn_anon_1', 9): (('_ENV', '_ENV', False), ('name', 'name', False)), ('L_fn_anon_1', 132): (('_ENV', '_ENV', False), ('name', 'name', False)), ('closer', 7): (('_ENV', '_ENV', False),), ('closer', 130): (('_ENV', '_ENV', False),), ('L_fn_anon_2', 35): (('closer', 'closer', False), ('_ENV', '_ENV', False)), ('L_fn_anon_2', 158): (('closer', 'closer', False), ('_ENV', '_ENV', False)), ('main', 5): (('_ENV', '_ENV', False),)})
L_register_gens(__file__, {('L_fn_anon_1', 88): L_genmaker_0, ('L_fn_anon_1', 9): L_genmaker_0, ('L_fn_anon_1', 132): L_genmaker_0, ('closer', 7): L_genmaker_1, ('closer', 130): L_genmaker_1, ('L_fn_anon_2', 35): L_genmaker_2, ('L_fn_anon_2', 158): L_genmaker_2, ('L_fn_iter_3', 50): L_genmaker_3, ('L_fn_iter_3', 173): L_genmaker_3, ('main', 5): L_genmaker_4})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

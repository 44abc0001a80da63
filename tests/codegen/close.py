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

        def L_fn_anon_7(*_):
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
        (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(*(_r8 if (_r8 := (L_g_pcall[1] if L_g_pcall[0] is _ENV else _ENV['pcall'])(L_fn_anon_7)).__class__ is tuple else (_r8,)))

        def v_iter(s=None, i=None, *_):
            if i.__class__ is int:
                if i < 2:
                    return _t3 if -1073741823 <= (_t3 := (i + 1)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)
                return ()
            if i < 2 if i.__class__ is int else L_lt(i, 2):
                return i + 1 if i.__class__ is float else (_t1 if -1073741823 <= (_t1 := (i + 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if i.__class__ is int else L_add(i, 1)
            return ()
        _t10, _t11 = L_forin(1, v_iter, None, 0, *(_r9 if (_r9 := closer('for')).__class__ is tuple else (_r9,)))
        _c13 = None
        try:
            for i_1 in _t10:
                (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])('i', i_1)
        except BaseException as _e12:
            _c13 = _e12
            raise L_close_var_error(_t11, _e12)
        finally:
            if _c13 is None and _t11 is not None:
                L_close_var(_t11)
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

    def L_fn_anon_7__gen(*_):
        c = (yield from _g2('c')) if (_g2 := getattr((_f1 := closer), 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1('c')
        L_check_close(c, 'c')
        _c8 = None
        try:
            (yield ('boom', 0)) if (_f4 := (L_g_error[1] if L_g_error[0] is _ENV else _ENV['error'])) is L_co_yield else (_p6 if (_p6 := L_co_resume_in('boom', 0)).__class__ is tuple else (yield from _p6.rest())) if _f4 is L_co_resume else (yield from _g5('boom', 0)) if (_g5 := getattr(_f4, 'lua_gen', L_UNSET)) is not None and (_g5 is not L_UNSET or (_g5 := L_gen_of(_f4)) is not None) else _f4('boom', 0)
        except BaseException as _e7:
            _c8 = _e7
            raise (yield from L_close_var_error_gen(c, _e7))
        finally:
            if _c8 is None:
                yield from L_close_var_gen(c)
        return ()
        (_ENV, closer)
        yield
    return L_fn_anon_7__gen.__code__

def L_genmaker_3():

    def v_iter__gen(s=None, i=None, *_):
        if i < 2 if i.__class__ is int else L_lt(i, 2) if i.__class__ is not L_Table else (yield from L_lt_gen(L_lt, i, 2)):
            return i + 1 if i.__class__ is float else (_t1 if -1073741823 <= (_t1 := (i + 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if i.__class__ is int else L_add(i, 1) if i.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', i, 1))
        return ()
        yield
    return v_iter__gen.__code__

def L_genmaker_4():
    _ENV = None

    def main__gen(*varargs):

        def closer(name):

            def L_fn_anon_1(v__=None, err=None, *_):
                (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])('close', name, err)
                return ()
            return (L_g_setmetatable[1] if L_g_setmetatable[0] is _ENV else _ENV['setmetatable'])(L_Table(), L_Table({'__close': L_fn_anon_1}))
        a = (yield from _g2('a')) if (_g2 := getattr((_f1 := closer), 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1('a')
        L_check_close(a, 'a')
        _c13 = None
        try:
            b = (yield from _g5('b')) if (_g5 := getattr((_f4 := closer), 'lua_gen', L_UNSET)) is not None and (_g5 is not L_UNSET or (_g5 := L_gen_of(_f4)) is not None) else _f4('b')
            L_check_close(b, 'b')
            _c11 = None
            try:
                (yield ('body',)) if (_f7 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is L_co_yield else (_p9 if (_p9 := L_co_resume_in('body')).__class__ is tuple else (yield from _p9.rest())) if _f7 is L_co_resume else (yield from _g8('body')) if (_g8 := getattr(_f7, 'lua_gen', L_UNSET)) is not None and (_g8 is not L_UNSET or (_g8 := L_gen_of(_f7)) is not None) else _f7('body')
            except BaseException as _e10:
                _c11 = _e10
                raise (yield from L_close_var_error_gen(b, _e10))
            finally:
                if _c11 is None:
                    yield from L_close_var_gen(b)
        except BaseException as _e12:
            _c13 = _e12
            raise (yield from L_close_var_error_gen(a, _e12))
        finally:
            if _c13 is None:
                yield from L_close_var_gen(a)

        def L_fn_anon_7(*_):
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
        (yield _a20) if ((_f18 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not None or True) and ((_a20 := (*(_r17 if (_r17 := (L_ret((yield (L_fn_anon_7,))) if (_f14 := (L_g_pcall[1] if L_g_pcall[0] is _ENV else _ENV['pcall'])) is L_co_yield else (_p16 if (_p16 := L_co_resume_in(L_fn_anon_7)).__class__ is tuple else (yield from _p16.rest())) if _f14 is L_co_resume else (yield from _g15(L_fn_anon_7)) if (_g15 := getattr(_f14, 'lua_gen', L_UNSET)) is not None and (_g15 is not L_UNSET or (_g15 := L_gen_of(_f14)) is not None) else _f14(L_fn_anon_7))).__class__ is tuple else (_r17,)),)) is not None or True) and (_f18 is L_co_yield) else (_p21 if (_p21 := L_co_resume_in(*_a20)).__class__ is tuple else (yield from _p21.rest())) if _f18 is L_co_resume else (yield from _g19(*_a20)) if (_g19 := getattr(_f18, 'lua_gen', L_UNSET)) is not None and (_g19 is not L_UNSET or (_g19 := L_gen_of(_f18)) is not None) else _f18(*_a20)

        def v_iter(s=None, i=None, *_):
            if i.__class__ is int:
                if i < 2:
                    return _t3 if -1073741823 <= (_t3 := (i + 1)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)
                return ()
            if i < 2 if i.__class__ is int else L_lt(i, 2):
                return i + 1 if i.__class__ is float else (_t1 if -1073741823 <= (_t1 := (i + 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if i.__class__ is int else L_add(i, 1)
            return ()
        _t26, _t27 = L_forin_gen(1, v_iter, None, 0, *(_r25 if (_r25 := ((yield from _g23('for')) if (_g23 := getattr((_f22 := closer), 'lua_gen', L_UNSET)) is not None and (_g23 is not L_UNSET or (_g23 := L_gen_of(_f22)) is not None) else _f22('for'))).__class__ is tuple else (_r25,)))
        _c33 = None
        try:
            while True:
                _x31 = (yield from L_for_next(_t26))
                if _x31 is L_END:
                    break
                i_1 = _x31
                (yield ('i', i_1)) if (_f28 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is L_co_yield else (_p30 if (_p30 := L_co_resume_in('i', i_1)).__class__ is tuple else (yield from _p30.rest())) if _f28 is L_co_resume else (yield from _g29('i', i_1)) if (_g29 := getattr(_f28, 'lua_gen', L_UNSET)) is not None and (_g29 is not L_UNSET or (_g29 := L_gen_of(_f28)) is not None) else _f28('i', i_1)
        except BaseException as _e32:
            _c33 = _e32
            raise (yield from L_close_var_error_gen(_t27, _e32))
        finally:
            if _c33 is None and _t27 is not None:
                yield from L_close_var_gen(_t27)
        return ()
        (_ENV,)
        yield
    return main__gen.__code__

L_register(__file__, 'close.lua', (("upvalue '_ENV'",), ("global 'print'",), ("global 'setmetatable'",), ("local 'closer'",), ("upvalue 'closer'",), ("global 'error'",), ("global 'pcall'",), ("local 'i'", None)), {1: 1, 3: 1, 72: 4, 82: 3, 95: 11, 115: 15, 124: 1, 5: 1, 70: 1, 73: 4, 75: 4, 80: 4, 83: 3, 85: 3, 93: 3, 96: 11, 98: 11, 113: 11, 117: 15, 122: 15, 125: 1, 127: 1, 198: 1, 7: 3, 13: 7, 14: 7, 15: 9, 16: 9, 35: 11, 48: 11, 50: 15, 58: 16, 59: 16, 60: 16, 69: 16, 76: 4, 77: 4, 78: 4, 79: 4, 87: 4, 90: 4, 91: 3, 92: 3, 99: 12, 100: 12, 101: 13, 102: 13, 110: 13, 111: 11, 112: 11, 118: 15, 120: 15, 121: 15, 129: 3, 135: 7, 136: 7, 137: 9, 138: 9, 157: 11, 170: 11, 172: 15, 180: 16, 181: 16, 182: 16, 195: 16, 196: 1, 197: 1, 9: 4, 12: 4, 17: 8, 18: 8, 19: 9, 20: 9, 28: 9, 32: 10, 36: 12, 37: 12, 38: 13, 39: 13, 47: 13, 51: 15, 55: 15, 57: 15, 61: 16, 63: 16, 67: 16, 88: 4, 89: 4, 103: 13, 104: 13, 108: 14, 119: 15, 131: 4, 134: 4, 139: 8, 140: 8, 141: 9, 142: 9, 150: 9, 154: 10, 158: 12, 159: 12, 160: 13, 161: 13, 169: 13, 173: 15, 177: 15, 179: 15, 183: 16, 189: 16, 193: 16, 10: 4, 11: 4, 21: 9, 22: 9, 26: 10, 29: 9, 30: 9, 33: 10, 40: 13, 41: 13, 45: 14, 52: 15, 54: 15, 56: 15, 62: 16, 64: 16, 65: 16, 68: 16, 105: 13, 106: 13, 109: 14, 132: 4, 133: 4, 143: 9, 144: 9, 148: 10, 151: 9, 152: 9, 155: 10, 162: 13, 163: 13, 167: 14, 174: 15, 176: 15, 178: 15, 184: 16, 185: 16, 187: 16, 188: 16, 190: 16, 191: 16, 194: 16, 23: 9, 24: 9, 27: 10, 42: 13, 43: 13, 46: 14, 53: 15, 145: 9, 146: 9, 149: 10, 164: 13, 165: 13, 168: 14, 175: 15, 186: 16}, {(48, 8, 187): 2, (12, 19, 143): 3, (88, 12, 89): 2, (99, 13, 32): 5, (99, 171, 179): 5, (134, 19, 143): 3, (135, 13, 32): 4, (135, 171, 179): 4, (10, 16, 93): 2, (21, 16, 81): 2, (40, 16, 84): 6, (48, 51, 64): 1, (62, 16, 83): 2, (99, 24, 32): 5, (132, 16, 93): 2, (135, 24, 32): 4, (139, 17, 36): 4, (139, 175, 183): 4, (162, 16, 84): 6, (12, 76, 96): 1, (76, 255, 289): 2, (76, 416, 439): 2, (88, 55, 68): 1, (90, 342, 402): 3, (90, 529, 578): 3, (134, 76, 96): 1, (139, 28, 36): 4, (170, 782, 804): 2, (170, 936, 947): 2, (10, 59, 72): 1, (13, 27, 38): 4, (21, 59, 72): 1, (40, 59, 72): 1, (56, 220, 231): 8, (62, 59, 72): 1, (76, 91, 104): 1, (76, 266, 289): 2, (90, 145, 165): 1, (90, 353, 402): 3, (103, 241, 266): 6, (103, 393, 407): 6, (119, 216, 227): 8, (119, 264, 308): 8, (132, 59, 72): 1, (162, 59, 72): 1, (170, 793, 804): 2, (178, 220, 231): 8, (17, 31, 42): 4, (36, 31, 42): 5, (103, 86, 99): 1, (103, 252, 266): 6, (119, 275, 308): 8, (143, 240, 262): 2, (143, 389, 400): 2, (158, 31, 42): 5, (188, 248, 273): 2, (188, 405, 419): 2, (48, 83, 153): 7, (58, 66, 79): 4, (76, 142, 176): 2, (90, 203, 263): 3, (143, 88, 101): 1, (143, 251, 262): 2, (170, 77, 90): 1, (170, 680, 701): 2, (188, 90, 103): 1, (188, 259, 273): 2, (103, 137, 162): 6, (180, 74, 96): 4, (180, 240, 251): 4, (48, 126, 139): 1, (143, 139, 161): 2, (180, 85, 96): 4, (188, 143, 167): 2, (170, 395, 423): 7, (170, 555, 572): 7, (170, 234, 247): 1, (170, 406, 423): 7, (170, 287, 314): 7})
L_register_upvalues(__file__, {('L_fn_anon_1', 87): (('_ENV', '_ENV', False), ('name', 'name', False)), ('L_fn_anon_1', 9): (('_ENV', '_ENV', False), ('name', 'name', False)), ('L_fn_anon_1', 131): (('_ENV', '_ENV', False), ('name', 'name', False)), ('closer', 7): (('_ENV', '_ENV', False),), ('closer', 129): (('_ENV', '_ENV', False),), ('L_fn_anon_7', 35): (('closer', 'closer', False), ('_ENV', '_ENV', False)), ('L_fn_anon_7', 157): (('closer', 'closer', False), ('_ENV', '_ENV', False)), ('main', 5): (('_ENV', '_ENV', False),)})
L_register_locals(__file__, {('L_fn_anon_1', 87): (('_', 'v__', False, 4, 4, 0), ('err', 'err', False, 4, 4, 0)), ('L_fn_anon_1', 9): (('_', 'v__', False, 4, 4, 0), ('err', 'err', False, 4, 4, 0)), ('L_fn_anon_1', 131): (('_', 'v__', False, 4, 4, 0), ('err', 'err', False, 4, 4, 0)), ('closer', 7): (('name', 'name', False, 3, 5, 0),), ('closer', 129): (('name', 'name', False, 3, 5, 0),), ('L_fn_anon_7', 35): (('c', 'c', False, 0, 14, 0),), ('L_fn_anon_7', 157): (('c', 'c', False, 0, 14, 0),), ('v_iter', 50): (('s', 's', False, 15, 15, 0), ('i', 'i', False, 15, 15, 0)), ('v_iter', 172): (('s', 's', False, 15, 15, 0), ('i', 'i', False, 15, 15, 0)), ('main', 5): (('closer', 'closer', False, 0, 1073741824, 0), ('a', 'a', False, 0, 10, 0), ('b', 'b', False, 0, 10, 0), ('iter', 'v_iter', False, 0, 1073741824, 0), ('i', 'i_1', False, 0, 16, 4))})
L_register_gens(__file__, {('L_fn_anon_1', 87): L_genmaker_0, ('L_fn_anon_1', 9): L_genmaker_0, ('L_fn_anon_1', 131): L_genmaker_0, ('closer', 7): L_genmaker_1, ('closer', 129): L_genmaker_1, ('L_fn_anon_7', 35): L_genmaker_2, ('L_fn_anon_7', 157): L_genmaker_2, ('v_iter', 50): L_genmaker_3, ('v_iter', 172): L_genmaker_3, ('main', 5): L_genmaker_4})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

"""Everything converted code refers to, under the L_ names the compiler emits.

Generated modules start with `from lua2py.runtime.prelude import *`.
"""
from math import sqrt as L_fsqrt

from .core.errors import register_chunk as _register_chunk, register_sites as _register_sites, unpack_constant as L_unpack
# the L_g_* cells of guarded library names (libguard.py)
from .core.libguard import (
    CALL_META as L_CM, CELLS as _CELLS, WATCH_KEYS as L_WATCH_KEYS, WATCHED as L_WATCHED, _tracked as L_TRACKED,
)
from .core.number import fmt_float as L_fmt_float, wrap as L_wrap
from .core.ops import (
    add as L_add, sub as L_sub, mul as L_mul, div as L_div, mod as L_mod, idiv as L_idiv,
    pow as L_pow, unm as L_unm, band as L_band, bor as L_bor, bxor as L_bxor, shl as L_shl,
    shr as L_shr, bnot as L_bnot, concat as L_concat, concat_n as L_concat_n, length as L_len,
    eq as L_eq, lt as L_lt, le as L_le, index as L_index, setindex as L_setindex, fdiv as L_fdiv,
    get as L_get, get_call as L_getc, put as L_put, putk as L_putk, fadd as L_fadd, fmul as L_fmul,
)
from .core.table import (
    UNDECIDED as L_UNDEC, LuaTable as L_Table, delete as L_tdelete, method as L_method, method_call as L_mcall,
)
from .coroutine.lcoroutine import lua_yield as L_co_yield, resume as L_co_resume, resume_in as L_co_resume_in
from .core.values import as_tuple as L_tuple, callee as L_callee, callee_if_meta as L_cf, first as L_first
from .stdlib.lbase import register_converted_source as L_register_lua_source
from .stdlib.ldebug import register_locals as L_register_locals, register_spans as L_register_spans, register_upvalues as L_register_upvalues
from .stdlib.lformat import str_format as L_str_format
from .stdlib.lmath import m_sqrt as L_m_sqrt
from .support.cogen import (
    register_gens as L_register_gens, gen_of as L_gen_of, arith_gen as L_arith_gen, unary_gen as L_unary_gen,
    len_gen as L_len_gen, eq_gen as L_eq_gen, lt_gen as L_lt_gen, le_gen as L_le_gen,
    index_gen as L_index_gen, setindex_gen as L_setindex_gen, UNSET as L_UNSET, GEN_SELF as L_GEN_SELF,
)
from .support.loops import (
    forrange as L_forrange, forin as L_forin, mktable as L_mktable, mktable_kv as L_mktable_kv,
    mktable_mixed as L_mktable_mixed, POS as L_POS,
    ret_multi as L_ret, adjust as L_adjust, check_close as L_check_close, close_var as L_close_var,
    close_var_error as L_close_var_error, close_var_gen as L_close_var_gen,
    close_var_error_gen as L_close_var_error_gen, close_from as L_close_from,
    close_list_error as L_close_list_error, forin_gen as L_forin_gen, for_next as L_for_next, END as L_END,
)

globals().update(_CELLS)


def L_register(filename, chunkname, sites, linemap=None, sitemap=None):
    _register_chunk(filename, chunkname, linemap, sitemap)
    _register_sites(filename, sites)


__all__ = [n for n in dir() if n.startswith("L_")]

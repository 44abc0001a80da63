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

L_register(__file__, 'concat.lua', L_unpack('c$`&^K@P$o5Jgi>OpKPq8{leA;nHoF-5QF}kP>Lh;DQ@*MORXz>9Cub_vhv3Q*PcY&M#r3;_$e4J>)}brFQ{^Lk{K!>1e$aw#<;&Mz|(O*C-GaAUBDP)(`78FUBF{9l>?-@=u}<Si&RZJuMW8Izl>c<Vv*>x*}_T+bk9gD<<)2^GsDm6oXaYi#EzWIg}qM5I*HjW2^'), 'c$_oT(J=raBOo@=F+_p}PzV+_(9yL70IIDA$p', 'c${60K?=Y?2m?Pf2X$So|NmH1Xb)W^5aNUk!2}B<H@<LPP<cj94O>|oUN7deew;B)BqisUl(YbE;lZVT5-szTqxvX!<6F<i`<^cjlQd>G96uni')
L_register_upvalues(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%9X?=36ZBu6|)fEI_WC0RW-L2!H'))
L_register_locals(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%8+ywqJ~yMJzzJ+e;w903sZUKyo0Nv?6wp447ZU1|ncG#YG%gWo|K+7I9+N!&;D7R8m~Tg~P<`B5t_MOOO#SnSq1>02aI-ng'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

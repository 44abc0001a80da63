from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  i = 10
  f = 2.5
  s = 'str'
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c1) if (_c1 := _ENV['print']) is not L_CM and L_CM[0] else _c1)(f'i={i} f={L_fmt_float(f)} s={s}')
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c2) if (_c2 := _ENV['print']) is not L_CM and L_CM[0] else _c2)(s + s)
  u = _r4 if (_r4 := (L_g_tostring[1] if L_g_tostring[0] is _ENV else L_callee(_c3) if (_c3 := _ENV['tostring']) is not L_CM and L_CM[0] else _c3)(7)).__class__ is not tuple else _r4[0] if _r4 else None
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c5) if (_c5 := _ENV['print']) is not L_CM and L_CM[0] else _c5)(f'u={u}!' if u.__class__ is str else L_concat_n('u=', u, '!'), u + 1 if u.__class__ is str and 1 .__class__ is str else L_concat(u, 1))
  parts = L_Table()
  for k in range(1, 4):
   _t9 = _t7 + 1 if (_t7 := ((_n6 if (_n6 := len(parts)) == parts.seq else parts.length()) if parts.__class__ is L_Table and parts.meta is None else L_len(parts))).__class__ is float else (_t8 if (_t8 := (_t7 + 1)) <= 1073741823 else _t8 if -9223372036854775808 <= _t8 <= 9223372036854775807 else L_wrap(_t8)) if _t7.__class__ is int else L_add(_t7, 1)
   _v10 = f'k{k}'
   if (_t9.__class__ is int or (_t9.__class__ is str and _t9 not in L_WATCH_KEYS)) and (parts.meta is None or _t9 in parts or '__newindex' not in parts.meta):
    parts[_t9] = _v10
    if len(parts) == _t9 == parts.seq + 1 <= parts.cap:
     parts.seq = _t9
   else:
    L_setindex(parts, _t9, _v10)
  (L_g_print[1] if L_g_print[0] is _ENV else L_callee(_c11) if (_c11 := _ENV['print']) is not L_CM and L_CM[0] else _c11)(*(_r12 if (_r12 := (L_g_table_concat[1] if L_g_table_concat[0] is _ENV else L_getc(_ENV['table'], 'concat'))(parts, ',')).__class__ is tuple else (_r12,)))
  return ()
 return main

L_register(__file__, 'concat.lua', L_unpack('c${sI!3x4K5JaPbAX>pch^Ng@c=Xz%S4nG9N<$KwUBBN%g?4E#19>~Mvr$JOgxX}GbCLMgj*Nuoy?%h&7gS|wgHNbEO6YGuhfG{(waZWV=BBx{++Y`m#0?3i`p$)>usHS}L2V0X*0tbe7Q~P+XFE{4<>|zW3FyS;*JUF?{VS;^7WIhfZ{-UHwtrap80yBE8MnQ0F9~@?s}Vjg{#?8'), 'c$_oT(J=raBOo@=F+_p}NDwS#prdOE0Ly&{fd', 'c${5KK@Pw$2>K9*irVV`KQ_89OSTvl2+$xb4UT~|U=GtrqyIG>7E)p-Y(7RNKSsTrU|<T;8x~k{SO^j&5>QW_^vaXwn-293?M=GioA0iXx90-610jt')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1|x`IhKa|!`h~$6ZUz9cEeC!'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1{;hhWdstL5YjD^0Ym|@1DJ(SkOm=fD=3DLxD}K_NbCwgPAW(&Dk(;=aGR73A)yL5K?F09FaQAfHys`'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEttSSXVVL@)yh0{~w!1Zw'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  i = 10
  f = 2.5
  s = 'str'
  L_cf(_ENV['print'])(f'i={i} f={L_fmt_float(f)} s={s}')
  L_cf(_ENV['print'])(s + s)
  u = L_first(L_cf(_ENV['tostring'])(7))
  L_cf(_ENV['print'])(L_concat_n('u=', u, '!'), L_concat(u, 1))
  parts = L_Table()
  for k in range(1, 4):
   _t4 = _t2 + 1 if (_t2 := ((_n1 if (_n1 := len(parts)) == parts.seq else parts.length()) if parts.__class__ is L_Table and parts.meta is None else L_len(parts))).__class__ is float else (_t3 if -1073741823 <= (_t3 := (_t2 + 1)) <= 1073741823 else L_wrap(_t3)) if _t2.__class__ is int else L_add(_t2, 1)
   _v5 = f'k{k}'
   if (_t4.__class__ is int or (_t4.__class__ is str and _t4 not in L_WATCH_KEYS)) and (parts.meta is None or _t4 in parts or '__newindex' not in parts.meta):
    parts[_t4] = _v5
    if len(parts) == _t4 == parts.seq + 1 <= parts.cap:
     parts.seq = _t4
   else:
    L_setindex(parts, _t4, _v5)
  L_cf(_ENV['print'])(*L_tuple(L_cf(L_get(_ENV['table'], 'concat'))(parts, ',')))
  return ()
 return main

L_register(__file__, 'concat.lua', L_unpack('c${sI!3x4K5JaPbAX>pch^Ng@c=Xz%S4nG9N<$KwUBBN%g?4E#19>~Mvr$JOgxX}GbCLMgj*Nuoy?%h&7gS|wgHNbEO6YGuhfG{(waZWV=BBx{++Y`m#0?3i`p$)>usHS}L2V0X*0tbe7Q~P+XFE{4<>|zW3FyS;*JUF?{VS;^7WIhfZ{-UHwtrap80yBE8MnQ0F9~@?s}Vjg{#?8'), 'c$_oT(J=raBOo@=F+_p}NDwS#prdOE0Ly&{fd', 'c$`&@K@vbA2tqH!BFMDvf3Z(Zi{H3G;OT-e0v!zncF-dzUxxt=3|m}a-d6J8YLLM|TE*N*Ic69TrWfBRi%r&g$<Biu>DPYK_7$D{1JX|(s{')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1|x`IhKa|!`h~$6ZUz9cEeC!'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1{;hhWdstL5YjD^0Ym|@1DJ(SkOm=fD=3DLxD}K_NbCwgPAW(&Dk(;=aGR73A)yL5K?F09FaQAfHys`'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEttSSXVVL@)yh0{~w!1Zw'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

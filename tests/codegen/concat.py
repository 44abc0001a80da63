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
   _t3 = _t1 + 1 if (_t1 := L_len(parts)).__class__ is float else (_t2 if (_t2 := (_t1 + 1)) <= 1073741823 else _t2 if -9223372036854775808 <= _t2 <= 9223372036854775807 else L_wrap(_t2)) if _t1.__class__ is int else L_add(_t1, 1)
   _v4 = f'k{k}'
   if (_t3.__class__ is int or (_t3.__class__ is str and _t3 not in L_WATCH_KEYS)) and (parts.meta is None or _t3 in parts or '__newindex' not in parts.meta):
    parts[_t3] = _v4
    if len(parts) == _t3 == parts.seq + 1 <= parts.cap:
     parts.seq = _t3
   else:
    L_setindex(parts, _t3, _v4)
  L_cf(_ENV['print'])(*L_tuple(L_cf(L_get(_ENV['table'], 'concat'))(parts, ',')))
  return ()
 return main

L_register(__file__, 'concat.lua', L_unpack('c${sI!3x4K5JaPbAX>pch^Ng@c=Xz%S4nG9N<$KwUBBN%g?4E#19>~Mvr$JOgxX}GbCLMgj*Nuoy?%h&7gS|wgHNbEO6YGuhfG{(waZWV=BBx{++Y`m#0?3i`p$)>usHS}L2V0X*0tbe7Q~P+XFE{4<>|zW3FyS;*JUF?{VS;^7WIhfZ{-UHwtrap80yBE8MnQ0F9~@?s}Vjg{#?8'), 'c$_oT(J=raBOo@=F+_p}NDwS#prdOE0Ly&{fd', 'c$`&@!4Uu<2m>3+!$bt_zp;ysk8}9!1U4)PBhb-MU<W;d@=X}fz;MI`=DkY(uNq`AkfxYhDX(P`rr8x`*kY|$>^#OnfA*KQOLX=hvb7#}')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1|x`IhKa|!`h~$6ZUz9cEeC!'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1{;hhWdstL5YjD^0Ym|@1DJ(SkOm=fD=3DLxD}K_NbCwgPAW(&Dk(;=aGR73A)yL5K?F09FaQAfHys`'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEttSSXVVL@)yh0{~w!1Zw'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

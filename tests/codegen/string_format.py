from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  n = 42
  name = 'lua'
  x = 3.14159
  L_cf(_ENV['print'])(*L_tuple(L_cf(L_get(_ENV['string'], 'format'))('%d %s %5.2f', n, name, x)))
  L_cf(_ENV['print'])(*L_tuple(L_cf(L_get(_ENV['string'], 'format'))('%5d|%-5s|%x', n, name, 255)))
  L_cf(_ENV['print'])(L_first(L_cf(L_get(_ENV['string'], 'format'))('%d', 2.0)), *L_tuple(L_cf(L_get(_ENV['string'], 'format'))('%s', not L_Table() is None)))
  L_cf(_ENV['print'])(L_first(L_cf(L_get(_ENV['math'], 'sqrt'))(16.0)), L_first(L_cf(L_get(_ENV['math'], 'sqrt'))(2)), not (((_t1 := L_first(L_cf(L_get(_ENV['math'], 'sqrt'))(-1.0))) is not None or True) and ((_t2 := L_first(L_cf(L_get(_ENV['math'], 'sqrt'))(-1.0))) is not None or True) and L_eq(_t1, _t2)))

  def values():
   return (1, 2)
  L_cf(_ENV['print'])(*L_tuple(L_cf(L_get(_ENV['string'], 'format'))('%d %d', 0, *L_tuple(values()))))
  return ()
 return main

L_register(__file__, 'string_format.lua', L_unpack('c%0K<XJBB^U<4ASd?2ErEHS4vRY5)8)h|pPBF+ya(sS~Y5_1&Pi%W_!^U~E38qzXTb5a!4)AEaQ6HAc9VHyg6>S5x%Na8@%8Bk#!gfYd1MaYKa<R^pFf}K>X4ggGtCgl'), 'c$_oT(J=raV<0xrF@!=OG5}*;O8{j=1^o', 'c$|HZ%MAoE2tyn40SJ)Le`7<wBW<*EGkUfY2nfQUAXIPxrzi|pl&-uFl1c@vN&6J__WOsQ&3^*P+YHzV@C*=wc3m9G#BX1ryRQU%_DO}UJ{h!)e|6dpjYBz&E6nPfv&lAy*fvN$v<#A!!=QaZqWdE8=OSalhWY@Pc1IH')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1|x`IhKa|!`h~$6ZUz9cEeC!'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD28gG@1`=lk5_u5PEfYvGfCvXL3!(s|G%qnX70$q}3}iwDgv71@M3g1wl%^IVG0~M8000`m88`'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikC}jf@Wr;bZsl}OmKqgo)lM_Zj)UW`F+{DbhOjfuGE)W3{Hvj;6YY8R'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

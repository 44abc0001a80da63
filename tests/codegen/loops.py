from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  for i in range(1, 4):
   (_t1['write'] if (_t1 := _ENV['io']).__class__ is L_Table else L_index(_t1, 'write'))(i, ' ')
  for i_1 in L_forrange(10, 1, -4):
   (_t2['write'] if (_t2 := _ENV['io']).__class__ is L_Table else L_index(_t2, 'write'))(i_1, ' ')
  lim = _r3 if (_r3 := (L_g_tonumber[1] if L_g_tonumber[0] is _ENV else _ENV['tonumber'])('2')).__class__ is not tuple else _r3[0] if _r3 else None
  for i_2 in range(1, lim + 1) if lim.__class__ is int else L_forrange(1, lim, 1):
   (_t4['write'] if (_t4 := _ENV['io']).__class__ is L_Table else L_index(_t4, 'write'))(i_2, ' ')
  for x in L_forrange(0, 1, 0.5):
   (_t5['write'] if (_t5 := _ENV['io']).__class__ is L_Table else L_index(_t5, 'write'))(x, ' ')
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])()
  k = 0
  while k < 3:
   k = _t7 if -1073741823 <= (_t7 := (k + 1)) <= 1073741823 else _t7 if -9223372036854775808 <= _t7 <= 9223372036854775807 else L_wrap(_t7)
  while True:
   stop = k > 5
   k = _t9 if -1073741823 <= (_t9 := (k + 1)) <= 1073741823 else _t9 if -9223372036854775808 <= _t9 <= 9223372036854775807 else L_wrap(_t9)
   if stop:
    break
  (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])(k)
  return ()
 return main

L_register(__file__, 'loops.lua', L_unpack('c${0wwvzD|Uui*EVoqtQf_l8GUzqwz#wzagocyH390m2vd=Qs6Ei*MIMM1s1D6=FLBp?WrFUij<%}q)z0txcL1Ph8X^GeiLGF5Tr<R^m!veo?njWQ$b'), 'c$_oT(J=raBOo>eV?!hsj17Sxmad^80PkA~H~', 'c$|HW!41GL2m=?oM}Poj|HbP3`e}r0!C4kfFd<v`gDp&36>hjjVg7_t(8d;Pops2q;I~&tIi%1|ECfcV))&1J93YJ')
L_register_upvalues(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%9X?=36ZBu6|)fEI_WC0RW-L2!H'))
L_register_locals(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%B8dwqJ~yMJzzJ+e;w9@RAuw6tMvbO*XLbFXqg6L$@N3>X$4CxnImVnYl%rAbk)yAa($=kn|Zr<=Bw)F;*1uB6P7M%VZbv!)1!NKm^3RUo6EX`2|G+2yNUjNdo{RRwjS'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

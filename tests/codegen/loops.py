from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  for i in range(1, 4):
   (L_callee(_c2) if (_c2 := (_t1['write'] if (_t1 := _ENV['io']).__class__ is L_Table else L_index(_t1, 'write'))) is not L_CM and L_CM[0] else _c2)(i, ' ')
  for i_1 in L_forrange(10, 1, -4):
   (L_callee(_c4) if (_c4 := (_t3['write'] if (_t3 := _ENV['io']).__class__ is L_Table else L_index(_t3, 'write'))) is not L_CM and L_CM[0] else _c4)(i_1, ' ')
  lim = _r6 if (_r6 := (L_callee(_c5) if (_c5 := (L_g_tonumber[1] if L_g_tonumber[0] is _ENV else _ENV['tonumber'])) is not L_CM and L_CM[0] else _c5)('2')).__class__ is not tuple else _r6[0] if _r6 else None
  for i_2 in range(1, lim + 1) if lim.__class__ is int else L_forrange(1, lim, 1):
   (L_callee(_c8) if (_c8 := (_t7['write'] if (_t7 := _ENV['io']).__class__ is L_Table else L_index(_t7, 'write'))) is not L_CM and L_CM[0] else _c8)(i_2, ' ')
  for x in L_forrange(0, 1, 0.5):
   (L_callee(_c10) if (_c10 := (_t9['write'] if (_t9 := _ENV['io']).__class__ is L_Table else L_index(_t9, 'write'))) is not L_CM and L_CM[0] else _c10)(x, ' ')
  (L_callee(_c11) if (_c11 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c11)()
  k = 0
  while k < 3:
   k = _t13 if -1073741823 <= (_t13 := (k + 1)) <= 1073741823 else _t13 if -9223372036854775808 <= _t13 <= 9223372036854775807 else L_wrap(_t13)
  while True:
   stop = k > 5
   k = _t15 if -1073741823 <= (_t15 := (k + 1)) <= 1073741823 else _t15 if -9223372036854775808 <= _t15 <= 9223372036854775807 else L_wrap(_t15)
   if stop:
    break
  (L_callee(_c16) if (_c16 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c16)(k)
  return ()
 return main

L_register(__file__, 'loops.lua', L_unpack('c${0wwvzD|Uui*EVoqtQf_l8GUzqwz#wzagocyH390m2vd=Qs6Ei*MIMM1s1D6=FLBp?WrFUij<%}q)z0txcL1Ph8X^GeiLGF5Tr<R^m!veo?njWQ$b'), 'c$_oT(J=raBOo>eV?!hsj17Sxmad^80PkA~H~', 'c$|HVK@I>R2m?RVgGGe({~z0;iSe>~ppco+L<ff}8?@L!UDIHMV%hkx8tHEEf)5yleqXlDZR1!!g`hfzSXQ;jT+DCw0`}b@)c')
L_register_upvalues(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%9X?=36ZBu6|)fEI_WC0RW-L2!H'))
L_register_locals(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%B8dwqJ~yMJzzJ+e;w9@RAuw6tMvbO*XLbFXqg6L$@N3>X$4CxnImVnYl%rAbk)yAa($=kn|Zr<=Bw)F;*1uB6P7M%VZbv!)1!NKm^3RUo6EX`2|G+2yNUjNdo{RRwjS'))
L_register_spans(__file__, L_unpack('c%1vK$#jb)H!(BsB`X61!%C)?JV5FtGmtO<0Dl1oQ~'))

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

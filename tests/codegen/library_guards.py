from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):
  L_cf(_ENV['print'])(L_first(L_cf(L_get(_ENV['math'], 'floor'))(3.7)), L_first(L_cf(L_get(_ENV['string'], 'rep'))('ab', 3)), *L_tuple(L_cf(_ENV['select'])('#', 1, 2)))
  t = L_Table()
  L_setindex(t, 'print', 1)
  L_cf(_ENV['print'])(t['print'], *L_tuple(L_cf(_ENV['type'])(_ENV['print'])))
  old = L_get(_ENV['math'], 'floor')

  def L_fn_anon_1(x=None, *_):
   return 'replaced ' + x if x.__class__ is str else L_concat('replaced ', x)
  L_setindex(_ENV['math'], 'floor', L_fn_anon_1)
  L_cf(_ENV['print'])(*L_tuple(L_cf(L_get(_ENV['math'], 'floor'))(2)))
  L_setindex(_ENV['math'], 'floor', old)
  L_cf(_ENV['print'])(*L_tuple(L_cf(L_get(_ENV['math'], 'floor'))(2.5)))

  def L_fn_max_2(a, b):
   return a
  v_max = L_fn_max_2
  L_cf(_ENV['print'])(v_max(1, 2), *L_tuple(L_cf(L_get(_ENV['math'], 'max'))(1, 2)))
  return ()
 return main

def L_genmaker_0():

 def L_fn_anon_1__gen(x=None, *_):
  return 'replaced ' + x if x.__class__ is str else L_concat('replaced ', x) if x.__class__ is not L_Table else (yield from L_arith_gen(L_concat, '__concat', 'replaced ', x))
  yield
 return L_fn_anon_1__gen.__code__

L_register(__file__, 'library_guards.lua', L_unpack('c${sHyAHxI3`GkY;<fMr*_<C?Wn@JmxTTVtM5&9)-{U~4Mxx6Zj<2q--c?nlSAyY?5MG7`RB$_AuJH4FK|}s-NI_@#S?Ib&dMK#L`<V5yNcS9D*W|-?&PNPOX(Y4^^O)%nq-F9O0ePD=FYM!YK+x-?PXg;*&&KihB^itIysQ|DZCQ0@{2!d;2NPLCSO'), 'c$_oT(J=raBOOC11R?_<MB^Cf=o%X7=$Pw(`9KH&Ds&1>', 'c${@mTMh#u2)xjI@KD72U#x>{+jKXLnvBc?F<{ULEC`P}l)$++ywHRtC4!+)J8bgen1v2Ih&I`ASf#}kQE*6Ct=2>yxNgmu<&Iq_-z~zLReG-e6;vcUJB$}OX(O8TW~&r=n}(*<)5K>Q`|3R(5lfyC`%eV_0BOH^BcZh^8`VIMW5fEnbGCP3+BFOxKy%22S)^R$1+cbGAp')
L_register_upvalues(__file__, L_unpack('c$}-&U}9ikC}jZ>xrv#1nXEvD1|x`IhKa|!`h~$6ZUz9cEeC!'))
L_register_locals(__file__, L_unpack('c$}-&U}9ikDCGtcKJjUJ@ril)dGUssJV3q%BZy!FNrPAw5YjD^14uy#29N@<elD2)+{B7_qfB9#1VVcvgmeQN4Ivm%6eK}N3<Y5GS%5@tVrE_@D@ceLMPmtsbOS2~5e`TugOujyq`+w0ihvF;1sPrj@&dXt0{}+(C)@'))
L_register_spans(__file__, L_unpack('c$}-&U}9ikDCGtcKJjUJ@ril)dGUssJU~8JCX)k3KooMp6y_#Y#2aM_!`1P?2#7isAd#DxnU~25SHTM+n1O@=088T#p#'))
L_register_gens(__file__, {('L_fn_anon_1', 12): L_genmaker_0})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

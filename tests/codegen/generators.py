from lua2py.runtime.prelude import *

def __lua_chunk__(_ENV):

 def main(*varargs):

  def producer(n):
   for i in range(1, n + 1) if n.__class__ is int else L_forrange(1, n, 1):
    (L_callee(_c2) if (_c2 := (L_g_coroutine_yield[1] if L_g_coroutine_yield[0] is _ENV else _t1['yield'] if (_t1 := _ENV['coroutine']).__class__ is L_Table else L_index(_t1, 'yield'))) is not L_CM and L_CM[0] else _c2)(_t4 if -1073741823 <= (_t4 := (i * i)) <= 1073741823 else _t4 if -9223372036854775808 <= _t4 <= 9223372036854775807 else L_wrap(_t4))
   return 'end'

  def L_fn_anon_1(*_):
   return producer(3)
  co = _r3 if (_r3 := (L_callee(_c2) if (_c2 := (L_g_coroutine_wrap[1] if L_g_coroutine_wrap[0] is _ENV else _t1['wrap'] if (_t1 := _ENV['coroutine']).__class__ is L_Table else L_index(_t1, 'wrap'))) is not L_CM and L_CM[0] else _c2)(L_fn_anon_1)).__class__ is not tuple else _r3[0] if _r3 else None
  (L_callee(_c4) if (_c4 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c4)(_r5 if (_r5 := (L_callee(co) if L_CM[0] else co)()).__class__ is not tuple else _r5[0] if _r5 else None, _r6 if (_r6 := (L_callee(co) if L_CM[0] else co)()).__class__ is not tuple else _r6[0] if _r6 else None, _r7 if (_r7 := (L_callee(co) if L_CM[0] else co)()).__class__ is not tuple else _r7[0] if _r7 else None, *(_r8 if (_r8 := (L_callee(co) if L_CM[0] else co)()).__class__ is tuple else (_r8,)))

  def leaf(x):
   if x.__class__ is int:
    return _t3 if -1073741823 <= (_t3 := (x + 1)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3)
   return x + 1 if x.__class__ is float else (_t1 if -1073741823 <= (_t1 := (x + 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if x.__class__ is int else L_add(x, 1)

  def L_fn_anon_2(a=None, *_):
   return leaf(a)
  (L_callee(_c9) if (_c9 := (L_g_print[1] if L_g_print[0] is _ENV else _ENV['print'])) is not L_CM and L_CM[0] else _c9)(*(_r15 if (_r15 := (L_callee(_c11) if (_c11 := (L_g_coroutine_resume[1] if L_g_coroutine_resume[0] is _ENV else _t10['resume'] if (_t10 := _ENV['coroutine']).__class__ is L_Table else L_index(_t10, 'resume'))) is not L_CM and L_CM[0] else _c11)(_r14 if (_r14 := (L_callee(_c13) if (_c13 := (L_g_coroutine_create[1] if L_g_coroutine_create[0] is _ENV else _t12['create'] if (_t12 := _ENV['coroutine']).__class__ is L_Table else L_index(_t12, 'create'))) is not L_CM and L_CM[0] else _c13)(L_fn_anon_2)).__class__ is not tuple else _r14[0] if _r14 else None, 41)).__class__ is tuple else (_r15,)))
  return ()
 return main

def L_genmaker_0():
 _ENV = None

 def producer__gen(n):
  for i in range(1, n + 1) if n.__class__ is int else L_forrange(1, n, 1):
   (yield (_t3 if -1073741823 <= (_t3 := (i * i)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3),)) if (_f4 := (L_g_coroutine_yield[1] if L_g_coroutine_yield[0] is _ENV else _t1['yield'] if (_t1 := _ENV['coroutine']).__class__ is L_Table and _t1.meta is None else (yield from L_index_gen(_t1, 'yield')))) is L_co_yield else (_p6 if (_p6 := L_co_resume_in(_t3 if -1073741823 <= (_t3 := (i * i)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3))).__class__ is tuple else (yield from _p6.rest())) if _f4 is L_co_resume else (yield from _g5(_t3 if -1073741823 <= (_t3 := (i * i)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3))) if (_g5 := getattr(_f4, 'lua_gen', L_UNSET)) is not None and (_g5 is not L_UNSET or (_g5 := L_gen_of(_f4)) is not None) else _f4(_t3 if -1073741823 <= (_t3 := (i * i)) <= 1073741823 else _t3 if -9223372036854775808 <= _t3 <= 9223372036854775807 else L_wrap(_t3))
  return 'end'
  (_ENV,)
  yield
 return producer__gen.__code__

def L_genmaker_1():
 producer = None

 def L_fn_anon_1__gen(*_):
  return (yield from _g2(3)) if (_g2 := getattr((_f1 := producer), 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1(3)
  (producer,)
  yield
 return L_fn_anon_1__gen.__code__

def L_genmaker_2():

 def leaf__gen(x):
  return x + 1 if x.__class__ is float else (_t1 if -1073741823 <= (_t1 := (x + 1)) <= 1073741823 else _t1 if -9223372036854775808 <= _t1 <= 9223372036854775807 else L_wrap(_t1)) if x.__class__ is int else L_add(x, 1) if x.__class__ is not L_Table else (yield from L_arith_gen(L_add, '__add', x, 1))
  yield
 return leaf__gen.__code__

def L_genmaker_3():
 leaf = None

 def L_fn_anon_2__gen(a=None, *_):
  return (yield from _g2(a)) if (_g2 := getattr((_f1 := leaf), 'lua_gen', L_UNSET)) is not None and (_g2 is not L_UNSET or (_g2 := L_gen_of(_f1)) is not None) else _f1(a)
  (leaf,)
  yield
 return L_fn_anon_2__gen.__code__

L_register(__file__, 'generators.lua', L_unpack('c$`g+I}XAy5JVFsBt9WUPT+3IL1<IbBI9h3r6sl&n@?`!E2hF02~e$OH1lRd5%RJ0_AbezfYYHlLdb{eLgp+<fHG{n(>+31jB7F~nHqSRWm(MaI*rr{c%>5~L-j>jHmz64FmCrwY7((Zb?g*V=fTpZt<6MLCaH2>wyb-Xkn`#jny7xi63PyE^?9V6po&pCgg=Mz=C25EMgdM2'), 'c$_oT(J=rcBOOB^We8#zKp2K#h5>@1YYCABOM|d3M6HeqL=XmniV$o=6gdE26BG9', 'c${5OOAZAg47yMk_FwORu}7=p;w2M@0Hx?ABejil5pz<14MRwn1U$Du4qCv8QM9h|teGSW*0wuPflP+w$Qq<h2`I)NRC}zs9_Wb4-nB`4YtCwfCfk3gEpnu>bZo4zi!OvHHLHccR_DRH^s~6tv2675H;5z@oxxW9W<Z6%A16@aVd$(mxN2YAZKsKMDaJebykrf+))nV=P~FJvz;IFptUHbKjt}Cnfj{e3P=^')
L_register_upvalues(__file__, L_unpack('c%1vK$#jdOpeR43G&!~CB|8HH!%9X?=36ZBu6|)fEI_UsPyx43d|F<7VqSh;yx~h8sG1^1AOlRGDKUB}1~(=rH8HJ-8>)sSH!(BsB`Zun$aIJm1_17ZB0~'))
L_register_locals(__file__, L_unpack('c${sHK?=e!5Ji);rnRDA1@#Kui6?O7$~%NmTPSEM1A<rTm2!hQgB$Zxs4iU0XW%{l%)3%Pe^7sY)(vqcgcww%y>yg@{me;7)`&0yq@x^!;4&ndfheEe8r$+36%yi$ma$?EXNAZ{ad9!NGuHLa9C<tWmdfZCP&Yq*dbgcpTp5x|lLV6AAHtkQReM$Uw4V^|rWQ@Hw)n#iA6eBhe*'))
L_register_spans(__file__, L_unpack('c%1vK$#jdOpeR43G&!~CB|8HH!%C)?Y(VNI3y=Uxa{I)m<;5rF<>$p4zT^SR7cl`TFaeZj$w^I2dnpLf$O)3*!O&>*QVb%`1(FwlYRpZ{%zMcSF%cy8k{L)C002fwBzp'))
L_register_gens(__file__, {('producer', 7): L_genmaker_0, ('L_fn_anon_1', 12): L_genmaker_1, ('leaf', 17): L_genmaker_2, ('L_fn_anon_2', 22): L_genmaker_3})

if __name__ == "__main__":
    from lua2py.runner import run_module
    run_module(__lua_chunk__, __file__)

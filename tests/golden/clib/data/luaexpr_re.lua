-- the same Lua expression parser in the re module's syntax: source -> AST tables
local re = require "re"
local keywords = {}
for w in ("and break do else elseif end false for function goto if in local nil not or repeat return then true until while"):gmatch("%a+") do keywords[w] = true end
local function fold(list)
  local e = list[1]
  for i = 2, #list, 2 do e = { "Op", list[i], e, list[i + 1] } end
  return e
end
local function rfold(list)
  local e = list[#list]
  for i = #list - 1, 2, -2 do e = { "Op", list[i], list[i - 1], e } end
  return e
end
local escapes = { a = "\a", b = "\b", f = "\f", n = "\n", r = "\r", t = "\t", v = "\v",
                  ["\\"] = "\\", ['"'] = '"', ["'"] = "'", ["\n"] = "\n" }
local defs = {
  fold = fold, rfold = rfold, esc = escapes,
  notkw = function(_, i, n) if keywords[n] then return false end return i, n end,
  num = function(s) return { "Number", tonumber(s) } end,
  str = function(s) return { "String", s } end,
  id = function(n) return { "Id", n } end,
  paren = function(e) return { "Paren", e } end,
  unop = function(t) return { "Unop", t[1], t[2] } end,
  dec = function(d) return string.char(tonumber(d)) end,
  hexc = function(h) return string.char(tonumber(h, 16)) end,
  eqlong = function(_, _, a, b) return a == b end,
  nil_ = function() return { "Nil" } end, true_ = function() return { "True" } end,
  false_ = function() return { "False" } end, dots = function() return { "Dots" } end,
  suffix = function(e, kind, a, b)
    if kind == "index" then return { "Index", e, a }
    elseif kind == "call" then return { "Call", e, table.unpack(a) }
    else return { "Invoke", e, a, table.unpack(b) } end end,
  key = function(k, n) return k, { "String", n } end,
  tbl = function(t) table.insert(t, 1, "Table"); return t end,
}
local p = re.compile([[
  chunk    <- S Exp !.
  Exp      <- L1
  L1       <- {| L2 (OR L2)* |} -> fold
  L2       <- {| L3 (AND L3)* |} -> fold
  L3       <- {| L4 ({'<=' / '>=' / '<' / '>' / '~=' / '=='} S L4)* |} -> fold
  L4       <- {| L5 ({'|'} S L5)* |} -> fold
  L5       <- {| L6 ({'~'} !'=' S L6)* |} -> fold
  L6       <- {| L7 ({'&'} S L7)* |} -> fold
  L7       <- {| L8 ({'<<' / '>>'} S L8)* |} -> fold
  L8       <- {| L9 ({'..'} !'.' S L9)* |} -> rfold
  L9       <- {| L10 ({[+-]} S L10)* |} -> fold
  L10      <- {| Unary ({'//' / [*/%]} S Unary)* |} -> fold
  Unary    <- {| (NOT / {'-'} S / {'#'} S / {'~'} S) Unary |} -> unop / Pow
  Pow      <- {| Simple ({'^'} S Unary)? |} -> rfold
  Simple   <- Number / String / NIL / TRUE / FALSE / ('...' S) -> dots / Table / Suffixed
  Primary  <- Name -> id / ('(' S Exp ')' S) -> paren
  Suffixed <- (Primary {: Suffix :}*) ~> suffix
  Suffix   <- ('.' !'.' S ('' -> 'index') Name) -> key
            / '[' S ('' -> 'index') Exp ']' S
            / ':' S ('' -> 'invoke') Name Args
            / ('' -> 'call') Args
  Args     <- '(' S {| (Exp (',' S Exp)*)? |} ')' S / {| String |} / {| Table |}
  Table    <- ('{' S {| (Field ([,;] S Field)* ([,;] S)?)? |} '}' S) -> tbl
  Field    <- {| ('' -> 'Pair') '[' S Exp ']' S '=' S Exp |}
            / {| ('' -> 'Pair') Name -> str '=' !'=' S Exp |} / Exp
  Name     <- ({[A-Za-z_][A-Za-z0-9_]*} => notkw) S
  Number   <- {'0' [xX] [0-9a-fA-F]+ ('.' [0-9a-fA-F]*)? ([pP] [+-]? [0-9]+)?
              / ([0-9]+ ('.' [0-9]*)? / '.' [0-9]+) ([eE] [+-]? [0-9]+)?} -> num S
  String   <- (Quoted / Long) -> str S
  Quoted   <- '"' {~ (Esc / [^"\%nl])* ~} '"' / "'" {~ (Esc / [^'\%nl])* ~} "'"
  Esc      <- ('\' {[abfnrtv\"'%nl]}) -> esc / ('\' {[0-9] [0-9]^-2}) -> dec
            / ('\x' {[0-9a-fA-F]^2}) -> hexc / ('\z' %s*) -> ''
  Long     <- '[' {:ls: '='* :} '[' %nl? {(!(']' =ls ']') .)*} ']' =ls ']'
  OR       <- {'or'} ![A-Za-z0-9_] S
  AND      <- {'and'} ![A-Za-z0-9_] S
  NOT      <- {'not'} ![A-Za-z0-9_] S
  NIL      <- ('nil' ![A-Za-z0-9_] S) -> nil_
  TRUE     <- ('true' ![A-Za-z0-9_] S) -> true_
  FALSE    <- ('false' ![A-Za-z0-9_] S) -> false_
  S        <- (%s / '--' (Long / [^%nl]*))*
]], defs)
return { parse = function(s) return p:match(s) end }

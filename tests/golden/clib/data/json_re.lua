-- a JSON decoder written in the re module's syntax (used by re_json.lua and the benchmarks)
local re = require "re"
local null = {}
local escapes = { ['"'] = '"', ["\\"] = "\\", ["/"] = "/", b = "\b", f = "\f", n = "\n",
                  r = "\r", t = "\t" }
local defs = {
  tonumber = tonumber, esc = escapes, null = function() return null end,
  t = function() return true end, f = function() return false end,
  uchar = function(h) return utf8.char(tonumber(h, 16)) end,
  set = rawset,
}
local json = re.compile([[
  doc     <- S value S !.
  value   <- object / array / string / number / true / false / null
  object  <- '{' S ({||} (pair (S ',' S pair)*)?) ~> set S '}'
  pair    <- {: string S ':' S value :}
  array   <- '[' S {| (value (S ',' S value)*)? |} S ']'
  string  <- '"' {~ (escape / [^"\%c])* ~} '"'
  escape  <- ('\' {["\/bfnrt]}) -> esc / ('\u' {[0-9a-fA-F]^4}) -> uchar
  number  <- { '-'? ('0' / [1-9] [0-9]*) ('.' [0-9]+)? ([eE] [+-]? [0-9]+)? } -> tonumber
  true    <- 'true' -> t
  false   <- 'false' -> f
  null    <- 'null' -> null
  S       <- %s*
]], defs)
return { null = null, decode = function(text) return json:match(text) end }

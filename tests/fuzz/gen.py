"""Random, terminating, deterministic Lua 5.4 programs aimed at lua2py's fast paths.

`generate(seed)` returns the text of one program; the same seed gives the same
text for a given GENERATOR_VERSION (tests/fuzz/seeds.json stores a hash of each
recorded program, so a change here that alters programs is noticed).

A program is a prelude (saved library functions, `show`, the side-effect
helpers `ev`/`gev`, the yield helper `Y`, the harness `both`) followed by
segments.  Each segment is a local function aimed at one family of fast paths
(typed arithmetic, defaulted parameters and integer clones, evaluation order
and hoisting, tail calls, goto, <close>, numeric for, replaced library
functions, metatables, errors, coroutines, string.format, concatenation, raw
table stores, methods through __index, varargs, closures); the driver runs it
under pcall, and some segments a second time inside a coroutine (`both`),
where `Y` yields from nested calls.  A few segments run as plain blocks of the
main chunk instead.

Determinism: nothing prints a table's or function's address (`show` prints
their type), no pairs() over non-sequences, no clocks or random numbers;
termination: every loop has a constant bound and recursion a depth counter.
"""
import random

GENERATOR_VERSION = 5  # 3: segments pynames, libmisc, assign; 4: borders, callmeta, getinfo; 5: no address in assign

# NONZERO_DIVISORS: integer `//` and `%` by zero raise in lua5.4.4 without saving the
# pc (lvm.c OP_IDIV/OP_MOD), so the message names the line of the last instruction
# that saved it (the function's first line, a call, a Protect'ed operation, or a
# garbage-collection step: not predictable), not the operation's line.  lua2py
# names the operation's line (README, "What differs").  Computed divisors are
# therefore made nonzero (`b | 1`, `b + 0.0`); division by a literal 0 stays, on
# one-line functions (seg_overflow), where both lines agree.

# knobs (kept small: every program must run in well under a second in lua5.4)
MAX_SEGMENTS = 6
MIN_SEGMENTS = 3

INT_LITS = ["0", "1", "2", "3", "5", "7", "10", "100", "255", "(-1)", "(-2)", "(-7)", "(-100)",
            "math.maxinteger", "math.mininteger", "2147483647", "9007199254740993", "0x7fffffffffffffff",
            "0xffffffffffffffff", "0x10", "(math.maxinteger - 1)", "(math.mininteger + 1)"]
INT_WEIGHTS = [6, 8, 6, 6, 4, 5, 4, 2, 1, 4, 3, 3, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1]
FLOAT_LITS = ["0.0", "(-0.0)", "0.5", "1.5", "(-2.5)", "3.0", "0.1", "1e15", "1e16", "1e300", "2^53",
              "(2^63)", "(-2^63)", "1e-7", "(1/0)", "(-1/0)", "3.75", "(-0.5)", "100.0", "9223372036854775808"]
FLOAT_WEIGHTS = [4, 2, 5, 5, 4, 4, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 2, 1]
NUMSTR_LITS = ['"10"', '"3.5"', '"0x1F"', '" 4 "', '"1e2"', '"-3"', '"7"', '"0"', '"2.0"']
BADSTR_LITS = ['"abc"', '""', '"1x"']
ARITH_OPS = ["+", "-", "*", "/", "//", "%", "^"]
INT_OPS = ["+", "-", "*", "//", "%"]
BIT_OPS = ["&", "|", "~", "<<", ">>"]
CMP_OPS = ["<", "<=", ">", ">=", "==", "~="]
SHIFTS = ["0", "1", "3", "63", "64", "(-1)", "65"]

# Lua names that are Python keywords or builtins, or look like lua2py's generated names
PY_NAMES = ["def", "class", "list", "range", "lambda", "None", "True", "False", "pass", "yield", "import",
            "from", "as", "with", "is", "del", "global", "nonlocal", "assert", "try", "except", "finally",
            "raise", "async", "await", "len", "str", "int", "dict", "self", "object", "id", "sum", "min",
            "__name__", "__init__", "L_x", "v_range", "_t1", "_ENV2", "math_", "exec", "eval", "super",
            "continue", "elif", "match", "case", "print_", "sys", "os", "G", "lua", "mt"]

PRELUDE = r'''-- lua2py differential fuzz program
local _print, _tostring, _type, _select, _pcall = print, tostring, type, select, pcall
local _concat, _pack, _unpack = table.concat, table.pack, table.unpack
local _cocreate, _coresume, _costatus, _coyield = coroutine.create, coroutine.resume, coroutine.status, coroutine.yield
local _isyieldable, _setmt, _getmt = coroutine.isyieldable, setmetatable, getmetatable
local _floor, _format = math.floor, string.format
local function show(...)
  local n = _select("#", ...)
  local out = {}
  for i = 1, n do
    local v = _select(i, ...)
    local tv = _type(v)
    if tv == "table" or tv == "function" or tv == "thread" or tv == "userdata" then
      out[i] = tv
    else
      out[i] = _tostring(v)
    end
  end
  return _concat(out, " ")
end
local function ev(tag, v)
  _print("ev", tag)
  return v
end
function gev(tag, ...)
  _print("gev", tag)
  return ...
end
local function Y(...)
  if _isyieldable() then
    return _coyield(...)
  end
  return ...
end
local function both(name, f)
  _print(name, "plain", show(_pcall(f)))
  local co = _cocreate(f)
  for i = 1, 12 do
    local r = _pack(_coresume(co, i))
    _print(name, "co", i, show(_unpack(r, 1, r.n)))
    if _costatus(co) == "dead" then break end
  end
end
-- end of prelude
'''


class Gen:
    def __init__(self, seed):
        self.seed = seed
        self.r = random.Random(seed)
        self.n = 0
        self.out = []

    # ------------------------------------------------------------ helpers

    def fresh(self, base):
        self.n += 1
        return "%s%d" % (base, self.n)

    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq, weights=None):
        if weights:
            return self.r.choices(seq, weights=weights)[0]
        return self.r.choice(seq)

    def int_lit(self):
        return self.pick(INT_LITS, INT_WEIGHTS)

    def small_int(self):
        n = self.r.randint(-3, 9)
        return (str(n) if n >= 0 else "(%d)" % n) if self.chance(0.8) else self.pick(["0", "1", "(-1)"])

    def float_lit(self):
        return self.pick(FLOAT_LITS, FLOAT_WEIGHTS)

    def num_lit(self):
        x = self.r.random()
        if x < 0.5:
            return self.int_lit()
        if x < 0.85:
            return self.float_lit()
        if x < 0.97:
            return self.pick(NUMSTR_LITS)
        return self.pick(BADSTR_LITS + ["nil", "true", "{}"])

    # ------------------------------------------------------------ expressions

    def int_expr(self, ivars, depth=2):
        """An expression typeinfer types as integer: int literals and int variables under + - * // % and bit ops."""
        if depth <= 0 or self.chance(0.35):
            if ivars and self.chance(0.6):
                return self.pick(ivars)
            return self.int_lit() if self.chance(0.5) else self.small_int()
        x = self.r.random()
        if x < 0.12:
            return "(- %s)" % self.int_expr(ivars, depth - 1)
        if x < 0.22:
            op = self.pick(BIT_OPS)
            right = self.pick(SHIFTS) if op in ("<<", ">>") else self.int_expr(ivars, depth - 1)
            return "(%s %s %s)" % (self.int_expr(ivars, depth - 1), op, right)
        op = self.pick(INT_OPS, [5, 5, 4, 2, 2])
        a = self.int_expr(ivars, depth - 1)
        b = self.int_expr(ivars, depth - 1)
        if op in ("//", "%") and self.chance(0.85):
            b = self.pick(["3", "(-3)", "2", "7", "(-2)", "10"])
        elif op in ("//", "%"):
            b = "(%s | 1)" % b  # never 0: see NONZERO_DIVISORS
        return "(%s %s %s)" % (a, op, b)

    def num_expr(self, nvars, depth=2):
        """A numeric expression mixing ints, floats and numeric strings (coercions)."""
        if depth <= 0 or self.chance(0.3):
            if nvars and self.chance(0.6):
                return self.pick(nvars)
            return self.num_lit()
        x = self.r.random()
        if x < 0.08:
            return "(- %s)" % self.num_expr(nvars, depth - 1)
        if x < 0.14:
            op = self.pick(BIT_OPS)
            right = self.pick(SHIFTS) if op in ("<<", ">>") else self.num_expr(nvars, depth - 1)
            return "(%s %s %s)" % (self.num_expr(nvars, depth - 1), op, right)
        if x < 0.18:
            return "math.floor(%s)" % self.num_expr(nvars, depth - 1)
        if x < 0.2:
            return "math.tointeger(%s)" % self.num_expr(nvars, depth - 1)
        if x < 0.22:
            return "#(%s .. %s)" % (self.num_expr(nvars, depth - 1), self.num_expr(nvars, depth - 1))
        if x < 0.25:
            return "math.max(%s, %s)" % (self.num_expr(nvars, depth - 1), self.num_expr(nvars, depth - 1))
        op = self.pick(ARITH_OPS, [5, 5, 4, 3, 3, 3, 1])
        a = self.num_expr(nvars, depth - 1)
        b = self.num_expr(nvars, depth - 1)
        if op in ("//", "%") and self.chance(0.8):
            b = self.pick(["3", "(-3)", "2.5", "(-0.5)", "4", "(-4.0)", "0.0"])
        elif op in ("//", "%"):
            b = "(%s + 0.0)" % b  # never the integer 0: see NONZERO_DIVISORS
        if op == "^":
            b = self.pick(["2", "0.5", "(-1)", "3", "0"])
        return "(%s %s %s)" % (a, op, b)

    def cond_expr(self, nvars, ivars):
        x = self.r.random()
        if x < 0.5 and (nvars or ivars):
            vs = ivars if (ivars and self.chance(0.5)) else (nvars or ivars)
            return "%s %s %s" % (self.pick(vs), self.pick(CMP_OPS), self.num_expr(nvars, 1))
        if x < 0.7:
            return "%s %s %s" % (self.num_expr(nvars, 1), self.pick(CMP_OPS), self.num_expr(nvars, 1))
        if x < 0.85 and (nvars or ivars):
            return "not %s" % self.pick(nvars + ivars)
        return self.pick(["true", "false", "nil", "0"])

    def value_expr(self, vars_, depth=1):
        """A value of any type (for arguments and table fields)."""
        x = self.r.random()
        if vars_ and x < 0.3:
            return self.pick(vars_)
        if x < 0.5:
            return self.int_lit()
        if x < 0.65:
            return self.float_lit()
        if x < 0.8:
            return self.pick(NUMSTR_LITS + ['"s"', '"hello"'])
        if x < 0.88:
            return self.pick(["nil", "true", "false"])
        if x < 0.95 or depth <= 0:
            return "{%s}" % ", ".join(self.int_lit() for _ in range(self.r.randint(0, 3)))
        return self.num_expr(vars_, depth)

    def print_stmt(self, label, exprs):
        # through show: a value may be a table, whose default tostring is an address
        return "print(%s, show(%s))" % (self.quote(label), ", ".join(exprs))

    def quote(self, s):
        return '"%s"' % s

    def maybe_yield(self, e):
        """Wrap a value in Y(...): in a coroutine it yields and comes back."""
        if self.chance(0.15):
            return "Y(%s)" % e
        return e

    # ------------------------------------------------------------ segments

    def seg_arith(self, name):
        """Typed locals: integer-only, float-only and mixed ones, updated in loops."""
        L = []
        ivars, fvars, nvars = [], [], []
        for _ in range(self.r.randint(1, 3)):
            v = self.fresh("i")
            L.append("local %s = %s" % (v, self.int_expr(ivars, 1)))
            ivars.append(v)
        for _ in range(self.r.randint(0, 2)):
            v = self.fresh("f")
            L.append("local %s = %s" % (v, self.pick(["0.5", "1.5", "(-2.25)", "3.0", "1e10", "0.1"])))
            fvars.append(v)
        for _ in range(self.r.randint(1, 2)):
            v = self.fresh("n")
            L.append("local %s = %s" % (v, self.num_expr(ivars + fvars, 2)))
            nvars.append(v)
        allv = ivars + fvars + nvars
        for _ in range(self.r.randint(3, 8)):
            x = self.r.random()
            if x < 0.25:
                v = self.pick(ivars)
                L.append("%s = %s" % (v, self.int_expr(ivars, 2)))
            elif x < 0.35 and fvars:
                v = self.pick(fvars)
                L.append("%s = %s %s %s" % (v, v, self.pick(["*", "+", "-", "/"]), self.pick(fvars + ["0.5", "2.0"])))
            elif x < 0.5:
                v = self.pick(nvars)
                L.append("%s = %s" % (v, self.maybe_yield(self.num_expr(allv, 2))))
            elif x < 0.65:
                acc = self.pick(ivars if self.chance(0.6) else nvars)
                lo, hi = self.r.randint(-2, 2), self.r.randint(0, 6)
                L.append("for k = %d, %d do" % (lo, hi))
                L.append("  %s = %s + k * %s" % (acc, acc, self.small_int() if acc in ivars else self.num_lit()))
                if self.chance(0.3):
                    L.append("  if %s > 1000 then break end" % acc)
                L.append("end")
            elif x < 0.75:
                L.append("if %s then" % self.cond_expr(nvars + fvars, ivars))
                L.append("  %s = %s" % (self.pick(ivars), self.int_expr(ivars, 1)))
                L.append("else")
                L.append("  %s = %s" % (self.pick(nvars), self.num_expr(allv, 1)))
                L.append("end")
            else:
                exprs = [self.num_expr(allv, 2) for _ in range(self.r.randint(1, 3))]
                if self.chance(0.3):
                    exprs.append(self.cond_expr(nvars + fvars, ivars))
                L.append(self.print_stmt(name, exprs))
        L.append(self.print_stmt(name, allv))
        L.append("print(%s)" % ", ".join(ivars + fvars))
        L.append("print(%s)" % ", ".join("math.type(%s)" % v for v in allv))
        return L

    def seg_params(self, name):
        """A local function whose parameters are defaulted, reassigned, used in arithmetic:
        its integer clone and exact-arity calls, called with too few/many/odd arguments."""
        L = []
        f = self.fresh("fp")
        nparams = self.r.randint(1, 3)
        params = [self.fresh("p") for _ in range(nparams)]
        L.append("local function %s(%s)" % (f, ", ".join(params)))
        body = []
        for p in params:
            x = self.r.random()
            if x < 0.2:
                body.append("if not %s then %s = %s end" % (p, p, self.pick(['"dflt"', "0", "1.5", "10"])))
            elif x < 0.35:
                body.append("%s = %s or %s" % (p, p, self.pick(["0", "1", '"x"', "0.5"])))
            elif x < 0.45:
                body.append("if %s == nil then %s = %s end" % (p, p, self.int_lit()))
            elif x < 0.55:
                body.append("if %s > 3 then %s = %s / 2 end" % (p, p, p))
            elif x < 0.6:
                body.append("%s = %s .. \"\"" % (p, p))
        a = params[0]
        # parameters in arithmetic get an integer clone; the others (defaulted, printed,
        # concatenated, used as for bounds) must keep every type they can hold in it
        arith = params[: self.r.randint(1, nparams)] if self.chance(0.6) else params
        for _ in range(self.r.randint(1, 4)):
            x = self.r.random()
            if x < 0.3:
                body.append("local t%d = %s" % (self.n, self.num_expr(arith, 2)))
                self.n += 1
                body.append("print(%s, show(t%d))" % (self.quote(name), self.n - 1))
            elif x < 0.45:
                p = self.pick(params)
                body.append("if %s then" % self.cond_expr(arith, []))
                body.append("  %s = %s %s %s" % (p, p, self.pick(["+", "-", "*", "//", ".."]), self.pick(["1", "0.5", "2", '"3"'])))
                body.append("end")
            elif x < 0.6:
                step = self.pick(params + ["1", "2", "(-1)", "0.5"])
                body.append("local c%d = 0" % self.n)
                body.append("for j = %s, %s, %s do" % (self.pick(["1", a]), self.pick(["3", a, "0"]), step))
                body.append("  c%d = c%d + 1" % (self.n, self.n))
                body.append("  if c%d > 20 then break end" % self.n)
                body.append("end")
                body.append("print(%s, c%d)" % (self.quote(name), self.n))
                self.n += 1
            elif x < 0.75:
                body.append("print(%s, show(%s))" % (self.quote(name), ", ".join(params)))
            elif x < 0.85:
                p = self.pick(params)
                body.append("print(%s, show(%s .. \"|\", type(%s), %s == nil))" % (self.quote(name), p, p, p))
            else:
                p = self.pick(params)
                body.append("%s = %s" % (p, self.maybe_yield(self.num_expr(arith, 1))))
        ret = self.r.random()
        if ret < 0.4:
            body.append("return %s" % ", ".join(self.num_expr(arith, 1) for _ in range(self.r.randint(1, 2))))
        elif ret < 0.6:
            body.append("return %s" % ", ".join(params))
        elif ret < 0.85:
            body.append("return %s + 1, %s" % (a, params[-1]))
        L += ["  " + b for b in body]
        L.append("end")
        escapes = self.chance(0.25)
        if escapes:
            L.append("local holder = {%s}" % f)
        for _ in range(self.r.randint(2, 6)):
            nargs = self.r.randint(0, nparams + 1)
            args = [self.value_expr([], 0) if self.chance(0.35) else self.num_lit() for _ in range(nargs)]
            call = "%s(%s)" % (f, ", ".join(args))
            x = self.r.random()
            if x < 0.5:
                L.append("print(%s, show(%s))" % (self.quote(name), call))
            elif x < 0.7:
                L.append("print(%s, show(pcall(function() return %s end)))" % (self.quote(name), call))
            elif x < 0.8 and escapes:
                L.append("print(%s, show(holder[1](%s)))" % (self.quote(name), ", ".join(args)))
            else:
                L.append("print(%s, show(pcall(%s%s)))" % (self.quote(name), f, "".join(", " + a for a in args)))
        return L

    def seg_order(self, name):
        """Evaluation order and short-circuit: calls with side effects inside and/or,
        argument lists, table constructors, assignments (hoisted temporaries)."""
        L = []
        f = self.fresh("id")
        g = self.fresh("two")
        L.append("local function %s(x) return x end" % f)
        L.append("local function %s(a, b) return b, a end" % g)
        k = [0]

        def e():
            k[0] += 1
            tag = "%s_%d" % (name, k[0])
            x = self.r.random()
            v = self.pick(["1", "nil", "false", "2.5", '"s"', "true"])
            if x < 0.35:
                return 'ev("%s", %s)' % (tag, v)
            if x < 0.55:
                return '%s(ev("%s", %s))' % (f, tag, v)
            if x < 0.65:
                return '%s(ev("%s", %s), 1)' % (g, tag, v)
            if x < 0.75:
                return 'gev("%s", %s)' % (tag, v)
            if x < 0.85:
                return '(%s(print("%s")))' % (f, tag)
            return v

        def combo(depth=2):
            if depth <= 0 or self.chance(0.3):
                return e()
            op = self.pick(["and", "or", "and", "or", "==", "..", "+"])
            if op in ("..", "+"):
                return "(%s %s %s)" % (self.maybe_yield('ev("%s_n", 1)' % name), op, '%s(ev("%s_m", 2))' % (f, name))
            return "(%s %s %s)" % (combo(depth - 1), op, combo(depth - 1))

        for _ in range(self.r.randint(3, 7)):
            x = self.r.random()
            if x < 0.3:
                L.append("local r%d = %s" % (self.n, combo()))
                L.append("print(%s, show(r%d))" % (self.quote(name), self.n))
                self.n += 1
            elif x < 0.45:
                L.append("print(%s, show(%s))" % (self.quote(name), ", ".join(combo(1) for _ in range(self.r.randint(1, 3)))))
            elif x < 0.6:
                items = [combo(1) for _ in range(self.r.randint(1, 4))]
                if self.chance(0.3):
                    items.insert(self.r.randint(0, len(items)), "[ev(%s, \"k\")] = %s" % (self.quote(name + "_key"), e()))
                L.append("local t%d = {%s}" % (self.n, ", ".join(items)))
                L.append("print(%s, #t%d)" % (self.quote(name), self.n))
                self.n += 1
            elif x < 0.7:
                L.append("if %s then print(%s, \"then\") else print(%s, \"else\") end" % (combo(), self.quote(name), self.quote(name)))
            elif x < 0.8:
                L.append("local a%d, b%d, c%d = %s, %s" % (self.n, self.n, self.n, combo(1), e()))
                L.append("print(%s, show(a%d, b%d, c%d))" % (self.quote(name), self.n, self.n, self.n))
                self.n += 1
            elif x < 0.9:
                L.append("local t%d = {}" % self.n)
                L.append("t%d[ev(\"%s_i\", 1)], t%d[ev(\"%s_j\", 2)] = %s, %s" % (self.n, name, self.n, name, e(), e()))
                L.append("print(%s, show(t%d[1], t%d[2]))" % (self.quote(name), self.n, self.n))
                self.n += 1
            else:
                L.append("while %s do print(%s, \"loop\") break end" % (combo(1), self.quote(name)))
        return L

    def seg_tail(self, name):
        """Self tail calls (also inside loops and with fewer arguments) and mutual tail calls."""
        L = []
        x = self.r.random()
        f = self.fresh("tc")
        if x < 0.4:
            loop = self.pick(["for i = 1, 3 do", "while true do", "repeat", "for _, v in ipairs({1, 2, 3}) do"])
            close = "until true" if loop == "repeat" else "end"
            L.append("local function %s(n, acc)" % f)
            if self.chance(0.5):
                L.append("  acc = acc or 0")
            L.append("  if n <= 0 then return acc end")
            L.append("  " + loop)
            L.append("    if n %% 2 == %d then return %s(n - 1, (acc or 0) + n) end" % (self.r.randint(0, 1), f))
            if self.chance(0.5):
                L.append("    if n == %d then return %s(n - 2) end" % (self.r.randint(1, 5), f))
            L.append("    n = n - 1")
            L.append("    acc = (acc or 0) + %s" % self.pick(["1", "0.5", "n", '"1"']))
            if loop == "while true do":
                L.append("    if n < 0 then break end")
            L.append("  " + close)
            L.append("  return %s(n - 1, acc)" % f)
            L.append("end")
            for _ in range(self.r.randint(2, 4)):
                L.append("print(%s, %s(%s%s))" % (self.quote(name), f, self.r.randint(-1, 12),
                                                   self.pick(["", ", 0", ", 1.5", ", nil", ', "2"'])))
        elif x < 0.7:
            ev_, od = self.fresh("even"), self.fresh("odd")
            L.append("local %s, %s" % (ev_, od))
            L.append("function %s(n) if n == 0 then return true end return %s(n - 1) end" % (ev_, od))
            L.append("function %s(n) if n == 0 then return false end return %s(n - 1) end" % (od, ev_))
            for _ in range(self.r.randint(2, 3)):
                L.append("print(%s, %s(%d), %s(%d))" % (self.quote(name), ev_, self.r.randint(0, 40), od, self.r.randint(0, 40)))
        else:
            g = self.fresh("gtc")
            L.append("function %s(n, s)" % g)
            L.append("  if not s then s = \"\" end")
            L.append("  for i = 1, 2 do")
            L.append("    if n > 0 and i == 2 then return %s(n - 1, s .. i) end" % g)
            L.append("    if n == 0 then return s, i end")
            L.append("  end")
            L.append("end")
            L.append("print(%s, %s(%d))" % (self.quote(name), g, self.r.randint(0, 6)))
            if self.chance(0.5):
                L.append("local saved = %s" % g)
                L.append("%s = function(n, s) return \"replaced\", n end" % g)
                L.append("print(%s, saved(3))" % self.quote(name))
                L.append("%s = saved" % g)
        return L

    def seg_goto(self, name):
        L = []
        x = self.r.random()
        if x < 0.4:
            L.append("local out = {}")
            L.append("for i = 1, %d do" % self.r.randint(3, 8))
            L.append("  if i %% %d == 0 then goto continue end" % self.r.randint(2, 3))
            if self.chance(0.5):
                L.append("  local captured = i * 2")
                L.append("  out[#out + 1] = function() return captured end")
            else:
                L.append("  out[#out + 1] = function() return i end")
            L.append("  ::continue::")
            L.append("end")
            L.append("for j = 1, #out do print(%s, out[j]()) end" % self.quote(name))
        elif x < 0.75:
            L.append("local k = 0")
            L.append("local fs = {}")
            L.append("::top::")
            L.append("local v = k * %s" % self.pick(["2", "1.5", '"3"']))
            L.append("fs[#fs + 1] = function() return v end")
            L.append("k = k + 1")
            L.append("if k < %d then goto top end" % self.r.randint(2, 6))
            L.append("for j = 1, #fs do print(%s, fs[j]()) end" % self.quote(name))
        else:
            L.append("local found")
            L.append("for i = 1, 4 do")
            L.append("  for j = 1, 4 do")
            L.append("    if i * j == %d then found = i .. \",\" .. j goto done end" % self.r.randint(1, 17))
            L.append("  end")
            L.append("end")
            L.append("::done::")
            L.append("print(%s, found)" % self.quote(name))
        return L

    def seg_close(self, name):
        L = []
        L.append("local function closer(tag)")
        L.append("  return setmetatable({}, {__close = function(o, e) print(%s, \"close\", tag, show(e)) end})" % self.quote(name))
        L.append("end")
        x = self.r.random()
        if x < 0.3:
            L.append("do")
            L.append("  local a <close> = closer(\"a\")")
            L.append("  local b <close> = %s" % self.pick(["closer(\"b\")", "nil", "false"]))
            L.append("  print(%s, \"body\")" % self.quote(name))
            L.append("end")
        elif x < 0.55:
            L.append("for i = 1, 3 do")
            L.append("  local c <close> = closer(i)")
            L.append("  if i == %d then %s end" % (self.r.randint(1, 3), self.pick(["break", "goto skip"])))
            L.append("  print(%s, \"iter\", i)" % self.quote(name))
            L.append("end")
            L.append("::skip::")
        elif x < 0.75:
            L.append("local function f(n)")
            L.append("  local c <close> = closer(\"f\" .. n)")
            L.append("  if n > 1 then error(\"boom\" .. n) end")
            L.append("  return %s" % self.maybe_yield("n * 2"))
            L.append("end")
            L.append("print(%s, pcall(f, 1))" % self.quote(name))
            L.append("print(%s, pcall(f, 2))" % self.quote(name))
        elif x < 0.9:
            # a backward goto out of the variable's block closes it on each jump
            L.append("local k = 0")
            L.append("::again::")
            L.append("do")
            L.append("  local c <close> = closer(\"g\" .. k)")
            L.append("  k = k + 1")
            L.append("  if k < %d then goto again end" % self.r.randint(2, 4))
            L.append("  print(%s, \"leaving\", %s)" % (self.quote(name), self.maybe_yield("k")))
            L.append("end")
        else:
            L.append("local ok, e = pcall(function()")
            L.append("  local x <close> = %s" % self.pick(["{}", "42", '"str"']))
            L.append("  return 1")
            L.append("end)")
            L.append("print(%s, ok, show(e))" % self.quote(name))
        return L

    def seg_fornum(self, name):
        L = []
        for _ in range(self.r.randint(1, 3)):
            x = self.r.random()
            if x < 0.4:
                a, b, s = self.small_int(), self.small_int(), self.pick(["1", "2", "(-1)", "(-2)", "3"])
            elif x < 0.7:
                a, b, s = self.pick(["0", "1", "0.5", "(-1.5)"]), self.pick(["2", "3.5", "1", "(-2)"]), self.pick(["0.5", "0.25", "(-0.5)", "1", "0.1"])
            elif x < 0.8:
                a, b, s = self.pick(["math.maxinteger - 2", "math.mininteger", "math.mininteger + 2"]), \
                    self.pick(["math.maxinteger", "math.mininteger", "math.mininteger + 1"]), self.pick(["1", "(-1)", "2"])
            elif x < 0.9:
                a, b, s = self.pick(['"1"', "1", "nil"]), self.pick(["3", '"3"', "1e308"]), self.pick(["0", "1", "0.0", '"1"'])
            else:
                a, b, s = "1", self.pick(["3.7", "math.huge", "-math.huge"]), self.pick(["1", "(-1)"])
            L.append("do")
            L.append("  local cnt, last = 0, nil")
            L.append("  for i = %s, %s, %s do" % (a, b, s))
            L.append("    cnt = cnt + 1; last = i")
            L.append("    if cnt > 12 then break end")
            L.append("  end")
            L.append("  print(%s, cnt, last, math.type(last))" % self.quote(name))
            L.append("end")
        return L

    def seg_intloop(self, name):
        """Integer locals grown in loops past 2^63 (wraparound of typed int arithmetic)."""
        L = []
        v = self.fresh("w")
        L.append("local %s = %s" % (v, self.pick(["1", "3", "(-1)", "7", "math.maxinteger // 3"])))
        op = self.pick(["%s * %s + 1", "%s * %s", "%s + %s * 1000000007", "(%s << 1) + %s", "%s * %s - 1"])
        k = self.pick(["3", "2", "10", "(-3)", "1000003"])
        L.append("for i = 1, %d do" % self.r.randint(20, 70))
        L.append("  %s = %s" % (v, op % (v, k)))
        if self.chance(0.4):
            L.append("  if i %% %d == 0 then print(%s, i, %s) end" % (self.r.randint(7, 15), self.quote(name), v))
        L.append("end")
        L.append("print(%s, %s, math.type(%s), %s // 7, %s %% 7, %s / 2)" % (self.quote(name), v, v, v, v, v))
        if self.chance(0.5):
            L.append("for i = math.maxinteger - %d, math.maxinteger do %s = i + 1 end" % (self.r.randint(0, 3), v))
            L.append("print(%s, %s)" % (self.quote(name), v))
        if self.chance(0.5):
            L.append("local fsum = 0")
            L.append("for i = 1, %d do fsum = fsum + %s end" % (self.r.randint(3, 30), self.pick(["0.1", "1/3", "1e15", "0.5"])))
            L.append("print(%s, fsum, fsum == %s)" % (self.quote(name), self.pick(["1.0", "3.0", "fsum"])))
        return L

    def ring_tree(self, leaves, depth):
        """+ - * and unary - over leaves, with // and % by constants (arith.ring_operand's
        trees: one wrap at the root; int_range's intervals)."""
        if depth <= 0 or self.chance(0.2):
            return self.pick(leaves)
        if self.chance(0.12):
            return "(- %s)" % self.ring_tree(leaves, depth - 1)
        if self.chance(0.15):
            # // and % by a constant inside a tree (their result's range, arith._with_range)
            return "(%s %s %s)" % (self.ring_tree(leaves, depth - 1), self.pick(["//", "%"]),
                                   self.pick(["2", "3", "(-2)", "7", "(-7)", "1000", "4611686018427387904"]))
        op = self.pick(["+", "-", "*"], [4, 3, 4])
        return "(%s %s %s)" % (self.ring_tree(leaves, depth - 1), op, self.ring_tree(leaves, depth - 1))

    def seg_ringtree(self, name):
        """Integer + - * trees of several operations near 2^63 (typed locals, integer clones of
        parameters, loop counters) read by what needs the wrapped value: // % comparisons,
        float operands, shifts, bitwise operators, keys, string.format (opt-in: --extra)."""
        L = []
        ivars = []
        for _ in range(self.r.randint(2, 3)):
            v = self.fresh("r")
            L.append("local %s = %s" % (v, self.pick(["math.maxinteger", "math.mininteger", "(math.maxinteger // 3)",
                                                      "3037000499", "(-3037000500)", "7", "(-2)", "1 << 62"])))
            ivars.append(v)
        uses = ["%s // 7", "%s %% 1000", "%s > 0", "%s == math.mininteger", "%s * 0.5", "%s + 0.0", "%s / 3",
                "%s >> 1", "%s << 1", "%s & 0xffff", "~%s", "math.type(%s)", "string.format('%%d', %s)",
                "(%s) .. ''", "%s ^ 1", "math.ult(%s, 1)"]
        leaves = ivars + ["1", "2", "(-1)", "3"]
        for _ in range(self.r.randint(2, 5)):
            t = self.ring_tree(leaves, self.r.randint(2, 4))
            L.append("print(%s, show(pcall(function() return %s, %s end)))" % (
                self.quote(name), t, self.pick(uses) % t))
        f = self.fresh("rf")
        params = ["a", "b", "c"]
        body = self.ring_tree(params + ["1", "2"], 3)
        L.append("local function %s(a, b, c) return %s, (%s) // 3 end" % (f, body, self.ring_tree(params, 2)))
        for _ in range(self.r.randint(2, 4)):
            args = ", ".join(self.pick(ivars + ["1", "2.5", '"3"', "math.maxinteger", "-1"]) for _ in params)
            L.append("print(%s, show(pcall(%s, %s)))" % (self.quote(name), f, args))
        acc = self.pick(ivars)
        L.append("for i = 1, %d do %s = %s end" % (self.r.randint(3, 20), acc,
                                                   self.ring_tree([acc, "i", "3", self.pick(ivars)], 3)))
        L.append("print(%s, %s, %s)" % (self.quote(name), acc, self.pick(uses) % acc))
        return L

    def float_tree(self, leaves, depth):
        """+ - * / ^ and unary - over leaves (floatloops' float versions), with an
        occasional // or % (helpers) and a comparison read as a value."""
        if depth <= 0 or self.chance(0.25):
            return self.pick(leaves)
        if self.chance(0.08):
            return "(- %s)" % self.float_tree(leaves, depth - 1)
        op = self.pick(["+", "-", "*", "/", "^", "//", "%"], [5, 5, 5, 3, 1, 1, 1])
        b = self.float_tree(leaves, depth - 1) if op != "^" else self.pick(["2", "0.5", "2.0"])
        a = self.float_tree(leaves, depth - 1)
        if op in ("//", "%"):
            # never an integer divisor 0: lua5.4.4 reports that error at the line of an
            # earlier instruction (its op_arith does not save the pc; the same on main)
            b = self.pick(["2.0", "0.5", "(-1.5)", "3", "0.0", "(-2)"])
        return "(%s %s %s)" % (a, op, b)

    def seg_floatloop(self, name):
        """Loops whose locals come from field reads and hold floats, until one of them gets an
        integer near 2^63, a numeric string, nil, NaN or a table with arithmetic metamethods
        part-way (floatloops' flag); accumulators declared outside the loop, parameters,
        swaps, locals reassigned under conditions, while/repeat loops (opt-in: --extra)."""
        L = []
        q = self.quote(name)
        odd = ["math.maxinteger", "math.mininteger", "3", "(-7)", '"2.5"', '"10"', "0/0", "1/0", "-0.0",
               "V", "nil", "true", '"x"']
        fields = ["x", "y", "v", "m"]
        rows = []
        for _ in range(self.r.randint(2, 5)):
            vals = []
            for f in fields:
                v = self.pick([self.float_lit(), "0.5", "1.25", "(-2.5)", "3.0"]) if self.chance(0.8) else self.pick(odd)
                vals.append("%s = %s" % (f, v))
            rows.append("{%s}" % ", ".join(vals))
        L.append("local V = _setmt({}, {__add = function(a, b) return 1.5 end, __sub = function(a, b) return -2 end, "
                 "__mul = function(a, b) return 0.25 end, __div = function(a, b) return 4.0 end, "
                 "__unm = function(a) return 0.5 end, __lt = function(a, b) return true end, "
                 "__le = function(a, b) return false end, __pow = function(a, b) return 2 end, "
                 "__idiv = function(a, b) return 3 end, __mod = function(a, b) return 1 end})")
        L.append("local rows = {%s}" % ", ".join(rows))
        # NaN printed as one word: which operand's NaN Python's + and * give is not lua5.4's
        # (README, "What differs"), and inf - inf makes NaNs here
        L.append("local function fs(...) local t = _pack(...) for k = 1, t.n do if t[k] ~= t[k] then "
                 "t[k] = 'NaN' end end return show(_unpack(t, 1, t.n)) end")
        p = self.fresh("dt")
        acc = self.fresh("acc")
        loc = [self.fresh("a"), self.fresh("b"), self.fresh("c")]
        leaves = loc + [p, acc, "0.5", "2.0", "1", "3"]
        body = []
        body.append("local r = rows[i]")
        body.append("local %s, %s = r.%s, r.%s" % (loc[0], loc[1], self.pick(fields), self.pick(fields)))
        body.append("local %s = %s" % (loc[2], self.float_tree(leaves[:2] + leaves[3:], 2)))
        for _ in range(self.r.randint(2, 6)):
            x = self.r.random()
            if x < 0.35:
                body.append("%s = %s" % (self.pick(loc + [acc]), self.float_tree(leaves, 3)))
            elif x < 0.47:
                body.append("if i == %d then %s = %s end" % (self.r.randint(1, 4), self.pick(loc + [acc]), self.pick(odd)))
            elif x < 0.5:
                # a function statement storing into a local of the loop
                body.append("if i == %d then function %s() return 1.5 end end" % (self.r.randint(1, 4), self.pick(loc + [acc])))
            elif x < 0.6:
                a, b = self.pick(loc), self.pick(loc + [acc])
                body.append("%s, %s = %s, %s" % (a, b, b, a))
            elif x < 0.7:
                body.append("r.%s = %s" % (self.pick(fields), self.float_tree(leaves, 2)))
            elif x < 0.8:
                body.append("if %s %s %s then %s = %s end" % (self.float_tree(leaves, 1), self.pick(CMP_OPS),
                                                                 self.float_tree(leaves, 1), acc, self.float_tree(leaves, 2)))
            else:
                body.append("print(%s, i, fs(%s, %s))" % (q, self.float_tree(leaves, 2), ", ".join(loc)))
        body.append("%s = %s + %s" % (acc, acc, self.float_tree(loc, 2)))
        f = self.fresh("fl")
        L.append("local function %s(%s)" % (f, p))
        L.append("  local %s = %s" % (acc, self.pick(["0.0", "0", "1.5", "(-0.0)"])))
        kind = self.r.random()
        if kind < 0.6:
            L.append("  for i = 1, #rows do")
        elif kind < 0.8:
            L.append("  local i = 0")
            L.append("  while i < #rows do")
            L.append("    i = i + 1")
        else:
            L.append("  local i = 0")
            L.append("  repeat")
            L.append("    i = i + 1")
        L += ["    " + b for b in body]
        L.append("    print(%s, i, fs(%s, %s))" % (q, acc, ", ".join(loc)))
        L.append("  until i >= #rows" if kind >= 0.8 else "  end")
        L.append("  return %s" % acc)
        L.append("end")
        for _ in range(self.r.randint(1, 3)):
            L.append("print(%s, fs(pcall(%s, %s)))" % (q, f, self.pick(["0.5", "2", "0.01", '"1.5"', "nil", "V", "1e300"])))
        return L

    def seg_overflow(self, name):
        exprs = ["math.maxinteger + 1", "math.mininteger - 1", "math.mininteger // -1", "math.mininteger % -1",
                 "-math.mininteger", "math.abs(math.mininteger)", "math.maxinteger * 2", "math.maxinteger + 0.0",
                 "math.maxinteger + 0.0 == math.maxinteger", "2^53 == 2^53 + 1", "math.tointeger(2^53)",
                 "7 // 0.0", "-7 // 0.0", "0/0 ~= 0/0", "7 % -3", "-7 % 3", "7.5 % -2", "-7 // 2", "7 // -2.0",
                 "5 % math.huge", "-5 % math.huge", "math.fmod(-7, 3)", "math.fmod(7, -3)", "1e308 * 10",
                 "math.ult(1, -1)", "3 | 1.0", "1 << 63", "1 << 64", "-1 >> 1", "~0", "5 // 0.5", "2^63 // 1",
                 "math.maxinteger // 1.0", "(2^53 + 1) | 0", "\"10\" + 1", "\"3.0\" + 1", "\"0x10\" * 2",
                 "\" 5 \" - 1", "10 .. 20", "1.5 .. \"\"", "-0.0 .. \"\"", "2^63 .. \"\"", "math.mininteger .. \"\"",
                 "\"10\" // \"3\"", "\"7\" % \"-3\"", "\"3\" & 1", "1e15 .. \"\"", "1e16 .. \"\"", "0.1 + 0.2",
                 "100000000000000 .. \"\"", "2^24 .. \"\"", "-(0/0) ~= 0", "math.floor(-3.5)", "math.ceil(-3.5)",
                 "math.floor(2^62)", "math.max(1, 1.0)", "math.min(1.0, 1)", "tostring(1e100)", "tostring(-1e-100)",
                 "tonumber(\"0x1p4\")", "tonumber(\"1e1\")", "tonumber(\"  10  \")", "tonumber(\"10\", 16)",
                 "tonumber(\"z\", 36)", "tonumber(\"8\", 8)", "tonumber(\"\")", "tonumber(\"0x\")", "7 // 0",
                 "7 % 0", "\"abc\" + 1", "{} + 1", "nil .. \"\"", "#5", "-{}", "\"5\" < 6", "1 < \"2\"",
                 "math.tointeger(\"8\")", "string.rep(\"ab\", 3, \",\")", "(\"x\"):rep(0)", "9007199254740993 + 0.0",
                 "math.maxinteger < math.huge", "math.mininteger <= -2^63", "1 == 1.0", "\"1\" == 1",
                 "math.type(3 // 1)", "math.type(3 / 1)", "3 // 1.0", "2^2", "(-2)^0.5", "8 % 3.5",
                 "-8 % 3.5", "0.0 == -0.0", "1/(-0.0)", "math.huge // 1", "-math.huge % 2", "5.0 // 0",
                 "-5 % 0.0", "math.abs(-0.0)", "string.format(\"%5.2f|%d|%s\", 3.14159, 42, 1.0)",
                 "\"0x7fffffffffffffff\" + 0", "\"9223372036854775808\" + 0", "\"1e\" + 1", "\" 0x10 \" * 1",
                 "\"10\" | 0", "\"3.0\" | 0", "\"3.5\" | 0", "math.floor(\"3.7\")", "-\"2\"", "-\"-0\"",
                 "\"10\" == 10", "#\"abc\" + 1.5", "2^63 == math.mininteger", "-2^63 == math.mininteger",
                 "math.maxinteger + 1.0 == 2^63", "math.tointeger(-0.0)", "3 // -0.0", "0.0 / 0.0 == 0.0 / 0.0",
                 "string.format(\"%.14g\", 0.1)", "1e15 + 0.5", "123456789012345678", "-0x8000000000000000",
                 "0xA.8p1", "0x.1p4", "1 // 0.0 * 0", "math.min(0.0, -0.0)", "8 // 3 * 3 + 8 % 3"]
        L = []
        for _ in range(self.r.randint(3, 7)):
            e = self.pick(exprs)
            if self.chance(0.5):
                L.append("print(%s, show(pcall(function() return %s end)))" % (self.quote(name), e))
            else:
                # through typed locals
                v = self.fresh("o")
                L.append("local %s = %s" % (v, self.pick(["math.maxinteger", "math.mininteger", "7", "-7", "0", "2.5", "-0.0", '"10"'])))
                op = self.pick(ARITH_OPS + BIT_OPS + [".."])
                rhs = self.pick(["1", "-1", "0", "3", "-3", "0.5", "2", '"2"', "1.0"])
                if op in ("<<", ">>"):
                    rhs = self.pick(SHIFTS)
                L.append("print(%s, show(pcall(function() return %s %s %s, %s %s %s end)))" % (
                    self.quote(name), v, op, rhs, rhs, op, v))
        return L

    def seg_libreplace(self, name):
        """Library functions replaced at run time, through every path a store can take,
        read by call sites compiled before and after (library guard cells)."""
        L = []
        target = self.pick(["print", "math.floor", "string.format", "type", "tostring", "math.max",
                            "string.rep", "math.sqrt", "table.concat", "select", "tonumber", "string.sub",
                            "coroutine.yield", "math.type"])
        repl = {
            "print": 'function(...) _print("P>", ...) end',
            "math.floor": 'function(x) return "floor:" .. _tostring(x) end',
            "string.format": 'function(f, ...) return "fmt:" .. f end',
            "type": 'function(x) return "TYPE" end',
            "tostring": 'function(x) return "TS" end',
            "math.max": 'function(a, b) return "MAX" end',
            "string.rep": 'function(s, n) return "REP" end',
            "math.sqrt": 'function(x) return -1 end',
            "table.concat": 'function(t) return "CONCAT" end',
            "select": 'function(n, ...) return "SEL" end',
            "tonumber": 'function(x) return 99 end',
            "string.sub": 'function(s) return "SUB" end',
            "coroutine.yield": 'function(...) return "notyield", ... end',
            "math.type": 'function(x) return "MT" end',
        }[target]
        calls = {
            "print": 'print("hello", 1, 2.5)',
            "math.floor": 'print(math.floor(3.7), math.floor(-2))',
            "string.format": 'print(string.format("%d-%s", 3, "x"), string.format("%5.1f", 2.25))',
            "type": 'print(type(1), type("s"), type(nil))',
            "tostring": 'print(tostring(12), tostring(1.5))',
            "math.max": 'print(math.max(3, 7), math.max(1.5, 2))',
            "string.rep": 'print(string.rep("ab", 2), ("xy"):rep(2))',
            "math.sqrt": 'print(math.sqrt(16.0), math.sqrt(2))',
            "table.concat": 'print(table.concat({1, 2, 3}, ","))',
            "select": 'print(select("#", 1, 2, 3), select(2, "a", "b"))',
            "tonumber": 'print(tonumber("12"), tonumber("z", 36))',
            "string.sub": 'print(string.sub("hello", 2, 3), ("hello"):sub(-3))',
            "coroutine.yield": 'print(show(coroutine.wrap(function() local r = coroutine.yield("y1") return "ret", r end)()))',
            "math.type": 'print(math.type(1), math.type(1.0), math.type("1"))',
        }[target]
        lib, _, field = target.partition(".")
        L.append("local function use() %s end" % calls)
        L.append("use()")
        L.append("local saved = %s" % target)
        if not field:
            how = self.pick(["global", "_ENV", "_G", "rawset", "load"])
            stores = {
                "global": "%s = %s" % (lib, repl),
                "_ENV": "_ENV.%s = %s" % (lib, repl),
                "_G": "_G[\"%s\"] = %s" % (lib, repl),
                "rawset": "rawset(_G, \"%s\", %s)" % (lib, repl),
                "load": "load(\"%s = ...\")(%s)" % (lib, repl),
            }
            restore = "%s = saved" % lib
        else:
            how = self.pick(["field", "alias", "rawset", "dyn", "newindex", "wholelib", "_G", "loaded"])
            stores = {
                "field": "%s.%s = %s" % (lib, field, repl),
                "alias": "local m = %s; m.%s = %s" % (lib, field, repl),
                "rawset": "rawset(%s, \"%s\", %s)" % (lib, field, repl),
                "dyn": "%s[(\"%s\"):sub(1)] = %s" % (lib, field, repl),
                "newindex": "setmetatable({}, {__newindex = %s}).%s = %s" % (lib, field, repl),
                "wholelib": "local copy = {} for k, v in next, %s do copy[k] = v end copy.%s = %s %s = copy" % (lib, field, repl, lib),
                "_G": "_G.%s.%s = %s" % (lib, field, repl),
                "loaded": "package.loaded.%s.%s = %s" % (lib, field, repl),
            }
            restore = "%s.%s = saved" % (lib, field)
            if how == "wholelib":
                restore = "%s.%s = saved %s = saved_lib" % (lib, field, lib)
                L.append("local saved_lib = %s" % lib)
        L.append(stores[how])
        L.append("use()")
        L.append(calls)
        if self.chance(0.5):
            L.append("print(%s, show(pcall(function() %s end)))" % (self.quote(name), calls))
        L.append(restore)
        L.append("use()")
        return L

    def seg_meta(self, name):
        """Metatables on tables: __index chains, __newindex, __call, comparisons, arithmetic, __len, __concat."""
        L = []
        L.append("local mt = {}")
        L.append("local function new(v) return setmetatable({v = v}, mt) end")
        mms = self.r.sample(["__add", "__sub", "__mul", "__div", "__mod", "__idiv", "__unm", "__eq", "__lt",
                             "__le", "__concat", "__len", "__call", "__index", "__newindex", "__tostring",
                             "__band", "__shl", "__pow", "__name"], self.r.randint(2, 7))
        uses = []
        for m in mms:
            if m in ("__add", "__sub", "__mul", "__div", "__mod", "__idiv", "__pow", "__band", "__shl"):
                L.append("mt.%s = function(a, b) local x = type(a) == \"table\" and a.v or a; "
                         "local y = type(b) == \"table\" and b.v or b; return new(%s) end"
                         % (m, self.maybe_yield("x .. \"%s\" .. y" % m[2:])))
                op = {"__add": "+", "__sub": "-", "__mul": "*", "__div": "/", "__mod": "%", "__idiv": "//",
                      "__pow": "^", "__band": "&", "__shl": "<<"}[m]
                uses += ["(A %s B).v" % op, "(A %s 2).v" % op, "(3 %s A).v" % op, "(\"s\" %s B).v" % op]
            elif m == "__unm":
                L.append("mt.__unm = function(a) return new(\"neg\" .. a.v) end")
                uses.append("(-A).v")
            elif m == "__eq":
                L.append("mt.__eq = function(a, b) print(%s, \"eq\") return a.v == b.v end" % self.quote(name))
                uses += ["A == B", "A ~= C", "A == A", "A == 1"]
            elif m in ("__lt", "__le"):
                L.append("mt.%s = function(a, b) return %s end" % (m, self.maybe_yield("tostring(a.v) %s tostring(b.v)" % ("<" if m == "__lt" else "<="))))
                uses += ["A < B", "A <= B", "B > A", "A >= C"]
            elif m == "__concat":
                L.append("mt.__concat = function(a, b) return (type(a) == \"table\" and a.v or a) .. \"&\" .. (type(b) == \"table\" and b.v or b) end")
                # two operands only: lua5.4.4 loses the result (or crashes) when __concat runs
                # inside a longer chain such as "x" .. A .. "y" (tests/fuzz/README.md)
                uses += ["A .. B", "A .. \"s\"", "1 .. A", "A .. 2.5", "\"x\" .. tostring(A .. \"y\")"]
            elif m == "__len":
                L.append("mt.__len = function(a) return 7 end")
                uses += ["#A", "#A + 1"]
            elif m == "__call":
                L.append("mt.__call = function(self, a, b) return self.v, a, b end")
                uses += ["show(A(1, 2))", "show(A())", "show(B(\"x\"))"]
            elif m == "__index":
                if self.chance(0.5):
                    L.append("local base = {inherited = \"base\", m = function(self) return \"m\" .. self.v end}")
                    L.append("local top = setmetatable({top = \"top\"}, {__index = base})")
                    L.append("mt.__index = top")
                else:
                    L.append("mt.__index = function(t, k) return \"idx:\" .. tostring(k) end")
                uses += ["A.inherited", "A.top", "A.missing", "show(rawget(A, \"top\"))", "A[1]", "show(A.v)"]
            elif m == "__newindex":
                L.append("local store = {}")
                L.append("mt.__newindex = %s" % self.pick(["store", "function(t, k, v) rawset(t, k, v .. \"!\") end"]))
                L.append("A.fresh = \"new\"")
                uses += ["show(A.fresh)", "show(rawget(A, \"fresh\"))", "show(store and store.fresh)"]
            elif m == "__tostring":
                L.append("mt.__tostring = function(a) return \"T<\" .. tostring(a.v) .. \">\" end")
                uses += ["tostring(A)", "string.format(\"%s|%s\", A, B)"]
            elif m == "__name":
                L.append("mt.__name = \"MyType\"")
                uses += ["A + 1", "A < 1", "#A", "A()", "A.x.y"]
        L.append("local A, B, C = new(%s), new(%s), new(%s)" % (self.pick(["1", "2", '"a"']), self.pick(["2", "1.5", '"b"']), self.pick(["1", "3", '"a"'])))
        for u in self.r.sample(uses, min(len(uses), self.r.randint(3, 7))):
            L.append("print(%s, show(pcall(function() return %s end)))" % (self.quote(name), u))
        if self.chance(0.3):
            L.append("mt.__index = nil; mt.__add = nil; mt.__eq = nil")
            L.append("print(%s, show(pcall(function() return A.inherited, A == B end)))" % self.quote(name))
        return L

    def seg_strmeta(self, name):
        """The string metatable: new methods, __index function, __call, arithmetic metamethods."""
        L = []
        L.append("local smt = getmetatable(\"\")")
        x = self.r.random()
        if x < 0.3:
            L.append("string.twice = function(s) return s .. s end")
            L.append("print(%s, (\"ab\"):twice(), (\"x\"):upper())" % self.quote(name))
            L.append("local s = \"cd\"")
            L.append("print(%s, s:twice(), s:len(), #s)" % self.quote(name))
            L.append("string.twice = nil")
            L.append("print(%s, pcall(function() return s:twice() end))" % self.quote(name))
        elif x < 0.5:
            L.append("local old = smt.__index")
            L.append("smt.__index = function(s, k) if k == \"first\" then return s:sub(1, 1) end return old[k] end")
            L.append("local s = \"hello\"")
            L.append("print(%s, s.first, s:upper(), s[(\"up\") .. \"per\"](s))" % self.quote(name))
            L.append("smt.__index = old")
        elif x < 0.7:
            L.append("smt.__call = function(s, t) return t[s] end")
            L.append("local key = \"answer\"")
            L.append("print(%s, show(pcall(function() return key({answer = 42}) end)))" % self.quote(name))
            L.append("smt.__call = nil")
        else:
            L.append("local oldadd = smt.__add")
            L.append("smt.__add = function(a, b) return \"add(\" .. tostring(a) .. \",\" .. tostring(b) .. \")\" end")
            L.append("local s = \"10\"")
            L.append("print(%s, show(pcall(function() return s + 1, 1 + s, \"a\" + \"b\" end)))" % self.quote(name))
            L.append("smt.__add = oldadd")
            L.append("print(%s, show(pcall(function() return s + 1 end)))" % self.quote(name))
        return L

    def seg_errors(self, name):
        L = []
        L.append("local function lvl(n, how) if how == 1 then error(\"lv\" .. n, n) elseif how == 2 then error({code = n}) else error(n) end end")
        L.append("local function mid(n, how) local r = lvl(n, how) return r end")
        for _ in range(self.r.randint(2, 6)):
            x = self.r.random()
            if x < 0.25:
                L.append("print(%s, show(pcall(mid, %d, %d)))" % (self.quote(name), self.r.randint(0, 3), self.r.randint(1, 3)))
            elif x < 0.35:
                L.append("do local ok, e = pcall(mid, 1, 2) print(%s, ok, e.code) end" % self.quote(name))
            elif x < 0.5:
                L.append("print(%s, show(xpcall(mid, function(m) return \"H:\" .. tostring(m) end, %d, 1)))" % (self.quote(name), self.r.randint(1, 2)))
            elif x < 0.6:
                L.append("print(%s, show(pcall(error)))" % self.quote(name))
                L.append("print(%s, select(\"#\", pcall(error, nil)))" % self.quote(name))
            else:
                bad = self.pick(["local t = nil; return t.x", "local t = {}; return t.a.b", "return undefinedfn()",
                                 "local s = \"x\"; return s + 1", "local n; return n < 1", "return {} .. \"\"",
                                 "local t = {}; t[nil] = 1", "local t = {}; t[0/0] = 1", "return #nil",
                                 "return (\"x\")()", "local a = {}; return a.b.c.d", "return math.floor(\"x\")",
                                 "return string.rep()", "return ipairs()", "return setmetatable(1, {})",
                                 "local t = setmetatable({}, {__metatable = 1}); return setmetatable(t, {})",
                                 "local up = nil; return (function() return up.x end)()", "return -{}",
                                 "for i = 1, 10, 0 do end", "return string.format(\"%d\", 1.5)", "return (1 < {})",
                                 "local t = {} t.x.y = 1", "return tostring()", "return (nil)()",
                                 "local co = coroutine.wrap(function() error(\"in co\") end) return co()",
                                 "return select(0)", "return table.concat({1, {}, 3})", "return (\"abc\"):bad()"])
                L.append("print(%s, show(pcall(function() %s end)))" % (self.quote(name), bad))
        return L

    def seg_coro(self, name):
        """Coroutines driven explicitly: yields from nested calls, pcall inside, wrap, status."""
        L = []
        L.append("local function deep(n) if n == 0 then return coroutine.yield(\"bottom\") end return 1 + deep(n - 1) end")
        L.append("local function gen(n)")
        L.append("  for i = 1, n do")
        L.append("    local ok, v = pcall(coroutine.yield, i)")
        L.append("    if v == \"stop\" then return \"stopped\" end")
        L.append("  end")
        L.append("  return \"done\", deep(%d)" % self.r.randint(0, 3))
        L.append("end")
        x = self.r.random()
        if x < 0.5:
            L.append("local co = coroutine.create(gen)")
            L.append("for i = 1, %d do print(%s, show(coroutine.resume(co, %d)), coroutine.status(co)) end" % (
                self.r.randint(2, 7), self.quote(name), self.r.randint(1, 4)))
        elif x < 0.7:
            L.append("local w = coroutine.wrap(gen)")
            L.append("print(%s, show(w(3)))" % self.quote(name))
            L.append("print(%s, show(w(\"stop\")))" % self.quote(name))
            L.append("print(%s, show(w()))" % self.quote(name))
            L.append("print(%s, show(pcall(w)))" % self.quote(name))
        elif x < 0.85:
            L.append("local it = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i, i * 1.5) end end)")
            L.append("for a, b in it do print(%s, a, b) end" % self.quote(name))
        else:
            L.append("local co = coroutine.create(function(a) local c <close> = setmetatable({}, {__close = function() print(%s, \"closed\") end}) coroutine.yield(a) error(\"late\") end)" % self.quote(name))
            L.append("print(%s, show(coroutine.resume(co, 5)))" % self.quote(name))
            if self.chance(0.5):
                L.append("print(%s, show(coroutine.close(co)), coroutine.status(co))" % self.quote(name))
            else:
                L.append("print(%s, show(coroutine.resume(co)), coroutine.status(co))" % self.quote(name))
                L.append("print(%s, show(coroutine.resume(co)))" % self.quote(name))
        return L

    def seg_format(self, name):
        L = []
        convs = ["%d", "%s", "%5.2f", "%x", "%g", "%i", "%5d", "%-5s|", "%.3s", "%5s", "%X", "%o", "%e", "%.0f", "%c", "%q", "%%", "%10.4f", "%a"]
        args_by = {"%d": ["3", "3.0", "-7", "\"10\"", "math.mininteger", "2^31"], "%i": ["5", "-5"],
                   "%5d": ["42", "-3"], "%s": ["\"str\"", "1", "1.5", "true", "nil", "-0.0", "2^63"],
                   "%-5s|": ["\"ab\"", "12"], "%.3s": ["\"abcdef\""], "%5s": ["\"x\"", "3"],
                   "%5.2f": ["3.14159", "2", "-0.0", "1e300", "\"2.5\""], "%x": ["255", "-1", "3.0"],
                   "%X": ["255", "4096"], "%o": ["8", "0"], "%g": ["1e20", "0.1", "100", "1/0", "-1/0"],
                   "%e": ["12345.678", "0"], "%.0f": ["2.5", "3.5", "-0.5"], "%c": ["65", "97"],
                   "%q": ["\"a\\nb\\\"c\\0\"", "1/0", "0.1", "math.mininteger", "42"], "%%": [],
                   "%10.4f": ["1/3"], "%a": ["1.0", "0.5"]}
        for _ in range(self.r.randint(2, 5)):
            cs = [self.pick(convs) for _ in range(self.r.randint(1, 3))]
            fmt = " ".join(cs)
            args = [self.pick(args_by[c]) for c in cs if args_by[c]]
            if self.chance(0.15) and args:
                args.pop()
            if self.chance(0.3):
                v = self.fresh("fa")
                L.append("local %s = %s" % (v, args[0] if args else "1"))
                if args:
                    args[0] = v
            if args and self.chance(0.2):
                L.append("local function mv() return %s end" % self.pick(["", "1", "1, 2", "\"a\", 2", "nil"]))
                args[-1] = "mv()"
            call = "string.format(%s%s)" % (self.quote(fmt), "".join(", " + a for a in args))
            if self.chance(0.5):
                L.append("print(%s, show(pcall(function() return %s end)))" % (self.quote(name), call))
            else:
                L.append("print(%s, show(%s))" % (self.quote(name), call))
        return L

    def seg_concat(self, name):
        L = []
        vs = []
        for _ in range(self.r.randint(2, 4)):
            v = self.fresh("c")
            L.append("local %s = %s" % (v, self.pick(["1", "2.5", "-0.0", "1e16", "2^63", "\"s\"", "\"\"", "10 // 3",
                                                   "7 / 2", "math.mininteger", "3.0", "0/0", "1e100", "-1e-5"])))
            vs.append(v)
        for _ in range(self.r.randint(2, 5)):
            parts = [self.pick(vs + ["\"|\"", "1", "0.5", "x"]) for _ in range(self.r.randint(2, 5))]
            if "x" in parts:
                L.append("local x = %s" % self.pick(["nil", "{}", "true", "\"ok\"", "12"]))
            L.append("print(%s, show(pcall(function() return %s end)))" % (self.quote(name), " .. ".join(parts)))
        if self.chance(0.4):
            v = self.pick(vs)
            L.append("for i = 1, 3 do %s = %s .. i end" % (v, v))
            L.append("print(%s, %s)" % (self.quote(name), v))
        return L

    def seg_tables(self, name):
        L = []
        L.append("local t = {%s}" % ", ".join(self.pick(["1", "\"a\"", "2.5", "true", "{}"]) for _ in range(self.r.randint(0, 5))))
        for _ in range(self.r.randint(3, 8)):
            x = self.r.random()
            if x < 0.15:
                L.append("t[#t + 1] = %s" % self.pick(["1", "\"z\"", "3.5", "false"]))
            elif x < 0.25:
                L.append("table.insert(t, %s)" % self.pick(["\"ins\"", "7"]))
            elif x < 0.3:
                L.append("table.insert(t, 1, \"first\")")
            elif x < 0.35:
                L.append("print(%s, show(table.remove(t)))" % self.quote(name))
            elif x < 0.45:
                k = self.pick(["1.0", "2^53", "-0.0", "3", "\"1\"", "1e100", "2.5", "math.maxinteger + 0.0"])
                L.append("do local u = {} u[%s] = \"v\" print(%s, show(u[%s], u[1], u[\"1\"], #u)) end" % (k, self.quote(name), k))
            elif x < 0.55:
                L.append("print(%s, #t, show(t[1], t[#t], rawlen(t), select(\"#\", table.unpack(t))))" % self.quote(name))
            elif x < 0.6:
                L.append("t[#t] = nil")
            elif x < 0.7:
                L.append("do local s = {} for i = %d, 1, -1 do s[#s + 1] = i * 3 %% 7 end table.sort(s, function(a, b) return a > b end) print(%s, table.concat(s, \",\")) end" % (self.r.randint(2, 7), self.quote(name)))
            elif x < 0.8:
                L.append("for i, v in ipairs(t) do print(%s, i, show(v)) end" % self.quote(name))
            elif x < 0.9:
                L.append("do local p = setmetatable({}, {__newindex = function(tt, k, v) print(%s, \"ni\", k) rawset(tt, k, v) end}) p.a = 1 p.a = 2 p[1] = 3 print(%s, p.a, #p) end" % (self.quote(name), self.quote(name)))
            else:
                L.append("print(%s, show(table.unpack({1, nil, 3}, 1, 3)), select(\"#\", table.unpack({1, 2, nil})), show(next({})))" % self.quote(name))
        return L

    def seg_methods(self, name):
        L = []
        L.append("local Base = {}")
        L.append("Base.__index = Base")
        L.append("function Base.new(v) return setmetatable({v = v}, Base) end")
        L.append("function Base:get() return self.v end")
        L.append("function Base:name() return \"Base\" end")
        L.append("local Mid = setmetatable({}, {__index = Base})")
        L.append("Mid.__index = Mid")
        L.append("function Mid.new(v) return setmetatable({v = v}, Mid) end")
        L.append("function Mid:name() return \"Mid/\" .. Base.name(self) end")
        L.append("local Leaf = setmetatable({}, {__index = Mid})")
        L.append("Leaf.__index = %s" % self.pick(["Leaf", "function(t, k) return Leaf[k] end"]))
        L.append("function Leaf.new(v) return setmetatable({v = v}, Leaf) end")
        L.append("function Leaf:get() return %s end" % self.maybe_yield("\"leaf\" .. self.v"))
        objs = []
        for cls in ("Base", "Mid", "Leaf"):
            o = self.fresh("o")
            L.append("local %s = %s.new(%s)" % (o, cls, self.pick(["1", "2.5", "\"s\""])))
            objs.append(o)
        for _ in range(self.r.randint(2, 6)):
            o = self.pick(objs)
            x = self.r.random()
            if x < 0.5:
                L.append("print(%s, show(pcall(function() return %s:%s() end)))" % (self.quote(name), o, self.pick(["get", "name", "missing"])))
            elif x < 0.65:
                L.append("%s.get = function(self) return \"own\" end" % o)
                L.append("print(%s, %s:get())" % (self.quote(name), o))
            elif x < 0.75:
                L.append("function Base:get() return \"rebased\" .. tostring(self.v) end")
                L.append("print(%s, %s:get())" % (self.quote(name), o))
            elif x < 0.85:
                L.append("print(%s, show(pcall(function() local n = %s return n:get() end)))" % (self.quote(name), self.pick(["5", "nil", "\"str\"", "true"])))
            else:
                L.append("print(%s, (\"abc\"):upper(), (\"%%d\"):format(7), (\"a,b\"):find(\",\", 1, true))" % self.quote(name))
        return L

    def seg_varargs(self, name):
        L = []
        L.append("local function va(...)")
        L.append("  local a, b = ...")
        L.append("  local t = {...}")
        L.append("  local p = table.pack(...)")
        L.append("  return select(\"#\", ...), a, b, #t, p.n, (...)")
        L.append("end")
        L.append("local function multi() return 1, nil, 3 end")
        for _ in range(self.r.randint(2, 5)):
            args = self.pick(["", "1", "nil", "nil, nil", "multi()", "multi(), 5", "(multi())", "1, multi()",
                              "table.unpack({1, 2, 3})", "select(2, \"a\", \"b\", \"c\")", "..."])
            L.append("print(%s, show(pcall(va%s)))" % (self.quote(name), ", " + args if args else "") if args != "..." else
                     "print(%s, show(va(select(2, 1, 2, 3))))" % self.quote(name))
        L.append("print(%s, show(select(-1, 1, 2, 3)), show(pcall(select, -5, 1)))" % self.quote(name))
        return L

    def seg_closures(self, name):
        L = []
        L.append("local fs = {}")
        L.append("local shared = %s" % self.pick(["0", "1.5", "\"\""]))
        L.append("for i = 1, %d do" % self.r.randint(2, 4))
        L.append("  local own = i")
        L.append("  fs[i] = function(d) own = own + (d or 1); shared = shared .. own; return own end")
        L.append("end")
        for _ in range(self.r.randint(2, 5)):
            L.append("print(%s, fs[%d](%s), shared)" % (self.quote(name), self.r.randint(1, 2), self.pick(["", "1", "0.5", "nil"])))
        if self.chance(0.5):
            L.append("local function counter() local c = 0 return function() c = c + 1 return c end, function() return c end end")
            L.append("local inc, get = counter()")
            L.append("inc() inc()")
            L.append("print(%s, get(), inc(), %s)" % (self.quote(name), self.maybe_yield("get()")))
        return L

    def seg_strings(self, name):
        calls = ["(\"hello\"):sub(-3, -2)", "(\"hello\"):sub(0)", "(\"hello\"):byte(1, -1)", "string.char(72, 105)",
                 "(\"a.b.c\"):find(\".\", 1, true)", "(\"a.b.c\"):find(\"%.\")", "(\"hello world\"):match(\"(o)(%s)\")",
                 "(\"hello\"):gsub(\"l\", \"L\")", "(\"abc\"):gsub(\"%w\", \"%0%0\")", "(\"abc\"):gsub(\"\", \"-\")",
                 "(\"x=1, y=2\"):gsub(\"(%w+)=(%w+)\", \"%2=%1\")", "(\"abc\"):gsub(\".\", {a = 1, b = true})",
                 "(\"abc\"):gsub(\".\", function(c) return c:byte() end)", "(\"  trim  \"):match(\"^%s*(.-)%s*$\")",
                 "string.rep(\"ab\", 3)", "(\"abc\"):reverse()", "(\"MiXeD\"):lower()", "#\"\\0ab\"",
                 "(\"%d\"):rep(2)", "utf8.char(72, 228, 8364)", "utf8.len(\"h\\xC3\\xA4\")", "(\"a,b,,c\"):find(\",,\")",
                 "tostring(12):len()", "(\"abc\"):sub(2, 100)", "(\"abc\"):sub(-100, 1)", "string.byte(\"A\")",
                 "(\"test123\"):match(\"%a+(%d+)\")", "(\"k1 k2\"):gmatch(\"k(%d)\")()", "select(\"#\", (\"abc\"):byte(1, 3))",
                 "(\"x\"):rep(3, \", \")", "(\"abc\"):upper():lower()", "string.format(\"%q\", \"\\r\\n\")"]
        L = []
        for _ in range(self.r.randint(2, 5)):
            L.append("print(%s, show(pcall(function() return %s end)))" % (self.quote(name), self.pick(calls)))
        return L

    # ------------------------------------------------------------ segments of generators 3 and 4

    def seg_borders(self, name):
        """`#t` where lua5.4's choice of border shows: constructors with nils and multiple
        results, then appends (`t[#t + 1]`, table.insert), removals (`t[#t] = nil`,
        table.remove) and stores at and around the border, `#t` read inline by compiled code
        (locals, conditions, for bounds) and by the library (rawlen, table.unpack, ipairs)."""
        L = []
        q = self.quote(name)
        L.append("local function mr(...) return ... end")
        L.append("local function nils() return nil, 2, nil end")
        item_pool = ["1", "nil", "\"a\"", "2.5", "true", "false", "nil", "{}", "mr(1, nil)", "mr()",
                     "nils()", "mr(nil, nil, 3)", "(nils())"]
        tbls = []
        for _ in range(self.r.randint(1, 3)):
            t = self.fresh("bt")
            x = self.r.random()
            if x < 0.6:
                items = [self.pick(item_pool) for _ in range(self.r.randint(0, 9))]
                if self.chance(0.4):
                    keyed = self.pick(["[%d] = \"k\"" % self.r.randint(1, 12), "x = 1", "[0] = 0", "[-1] = 1",
                                       "[2.0] = \"two\"", "[%d] = nil" % self.r.randint(1, 6), "name = \"n\""])
                    items.insert(self.r.randint(0, len(items)), keyed)
                L.append("local %s = {%s}" % (t, ", ".join(items)))
            elif x < 0.75:
                L.append("local %s = table.pack(%s)" % (t, ", ".join(self.pick(item_pool[:8]) for _ in range(self.r.randint(0, 6)))))
            elif x < 0.9:
                L.append("local %s = (function(...) return {...} end)(%s)" % (t, ", ".join(self.pick(item_pool[:8]) for _ in range(self.r.randint(0, 6)))))
            else:
                L.append("local %s = {}" % t)
                L.append("for i = 1, %d do %s[i] = %s end" % (self.r.randint(0, 10), t, self.pick(["i", "i % 2 == 0 and i or nil", "\"v\""])))
            tbls.append(t)
            L.append("print(%s, #%s, rawlen(%s))" % (q, t, t))
        for _ in range(self.r.randint(3, 10)):
            t = self.pick(tbls)
            x = self.r.random()
            v = self.pick(["1", "\"z\"", "nil", "3.5", "false"])
            if x < 0.15:
                L.append("%s[#%s + 1] = %s" % (t, t, v))
            elif x < 0.25:
                L.append("table.insert(%s, %s)" % (t, self.pick(["\"ins\"", "7", "false"])))
            elif x < 0.3:
                L.append("pcall(table.insert, %s, %s, \"at\")" % (t, self.pick(["1", "2", "#%s" % t, "#%s + 1" % t])))
            elif x < 0.4:
                L.append("print(%s, show(table.remove(%s%s)))" % (q, t, self.pick(["", "", ", 1", ", #%s" % t])))
            elif x < 0.5:
                L.append("%s[#%s] = nil" % (t, t))
            elif x < 0.6:
                L.append("%s[%d] = %s" % (t, self.r.randint(1, 12), v))
            elif x < 0.65:
                L.append("%s.%s = %s" % (t, self.pick(["x", "y", "n"]), v))
            elif x < 0.75:
                n = self.fresh("len")
                L.append("local %s = #%s" % (n, t))
                L.append("if #%s > 2 then %s = %s + 10 end" % (t, n, n))
                L.append("print(%s, %s, #%s == %s, #%s - 1)" % (q, n, t, n, t))
            elif x < 0.8:
                c = self.fresh("cnt")
                L.append("local %s = 0" % c)
                L.append("for i = 1, #%s do if %s[i] ~= nil then %s = %s + 1 end end" % (t, t, c, c))
                L.append("print(%s, %s)" % (q, c))
            elif x < 0.9:
                L.append("print(%s, #%s, rawlen(%s), select(\"#\", table.unpack(%s)))" % (q, t, t, t))
            else:
                c = self.fresh("ip")
                L.append("local %s = 0" % c)
                L.append("for _ in ipairs(%s) do %s = %s + 1 end" % (t, c, c))
                L.append("print(%s, %s, #%s)" % (q, c, t))
        for t in tbls:
            L.append("print(%s, #%s, show(%s[#%s]))" % (q, t, t, t))
        return L

    def seg_storefill(self, name):
        """Tables filled by index stores in order (`t[k] = v` in numeric loops, fresh or after
        a constructor), whose `#t` lua2py answers without its layout model
        (tablelayout.in_order): the first `#t` (inline, table.concat, rawlen, ipairs,
        table.unpack, or none), then more stores in order, holes, pops, appends, keys that
        are not in the sequence, table.insert/remove, and `#t` again."""
        L = []
        q = self.quote(name)
        tbls = []
        for _ in range(self.r.randint(1, 3)):
            t = self.fresh("sf")
            x = self.r.random()
            if x < 0.55:
                L.append("local %s = {}" % t)
                start = 1
            else:
                na = self.r.randint(1, 9)
                L.append("local %s = {%s}" % (t, ", ".join("\"c%d\"" % i for i in range(na))))
                start = na + 1
            n = self.r.choice([0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33])
            L.append("for k = %d, %d do %s[k] = %s end" % (start, start + n - 1, t, self.pick(["k", "\"v\"", "k * 2", "tostring(k)"])))
            tbls.append(t)
            first = self.r.random()
            if first < 0.3:
                L.append("print(%s, #%s)" % (q, t))
            elif first < 0.45:
                L.append("print(%s, #table.concat(%s, \",\"))" % (q, t))
            elif first < 0.55:
                L.append("print(%s, rawlen(%s), select(\"#\", table.unpack(%s)))" % (q, t, t))
            elif first < 0.65:
                c = self.fresh("ip")
                L.append("local %s = 0 for _ in ipairs(%s) do %s = %s + 1 end print(%s, %s)" % (c, t, c, c, q, c))
        for _ in range(self.r.randint(3, 10)):
            t = self.pick(tbls)
            x = self.r.random()
            v = self.pick(["1", "\"z\"", "3.5", "false"])
            if x < 0.15:
                m = self.r.randint(1, 12)
                L.append("do local b = #%s for k = b + 1, b + %d do %s[k] = %s end end" % (t, m, t, v))
            elif x < 0.25:
                m = self.r.randint(1, 20)
                L.append("for k = %d, %d do %s[k] = %s end" % (m, m + self.r.randint(0, 12), t, v))
            elif x < 0.4:
                L.append("%s[%d] = nil" % (t, self.r.randint(1, 34)))
            elif x < 0.47:
                L.append("%s[#%s] = nil" % (t, t))
            elif x < 0.55:
                L.append("%s[#%s + 1] = %s" % (t, t, v))
            elif x < 0.62:
                key = self.pick(["x", "name", "n"])
                L.append("%s.%s = %s" % (t, key, v))
                if self.chance(0.6):
                    L.append("%s.%s = nil" % (t, key))
            elif x < 0.67:
                L.append("table.insert(%s, %s)" % (t, v))
            elif x < 0.71:
                L.append("print(%s, show(table.remove(%s%s)))" % (q, t, self.pick(["", ", 1", ", #%s" % t])))
            elif x < 0.75:
                L.append("%s[%d] = %s" % (t, self.r.randint(1, 40), v))
            elif x < 0.8:
                L.append("print(%s, #table.concat(%s, \"\", 1, #%s // 2))" % (q, t, t))
            else:
                L.append("print(%s, #%s, rawlen(%s))" % (q, t, t))
        for t in tbls:
            L.append("print(%s, #%s, show(%s[#%s]))" % (q, t, t, t))
        return L

    def seg_callmeta(self, name):
        """Metatables on numbers, booleans, nil and functions (debug.setmetatable) and __call
        on strings: calls, method calls, indexing, operators; each is taken away again."""
        L = []
        q = self.quote(name)
        which = self.pick(["number", "number", "string", "boolean", "nil", "function"])
        if which == "string":
            L.append("local smt = getmetatable(\"\")")
            L.append("smt.__call = function(s, ...) return \"called \" .. s, select(\"#\", ...) end")
            uses = ["(\"abc\")(1, 2)", "local k = \"key\" return k()", "local k = \"key\" return k(nil)",
                    "return string.upper(\"x\")", "local t = {f = \"fn\"} return t.f(1)",
                    "return (\"a\" .. \"b\")()"]
            restore = "smt.__call = nil"
            after = ["local k = \"key\" return k()", "return (\"x\")()"]
        else:
            val = {"number": self.pick(["0", "1.5", "(-3)"]), "boolean": self.pick(["true", "false"]),
                   "nil": "nil", "function": "print"}[which]
            mms = {"__call": "function(self, ...) return \"call\", show(self), select(\"#\", ...) end",
                   "__index": self.pick(["function(v, k) return \"idx:\" .. tostring(k) end",
                                         "{double = function(v) return show(v) .. \"x2\" end, field = \"f\"}"]),
                   "__len": "function(v) return 42 end",
                   "__concat": "function(a, b) return show(a) .. \"&\" .. show(b) end",
                   "__unm": "function(v) return \"neg\" end",
                   "__add": "function(a, b) return \"add\" end"}
            chosen = self.r.sample(sorted(mms), self.r.randint(1, 4))
            if "__call" not in chosen and self.chance(0.6):
                chosen.append("__call")
            L.append("local vmt = {}")
            for m in chosen:
                L.append("vmt.%s = %s" % (m, mms[m]))
            L.append("debug.setmetatable(%s, vmt)" % val)
            uses = []
            if "__call" in chosen:
                uses += ["local v = %s return v(1, 2)" % val, "return (%s)()" % val, "local t = {v = %s} return t.v(3)" % val]
            if "__index" in chosen:
                uses += ["local v = %s return v.field" % val, "local v = %s return v[\"a\" .. \"b\"]" % val]
                if "double" in mms["__index"]:
                    uses.append("local v = %s return v:double()" % val)
            if "__len" in chosen:
                uses.append("local v = %s return #v" % val)
            if "__concat" in chosen:
                uses += ["local v = %s return v .. \"s\"" % val, "local v = %s return \"s\" .. v" % val]
            if "__unm" in chosen and which != "number":
                uses.append("local v = %s return -v" % val)
            if "__add" in chosen and which != "number":
                uses.append("local v = %s return v + 1" % val)
            uses.append("return show(getmetatable(%s) == vmt)" % val)
            restore = "debug.setmetatable(%s, nil)" % val
            after = ["local v = %s return v(1)" % val, "local v = %s return v.field" % val,
                     "return show(getmetatable(%s))" % val]
        for u in self.r.sample(uses, min(len(uses), self.r.randint(2, 5))):
            L.append("print(%s, show(pcall(function() %s end)))" % (q, u))
        L.append(restore)
        for u in self.r.sample(after, self.r.randint(1, 2)):
            L.append("print(%s, show(pcall(function() %s end)))" % (q, u))
        return L

    def seg_getinfo(self, name):
        """debug.getinfo of functions and of running levels: parameters, varargs, upvalues,
        lines (defined, last line, current), names of locals, globals, methods and fields,
        C functions, the "f" option."""
        L = []
        q = self.quote(name)
        nparams = self.r.randint(0, 3)
        params = [self.fresh("a") for _ in range(nparams)] + (["..."] if self.chance(0.4) else [])
        f = self.fresh("gi")
        up = self.fresh("up")
        L.append("local %s = %s" % (up, self.pick(["1", "\"u\"", "{}"])))
        L.append("local function %s(%s)" % (f, ", ".join(params)))
        if self.chance(0.5):
            L.append("  local x = %s" % up)
        L.append("  local here = debug.getinfo(1, \"lSn\")")
        L.append("  local caller = debug.getinfo(2, \"l\")")
        L.append("  return here.currentline, here.what, here.short_src, here.linedefined, show(here.name), "
                 "here.namewhat, caller and caller.currentline")
        L.append("end")
        fields = ["nparams", "isvararg", "linedefined", "lastlinedefined", "what", "short_src", "source",
                  "currentline", "nups", "func == %s" % f]
        for _ in range(self.r.randint(1, 3)):
            opts = self.pick(["", "\"u\"", "\"S\"", "\"Slu\"", "\"f\"", "\"l\""])
            fs = self.r.sample(fields, self.r.randint(2, 5))
            L.append("do local i = debug.getinfo(%s%s) print(%s, %s) end"
                     % (f, ", " + opts if opts else "", q, ", ".join("show(i.%s)" % x for x in fs)))
        calls = ["%s(1, 2)" % f, "(%s)()" % f, "pcall(%s)" % f]
        obj = self.fresh("obj")
        if self.chance(0.5):
            L.append("local %s = {m = %s}" % (obj, f))
            calls += ["%s.m()" % obj, "%s:m()" % obj]
        if self.chance(0.3):
            g = self.fresh("G")
            L.append("%s = %s" % (g, f))
            calls.append("%s()" % g)
        for c in self.r.sample(calls, min(len(calls), self.r.randint(1, 3))):
            L.append("print(%s, show(%s))" % (q, c))
        cfn = self.pick(["print", "string.format", "math.floor", "pcall"])
        L.append("do local i = debug.getinfo(%s) print(%s, i.what, i.short_src, i.currentline, i.linedefined, "
                 "i.nparams, i.isvararg, i.nups, show(i.source)) end" % (cfn, q))
        L.append("print(%s, show(debug.getinfo(1, \"f\").func ~= nil), show(debug.getinfo(50)), "
                 "debug.getinfo(1, \"l\").currentline)" % q)
        return L

    def seg_pynames(self, name):
        """Lua names that are Python keywords, builtins or lua2py's own prefixes, as locals,
        parameters, upvalues, globals, fields, methods and labels: their values, and the names
        lua5.4 gives them in error messages and debug.getinfo."""
        L = []
        q = self.quote(name)
        names = self.r.sample(PY_NAMES, 6)
        a, b, c, d, e, f = names
        L.append("local %s, %s = %s, %s" % (a, b, self.pick(["1", "2.5", "\"s\""]), self.pick(["nil", "3", "{}"])))
        L.append("local function %s(%s, %s) return %s, %s end" % (c, d, e, d, self.pick([e, a, "%s or %s" % (e, a)])))
        L.append("local holder = {%s = %s, [\"%s\"] = 7}" % (f, c, e))
        x = self.r.random()
        uses = ["return %s(%s, 1)" % (c, a), "return %s" % a, "return %s + 1" % b, "return %s()" % b,
                "return %s.%s" % (b, f), "return holder.%s(2, 3)" % f, "return holder.%s" % e,
                "return %s .. \"x\"" % b, "return (function() return %s, %s end)()" % (a, b),
                "return debug.getinfo(%s, \"S\").what" % c,
                "local %s = 3 return %s * 2, %s" % (d, d, c == d and "nil" or d)]
        if x < 0.5:
            L.append("function %s(%s) return %s end" % (d, e, self.pick([e, "\"%s\"" % d, "%s + 1" % e])))
            uses += ["return %s(4)" % d, "return %s(nil)" % d, "return %s(\"1\", 2)" % d]
        if self.chance(0.4):
            L.append("function holder:%s(%s) return self == holder, %s end" % (a, b, b))
            uses += ["return holder:%s(5)" % a, "return holder.%s(nil, 6)" % a]
        if self.chance(0.3):
            L.append("for %s = 1, 3 do" % d)
            L.append("  if %s == 2 then goto %s end" % (d, e))
            L.append("  print(%s, %s)" % (q, d))
            L.append("  ::%s::" % e)
            L.append("end")
        if self.chance(0.3):
            L.append("local function %s(%s) local here = debug.getinfo(1, \"n\") return here.name, here.namewhat end" % (f, a))
            uses.append("return %s()" % f)
        for u in self.r.sample(uses, min(len(uses), self.r.randint(3, 7))):
            L.append("print(%s, show(pcall(function() %s end)))" % (q, u))
        return L

    def seg_libmisc(self, name):
        """Library corners of issue 10: the 5.3 compatibility functions Debian's lua5.4 has,
        errors of C functions (no position), error levels through table.sort and
        table.concat, float keys out of the integer range."""
        L = []
        q = self.quote(name)
        calls = ["math.pow(2, %s)" % self.pick(["10", "0.5", "-1", "1e3"]), "math.ldexp(%s, 4)" % self.pick(["1", "0.5", "-3"]),
                 "math.frexp(%s)" % self.pick(["8", "0", "-0.75", "1e300", "1/0"]), "math.cosh(%s)" % self.pick(["0", "1", "-2"]),
                 "math.sinh(%s)" % self.pick(["0", "1"]), "math.tanh(%s)" % self.pick(["0", "0.5", "100"]),
                 "math.log10(%s)" % self.pick(["1000", "0.01", "0", "-1"]), "math.fmod(%s, %s)" % (self.pick(["7", "-7", "7.5"]), self.pick(["3", "-3", "0.5"])),
                 "math.ult(1, -1)", "math.abs(math.mininteger)", "math.tointeger(\"8\")", "math.type(2^31)",
                 "next({}, \"nokey\")", "next({1}, 5)", "rawlen(5)", "rawequal({}, {})", "select(-1)",
                 "table.concat({1, 2, 3}, \", \", 2, 5)", "table.unpack({1, 2, 3}, -1, 1)",
                 "table.sort({3, 1, 2}, function(a, b) error(\"cmp\", 2) end)",
                 "table.sort({3, 1, 2}, function(a, b) error(\"cmp\") end)",
                 "table.concat(setmetatable({}, {__index = function(t, k) error(\"idx\", 2) end}), \",\", 1, 2)",
                 "table.insert({}, 5, 1)", "table.insert({}, 1, 2, 3)", "string.rep(\"x\", -1)",
                 "tostring(2^63 == math.maxinteger + 1.0)", "math.maxinteger + 0.0 == 2^63",
                 "math.floor(-0.0)", "1e100 // 1", "-(0/0) ~= -(0/0)", "string.format(\"%.17g\", 0.1)",
                 "tonumber(\"0x\")", "tonumber(\"1e\")", "tonumber(\"  0x10  \")", "tonumber(\"10\", 36)",
                 "tonumber(\"zz\", 36)", "tonumber(\"8\", 8)", "tonumber(1, 10)"]
        for _ in range(self.r.randint(3, 7)):
            c = self.pick(calls)
            if self.chance(0.5):
                L.append("print(%s, show(pcall(function() return %s end)))" % (q, c))
            else:
                L.append("print(%s, show(pcall(%s)))" % (q, c.replace("(", ", ", 1)[:-1] if not c.startswith(("-", "1e", "math.maxinteger +", "tostring(2^")) and "(" in c else "function() return %s end" % c))
        k = self.pick(["1e100", "-1e100", "2^63", "-2^63", "2^53", "1e308 * 10", "0.5", "-0.0"])
        L.append("do local u = {} u[%s] = 1 for key in pairs(u) do print(%s, key, math.type(key), u[key]) end end" % (k, q))
        return L

    def seg_assign(self, name):
        """Multiple assignment whose right side reads what the left side writes (swaps,
        rotations, a table and its key), typed locals changing type, upvalues updated by
        closures inside loops, <const> locals folded into expressions."""
        L = []
        q = self.quote(name)
        a, b, c = self.fresh("x"), self.fresh("y"), self.fresh("z")
        L.append("local %s, %s, %s = %s, %s, %s" % (a, b, c, self.int_lit(), self.pick(["2", "0.5", "\"3\""]), self.small_int()))
        for _ in range(self.r.randint(3, 7)):
            x = self.r.random()
            if x < 0.2:
                L.append("%s, %s = %s, %s" % (a, b, b, a))
            elif x < 0.3:
                L.append("%s, %s, %s = %s, %s, %s" % (a, b, c, c, a, b))
            elif x < 0.4:
                L.append("for k = 1, %d do %s, %s = %s, %s + %s end" % (self.r.randint(1, 6), a, b, b, a, b))
            elif x < 0.5:
                L.append("local t = {1, 2, 3}")
                L.append("local i = 1")
                L.append("i, t[i] = i + 1, %s" % self.pick(["\"first\"", "i", "t[i + 1]"]))
                L.append("print(%s, i, show(t[1], t[2], t[3]))" % q)
            elif x < 0.6:
                L.append("local t = {}")
                L.append("t.x, t.y, t.x = 1, 2, 3" if self.chance(0.3) else "t[1], t[2] = t[2], 5")
                L.append("print(%s, show(t.x, t.y, t[1], t[2]))" % q)
            elif x < 0.7:
                L.append("do local k <const> = %s local m <const> = k %s %s print(%s, show(m, k %s %s, math.type(m))) end"
                         % (self.pick(["2^53", "math.maxinteger", "7", "-0.0", "\"10\"", "3.5", "1 << 62"]),
                            self.pick(["+", "*", "//", "-", ".."]), self.pick(["1", "2", "0.5", "-1"]), q,
                            self.pick(["+", "-", "*", "%", "/"]), self.pick(["1", "3", "-2", "2.0"])))
            elif x < 0.8:
                f = self.fresh("acc")
                L.append("local %s = {}" % f)
                L.append("for k = 1, 3 do %s[k] = function(d) %s = %s %s d return %s end end"
                         % (f, a, a, self.pick(["+", "..", "*"]), a))
                L.append("print(%s, show(pcall(%s[1], 2)), show(pcall(%s[3], %s)), show(%s))" % (q, f, f, self.pick(["1", "0.5", "\"s\""]), a))
            elif x < 0.9:
                L.append("%s = %s" % (self.pick([a, b, c]), self.pick(["nil", "\"str\"", "1.5", "{}", "math.mininteger", a + " .. \"\""])))
            else:
                L.append("local %s, %s = (function() return %s, %s end)()" % (a, b, b, a))
            L.append("print(%s, show(%s, %s, %s))" % (q, a, b, c))
        return L

    SEGMENTS = (
        ("arith", 5), ("params", 6), ("order", 5), ("tail", 3), ("goto", 2), ("close", 2), ("fornum", 2),
        ("overflow", 3), ("intloop", 2), ("libreplace", 3), ("meta", 4), ("strmeta", 2), ("errors", 3), ("coro", 2),
        ("format", 2), ("concat", 2), ("tables", 3), ("methods", 2), ("varargs", 2), ("closures", 2),
        ("strings", 2), ("pynames", 2), ("libmisc", 2), ("assign", 3), ("borders", 3), ("callmeta", 2),
        ("getinfo", 2),
    )

    # opt-in (`--extra` / `--only`): not drawn by default, so the default programs, and the
    # recorded seeds, stay what they were
    EXTRA_SEGMENTS = (("storefill", 3), ("ringtree", 3), ("floatloop", 3))

    def program(self, only=None, exclude=(), extra=()):
        segs = self.SEGMENTS + tuple((k, w) for k, w in self.EXTRA_SEGMENTS
                                     if k in extra or (only is not None and k in only))
        kinds = [k for k, _ in segs if (only is None or k in only) and k not in exclude]
        weights = [w for k, w in segs if k in kinds]
        out = [PRELUDE.rstrip("\n")]
        nseg = self.r.randint(MIN_SEGMENTS, MAX_SEGMENTS)
        driver = []
        for i in range(nseg):
            kind = self.r.choices(kinds, weights=weights)[0]
            name = "s%d_%s" % (i + 1, kind)
            body = getattr(self, "seg_" + kind)(name)
            mode = self.r.random()
            if mode < 0.12 and kind not in ("libreplace",):
                # a plain block of the main chunk (an error ends the program: rc 1, stderr compared)
                out.append("-- %s" % name)
                out.append("do")
                out += ["  " + line for line in body]
                out.append("end")
                continue
            out.append("local function %s()" % name)
            out += ["  " + line for line in body]
            out.append("end")
            if mode < 0.55 or kind == "libreplace":
                driver.append("print(%s, show(pcall(%s)))" % (self.quote(name), name))
            else:
                driver.append("both(%s, %s)" % (self.quote(name), name))
        out += driver
        return "\n".join(out) + "\n"


def generate(seed, only=None, exclude=(), extra=()):
    return Gen(seed).program(only=only, exclude=exclude, extra=extra)


if __name__ == "__main__":  # pragma: no cover - manual use
    import sys

    sys.stdout.write(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 1))

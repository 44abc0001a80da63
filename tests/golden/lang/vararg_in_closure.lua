local function bind(f, ...)
  local args = table.pack(...)
  return function(...)
    local all = {}
    for i = 1, args.n do all[i] = args[i] end
    local extra = table.pack(...)
    for i = 1, extra.n do all[args.n + i] = extra[i] end
    return f(table.unpack(all, 1, args.n + extra.n))
  end
end
local function show(...) return select('#', ...), table.concat({ ... }, ",") end
local b = bind(show, 1, 2)
print(b(3, 4))
print(b())
local function sum(...) local s = 0 for _, v in ipairs({ ... }) do s = s + v end return s end
print(bind(sum, 10)(1, 2, 3))

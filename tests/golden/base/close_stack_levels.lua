-- the stack a __close metamethod sees: while an error unwinds, lua5.4 has already
-- unwound to the pcall that caught it (the erroring function is no level); on a normal
-- exit it is called as "metamethod 'close'" by the function leaving the block
local function func2close(f) return setmetatable({}, {__close = f}) end
local function foo()
  local z <close> = func2close(function (self, msg)
    print(debug.getinfo(1).name, debug.getinfo(2).name, debug.getinfo(3) and debug.getinfo(3).name, msg)
    print(debug.traceback("tb"))
  end)
  error(4)
end
print(pcall(foo))
local function nested()
  local a <close> = func2close(function (self, msg)
    print("a", debug.getinfo(2, "S").what, debug.getinfo(2).name, msg)
  end)
  local function inner()
    local b <close> = func2close(function (self, msg)
      print("b", debug.getinfo(2, "S").what, debug.getinfo(2).name, msg)
      error("from b", 2)
    end)
    error("first")
  end
  inner()
end
print(pcall(nested))
local function bar()
  local z <close> = func2close(function (self, msg)
    print(debug.getinfo(1).name, debug.getinfo(1).namewhat, debug.getinfo(2).name, msg)
  end)
  return 1
end
print(pcall(bar))
print(bar())

-- debug.sethook is a C function: the return hook it sets sees it return
local trace = {}
local function hook (event)
  trace[#trace + 1] = event .. " " .. tostring(debug.getinfo(2).name)
end
local function f2 (...)
  local x <close> = func2close(function () trace[#trace + 1] = "x" end)
  local y <close> = func2close(function () debug.sethook(hook, "r") end)
  return ...
end
local t = {f2(10, 20, 30)}
debug.sethook()
print(table.concat(t, " "))
print(table.concat(trace, ", "))

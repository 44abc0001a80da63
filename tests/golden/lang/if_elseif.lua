local function classify(n)
  if n < 0 then return "negative"
  elseif n == 0 then return "zero"
  elseif n < 10 then return "small"
  else return "large" end
end
for _, n in ipairs({ -5, 0, 3, 42 }) do print(n, classify(n)) end

-- nested if
local function grade(score, bonus)
  if score >= 50 then
    if bonus then return "pass+" else return "pass" end
  else
    if bonus then return "fail+" end
  end
  return "fail"
end
print(grade(60, true), grade(60), grade(10, true), grade(10))

-- conditions with side effects evaluated in order
local log = {}
local function c(x, v) log[#log + 1] = x return v end
if c("a", false) then elseif c("b", nil) then elseif c("c", true) then elseif c("d", true) then end
print("evaluated", table.concat(log))

-- empty branches
if true then end
if false then else end
print("empty ok")

-- numeric zero and empty string are true
if 0 then print("0 is true") end
if "" then print("empty string is true") end

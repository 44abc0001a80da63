-- patterns: Lua pattern matching over ~1 MB of generated text --
-- gmatch (word frequencies, numbers, lines), gsub with a replacement string
-- with captures, gsub with a function, find (plain and with anchors and
-- character classes) and match with captures.
local seed = 42
local function rand(n)            -- 0 .. n-1, a deterministic LCG
  seed = (seed * 1103515245 + 12345) % 2147483648
  return (seed >> 8) % n
end

local syll = {"ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "an", "el"}

-- generate the text
local pieces = {}
local size = 0
while size < 1000000 do
  local r = rand(10)
  local piece
  if r < 6 then
    local w = {}
    for k = 1, 1 + rand(3) do w[k] = syll[rand(10) + 1] end
    piece = table.concat(w)
    if rand(8) == 0 then piece = piece:upper() end
  elseif r < 8 then
    piece = tostring(rand(100000))
  elseif r < 9 then
    piece = syll[rand(10) + 1] .. "@" .. syll[rand(10) + 1] .. ".org"
  else
    piece = "key" .. rand(50) .. "=" .. rand(1000) .. ";"
  end
  local s = rand(16)
  if s == 0 then
    piece = piece .. "\n"
  elseif s == 1 then
    piece = piece .. ". "
  else
    piece = piece .. " "
  end
  pieces[#pieces + 1] = piece
  size = size + #piece
end
local text = table.concat(pieces)
print("text", #text)

for pass = 1, 3 do
  -- 1. word frequencies with gmatch
  local freq, nwords = {}, 0
  for w in text:gmatch("%a+") do
    freq[w] = (freq[w] or 0) + 1
    nwords = nwords + 1
  end
  local keys = {}
  for w in pairs(freq) do keys[#keys + 1] = w end
  table.sort(keys, function(a, b)
    if freq[a] ~= freq[b] then return freq[a] > freq[b] end
    return a < b
  end)
  local top = {}
  for i = 1, 5 do top[i] = keys[i] .. "=" .. freq[keys[i]] end

  -- 2. numbers with gmatch and tonumber
  local nsum, ncount = 0, 0
  for d in text:gmatch("%d+") do
    nsum = nsum + tonumber(d)
    ncount = ncount + 1
  end

  -- 3. gsub with captures in the replacement string
  local swapped, nswap = text:gsub("(%a+)@(%a+)%.org", "%2 at %1")

  -- 4. gsub with a function
  local cfg = {}
  local rewritten, nkv = text:gsub("key(%d+)=(%d+);", function(k, v)
    cfg[k] = v
    return k .. ":" .. (tonumber(v) * 2)
  end)
  local ncfg = 0
  for _ in pairs(cfg) do ncfg = ncfg + 1 end

  -- 5. plain find in a loop
  local nfound, init = 0, 1
  while true do
    local s, e = text:find("kalo", init, true)
    if not s then break end
    nfound = nfound + 1
    init = e + 1
  end

  -- 6. lines: anchored find and match with captures
  local nlines, nupper, nmatch, msum = 0, 0, 0, 0
  for line in text:gmatch("[^\n]+") do
    nlines = nlines + 1
    if line:find("^%u") then nupper = nupper + 1 end
    local num, word = line:match("(%d+) (%l+)")
    if num then
      nmatch = nmatch + 1
      msum = msum + #word + tonumber(num) % 7
    end
  end

  if pass == 1 then
    print("words", nwords, table.concat(top, " "))
    print("numbers", ncount, nsum)
    print("swap", nswap, #swapped, swapped:sub(-20))
    print("kv", nkv, #rewritten, ncfg, cfg["7"])
    print("find", nfound)
    print("lines", nlines, nupper, nmatch, msum)
  end
end

-- A generator pipeline built from coroutines.
--
-- Each stage is a coroutine.wrap generator: calling it produces the next
-- item, or nil when the stream is over.  A stage pulls from the stage before
-- it and yields to the stage after it, so items flow through the whole chain
-- one at a time, and no stage ever holds the whole input.

-- source: lines of a file (read lazily) or of a table
local function lines_from_file(path)
  return coroutine.wrap(function()
    local f <close> = assert(io.open(path, "r"))
    for line in f:lines() do coroutine.yield(line) end
  end)
end

local function lines_from_table(t)
  return coroutine.wrap(function()
    for _, line in ipairs(t) do coroutine.yield(line) end
  end)
end

-- filters: each takes an upstream generator and returns a new one
local function grep(pattern, src, invert)
  return coroutine.wrap(function()
    for line in src do
      if (line:find(pattern) ~= nil) ~= (invert or false) then coroutine.yield(line) end
    end
  end)
end

local function drop_blank(src)
  return grep("%S", src)
end

local function number_lines(src)
  return coroutine.wrap(function()
    local n = 0
    for line in src do
      n = n + 1
      coroutine.yield(string.format("%3d  %s", n, line))
    end
  end)
end

local function upper(src)
  return coroutine.wrap(function()
    for line in src do coroutine.yield(line:upper()) end
  end)
end

local function take(n, src)
  return coroutine.wrap(function()
    while n > 0 do          -- check first, so no extra item is pulled
      local line = src()
      if line == nil then return end
      n = n - 1
      coroutine.yield(line)
    end
  end)
end

-- a stage that keeps state across items: word counts, emitted at the end
local function tally(src, counts)
  return coroutine.wrap(function()
    for line in src do
      for w in line:gmatch("%a+") do
        w = w:lower()
        counts[w] = (counts[w] or 0) + 1
      end
      coroutine.yield(line)
    end
  end)
end

-- consumer: drains a generator, printing every item
local function consume(title, src)
  print("== " .. title)
  local n = 0
  for line in src do
    print(line)
    n = n + 1
  end
  print("(" .. n .. " lines)")
  print()
end

-- 1. file -> drop comments and blanks -> number -> print
consume("poem, numbered",
  number_lines(drop_blank(grep("^#", lines_from_file("poem.txt"), true))))

-- 2. file -> lines mentioning "And" -> uppercase -> number
consume("lines starting with And, shouted",
  number_lines(upper(grep("^And ", lines_from_file("poem.txt")))))

-- 3. laziness: take(2) stops pulling after two items, so the trace shows
--    that only the lines needed were produced
local trace = {}
local function traced(src)
  return coroutine.wrap(function()
    for line in src do
      trace[#trace + 1] = "produced: " .. line
      coroutine.yield(line)
    end
  end)
end
consume("first two log errors",
  take(2, grep("ERROR", traced(lines_from_table({
    "INFO start", "ERROR disk", "INFO retry", "ERROR net", "ERROR late", "INFO end",
  })))))
print(table.concat(trace, "\n"))
print()

-- 4. a stateful stage in the middle of the chain
local counts = {}
consume("word tally pass", take(3, tally(drop_blank(lines_from_file("poem.txt")), counts)))
local words = {}
for w, c in pairs(counts) do if c > 1 then words[#words + 1] = w .. "=" .. c end end
table.sort(words)
print("repeated words in the lines read: " .. table.concat(words, " "))

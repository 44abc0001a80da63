-- Reading a file in 1 KB chunks inside a coroutine, with a callback.
--
-- A corrected version of async_read_file from the seed article (section 4.1):
--   * the callback follows the callback(err, content) convention, so an
--     error is never mistaken for file content;
--   * the file is opened in binary mode and read with file:read(1024);
--   * chunks are collected in a table and joined once with table.concat
--     (repeated `content = content .. chunk` copies the text over and over);
--   * the file is closed on every path, also when a read fails;
--   * the reader yields after each chunk, so other coroutines can run
--     between chunks; a small scheduler resumes the tasks in turn and
--     reports errors returned by coroutine.resume instead of dropping them.

local CHUNK_SIZE = 1024

-- Reads file_path chunk by chunk and calls callback(nil, content) on
-- success or callback(message) on failure.  Must run inside a coroutine.
local function async_read_file(file_path, callback)
  local file, open_err = io.open(file_path, "rb")
  if not file then
    return callback("cannot open file: " .. open_err)
  end
  local chunks = {}
  while true do
    local chunk, read_err = file:read(CHUNK_SIZE)
    if chunk == nil then
      if read_err then
        file:close()
        return callback("cannot read " .. file_path .. ": " .. read_err)
      end
      break -- end of file
    end
    chunks[#chunks + 1] = chunk
    print(string.format("  [%s] chunk %d: %d bytes", file_path, #chunks, #chunk))
    coroutine.yield(#chunks) -- let other tasks run between chunks
  end
  file:close()
  return callback(nil, table.concat(chunks))
end

-- A short summary of the content, so the output does not depend on printing it all.
local function summarize(content)
  local lines, words = 0, 0
  for line in content:gmatch("[^\n]*\n?") do
    if line ~= "" then lines = lines + 1 end
  end
  for _ in content:gmatch("%S+") do words = words + 1 end
  local sum = 0
  for i = 1, #content do
    sum = (sum * 31 + content:byte(i)) % 1000000007
  end
  return string.format("%d bytes, %d lines, %d words, checksum %d", #content, lines, words, sum)
end

local results = {}

local function make_task(path)
  return coroutine.create(function()
    return async_read_file(path, function(err, content)
      if err then
        print("Error: " .. err)
        results[path] = false
        return false
      end
      print(string.format("File %s: %s", path, summarize(content)))
      print("  first line: " .. content:match("^[^\n]*"))
      results[path] = content
      return true
    end)
  end)
end

-- a round-robin scheduler: resume each task until all are dead
local tasks = {
  { name = "example.txt", co = make_task("example.txt") },
  { name = "missing.txt", co = make_task("missing.txt") },
  { name = "ticker", co = coroutine.create(function()
      for i = 1, 3 do
        print("  [ticker] tick " .. i)
        coroutine.yield()
      end
    end) },
}

local round = 0
while #tasks > 0 do
  round = round + 1
  print("round " .. round)
  local alive = {}
  for _, task in ipairs(tasks) do
    local ok, res = coroutine.resume(task.co)
    if not ok then
      print("task " .. task.name .. " failed: " .. tostring(res))
    elseif coroutine.status(task.co) == "dead" then
      print("task " .. task.name .. " finished: " .. tostring(res))
    else
      alive[#alive + 1] = task
    end
  end
  tasks = alive
end

-- the content read through the chunks is exactly the file
local f = assert(io.open("example.txt", "rb"))
local whole = f:read("a")
f:close()
print("content matches io.read('a'): " .. tostring(results["example.txt"] == whole))
print("missing file reported: " .. tostring(results["missing.txt"] == false))

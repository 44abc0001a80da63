-- Fetch 100 URLs concurrently with copas: one copas thread per URL, each using
-- copas.http (LuaSocket's socket.http API on copas sockets), so while one
-- thread waits for its answer the others send their requests.
--
-- The server (server.py) waits 50 ms before each answer: one after the other
-- the 100 requests would take 5 s or more; concurrently they take a fraction of
-- a second.  The elapsed time goes to stderr, so stdout stays deterministic.
--
-- Needs the local server: `python server.py` (port 8080), or `python run.py`
-- which starts it on a free port and passes it in SAMPLE_PORT.
local copas = require("copas")
local http = require("copas.http")
local socket = require("socket")

local port = os.getenv("SAMPLE_PORT") or "8080"
local base = "http://127.0.0.1:" .. port
local N = 100

local results = {}   -- results[i] = {code = ..., bytes = ...} or {err = ...}
local done = 0

for i = 1, N do
  copas.addthread(function()
    local body, code = http.request(base .. "/item/" .. i)
    if body then
      results[i] = { code = code, bytes = #body, first = body:match("^[^\n]*") }
    else
      results[i] = { err = code }
    end
    done = done + 1
  end)
end

local t0 = socket.gettime()
copas.loop()
local elapsed = socket.gettime() - t0

-- summary: everything below is independent of the order the answers came in
local bytes, codes, errors = 0, {}, 0
for i = 1, N do
  local r = results[i]
  if r.err then
    errors = errors + 1
  else
    bytes = bytes + r.bytes
    codes[r.code] = (codes[r.code] or 0) + 1
  end
end
local keys = {}
for code in pairs(codes) do keys[#keys + 1] = code end
table.sort(keys)

print(("fetched %d of %d URLs, %d errors"):format(done, N, errors))
print(("total body bytes: %d"):format(bytes))
print("status codes:")
for _, code in ipairs(keys) do
  print(("  %d: %d"):format(code, codes[code]))
end
print("first: " .. results[1].first .. " | last: " .. results[N].first)
io.stderr:write(("%d requests of 50 ms each took %.2f s\n"):format(N, elapsed))

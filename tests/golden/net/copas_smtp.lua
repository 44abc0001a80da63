-- copas.smtp (Copas 4.11): socket.smtp sending through copas-wrapped sockets, from copas
-- threads; smtp.message is socket.smtp's; refused recipients and authentication; constants
-- forwarded to socket.smtp.  The server's copy of the last message is read back with XDUMP.
local copas = require "copas"
local smtp = require "copas.smtp"
local socket = require "socket"
local port = tonumber(os.getenv("SMTP_PORT"))

local function dump()
  local c = assert(socket.connect("127.0.0.1", port))
  c:receive()
  c:send("XDUMP\r\n")
  local lines = {}
  while true do
    local l = assert(c:receive())
    if l == "." then break end
    if not l:lower():match("^date:") then lines[#lines + 1] = l end
  end
  c:send("QUIT\r\n")
  c:close()
  -- (socket.smtp writes the headers in pairs() order: sorted here)
  local head, i = {}, 1
  while lines[i]:match("^%u+ ") do head[#head + 1] = lines[i] i = i + 1 end
  local hdrs = {}
  while lines[i] ~= "" do hdrs[#hdrs + 1] = lines[i] i = i + 1 end
  table.sort(hdrs)
  return table.concat(head, "|") .. "|" .. table.concat(hdrs, "|") .. "|" ..
         table.concat(lines, "|", i)
end

print("same table", copas.smtp == smtp, smtp.message == require("socket.smtp").message)
print("constants", smtp.PORT, smtp.SERVER, smtp.DOMAIN ~= nil, smtp.TIMEOUT)
smtp.PORT = port
print("forwarded", require("socket.smtp").PORT == port, rawget(smtp, "PORT"))

copas.loop(function()
  local r, err = smtp.send{
    from = "<alice@example.com>", rcpt = { "<bob@example.com>", "<carol@example.com>" },
    server = "127.0.0.1", domain = "client.test",
    source = smtp.message{ headers = { subject = "hello", to = "bob@example.com" },
                           body = "first line\r\n.leading dot\r\nlast" },
  }
  print("send", r, err)
  print("got", dump())
  r, err = smtp.send{ from = "<alice@example.com>", rcpt = "<nobody@example.com>",
                      server = "127.0.0.1", source = smtp.message{ body = "x" } }
  print("refused", r, err)
  r, err = smtp.send{ from = "<a@b>", rcpt = "<bob@example.com>", server = "127.0.0.1",
                      user = "user", password = "secret", source = smtp.message{ body = "authed" } }
  print("auth", r, err)
  r, err = smtp.send{ from = "<a@b>", rcpt = "<bob@example.com>", server = "127.0.0.1",
                      user = "user", password = "bad", source = smtp.message{ body = "x" } }
  print("bad auth", r, err)
end)
print("done")

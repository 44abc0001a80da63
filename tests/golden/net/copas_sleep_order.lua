-- copas threads interleaving with copas.sleep (delays >= 50 ms apart)
local copas = require "copas"
for _, d in ipairs({ 0.15, 0.05, 0.10 }) do
  copas.addthread(function()
    print("start", d)
    copas.sleep(d)
    print("woke", d)
    copas.sleep(d)
    print("again", d)
  end)
end
copas.loop()
print("done", copas.finished())

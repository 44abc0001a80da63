package.path = "./data/?.lua"
local calls = 0
package.preload["virtual"] = function(name, extra)
  calls = calls + 1
  return { name = name, extra = extra }
end
local v = require("virtual")
print(v.name, v.extra, calls)
require("virtual")
print("calls after second require", calls)
-- preload takes priority over files
package.preload["mod_a"] = function() return { name = "preloaded mod_a" } end
print(require("mod_a").name)
-- preload returning nil stores true
package.preload["nothing"] = function() end
print(require("nothing"), package.loaded.nothing)
-- a module can set package.loaded itself
package.preload["selfreg"] = function(name) package.loaded[name] = "registered"; end
print(require("selfreg"))

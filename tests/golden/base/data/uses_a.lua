local a = require("mod_a")
return { via = a.name }

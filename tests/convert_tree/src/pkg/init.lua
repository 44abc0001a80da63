local pkg = {name = "pkg"}
pkg.sub = require "pkg.sub"
return pkg

-- the generated JSON document of the JSON benchmarks (the generator of tests/golden/clib/data/jsongen.lua)
package.path = "../../tests/golden/clib/data/?.lua;" .. package.path
return require("jsongen").document(2000)

"""Python versions of Lua C modules that Lua programs `require` (such as lfs, lpeg, cjson)."""

loads = (loads or 0) + 1
print("loading", loads)
require "require_self_mod"

-- a module that requires itself: lua5.4 stops when its C stack is full ("C stack overflow")
package.path = "./data/?.lua;" .. package.path
require "require_self_mod"

"""The value model: numbers, tables, values, operators, errors, argument checks, library guards.

core imports nothing from the layers above it (support, coroutine, stdlib, net, clib).
"""

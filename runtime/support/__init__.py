"""What generated code calls besides the operators: loops, table constructors, <close>,
and the generator versions that run Lua code inside coroutines."""

"""Code generation: a resolved, typed luaparser tree -> a Python `ast.Module`.

`core` holds the dispatch tables, the context and the Result of an expression;
`pyast` the vocabulary nodes are built with (positions stamped as they are
built); one module per family of Lua constructs registers its builders:

    names      names and literals            blocks     blocks, goto/labels, <close>
    assign     local and multiple assignment control    if, while, repeat, for
    functions  function definitions, return  calls      calls, argument lists, results
    library    library guards and call sites arith      arithmetic, bitwise, concatenation
    compare    comparison, and/or/not        tables     indexing, stores, constructors, #
    module     the chunk, registrations, the written .py file
"""
from ..frontend import nodes as _nodes  # noqa: F401  (luaparser's astnodes, before the builders import it)
from . import (  # noqa: F401  (register builders)
    arith,
    assign,
    blocks,
    calls,
    compare,
    control,
    functions,
    library,
    names,
    tables,
)
from .module import generate, module_filename, module_source, quiet_compile, streamed_source

__all__ = ["generate", "module_filename", "module_source", "quiet_compile", "streamed_source"]

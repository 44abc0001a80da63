"""Code generation: a resolved, typed luaparser tree -> a Python `ast.Module`.

`core` holds the dispatch tables, the context and the Result of an expression;
`pyast` the vocabulary nodes are built with (positions stamped as they are
built); one module per family of Lua constructs registers its builders:

    names      names and literals            blocks     blocks, goto/labels, <close>
    floatloops loops whose untyped locals hold floats (a flag, two versions of statements)
    assign     local and multiple assignment control    if, while, repeat, for
    functions  function definitions, return  calls      calls, argument lists, results
    library    library guards and call sites arith      arithmetic, bitwise, concatenation
    compare    comparison, and/or/not        tables     indexing, stores, constructors, #
    module     the chunk, registrations, the written .py file

(`unparse` writes the text.)  The modules have compiled twins (transpiler/twins.py):
`IMPLEMENTATION` says which are in use.
"""
from .. import twins as _twins
from ..frontend import nodes as _nodes  # noqa: F401  (luaparser's astnodes, before the builders import it)

IMPLEMENTATION = _twins.use_compiled(__path__, "codegen")
from . import (  # noqa: E402, F401  (register builders; after the twins are chosen)
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
from .module import generate, module_filename, module_source, quiet_compile, streamed_source  # noqa: E402

__all__ = ["IMPLEMENTATION", "generate", "module_filename", "module_source", "quiet_compile", "streamed_source"]

"""Analysis of a checked luaparser tree, before code generation: scope resolution
(`scope.py`: every name -> its declaration) and type inference (`typeinfer.py`:
the Lua types each local can hold).  The results live in an `Analysis`
(`model.py`), side tables keyed by node; the tree itself is not changed.

Its modules have compiled twins (transpiler/twins.py): `IMPLEMENTATION` says
which are in use."""
from .. import twins as _twins
from ..frontend import nodes as _nodes  # noqa: F401  (luaparser's astnodes, before the passes import it)

IMPLEMENTATION = _twins.use_compiled(__path__, "analysis")
from . import typeinfer  # noqa: E402  (after the twins are chosen)
from .model import Analysis, FuncScope, NodeMap, Symbol  # noqa: E402
from .scope import Resolver  # noqa: E402


def analyse(chunk):
    """Resolve the chunk's names and infer its locals' types."""
    an = Analysis(chunk)
    resolver = Resolver(an)
    resolver.resolve_chunk(chunk)
    typeinfer.infer(chunk, an, resolver.assigned.pairs)
    return an


__all__ = ["IMPLEMENTATION", "Analysis", "FuncScope", "NodeMap", "Symbol", "analyse"]

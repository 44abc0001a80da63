"""Analysis of a checked luaparser tree, before code generation: scope resolution
(`scope.py`: every name -> its declaration) and type inference (`typeinfer.py`:
the Lua types each local can hold).  The results live in an `Analysis`
(`model.py`), side tables keyed by node; the tree itself is not changed."""
from ..frontend import nodes as _nodes  # noqa: F401  (luaparser's astnodes, before the passes import it)
from . import typeinfer
from .model import Analysis, FuncScope, NodeMap, Symbol
from .scope import Resolver


def analyse(chunk):
    """Resolve the chunk's names and infer its locals' types."""
    an = Analysis(chunk)
    resolver = Resolver(an)
    resolver.resolve_chunk(chunk)
    typeinfer.infer(chunk, an, resolver.assigned.pairs)
    return an


__all__ = ["Analysis", "FuncScope", "NodeMap", "Symbol", "analyse"]

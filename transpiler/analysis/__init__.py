"""Analysis of a checked luaparser tree, before code generation: scope resolution
(`scope.py`: every name -> its declaration) and type inference (`typeinfer.py`:
the Lua types each local can hold)."""
from . import typeinfer
from .scope import Resolver


def analyse(chunk):
    Resolver().resolve_chunk(chunk)
    typeinfer.infer(chunk)
    return None


__all__ = ["analyse"]

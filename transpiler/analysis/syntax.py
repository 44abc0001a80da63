"""Questions about luaparser nodes that every pass asks."""
from luaparser import astnodes as A

FUNCTION_NODES = (A.Function, A.LocalFunction, A.Method, A.AnonymousFunction)
MULTI_VALUED = (A.Call, A.Invoke, A.Varargs, A.Dots)


def node_children(n):
    """The child nodes and node lists of a luaparser node (not its tokens), as a list
    (the passes that walk the tree call this for every node)."""
    return [v for k, v in n.__dict__.items() if k[0] != "_" and isinstance(v, _CHILD_TYPES)]


_CHILD_TYPES = (A.Node, list)


def is_multi(e):
    """Can the expression give several values (a call or `...` not in parentheses)?"""
    return e.__class__ in MULTI_VALUED and not getattr(e, "wrapped", False)


def attribute_of(target):
    """The attribute of a `local` target (`const`, `close`), or None."""
    attrib = getattr(target, "attribute", None)
    return None if attrib is None else attrib.name.id

"""Questions about luaparser nodes that every pass asks."""
from luaparser import astnodes as A

FUNCTION_NODES = (A.Function, A.LocalFunction, A.Method, A.AnonymousFunction)
MULTI_VALUED = (A.Call, A.Invoke, A.Varargs, A.Dots)


def node_children(n):
    """The child nodes and node lists of a luaparser node (not its tokens)."""
    for k, v in n.__dict__.items():
        if k.startswith("_"):
            continue
        if isinstance(v, (A.Node, list)):
            yield v


def is_multi(e):
    """Can the expression give several values (a call or `...` not in parentheses)?"""
    return e.__class__ in MULTI_VALUED and not getattr(e, "wrapped", False)


def attribute_of(target):
    """The attribute of a `local` target (`const`, `close`), or None."""
    attrib = getattr(target, "attribute", None)
    return None if attrib is None else attrib.name.id

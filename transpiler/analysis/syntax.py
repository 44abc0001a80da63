"""Questions about luaparser nodes that every pass asks."""
from luaparser import astnodes as A

FUNCTION_NODES = (A.Function, A.LocalFunction, A.Method, A.AnonymousFunction)
MULTI_VALUED = (A.Call, A.Invoke, A.Varargs, A.Dots)


def node_children(n):
    """The child nodes and node lists of a luaparser node (not its tokens), as a list
    (the passes that walk the tree call this for every node)."""
    d = n.__dict__
    spec = _FIELDS.get(n.__class__)
    if spec is None:
        # the fields that can hold children, in the order the front end sets them
        # (every node of a class has the same fields in the same order)
        spec = _FIELDS[n.__class__] = (len(d), tuple(k for k in d if k[0] != "_" and k not in _SCALARS))
    if spec[0] == len(d):
        try:
            return [v for k in spec[1] if isinstance(v := d[k], _CHILD_TYPES)]
        except KeyError:
            pass
    # a node a pass gave another field
    return [v for k, v in d.items() if k[0] != "_" and isinstance(v, _CHILD_TYPES)]


_CHILD_TYPES = (A.Node, list)
# fields that never hold a node (names, literal values, flags, a call's line), and the
# comments (the front end gives every node one shared empty list: nothing reads them)
_SCALARS = frozenset(("wrapped", "s", "raw", "delimiter", "n", "style", "notation", "between_brackets",
                      "id", "lua_line", "comments"))
_FIELDS = {}


def node_line(n):
    """The line a node starts on (its first token's), or None: luaparser's `Node.line`
    without the property's Python call (passes ask it for most nodes)."""
    first = getattr(n, "_first_token", None)
    return first.line if first else None


def is_multi(e):
    """Can the expression give several values (a call or `...` not in parentheses)?"""
    return e.__class__ in MULTI_VALUED and not getattr(e, "wrapped", False)


def attribute_of(target):
    """The attribute of a `local` target (`const`, `close`), or None."""
    attrib = getattr(target, "attribute", None)
    return None if attrib is None else attrib.name.id

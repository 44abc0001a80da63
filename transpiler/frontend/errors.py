"""The front end's one exception (kept apart: the pure and compiled lexers
and parsers raise the same class)."""

__all__ = ["LuaSyntaxError"]


class LuaSyntaxError(Exception):
    """A compile-time error; ``msg`` is exactly what lua5.4 reports."""

    def __init__(self, msg, lineno=None):
        super().__init__(msg)
        self.msg = msg
        self.lineno = lineno

    def __str__(self):
        return self.msg

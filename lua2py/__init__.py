"""lua2py: a Lua 5.4 to Python transpiler and the runtime that makes converted code behave like lua5.4."""

__version__ = "0.1.0"


def install():
    """Install the import hook so `import foo` finds foo.lua on sys.path."""
    from . import importer

    importer.install()

"""Python versions of Lua C modules, found by `require` where lua5.4 finds the C module.

`PROVIDED` maps a module name to the Python module that implements it and its
opener (the luaopen_* function).  lpackage's C searchers ask `loader(name)`
when a name is on this list: with the Debian package installed the module is
loaded "from" the .so file lua5.4 would load (same loader data), and without it
lua2py still provides the module.  `re` is a Lua module (re.lua): Debian's file
is found first on package.path, exactly as lua5.4 finds it; the Python version
here is used only when no re.lua is on the path.
"""
import importlib
import os

PROVIDED = {
    "lpeg": ("lpeg", "luaopen_lpeg"),
    "re": ("lpeg_re", "luaopen_re"),
    "cjson": ("cjson", "luaopen_cjson"),
    "cjson.safe": ("cjson", "luaopen_cjson_safe"),
}


def provides(name):
    return name in PROVIDED


def module_file(name):
    """The Python file implementing a provided module (loader data when no C file exists)."""
    modname, _ = PROVIDED[name]
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), modname + ".py")


def loader(name):
    """The Lua loader function of a provided module: called as loader(name, filename)."""
    modname, opener = PROVIDED[name]

    def load_clib(*_args):
        mod = importlib.import_module(__name__ + "." + modname)
        return getattr(mod, opener)()

    return load_clib

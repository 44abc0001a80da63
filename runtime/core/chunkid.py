"""Chunk names as messages show them (luaO_chunkid), in a module of its own: the front
end names chunks with it too, and `lua2py check` imports it without the rest of the
runtime."""
from .frames import runtime_module

runtime_module(__file__)


def chunk_display_name(chunkname):
    """Lua's luaO_chunkid: '=name' -> name, '@file' -> file (long ones keep
    their end after '...'), source -> [string "first line..."].  The front
    end names chunks with it too, in compile-time errors."""
    if chunkname.startswith("="):
        return chunkname[1:60]
    if chunkname.startswith("@"):
        return chunkname[1:] if len(chunkname) <= 60 else "..." + chunkname[len(chunkname) - 56:]
    room = 60 - 15  # LUA_IDSIZE minus the decoration and the NUL, as lobject.c does
    first = chunkname.split("\n", 1)[0]
    if len(chunkname) < room and first == chunkname:
        return '[string "%s"]' % chunkname
    return '[string "%s..."]' % first[:room]

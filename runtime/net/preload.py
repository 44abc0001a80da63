"""package.preload entries of the net modules: `require "socket"`, "socket.http", "ltn12",
"copas" ... load them on first use (the modules are imported only then)."""
import importlib

from ..core.errors import LuaError
from ..core.frames import runtime_module

runtime_module(__file__)

# module name -> (python module, opener) for the LuaSocket family of modules
PRELOADS = [
    ("socket.core", "luasocket.luasocket", "open_socket_core_mod"),
    ("socket", "luasocket.luasocket", "open_socket_mod"),
    ("socket.url", "lurl", "open_url_mod"),
    ("ltn12", "lltn12", "open_ltn12_mod"),
    ("socket.http", "lhttp", "open_http_mod"),
    ("mime.core", "lmime", "open_mime_core_mod"),
    ("copas", "lcopas", "open_copas_mod"),
    ("copas.http", "lcopas", "open_copas_http_mod"),
    ("copas.lock", "lcopas_sync", "open_copas_lock_mod"),
    ("copas.semaphore", "lcopas_sync", "open_copas_semaphore_mod"),
    ("copas.queue", "lcopas_sync", "open_copas_queue_mod"),
    ("copas.timer", "lcopas_sync", "open_copas_timer_mod"),
    ("copas.future", "lcopas_lua", "open_copas_future_mod"),
    ("copas.ftp", "lcopas_lua", "open_copas_ftp_mod"),
    ("copas.smtp", "lcopas_lua", "open_copas_smtp_mod"),
]

def _load(G, name):
    for mname, pymod, opener in PRELOADS:
        if mname == name:
            mod = importlib.import_module("." + pymod, __package__)
            return getattr(mod, opener)(G)
    raise LuaError("module '%s' not found" % name)


def open_socket_preload(G):
    """Register every LuaSocket/Copas module in package.preload of state G (so that
    `require "socket"` etc. work).  Returns None (it creates no global)."""
    package = dict.get(G, "package")
    if package is None:
        return None
    preload = dict.get(package, "preload")
    for name, _pymod, _opener in PRELOADS:
        def loader(*_a, _name=name):
            return _load(G, _name)
        dict.__setitem__(preload, name, loader)
    return None

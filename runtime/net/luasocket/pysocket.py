"""The system's sockets as LuaSocket's C files use them: the `_socket` extension's objects and
functions, without Python's `socket` module, whose enum conversions cost more to import
(~15 ms) than the rest of the net modules together.  Only accept() differs: it makes an
object of this class.  (`ssl`, imported only for https, wraps these objects as it wraps
socket.socket's.)"""
import _socket

from ...core.frames import runtime_module

runtime_module(__file__)

# every public name of _socket (its `socket` replaced below); the import copies them in C, where a
# comprehension over its ~380 names cost 0.3 M instructions more at start-up
from _socket import *  # noqa: E402, F403


class socket(_socket.socket):
    __slots__ = ("__weakref__",)

    def accept(self):
        fd, addr = self._accept()
        return socket(self.family, self.type, self.proto, fileno=fd), addr

"""LuaSocket's error strings (pierror / socket_strerror / socket_gaistrerror)."""
import errno
import os
from . import pysocket as _socket

from ...core.frames import runtime_module

runtime_module(__file__)

CLOSED = "closed"
TIMEOUT = "timeout"

_ERRNO_MSG = {
    errno.EADDRINUSE: "address already in use",
    errno.EISCONN: "already connected",
    errno.EACCES: "permission denied",
    errno.ECONNREFUSED: "connection refused",
    errno.ECONNABORTED: "closed",
    errno.ECONNRESET: "closed",
    errno.EPIPE: "closed",
    errno.ETIMEDOUT: "timeout",
}

_GAI_MSG = {
    getattr(_socket, "EAI_AGAIN", None): "temporary failure in name resolution",
    getattr(_socket, "EAI_BADFLAGS", None): "invalid value for ai_flags",
    getattr(_socket, "EAI_FAIL", None): "non-recoverable failure in name resolution",
    getattr(_socket, "EAI_FAMILY", None): "ai_family not supported",
    getattr(_socket, "EAI_MEMORY", None): "memory allocation failure",
    getattr(_socket, "EAI_NONAME", None): "host or service not provided, or not known",
    getattr(_socket, "EAI_OVERFLOW", None): "argument buffer overflow",
    getattr(_socket, "EAI_SERVICE", None): "service not supported for socket type",
    getattr(_socket, "EAI_SOCKTYPE", None): "ai_socktype not supported",
    getattr(_socket, "EAI_NODATA", None): "host or service not provided, or not known",
}


def strerror(err):
    if isinstance(err, _socket.gaierror):
        return _GAI_MSG.get(err.errno, err.strerror or str(err))
    if isinstance(err, UnicodeError):
        return "host or service not provided, or not known"
    if isinstance(err, OSError):
        code = err.errno
    else:
        code = err
    m = _ERRNO_MSG.get(code)
    if m is not None:
        return m
    return os.strerror(code) if isinstance(code, int) else str(err)

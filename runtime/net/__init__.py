"""LuaSocket (socket, socket.http, socket.url, ltn12) and Copas, on the system's sockets
(`_socket`) and an event loop of their own (evloop.py: epoll, a timer heap, no asyncio)."""

"""LuaSocket (socket, socket.http, socket.url, ltn12) and Copas, on Python sockets and asyncio."""

"""Coroutines: the coroutine library (lcoroutine.py, with its optional compiled twin
_lcoroutine.pyx) and the I/O requests that travel up through a coroutine (aio.py)."""

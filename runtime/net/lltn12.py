"""ltn12 (LuaSocket's source/sink/filter/pump library), ported from its Lua definition.

Sources, sinks and filters are Lua functions: they are called through ops.call so
that Lua closures, tables with __call and the Python functions here mix freely.
"""
from ..core import ops
from ..core.errors import LuaError, rt_error
from ..core.frames import runtime_module
from ..core.table import LuaTable
from ..core.values import tostring, truthy
from ..support.loops import adjust

runtime_module(__file__)

VERSION = "LTN12 1.0.3"


def _assert(v):
    if not truthy(v):
        rt_error("assertion failed!")


def open_ltn12_table():
    M = LuaTable()
    filt, source, sink, pump = LuaTable(), LuaTable(), LuaTable(), LuaTable()
    for k, v in (("filter", filt), ("source", source), ("sink", sink), ("pump", pump),
                 ("BLOCKSIZE", 2048), ("_VERSION", VERSION)):
        dict.__setitem__(M, k, v)

    def blocksize():
        b = M["BLOCKSIZE"]
        return int(b) if b.__class__ in (int, float) else 2048

    # ---------------------------------------------------------------- filters
    def filter_cycle(low=None, ctx=None, extra=None, *_):
        _assert(low)
        state = [ctx]

        def f(chunk=None, *_):
            ret, state[0] = adjust(ops.call(low, state[0], chunk, extra), 2)
            return ret
        return f

    def filter_chain(*arg):
        n = len(arg)
        st = {"top": 1, "index": 1, "retry": ""}

        def f(chunk=None, *_):
            st["retry"] = st["retry"] if chunk is not None and chunk is not False else chunk
            while True:
                index = st["index"]
                if index == st["top"]:
                    chunk = ops.first(ops.call(arg[index - 1], chunk))
                    if chunk == "" or st["top"] == n:
                        return chunk
                    elif truthy(chunk):
                        st["index"] = index + 1
                    else:
                        st["top"] += 1
                        st["index"] = st["top"]
                else:
                    chunk = ops.first(ops.call(arg[index - 1], chunk if truthy(chunk) else ""))
                    if chunk == "":
                        st["index"] = index - 1
                        chunk = st["retry"]
                    elif truthy(chunk):
                        if index == n:
                            return chunk
                        st["index"] = index + 1
                    else:
                        raise LuaError("filter returned inappropriate nil")
        return f

    # ---------------------------------------------------------------- sources
    def _empty(*_):
        return None

    def source_empty(*_):
        return _empty

    def source_error(err=None, *_):
        return lambda *_: (None, err)

    def source_file(handle=None, io_err=None, *_):
        if truthy(handle):
            def f(*_):
                chunk = ops.first(ops.call(ops.index(handle, "read"), handle, blocksize()))
                if not truthy(chunk):
                    ops.call(ops.index(handle, "close"), handle)
                return chunk
            return f
        return source_error(io_err if truthy(io_err) else "unable to open file")

    def source_simplify(src=None, *_):
        _assert(src)
        cur = [src]

        def f(*_):
            chunk, err_or_new = adjust(ops.call(cur[0]), 2)
            if truthy(err_or_new):
                cur[0] = err_or_new
            if not truthy(chunk):
                return (None, err_or_new)
            return chunk
        return f

    def source_string(s=None, *_):
        if truthy(s):
            if s.__class__ in (int, float):
                s = tostring(s)
            pos = [0]

            def f(*_):
                bs = blocksize()
                chunk = s[pos[0]:pos[0] + bs]
                pos[0] += bs
                return chunk if chunk != "" else None
            return f
        return source_empty()

    def source_table(t=None, *_):
        _assert(t.__class__ is LuaTable)
        i = [0]

        def f(*_):
            i[0] += 1
            return t[i[0]]
        return f

    def source_rewind(src=None, *_):
        _assert(src)
        stack = []

        def f(chunk=None, *_):
            if not truthy(chunk):
                if stack:
                    return stack.pop()
                return ops.call(src)
            stack.append(chunk)
            return ()
        return f

    def source_chain(src=None, fl=None, *more):
        if more and truthy(more[0]):
            fl = filter_chain(fl, *more)
        _assert(truthy(src) and truthy(fl))
        st = {"in": "", "out": "", "state": "feeding"}

        def f(*_):
            if not truthy(st["out"]):
                rt_error("source is empty!")
            while True:
                if st["state"] == "feeding":
                    st["in"], err = adjust(ops.call(src), 2)
                    if truthy(err):
                        return (None, err)
                    st["out"] = ops.first(ops.call(fl, st["in"]))
                    if not truthy(st["out"]):
                        if truthy(st["in"]):
                            raise LuaError("filter returned inappropriate nil")
                        return None
                    elif st["out"] != "":
                        st["state"] = "eating"
                        if truthy(st["in"]):
                            st["in"] = ""
                        return st["out"]
                else:
                    st["out"] = ops.first(ops.call(fl, st["in"]))
                    if st["out"] == "":
                        if st["in"] == "":
                            st["state"] = "feeding"
                        else:
                            raise LuaError('filter returned ""')
                    elif not truthy(st["out"]):
                        if truthy(st["in"]):
                            raise LuaError("filter returned inappropriate nil")
                        return None
                    else:
                        return st["out"]
        return f

    def source_cat(*arg):
        srcs = list(arg)

        def f(*_):
            while srcs and truthy(srcs[0]):
                chunk, err = adjust(ops.call(srcs[0]), 2)
                if truthy(chunk):
                    return chunk
                if truthy(err):
                    return (None, err)
                srcs.pop(0)
            return None
        return f

    # ---------------------------------------------------------------- sinks
    def sink_table(t=None, *_):
        if t is None:
            t = LuaTable()

        def f(chunk=None, err=None, *_):
            if truthy(chunk):
                ops.setindex(t, ops.length(t) + 1, chunk)
            return 1
        return (f, t)

    def sink_simplify(snk=None, *_):
        _assert(snk)
        cur = [snk]

        def f(chunk=None, err=None, *_):
            ret, err_or_new = adjust(ops.call(cur[0], chunk, err), 2)
            if not truthy(ret):
                return (None, err_or_new)
            if truthy(err_or_new):
                cur[0] = err_or_new
            return 1
        return f

    def sink_file(handle=None, io_err=None, *_):
        if truthy(handle):
            def f(chunk=None, err=None, *_):
                if not truthy(chunk):
                    ops.call(ops.index(handle, "close"), handle)
                    return 1
                return ops.call(ops.index(handle, "write"), handle, chunk)
            return f
        return sink_error(io_err if truthy(io_err) else "unable to open file")

    def _null(*_):
        return 1

    def sink_null(*_):
        return _null

    def sink_error(err=None, *_):
        return lambda *_: (None, err)

    def sink_chain(fl=None, snk=None, *more):
        if more and truthy(more[0]):
            args = [fl, snk] + list(more)
            snk = args.pop()
            fl = filter_chain(*args)
        _assert(truthy(fl) and truthy(snk))

        def f(chunk=None, err=None, *_):
            if chunk != "":
                filtered = ops.first(ops.call(fl, chunk))
                done = "" if truthy(chunk) else chunk
                while True:
                    ret, snkerr = adjust(ops.call(snk, filtered, err), 2)
                    if not truthy(ret):
                        return (None, snkerr)
                    if filtered == done:
                        return 1
                    filtered = ops.first(ops.call(fl, done))
            return 1
        return f

    # ---------------------------------------------------------------- pumps
    def pump_step(src=None, snk=None, *_):
        chunk, src_err = adjust(ops.call(src), 2)
        ret, snk_err = adjust(ops.call(snk, chunk, src_err), 2)
        if truthy(chunk) and truthy(ret):
            return 1
        return (None, src_err if truthy(src_err) else snk_err)

    def pump_all(src=None, snk=None, step=None, *_):
        _assert(truthy(src) and truthy(snk))
        if not truthy(step):
            step = pump["step"]
        while True:
            ret, err = adjust(ops.call(step, src, snk), 2)
            if not truthy(ret):
                if truthy(err):
                    return (None, err)
                return 1

    for tbl, items in (
        (filt, (("cycle", filter_cycle), ("chain", filter_chain))),
        (source, (("empty", source_empty), ("error", source_error), ("file", source_file),
                  ("simplify", source_simplify), ("string", source_string), ("table", source_table),
                  ("rewind", source_rewind), ("chain", source_chain), ("cat", source_cat))),
        (sink, (("table", sink_table), ("simplify", sink_simplify), ("file", sink_file),
                ("null", sink_null), ("error", sink_error), ("chain", sink_chain))),
        (pump, (("step", pump_step), ("all", pump_all))),
    ):
        for k, v in items:
            dict.__setitem__(tbl, k, v)
    return M


_TABLES = {}


def open_ltn12_mod(G):
    t = _TABLES.get(id(G))
    if t is None or t[0] is not G:
        t = (G, open_ltn12_table())
        _TABLES[id(G)] = t
    return t[1]

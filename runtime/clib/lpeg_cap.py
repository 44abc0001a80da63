"""LPeg captures: the values a match produces (a port of LPeg 1.0.2's lpcap.c).

Matching (lpeg_vm.py, lpeg_jit.py) leaves a flat list of capture entries, as
LPeg's VM does; this module turns that list into Lua values after the match,
and runs match-time captures (Cmt) during it.  An entry is a tuple
`(kind, pos, idx, siz)`: `pos` the 0-based subject position, `idx` the Lua value
of the capture (a group's name, a function, a constant; None for an anonymous
group), `siz` 0 for an open capture and the length + 1 of a full one.  Close
entries are `(Cclose, pos, None, 1)`.  A runtime capture's values are stored in
`idx` of Cruntime entries (LPeg keeps them on the Lua stack).
"""
from ..core.table import LuaTable, rawset
from ..core import ops
from .lpeg_tree import (Cclose, Cposition, Cconst, Cbackref, Carg, Csimple, Ctable, Cfunction,
                        Cquery, Cstring, Cnum, Csubst, Cfold, Cruntime, Cgroup, lerror,
                        lua_rawequal, lua_tointeger, SHRT_MAX)

MAXRECLEVEL = 200
MAXSTRCAPS = 10
# lua5.4 raises "stack overflow (too many captures)" when the values would pass
# LUAI_MAXSTACK (1000000) slots; the frames below take a few dozen of them
MAX_STACK_VALUES = 1000000 - 40

CLOSE_END = (Cclose, None, None, 0)


class CapState:
    __slots__ = ("caps", "cap", "s", "args", "reclevel", "nvals")

    def __init__(self, caps, cap, s, args):
        self.caps = caps
        self.cap = cap
        self.s = s
        self.args = args
        self.reclevel = 0
        self.nvals = 0


def _call(f, args):
    return ops.multi(f(*args) if callable(f) else ops.call(f, *args))


def findopen(caps, i):
    """Index of the open entry matching the close entry at i."""
    n = 0
    while True:
        i -= 1
        e = caps[i]
        if e[0] == Cclose:
            n += 1
        elif e[3] == 0:
            if n == 0:
                return i
            n -= 1


def nextcap(cs):
    caps = cs.caps
    i = cs.cap
    if caps[i][3] == 0:
        n = 0
        while True:
            i += 1
            e = caps[i]
            if e[0] == Cclose:
                if n == 0:
                    break
                n -= 1
            elif e[3] == 0:
                n += 1
    cs.cap = i + 1


def pushnestedvalues(cs, out, addextra):
    """Append the values of the captures nested in the current one; the whole match when
    asked or when there are none.  Returns how many were appended."""
    caps = cs.caps
    co = caps[cs.cap]
    cs.cap += 1
    if co[3] != 0:
        out.append(cs.s[co[1]:co[1] + co[3] - 1])
        return 1
    n = 0
    while caps[cs.cap][0] != Cclose:
        n += pushcapture(cs, out)
    if addextra or n == 0:
        out.append(cs.s[co[1]:caps[cs.cap][1]])
        n += 1
    cs.cap += 1
    return n


def pushonenestedvalue(cs, out):
    tmp = []
    n = pushnestedvalues(cs, tmp, False)
    out.append(tmp[0])
    return n


def findback(cs, i, name):
    caps = cs.caps
    while i > 0:
        i -= 1
        e = caps[i]
        if e[0] == Cclose:
            i = findopen(caps, i)
            e = caps[i]
        elif e[3] == 0:
            continue  # an enclosing capture: skip it and look before it
        if e[0] == Cgroup and lua_rawequal(e[2], name):
            return i
    lerror("back reference '%s' not found" % _tostring_or_null(name))


def _tostring_or_null(v):
    from ..core.number import fmt_float

    c = v.__class__
    if c is str:
        return v
    if c is int:
        return "%d" % v
    if c is float:
        return fmt_float(v)
    return "(null)"


def backrefcap(cs, out):
    curr = cs.cap
    cs.cap = findback(cs, curr, cs.caps[curr][2])
    n = pushnestedvalues(cs, out, False)
    cs.cap = curr + 1
    return n


def tablecap(cs, out):
    caps = cs.caps
    t = LuaTable()
    out.append(t)
    e = caps[cs.cap]
    cs.cap += 1
    if e[3] != 0:
        return 1
    n = 0
    while caps[cs.cap][0] != Cclose:
        e = caps[cs.cap]
        if e[0] == Cgroup and e[2] is not None:
            tmp = []
            pushonenestedvalue(cs, tmp)
            rawset(t, e[2], tmp[0])
        else:
            tmp = []
            k = pushcapture(cs, tmp)
            for v in tmp:
                n += 1
                if v is None:
                    dict.pop(t, n, None)
                else:
                    dict.__setitem__(t, n, v)
            _ = k
    cs.cap += 1
    return 1


def querycap(cs, out):
    tbl = cs.caps[cs.cap][2]
    tmp = []
    pushonenestedvalue(cs, tmp)
    v = ops.index(tbl, tmp[0])
    if v is not None:
        out.append(v)
        return 1
    return 0


def foldcap(cs, out):
    caps = cs.caps
    f = caps[cs.cap][2]
    e = caps[cs.cap]
    cs.cap += 1
    if e[3] != 0 or caps[cs.cap][0] == Cclose:
        lerror("no initial value for fold capture")
    tmp = []
    n = pushcapture(cs, tmp)
    if n == 0:
        lerror("no initial value for fold capture")
    acc = tmp[0]
    while caps[cs.cap][0] != Cclose:
        tmp = [acc]
        pushcapture(cs, tmp)
        r = _call(f, tmp)
        acc = r[0] if r else None
    cs.cap += 1
    out.append(acc)
    return 1


def functioncap(cs, out):
    f = cs.caps[cs.cap][2]
    tmp = []
    pushnestedvalues(cs, tmp, False)
    r = _call(f, tmp)
    out.extend(r)
    return len(r)


def numcap(cs, out):
    idx = cs.caps[cs.cap][2]
    if idx == 0:
        nextcap(cs)
        return 0
    tmp = []
    n = pushnestedvalues(cs, tmp, False)
    if n < idx:
        lerror("no capture '%d'" % idx)
    out.append(tmp[idx - 1])
    return 1


def finddyncap(caps, i, last):
    """Whether there is a runtime capture among caps[i:last]."""
    for j in range(i, last):
        if caps[j][0] == Cruntime:
            return True
    return False


def getstrcaps(cs, cps, n):
    """Collect the nested captures of a string capture: (True, start, end) for a plain
    capture's text, (False, index) for any other capture."""
    caps = cs.caps
    k = n
    n += 1
    start = caps[cs.cap][1]
    cps.append(None)
    e = caps[cs.cap]
    cs.cap += 1
    if e[3] == 0:
        while caps[cs.cap][0] != Cclose:
            if n >= MAXSTRCAPS:
                nextcap(cs)
            elif caps[cs.cap][0] == Csimple:
                n = getstrcaps(cs, cps, n)
            else:
                cps.append((False, cs.cap))
                nextcap(cs)
                n += 1
        cs.cap += 1
    last = caps[cs.cap - 1]
    end = last[1] + last[3] - 1 if last[0] != Cclose else last[1]
    cps[k] = (True, start, end)
    return n


def stringcap(cs, buf):
    fmt = cs.caps[cs.cap][2]
    cps = []
    n = getstrcaps(cs, cps, 0) - 1
    s = cs.s
    i = 0
    ln = len(fmt)
    while i < ln:
        ch = fmt[i]
        if ch != "%":
            buf.append(ch)
        else:
            i += 1
            d = fmt[i] if i < ln else "\0"  # the C string's terminator
            if d < "0" or d > "9":
                buf.append(d)
            else:
                idx = ord(d) - 48
                if idx > n:
                    lerror("invalid capture index (%d)" % idx)
                c = cps[idx]
                if c[0]:
                    buf.append(s[c[1]:c[2]])
                else:
                    curr = cs.cap
                    cs.cap = c[1]
                    if not addonestring(cs, buf, "capture"):
                        lerror("no values in capture index %d" % idx)
                    cs.cap = curr
        i += 1


def substcap(cs, buf):
    caps = cs.caps
    s = cs.s
    e = caps[cs.cap]
    curr = e[1]
    if e[3] != 0:
        buf.append(s[curr:curr + e[3] - 1])
    else:
        cs.cap += 1
        while caps[cs.cap][0] != Cclose:
            nxt = caps[cs.cap][1]
            buf.append(s[curr:nxt])
            if addonestring(cs, buf, "replacement"):
                last = caps[cs.cap - 1]
                curr = last[1] + last[3] - 1 if last[0] != Cclose else last[1]
            else:
                curr = nxt
        buf.append(s[curr:caps[cs.cap][1]])
    cs.cap += 1


def addonestring(cs, buf, what):
    kind = cs.caps[cs.cap][0]
    if kind == Cstring:
        stringcap(cs, buf)
        return 1
    if kind == Csubst:
        substcap(cs, buf)
        return 1
    tmp = []
    n = pushcapture(cs, tmp)
    if n > 0:
        v = tmp[0]
        c = v.__class__
        if c is str:
            buf.append(v)
        elif c is int or c is float:
            buf.append(ops.tostring(v))
        else:
            from ..core.values import type_name

            lerror("invalid %s value (a %s)" % (what, type_name(v)))
    return n


def pushcapture(cs, out):
    """Append the values of the current capture to out; return how many."""
    if cs.reclevel > MAXRECLEVEL:
        lerror("subcapture nesting too deep")
    cs.reclevel += 1
    caps = cs.caps
    e = caps[cs.cap]
    kind = e[0]
    if kind == Csimple:
        before = len(out)
        out.append(None)
        k = pushnestedvalues(cs, out, True)
        out[before] = out.pop()  # the whole match is the first value
        res = k
    elif kind == Cposition:
        out.append(e[1] + 1)
        cs.cap += 1
        res = 1
    elif kind == Cconst:
        out.append(e[2])
        cs.cap += 1
        res = 1
    elif kind == Carg:
        arg = e[2]
        cs.cap += 1
        if arg > len(cs.args):
            lerror("reference to absent extra argument #%d" % arg)
        out.append(cs.args[arg - 1])
        res = 1
    elif kind == Cruntime:
        out.append(e[2])
        cs.cap += 1
        res = 1
    elif kind == Cstring:
        buf = []
        stringcap(cs, buf)
        out.append("".join(buf))
        res = 1
    elif kind == Csubst:
        buf = []
        substcap(cs, buf)
        out.append("".join(buf))
        res = 1
    elif kind == Cgroup:
        if e[2] is None:
            res = pushnestedvalues(cs, out, False)
        else:
            nextcap(cs)
            res = 0
    elif kind == Cbackref:
        res = backrefcap(cs, out)
    elif kind == Ctable:
        res = tablecap(cs, out)
    elif kind == Cfunction:
        res = functioncap(cs, out)
    elif kind == Cnum:
        res = numcap(cs, out)
    elif kind == Cquery:
        res = querycap(cs, out)
    elif kind == Cfold:
        res = foldcap(cs, out)
    else:
        raise AssertionError(kind)
    cs.reclevel -= 1
    if len(out) > MAX_STACK_VALUES:
        lerror("stack overflow (too many captures)")
    return res


def getcaptures(caps, s, end, args):
    """The results of a successful match: the captures' values, or the end position."""
    caps.append(CLOSE_END)
    if caps[0][0] == Cclose:
        return end + 1
    cs = CapState(caps, 0, s, args)
    out = []
    while True:
        pushcapture(cs, out)
        if caps[cs.cap][0] == Cclose:
            break
    if not out:
        return end + 1
    if len(out) == 1:
        return out[0]
    return tuple(out)


def runtime_close(caps, s, i, n, args):
    """ICloseRunTime: call the function of the match-time capture whose open group is the
    last open entry, with the subject, the position and its nested values; returns the new
    position, or -1 when the function makes the match fail."""
    close = len(caps)
    caps.append((Cclose, i, None, 1))
    return _runtime_call(caps, findopen(caps, close), s, i, n, args)


def runtime_close_at(caps, opn, s, i, n, args):
    """runtime_close when the open group's index is known (compiled code)."""
    caps.append((Cclose, i, None, 1))
    return _runtime_call(caps, opn, s, i, n, args)


def _runtime_call(caps, opn, s, i, n, args):
    cs = CapState(caps, opn, s, args)
    f = caps[opn][2]
    tmp = [s, i + 1]
    pushnestedvalues(cs, tmp, False)
    r = _call(f, tmp)
    del caps[opn + 1:]  # the nested captures (and the close) go
    if not r or r[0] is None or r[0] is False:
        del caps[opn:]
        return -1
    first = r[0]
    if first is True:
        res = i
    else:
        res = lua_tointeger(first) - 1
        if res < i or res > n:
            lerror("invalid position returned by match-time capture")
    k = len(r) - 1
    if k == 0:
        del caps[opn]
    else:
        if k >= SHRT_MAX - 10:
            lerror("too many results in match-time capture")
        o = caps[opn]
        caps[opn] = (Cgroup, o[1], None, 0)  # the open group becomes anonymous
        for v in r[1:]:
            caps.append((Cruntime, res, v, 1))
        caps.append((Cclose, res, None, 1))
    return res


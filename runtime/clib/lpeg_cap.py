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
from ..core import ops
from ..core.number import tostr_number
from ..core.table import LuaTable, rawset
from . import l_error as lerror
from .lpeg_tree import (
    SHRT_MAX,
    Carg,
    Cbackref,
    Cclose,
    Cconst,
    Cfold,
    Cfunction,
    Cgroup,
    Cnum,
    Cposition,
    Cquery,
    Cruntime,
    Csimple,
    Cstring,
    Csubst,
    Ctable,
    lua_rawequal,
    lua_tointeger,
)
from ..core.values import tostring, type_name
from ..core.frames import runtime_module

runtime_module(__file__)

MAXRECLEVEL = 200
MAXSTRCAPS = 10
# lua5.4 raises "stack overflow (too many captures)" when the values would pass
# LUAI_MAXSTACK (1000000) slots; the frames below take a few dozen of them
MAX_STACK_VALUES = 1000000 - 40

CLOSE_END = (Cclose, None, None, 0)


class CapState:
    """What the evaluation of a capture list needs: the list, the subject and match's extra
    arguments.  The nesting depth of the evaluation (lpcap.c's reclevel) is passed along
    as `depth`."""
    __slots__ = ("caps", "s", "args")

    def __init__(self, caps, s, args):
        self.caps = caps
        self.s = s
        self.args = args


def _call(f, args, out):
    """Call a Lua value; append its results to out."""
    r = f(*args) if callable(f) else ops.call(f, *args)
    if r.__class__ is tuple:
        out.extend(r)
    else:
        out.append(r)


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


def nextcap(caps, i):
    """Index of the capture after the one at i (skipping its nested captures)."""
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
    return i + 1


def pushnestedvalues(cs, i, out, addextra, depth):
    """Append the values of the captures nested in the one at i (the whole match when asked,
    or when there are none); return (next index, how many values)."""
    caps = cs.caps
    co = caps[i]
    if co[3] != 0:
        p = co[1]
        out.append(cs.s[p:p + co[3] - 1])
        return i + 1, 1
    i += 1
    before = len(out)
    while True:
        e = caps[i]
        if e[0] == Cclose:
            break
        if e[0] == Csimple and e[3] != 0 and depth <= MAXRECLEVEL:
            p = e[1]
            out.append(cs.s[p:p + e[3] - 1])
            i += 1
        else:
            i = pushcapture(cs, i, out, depth)
    n = len(out) - before
    if addextra or n == 0:
        out.append(cs.s[co[1]:e[1]])
        n += 1
    return i + 1, n


def onenestedvalue(cs, i, depth):
    """(next index, the first value of the captures nested in the one at i)."""
    tmp = []
    i, _ = pushnestedvalues(cs, i, tmp, False, depth)
    return i, tmp[0]


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
    """lua_tostring's text for a message: C's "(null)" for what has none."""
    c = v.__class__
    if c is str:
        return v
    if c is int or c is float:
        return tostr_number(v)
    return "(null)"


def tablecap(cs, i, out, depth):
    caps = cs.caps
    s = cs.s
    t = LuaTable()
    out.append(t)
    if caps[i][3] != 0:
        return i + 1
    i += 1
    n = 0
    setitem = dict.__setitem__
    fast = depth <= MAXRECLEVEL
    tmp = []
    while True:
        e = caps[i]
        kind = e[0]
        if kind == Cclose:
            return i + 1
        if kind == Csimple and e[3] != 0 and fast:
            n += 1
            p = e[1]
            setitem(t, n, s[p:p + e[3] - 1])
            i += 1
        elif kind == Cgroup and e[2] is not None:
            i, v = onenestedvalue(cs, i, depth)
            rawset(t, e[2], v)
        else:
            if kind == Ctable and fast:
                i = tablecap(cs, i, tmp, depth + 1)
            else:
                i = pushcapture(cs, i, tmp, depth)
            for v in tmp:
                n += 1
                if v is None:
                    dict.pop(t, n, None)
                else:
                    setitem(t, n, v)
            tmp.clear()


def foldcap(cs, i, out, depth):
    caps = cs.caps
    e = caps[i]
    f = e[2]
    i += 1
    if e[3] != 0 or caps[i][0] == Cclose:
        lerror("no initial value for fold capture")
    tmp = []
    i = pushcapture(cs, i, tmp, depth)
    if not tmp:
        lerror("no initial value for fold capture")
    acc = tmp[0]
    call = callable(f)
    while caps[i][0] != Cclose:
        tmp = [acc]
        i = pushcapture(cs, i, tmp, depth)
        r = f(*tmp) if call else ops.call(f, *tmp)
        if r.__class__ is tuple:
            acc = r[0] if r else None
        else:
            acc = r
    out.append(acc)
    return i + 1


def numcap(cs, i, out, depth):
    idx = cs.caps[i][2]
    if idx == 0:
        return nextcap(cs.caps, i)
    tmp = []
    i, n = pushnestedvalues(cs, i, tmp, False, depth)
    if n < idx:
        lerror("no capture '%d'" % idx)
    out.append(tmp[idx - 1])
    return i


def getstrcaps(cs, i, cps, n):
    """Collect the nested captures of a string capture into cps: (True, start, end) for a
    plain capture's text, (False, index) for any other capture.  Returns (next index, n)."""
    caps = cs.caps
    k = n
    n += 1
    start = caps[i][1]
    cps.append(None)
    e = caps[i]
    i += 1
    if e[3] == 0:
        while caps[i][0] != Cclose:
            if n >= MAXSTRCAPS:
                i = nextcap(caps, i)
            elif caps[i][0] == Csimple:
                i, n = getstrcaps(cs, i, cps, n)
            else:
                cps.append((False, i))
                i = nextcap(caps, i)
                n += 1
        i += 1
    last = caps[i - 1]
    cps[k] = (True, start, last[1] + last[3] - 1)
    return i, n


def stringcap(cs, i, buf, depth):
    fmt = cs.caps[i][2]
    cps = []
    i, n = getstrcaps(cs, i, cps, 0)
    n -= 1
    s = cs.s
    if "%" not in fmt:
        buf.append(fmt)
        return i
    j = 0
    ln = len(fmt)
    while j < ln:
        ch = fmt[j]
        if ch != "%":
            buf.append(ch)
        else:
            j += 1
            d = fmt[j] if j < ln else "\0"  # the C string's terminator
            if d < "0" or d > "9":
                buf.append(d)
            else:
                idx = ord(d) - 48
                if idx > n:
                    lerror("invalid capture index (%d)" % idx)
                c = cps[idx]
                if c[0]:
                    buf.append(s[c[1]:c[2]])
                elif not addonestring(cs, c[1], buf, "capture", depth)[1]:
                    lerror("no values in capture index %d" % idx)
        j += 1
    return i


def substcap(cs, i, buf, depth):
    caps = cs.caps
    s = cs.s
    e = caps[i]
    curr = e[1]
    if e[3] != 0:
        buf.append(s[curr:curr + e[3] - 1])
        return i + 1
    i += 1
    fast = depth <= MAXRECLEVEL
    while True:
        e = caps[i]
        if e[0] == Cclose:
            break
        nxt = e[1]
        buf.append(s[curr:nxt])
        if e[0] == Csimple and e[3] != 0 and fast:
            # a plain capture: its own text
            curr = nxt + e[3] - 1
            buf.append(s[nxt:curr])
            i += 1
            continue
        i, got = addonestring(cs, i, buf, "replacement", depth)
        if got:
            last = caps[i - 1]
            curr = last[1] + last[3] - 1
        else:
            curr = nxt
    buf.append(s[curr:caps[i][1]])
    return i + 1


def addonestring(cs, i, buf, what, depth):
    """Add the first value of the capture at i to buf (a string capture or substitution
    directly); return (next index, whether there was a value)."""
    kind = cs.caps[i][0]
    if kind == Cstring:
        return stringcap(cs, i, buf, depth), 1
    if kind == Csubst:
        return substcap(cs, i, buf, depth), 1
    tmp = []
    i = pushcapture(cs, i, tmp, depth)
    if tmp:
        v = tmp[0]
        c = v.__class__
        if c is str:
            buf.append(v)
        elif c is int or c is float:
            buf.append(tostring(v))
        else:
            lerror("invalid %s value (a %s)" % (what, type_name(v)))
    return i, len(tmp)


def pushcapture(cs, i, out, depth):
    """Append the values of the capture at i to out; return the index after it.  `depth` is
    how many captures are being evaluated around it (lpcap.c's reclevel)."""
    if depth > MAXRECLEVEL:
        lerror("subcapture nesting too deep")
    caps = cs.caps
    e = caps[i]
    kind = e[0]
    depth += 1
    if kind == Csimple:
        if e[3] != 0:  # the commonest: a capture of plain text
            p = e[1]
            out.append(cs.s[p:p + e[3] - 1])
            return i + 1
        before = len(out)
        out.append(None)
        i, _ = pushnestedvalues(cs, i, out, True, depth)
        out[before] = out.pop()  # the whole match is the first value
    elif kind == Cfunction:
        if e[3] != 0:
            p = e[1]
            args = [cs.s[p:p + e[3] - 1]]
            i += 1
        else:
            # pushnestedvalues, inline: nested tables and plain captures directly
            args = []
            j = i + 1
            while True:
                x = caps[j]
                k = x[0]
                if k == Cclose:
                    break
                if k == Ctable and depth <= MAXRECLEVEL:
                    j = tablecap(cs, j, args, depth + 1)
                elif k == Csimple and x[3] != 0 and depth <= MAXRECLEVEL:
                    p = x[1]
                    args.append(cs.s[p:p + x[3] - 1])
                    j += 1
                else:
                    j = pushcapture(cs, j, args, depth)
            if not args:
                args.append(cs.s[e[1]:x[1]])
            i = j + 1
        f = e[2]
        r = f(*args) if callable(f) else ops.call(f, *args)
        if r.__class__ is tuple:
            out.extend(r)
        else:
            out.append(r)
    elif kind == Ctable:
        i = tablecap(cs, i, out, depth)
    elif kind == Cposition:
        out.append(e[1] + 1)
        return i + 1
    elif kind == Cconst or kind == Cruntime:
        out.append(e[2])
        return i + 1
    elif kind == Cgroup:
        if e[2] is None:
            i, _ = pushnestedvalues(cs, i, out, False, depth)
        else:
            return nextcap(caps, i)
    elif kind == Carg:
        arg = e[2]
        if arg > len(cs.args):
            lerror("reference to absent extra argument #%d" % arg)
        out.append(cs.args[arg - 1])
        return i + 1
    elif kind == Cstring:
        buf = []
        i = stringcap(cs, i, buf, depth)
        out.append("".join(buf))
    elif kind == Csubst:
        buf = []
        i = substcap(cs, i, buf, depth)
        out.append("".join(buf))
    elif kind == Cbackref:
        g = findback(cs, i, e[2])
        pushnestedvalues(cs, g, out, False, depth)
        i += 1
    elif kind == Cnum:
        i = numcap(cs, i, out, depth)
    elif kind == Cquery:
        i, v = onenestedvalue(cs, i, depth)
        v = ops.index(e[2], v)
        if v is not None:
            out.append(v)
    elif kind == Cfold:
        i = foldcap(cs, i, out, depth)
    else:
        raise AssertionError(kind)
    if len(out) > MAX_STACK_VALUES:
        lerror("stack overflow (too many captures)")
    return i


def getcaptures(caps, s, end, args):
    """The results of a successful match: the captures' values, or the end position."""
    caps.append(CLOSE_END)
    if caps[0][0] == Cclose:
        return end + 1
    cs = CapState(caps, s, args)
    out = []
    i = 0
    while True:
        i = pushcapture(cs, i, out, 0)
        if caps[i][0] == Cclose:
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
    cs = CapState(caps, s, args)
    f = caps[opn][2]
    tmp = [s, i + 1]
    pushnestedvalues(cs, opn, tmp, False, 0)
    r = []
    _call(f, tmp, r)
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


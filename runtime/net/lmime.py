"""mime.core (LuaSocket's mime.c): the filters under mime.lua -- base64 (b64, unb64),
quoted-printable (qp, unqp, qpwrp), line wrapping (wrp), end-of-line normalization (eol) and
SMTP dot-stuffing (dot).  Each works on a chunk at a time and returns the state to pass with
the next chunk, as mime.c does; counts come back as floats (lua_pushnumber)."""
import base64

from ..core.args import check_int, check_number, opt_str
from ..core.frames import runtime_module
from ..core.table import LuaTable

runtime_module(__file__)

CRLF = "\r\n"
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_UNB64 = {c: i for i, c in enumerate(_B64)}
_UNB64["="] = 0


def _b64(data):
    return base64.b64encode(data.encode("latin-1")).decode("latin-1")


def mime_b64(c=None, d=None, *_):
    c = opt_str(c, 1, "b64", None)
    if c is None:
        return (None, None)
    d = opt_str(d, 2, "b64", None)
    if d is None:
        out = _b64(c)
        return (out if out else None, None)
    data = c + d
    n = len(data) // 3 * 3
    return (_b64(data[:n]), data[n:])


def _unb64_run(data, atom, out):
    for ch in data:
        if ch not in _UNB64:
            continue  # invalid characters are ignored
        atom.append(ch)
        if len(atom) == 4:
            v = 0
            for a in atom:
                v = (v << 6) | _UNB64[a]
            dec = bytes(((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF)).decode("latin-1")
            valid = 1 if atom[2] == "=" else 2 if atom[3] == "=" else 3
            out.append(dec[:valid])
            atom.clear()


def _decode(c, d, fname, run):
    """unb64 and unqp: C decoded (atoms split across chunks wait in B); without D, what is
    left of an atom is dropped."""
    c = opt_str(c, 1, fname, None)
    if c is None:
        return (None, None)
    atom, out = [], []
    run(c, atom, out)
    d = opt_str(d, 2, fname, None)
    if d is None:
        s = "".join(out)
        return (s if s else None, None)
    run(d, atom, out)
    return ("".join(out), "".join(atom))


def mime_unb64(c=None, d=None, *_):
    return _decode(c, d, "unb64", _unb64_run)


def mime_dot(state=None, c=None, *_):
    state = int(check_number(state, 1, "dot", True))
    c = opt_str(c, 2, "dot", None)
    if c is None:
        return (None, 2.0)
    out = []
    for ch in c:
        out.append(ch)
        if ch == "\r":
            state = 1
        elif ch == "\n":
            state = 2 if state == 1 else 0
        else:
            if ch == "." and state == 2:
                out.append(".")
            state = 0
    return ("".join(out), float(state))


def mime_eol(ctx=None, c=None, marker=None, *_):
    ctx = check_int(ctx, 1, "eol", True)
    c = opt_str(c, 2, "eol", None)
    marker = opt_str(marker, 3, "eol", None)
    if marker is None:
        marker = CRLF
    if c is None:
        return (None, 0.0)
    out = []
    last = chr(ctx) if 0 < ctx < 256 else ""
    for ch in c:
        if ch == "\r" or ch == "\n":
            if last == "\r" or last == "\n":
                if ch == last:
                    out.append(marker)
                last = ""
            else:
                out.append(marker)
                last = ch
        else:
            out.append(ch)
            last = ""
    return ("".join(out), float(ord(last)) if last else 0.0)


def mime_wrp(left=None, c=None, length=None, *_):
    left = int(check_number(left, 1, "wrp", True))
    c = opt_str(c, 2, "wrp", None)
    length = 76 if length is None else int(check_number(length, 3, "wrp"))
    if c is None:
        return (CRLF if left < length else None, float(length))
    out = []
    for ch in c:
        if ch == "\r":
            continue
        if ch == "\n":
            out.append(CRLF)
            left = length
        else:
            if left <= 0:
                left = length
                out.append(CRLF)
            out.append(ch)
            left -= 1
    return ("".join(out), float(left))


# ---------------------------------------------------------------- quoted-printable
#
# mime.c classifies each byte: QP_PLAIN, QP_QUOTED (must be =XX), QP_CR, QP_IF_LAST (space
# and tab: quoted only before a line break or at the end)

_QP_PLAIN, _QP_QUOTED, _QP_CR, _QP_IF_LAST = 0, 1, 2, 3
_QPCLASS = [_QP_QUOTED] * 256
for _i in range(33, 61):
    _QPCLASS[_i] = _QP_PLAIN
for _i in range(62, 127):
    _QPCLASS[_i] = _QP_PLAIN
_QPCLASS[ord("\t")] = _QP_IF_LAST
_QPCLASS[ord(" ")] = _QP_IF_LAST
_QPCLASS[ord("\r")] = _QP_CR


def _qpquote(ch, out):
    out.append("=%02X" % ord(ch))


def _qpencode(ch, atom, marker, out):
    atom.append(ch)
    while atom:
        cls = _QPCLASS[ord(atom[0])]
        if cls == _QP_CR:
            if len(atom) < 2:
                return
            if atom[1] == "\n":
                out.append(marker)
                del atom[:2]
                continue
            _qpquote(atom[0], out)
        elif cls == _QP_IF_LAST:
            if len(atom) < 3:
                return
            if atom[1] == "\r" and atom[2] == "\n":
                _qpquote(atom[0], out)
                out.append(marker)
                del atom[:3]
                continue
            out.append(atom[0])
        elif cls == _QP_QUOTED:
            _qpquote(atom[0], out)
        else:
            out.append(atom[0])
        del atom[0]


def _qppad(atom, out):
    for ch in atom:
        if _QPCLASS[ord(ch)] == _QP_PLAIN:
            out.append(ch)
        else:
            _qpquote(ch, out)
    if atom:
        out.append("=\r\n")
    atom.clear()


def mime_qp(c=None, d=None, marker=None, *_):
    c = opt_str(c, 1, "qp", None)
    if c is None:
        return (None, None)
    marker = opt_str(marker, 3, "qp", None)
    if marker is None:
        marker = CRLF
    atom, out = [], []
    for ch in c:
        _qpencode(ch, atom, marker, out)
    d = opt_str(d, 2, "qp", None)
    if d is None:
        _qppad(atom, out)
        s = "".join(out)
        return (s if s else None, None)
    for ch in d:
        _qpencode(ch, atom, marker, out)
    return ("".join(out), "".join(atom))


_HEX = "0123456789ABCDEF"


def _qpdecode(ch, atom, out):
    atom.append(ch)
    first = atom[0]
    if first == "=":
        if len(atom) < 3:
            return
        if atom[1] == "\r" and atom[2] == "\n":  # a soft line break
            atom.clear()
            return
        d1, d2 = atom[1].upper(), atom[2].upper()
        if d1 not in _HEX or d2 not in _HEX:
            out.append("".join(atom))  # (mime.c copies a bad escape as it is)
        else:
            out.append(chr(_HEX.index(d1) * 16 + _HEX.index(d2)))
        atom.clear()
    elif first == "\r":
        if len(atom) < 2:
            return
        if atom[1] == "\n":
            out.append("\r\n")
        atom.clear()
    else:
        if first == "\t" or first == " " or 32 < ord(first) < 127:
            out.append(first)
        atom.clear()


def _unqp_run(data, atom, out):
    for ch in data:
        _qpdecode(ch, atom, out)


def mime_unqp(c=None, d=None, *_):
    return _decode(c, d, "unqp", _unqp_run)


def mime_qpwrp(left=None, c=None, length=None, *_):
    left = int(check_number(left, 1, "qpwrp", True))
    c = opt_str(c, 2, "qpwrp", None)
    length = 76 if length is None else int(check_number(length, 3, "qpwrp"))
    if c is None:
        return ("=\r\n" if left < length else None, float(length))
    out = []
    i, n = 0, len(c)
    while i < n:
        ch = c[i]
        if ch == "\r":
            pass
        elif ch == "\n":
            left = length
            out.append(CRLF)
        elif ch == "=":
            if left <= 3:
                left = length
                out.append("=\r\n")
            out.append(ch)
            left -= 1
        else:
            if left <= 1:
                left = length
                out.append("=\r\n")
            out.append(ch)
            left -= 1
        i += 1
    return ("".join(out), float(left))


def open_mime_core_mod(G):
    t = LuaTable()
    for k, v in (("b64", mime_b64), ("unb64", mime_unb64), ("qp", mime_qp), ("unqp", mime_unqp),
                 ("qpwrp", mime_qpwrp), ("wrp", mime_wrp), ("eol", mime_eol), ("dot", mime_dot),
                 ("_VERSION", "MIME 1.0.3")):
        dict.__setitem__(t, k, v)
    return t



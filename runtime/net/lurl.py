"""socket.url (LuaSocket's URL library), ported from its Lua definition."""

from ..core import ops
from ..core.args import check_str
from ..core.frames import runtime_module
from ..core.table import LuaTable, iter_pairs
from ..core.values import tostring
from .luasocket.luasocket import open_socket_core_mod

runtime_module(__file__)

VERSION = "URL 1.0.3"


def escape(s):
    import re

    return re.sub(r"[^A-Za-z0-9_]", lambda m: "%%%02x" % ord(m.group(0)), s)


_SEGMENT_SET = set("-_.!~*'():@&=+$,")


def protect_segment(s):
    import re

    return re.sub(r"[^A-Za-z0-9_]",
                  lambda m: m.group(0) if m.group(0) in _SEGMENT_SET else "%%%02X" % ord(m.group(0)), s)


def unescape(s):
    import re

    return re.sub(r"%([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), s)


def _repeat(path, pattern, repl):
    import re

    while True:
        was = path
        path = re.sub(pattern, repl, path, count=1, flags=re.S)
        if path == was:
            return path


def remove_dot_components(path):
    import re

    marker = "\x01"
    while True:
        was = path
        path = path.replace("//", "/" + marker + "/", 1)
        if path == was:
            break
    path = _repeat(path, r"/\./", "/")
    path = _repeat(path, r"[^/]+/\.\./([^/]+)", r"\1")
    path = re.sub(r"[^/]+/\.\./*\Z", "", path, count=1)
    path = re.sub(r"/\.\.\Z", "/", path, count=1)
    path = re.sub(r"/\.\Z", "/", path, count=1)
    path = re.sub(r"\A/\.\./", "/", path, count=1)
    return path.replace(marker, "")


def absolute_path(base_path, relative_path):
    import re

    if relative_path[:1] == "/":
        return remove_dot_components(relative_path)
    base_path = re.sub(r"[^/]*\Z", "", base_path, count=1)
    if not base_path.endswith("/"):
        base_path = base_path + "/"
    return remove_dot_components(base_path + relative_path)


# parse() by hand: the patterns it follows (url.lua's, as Python regexes) are in
# tests/test_socket.py, which checks the two agree; `re` is imported only by the rarer
# functions above (escaping, dot segments), so `require "copas"` does not load it
_SCHEME_FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_SCHEME_CHARS = _SCHEME_FIRST + "+-."


def parse(url, default=None):
    """A dict of the URL's parts (None for an invalid url); default: a dict."""
    parsed = {} if default is None else default.copy()
    if not url:
        return None
    # scheme: ([A-Za-z0-9][A-Za-z0-9+\-.]*): -- the first colon, with scheme characters
    # alone before it (strip() of them leaves nothing)
    if url[0] in _SCHEME_FIRST:
        j = url.find(":")
        if j > 0 and not url[1:j].strip(_SCHEME_CHARS):
            parsed["scheme"] = url[:j]
            url = url[j + 1:]
    # authority: //([^/]*)
    if url[:2] == "//":
        j = url.find("/", 2)
        if j < 0:
            parsed["authority"] = url[2:]
            url = ""
        else:
            parsed["authority"] = url[2:j]
            url = url[j:]
    i = url.find("#")
    if i >= 0:
        parsed["fragment"] = url[i + 1:]
        url = url[:i]
    i = url.find("?")
    if i >= 0:
        parsed["query"] = url[i + 1:]
        url = url[:i]
    i = url.find(";")
    if i >= 0:
        parsed["params"] = url[i + 1:]
        url = url[:i]
    if url != "":
        parsed["path"] = url
    authority = parsed.get("authority")
    if authority is None:
        return parsed
    # userinfo: ([^@]*)@
    i = authority.find("@")
    if i >= 0:
        parsed["userinfo"] = authority[:i]
        authority = authority[i + 1:]
    # port: :([^:\]]*)\Z (the last colon, with no "]" after it)
    i = authority.rfind(":")
    if i >= 0 and "]" not in authority[i + 1:]:
        parsed["port"] = authority[i + 1:]
        authority = authority[:i]
    if authority != "":
        # \[(.+)\]\Z: an IPv6 literal's brackets dropped
        if len(authority) > 2 and authority[0] == "[" and authority[-1] == "]":
            parsed["host"] = authority[1:-1]
        else:
            parsed["host"] = authority
    userinfo = parsed.get("userinfo")
    if userinfo is None:
        return parsed
    # password: :([^:]*)\Z
    i = userinfo.rfind(":")
    if i >= 0:
        parsed["password"] = userinfo[i + 1:]
        userinfo = userinfo[:i]
    parsed["user"] = userinfo
    return parsed


def _s(v):
    return v if v.__class__ is str else tostring(v)


def build_path_only(path):
    """build({"path": path})."""
    return _s(path)


def build(parsed):
    """parsed: a mapping with get() (a dict, or a LuaTable)."""
    g = parsed.get if parsed.__class__ is dict else (lambda k: parsed[k])
    url = _s(g("path")) if g("path") is not None else ""
    if g("params") is not None:
        url = url + ";" + _s(g("params"))
    if g("query") is not None:
        url = url + "?" + _s(g("query"))
    authority = g("authority")
    if g("host") is not None:
        authority = _s(g("host"))
        if ":" in authority:
            authority = "[" + authority + "]"
        if g("port") is not None:
            authority = authority + ":" + tostring(g("port"))
        userinfo = g("userinfo")
        if g("user") is not None:
            userinfo = _s(g("user"))
            if g("password") is not None:
                userinfo = userinfo + ":" + _s(g("password"))
        if userinfo is not None:
            authority = _s(userinfo) + "@" + authority
    if authority is not None:
        url = "//" + _s(authority) + url
    if g("scheme") is not None:
        url = _s(g("scheme")) + ":" + url
    if g("fragment") is not None:
        url = url + "#" + _s(g("fragment"))
    return url


def absolute(base_url, relative_url):
    if isinstance(base_url, (dict,)) and base_url.__class__ is not str:
        base_parsed = base_url if base_url.__class__ is dict else _from_table(base_url)
        base_url = build(base_parsed)
    else:
        base_parsed = parse(base_url)
    relative_parsed = parse(relative_url)
    if base_parsed is None:
        result = relative_url
    elif relative_parsed is None:
        result = base_url
    elif "scheme" in relative_parsed:
        result = relative_url
    else:
        relative_parsed["scheme"] = base_parsed.get("scheme")
        if "authority" not in relative_parsed:
            relative_parsed["authority"] = base_parsed.get("authority")
            if "path" not in relative_parsed:
                relative_parsed["path"] = base_parsed.get("path")
                if "params" not in relative_parsed:
                    relative_parsed["params"] = base_parsed.get("params")
                    if "query" not in relative_parsed:
                        relative_parsed["query"] = base_parsed.get("query")
            else:
                relative_parsed["path"] = absolute_path(base_parsed.get("path") or "",
                                                        relative_parsed["path"])
        result = build(relative_parsed)
    return remove_dot_components(result)


def _from_table(t):
    out = {}
    for k in ("scheme", "authority", "path", "params", "query", "fragment", "userinfo", "host",
              "port", "user", "password"):
        v = t[k]
        if v is not None:
            out[k] = v
    return out


# ---------------------------------------------------------------- Lua-visible functions

def url_escape(s=None, *_):
    return escape(check_str(s, 1, "escape"))


def url_unescape(s=None, *_):
    return unescape(check_str(s, 1, "unescape"))


def url_parse(url=None, default=None, *_):
    d = None
    if default is not None:
        d = {}
        for k, v in iter_pairs(default):
            d[k] = v
    if url is not None and url.__class__ is not str:
        url = tostring(url)
    p = parse(url, d)
    if p is None:
        return (None, "invalid url")
    t = LuaTable()
    for k, v in p.items():
        ops.setindex(t, k, v)
    return t


def url_build(parsed=None, *_):
    return build(parsed if parsed.__class__ is dict else _from_table(parsed))


def url_absolute(base_url=None, relative_url=None, *_):
    if base_url.__class__ is LuaTable:
        base_url = _from_table(base_url)
    return absolute(base_url, relative_url)


def url_parse_path(path=None, *_):
    import re

    path = path or ""
    parts = [unescape(s) for s in re.findall(r"[^/]+", path)]
    t = LuaTable.from_list(parts) if parts else LuaTable()
    if path[:1] == "/":
        dict.__setitem__(t, "is_absolute", 1)
    if path[-1:] == "/":
        dict.__setitem__(t, "is_directory", 1)
    return t


def url_build_path(parsed=None, unsafe=None, *_):
    n = parsed.length()
    segs = [parsed[i] for i in range(1, n + 1)]
    if not (unsafe is not None and unsafe is not False):
        segs = [protect_segment(s) for s in segs]
    path = "/".join(segs)
    if n > 0 and parsed["is_directory"] is not None and parsed["is_directory"] is not False:
        path += "/"
    if parsed["is_absolute"] is not None and parsed["is_absolute"] is not False:
        path = "/" + path
    return path


def open_url_table():
    M = LuaTable()
    for k, v in (("escape", url_escape), ("unescape", url_unescape), ("parse", url_parse),
                 ("build", url_build), ("absolute", url_absolute), ("parse_path", url_parse_path),
                 ("build_path", url_build_path), ("_VERSION", VERSION)):
        dict.__setitem__(M, k, v)
    return M


_TABLES = {}


def open_url_mod(G):
    t = _TABLES.get(id(G))
    if t is None or t[0] is not G:
        t = (G, open_url_table())
        _TABLES[id(G)] = t
        dict.__setitem__(open_socket_core_mod(G), "url", t[1])
    return t[1]

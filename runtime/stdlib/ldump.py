"""string.dump and the loading of what it makes: lua2py's binary chunks.

lua2py runs no Lua bytecode.  A binary chunk here starts with lua5.4's header
(signature, version, format, LUAC_DATA, the sizes, LUAC_INT and LUAC_NUM, checked on
loading with lundump.c's messages), then the number of upvalues and, as
length-prefixed fields, the chunk name and Lua source of the function's chunk, the
compiled function's Python name and first line (which function of the chunk it is),
and the strip flag.  Loading compiles that source again (the load cache and the code
cache make that cheap) and makes a new closure of the function's code with fresh
upvalues: as in lua5.4, the first upvalue is the environment given to load (or the
globals), the others are nil.  Every shorter prefix of a chunk fails with "truncated
chunk".

Only functions whose chunk's source is known can be dumped: chunks compiled by
load, loadfile, dofile, require and the runner, and converted modules (which carry
their source).  A stripped dump (strip true) loads a function without debug
information, as lua5.4 does: its source is "=?", and its positions are "?:-1:".
"""
import gc
import sys
import types

from ..core.compilehook import chunk_namespace
from ..core.errors import CHUNKS, SITES, STRIPPED_LINES
from ..core.frames import runtime_module

runtime_module(__file__)

# co_filename -> (chunk name, source), or (chunk name, packed source, True) for a converted
# module (its source compressed as codegen.module writes it): lbase registers each chunk
# it compiles or whose converted module it runs
SOURCES = {}

# (filename, def name, line) -> ((Lua name, Python name, boxed), ...): a compiled
# function's upvalues in Lua's order (registered by converted modules; ldebug reads them)
UPVALUES = {}


def _plain_code(code):
    """The plain function's code for a generator version's code (the same code otherwise)."""
    if code.co_name.endswith("__gen"):
        for fn in gc.get_referrers(code):
            if fn.__class__ is types.FunctionType and fn.__code__ is code:
                plain = getattr(fn, "lua_plain", None)
                if plain is not None:
                    return plain.__code__
    return code

SIGNATURE = "\x1bLua"
# (LUAC_INT 0x5678 and LUAC_NUM 370.5, whose IEEE-754 bits are 0x4077280000000000, in the
# machine's byte order: struct.pack("=q"/"=d")'s bytes, without struct's import at start-up)
HEADER = (SIGNATURE + "\x54\x00" + "\x19\x93\r\n\x1a\n" + "\x04\x08\x08"
          + (0x5678).to_bytes(8, sys.byteorder).decode("latin-1")
          + (0x4077280000000000).to_bytes(8, sys.byteorder).decode("latin-1"))

def _source_of(filename):
    entry = SOURCES.get(filename)
    if entry is None:
        return None
    if len(entry) == 3:
        import base64  # slow to import: only string.dump of a converted module's function
        import zlib

        return entry[0], zlib.decompress(base64.b85decode(entry[1])).decode("latin-1")
    return entry


def _field(text):
    return len(text).to_bytes(4, "little").decode("latin-1") + text


def dump(f, strip):
    """The binary chunk of Lua function f, or None when it cannot be dumped."""
    code = getattr(f, "__code__", None)
    if code is None or code.co_filename not in CHUNKS:
        return None
    src = _source_of(code.co_filename)
    if src is None:
        return None
    code = _plain_code(code)
    chunkname, source = src
    nups = len(UPVALUES.get((code.co_filename, code.co_name, code.co_firstlineno), ()))
    return "".join([HEADER, chr(min(nups, 255)), _field(chunkname), _field(source),
                    _field(code.co_name), _field(str(code.co_firstlineno)),
                    _field("1" if strip else "0")])


class BadChunk(Exception):
    pass


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        end = self.pos + n
        if end > len(self.data):
            raise BadChunk("truncated chunk")
        s = self.data[self.pos:end]
        self.pos = end
        return s

    def literal(self, text, why):
        if self.read(len(text)) != text:
            raise BadChunk(why)

    def field(self):
        n = int.from_bytes(self.read(4).encode("latin-1"), "little")
        return self.read(n)


def _check_header(r):
    """lundump.c's checkHeader (the signature's first byte was checked by load)."""
    r.literal(SIGNATURE[1:], "not a binary chunk")
    if r.read(1) != "\x54":
        raise BadChunk("version mismatch")
    if r.read(1) != "\x00":
        raise BadChunk("format mismatch")
    r.literal("\x19\x93\r\n\x1a\n", "corrupted chunk")
    for size, what in (("\x04", "Instruction"), ("\x08", "lua_Integer"), ("\x08", "lua_Number")):
        if r.read(1) != size:
            raise BadChunk("%s size mismatch" % what)
    if r.read(8) != HEADER[15:23]:
        raise BadChunk("integer format mismatch")
    if r.read(8) != HEADER[23:31]:
        raise BadChunk("float format mismatch")


def _binary_name(chunkname):
    """lundump.c's name for messages."""
    if chunkname[:1] in ("@", "="):
        return chunkname[1:]
    if chunkname[:1] == SIGNATURE[0]:
        return "binary string"
    return chunkname


def _find_code(code, name, line):
    for c in code.co_consts:
        if c.__class__ is types.CodeType:
            if c.co_name == name and c.co_firstlineno == line:
                return c
            found = _find_code(c, name, line)
            if found is not None:
                return found
    return None


def undump(data, chunkname, env, compile_chunk, after_compile):
    """(function, None) or (None, message) for binary chunk `data` loaded as `chunkname`.
    compile_chunk(source, chunkname) -> module code; after_compile(code, source, chunkname)
    registers what load registers for a compiled chunk."""
    r = _Reader(data)
    try:
        r.read(1)
        _check_header(r)
        r.read(1)  # the number of upvalues
        src_name = r.field()
        source = r.field()
        name = r.field()
        line = r.field()
        strip = r.field() == "1"
    except BadChunk as e:
        return None, "%s: bad binary format (%s)" % (_binary_name(chunkname), e)
    if strip:
        src_name = "=?"
    code = compile_chunk(source, src_name)
    after_compile(code, source, src_name)
    ns = chunk_namespace()
    exec(code, ns)
    if strip:
        # no debug information: no lines (positions "?:-1:"), no variable names
        CHUNKS[code.co_filename] = ("?", STRIPPED_LINES)
        SITES[code.co_filename] = ()
    fcode = _find_code(code, name, int(line))
    if fcode is None:
        return None, "%s: bad binary format (unknown function)" % _binary_name(chunkname)
    ups = UPVALUES.get((fcode.co_filename, fcode.co_name, fcode.co_firstlineno), ())
    first = ups[0][1] if ups else None
    cells = []
    for fv in fcode.co_freevars:
        cells.append(types.CellType(env if fv == first else None))
    kwdefaults = None
    for i, (_lua, pyname, boxed) in enumerate(ups):
        if boxed:
            if kwdefaults is None:
                kwdefaults = {}
            kwdefaults[pyname] = [env if i == 0 else None]
    f = types.FunctionType(fcode, ns, fcode.co_name, (None,) * fcode.co_argcount,
                           tuple(cells) if cells else None)
    if fcode.co_kwonlyargcount:
        f.__kwdefaults__ = {n: [None] for n in fcode.co_varnames[fcode.co_argcount:
                                                                 fcode.co_argcount + fcode.co_kwonlyargcount]}
        if kwdefaults:
            f.__kwdefaults__.update(kwdefaults)
    return f, None

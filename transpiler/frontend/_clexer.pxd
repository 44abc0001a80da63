# Types for the compiled twin of lexer.py (setup.py builds it as _clexer
# from lexer.py itself; the pure module needs nothing from this file).
cimport cython

cdef int TK_EOS, TK_NAME, TK_STRING, TK_INT, TK_FLT, TK_ERROR, TK_OTHER
cdef int TK_IDIV, TK_CONCAT, TK_DOTS, TK_EQ, TK_GE, TK_LE, TK_NE, TK_SHL, TK_SHR
cdef int TK_DBCOLON, TK_MINUS, TK_LBRACKET
cdef dict RESERVED, SYMBOLS
cdef Py_UCS4 EOZ
cdef int _SINGLE[256]
cdef list _KW_WORD
cdef int _KW_KIND[64]

cdef bint _is_alpha(Py_UCS4 c)
cdef bint _is_alnum(Py_UCS4 c)
cdef bint _is_digit(Py_UCS4 c)
cdef bint _is_xdigit(Py_UCS4 c)
cdef int _hexvalue(Py_UCS4 c)
cdef int _kw_slot(int first, int last, Py_ssize_t n)
@cython.locals(n=Py_ssize_t, k=Py_ssize_t, slot=int, word=bytes, w="const unsigned char *")
cdef int _keyword(const unsigned char *codes, Py_ssize_t p, Py_ssize_t q)
cdef bint _name_start(int c)
cdef bint _name_char(int c)
cdef bint _digit(int c)


cdef class Position:
    cdef public int line


cdef class Lexer:
    cdef public str src
    cdef public bytes codes
    cdef public Py_ssize_t n
    cdef public str chunkname
    cdef public Py_ssize_t pos, ntok
    cdef public int line
    cdef public Position position, tokpos
    cdef public bytearray kinds
    cdef public list vals, lines
    cdef public dict endlines, numerals
    cdef public object value

    @cython.locals(n=Py_ssize_t)
    cdef int emit(self, int kind) except -1
    cdef int emit_error(self, object e) except -1
    @cython.locals(n=Py_ssize_t)
    cdef int trim(self) except -1
    cpdef scan(self)
    cpdef bint scan_one(self) except -1
    cpdef near(self, Py_ssize_t i)
    cpdef int endline(self, Py_ssize_t i) except -1
    cdef int newline(self) except -1

    @cython.locals(src=str, codes="const unsigned char *", p=Py_ssize_t, q=Py_ssize_t, c=int, d=int,
                   level=Py_ssize_t, kind=int)
    cpdef int lex(self) except -1
    @cython.locals(src=str, q=Py_ssize_t)
    cdef skip_comment(self, Py_ssize_t p)
    @cython.locals(src=str, q=Py_ssize_t)
    cdef Py_ssize_t long_bracket(self, Py_ssize_t p)
    @cython.locals(src=str, p=Py_ssize_t, q=Py_ssize_t, nl=Py_ssize_t, line0=int)
    cdef int read_long_string(self, Py_ssize_t start, Py_ssize_t level, bint is_string) except -1
    @cython.locals(src=str, codes="const unsigned char *", b=int, q=Py_ssize_t, c=Py_UCS4, exp1=Py_UCS4,
                   exp2=Py_UCS4, v="long long")
    cdef int read_numeral(self, Py_ssize_t p) except -1
    cdef int numeral(self, str text) except -1
    @cython.locals(src=str, codes="const unsigned char *", end=int, b=int, p=Py_ssize_t, q=Py_ssize_t, c=Py_UCS4,
                   buf=list)
    cdef int read_string(self, Py_ssize_t start, Py_UCS4 delim) except -1
    cdef int escape_check(self, list buf, bint ok, str msg) except -1
    cdef int gethexa(self, list buf) except -1
    @cython.locals(src=str, bs=Py_ssize_t, c=Py_UCS4, r=long, i=int)
    cdef read_escape(self, list buf)

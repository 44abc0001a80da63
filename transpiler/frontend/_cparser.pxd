# Types for the compiled twin of parser.py (setup.py builds it as _cparser
# from parser.py itself; the pure module needs nothing from this file).
cimport cython

cdef int TK_EOS, TK_NAME, TK_STRING, TK_INT, TK_FLT, TK_ERROR
cdef int TK_AND, TK_BREAK, TK_DO, TK_ELSE, TK_ELSEIF, TK_END, TK_FALSE, TK_FOR
cdef int TK_FUNCTION, TK_GOTO, TK_IF, TK_IN, TK_LOCAL, TK_NIL, TK_NOT, TK_OR
cdef int TK_REPEAT, TK_RETURN, TK_THEN, TK_TRUE, TK_UNTIL, TK_WHILE
cdef int TK_IDIV, TK_CONCAT, TK_DOTS, TK_EQ, TK_GE, TK_LE, TK_NE, TK_SHL, TK_SHR
cdef int TK_DBCOLON, TK_PLUS, TK_MINUS, TK_STAR, TK_SLASH, TK_PERCENT, TK_CARET
cdef int TK_HASH, TK_AMP, TK_TILDE, TK_PIPE, TK_LT, TK_GT, TK_ASSIGN, TK_LPAREN
cdef int TK_RPAREN, TK_LBRACE, TK_RBRACE, TK_LBRACKET, TK_RBRACKET, TK_SEMI
cdef int TK_COLON, TK_COMMA, TK_DOT
cdef int MAX_C_LEVELS, FILE_BASE_LEVEL, LOAD_BASE_LEVEL, MAXVARS
cdef int VDKREG, RDKCONST, RDKTOCLOSE
cdef int E_OTHER, E_CALL, E_VAR, E_INDEXED
cdef int UNARY_PRIORITY
cdef int _LEFT[80]
cdef int _RIGHT[80]
cdef bint _UNOPS[80]
cdef object A
cdef list _BINCLASS, _BINNAME, _UNCLASS, _UNNAME
cdef dict _DELIMITER
cdef object _DOT, _SQUARE, _PARENS, _NO_PARENS, _new

cdef object _name(object ident, object first, object last)
cdef object _block(list body, object first, object last)
cdef object _chunk(object body, object first, object last)
cdef object _index(object idx, object value, object notation, object first, object last)
cdef object _call(object func, list args, object style, object first, object last)
cdef object _invoke(object source, object func, list args, object style, object first, object last)
cdef object _leaf(object cls, str name, object first, object last)
cdef object _binop(object cls, str name, object left, object right, object first, object last)
cdef object _unop(object cls, str name, object operand, object first, object last)
cdef object _number(object n, object first, object last)
cdef object _string(object s, object raw, object delimiter, object first, object last)
cdef object _boolean(bint value, object first, object last)
cdef object _table(list fields, object first, object last)
cdef object _field(object key, object value, bint between_brackets, object index, object first, object last)
cdef object _function(object cls, str name, object fname, list args, object body, object first, object last)
cdef object _method(object source, object mname, list args, object body, object first, object last)
cdef object _anonymous(list args, object body, object first, object last)
cdef object _assign(object cls, str name, list targets, list values, object first, object last)
cdef object _while(object test, object body, object first, object last)
cdef object _do(object body, object first, object last)
cdef object _repeat(object body, object test, object first, object last)
cdef object _if(object cls, str name, object test, object body, object first, object last)
cdef object _fornum(object target, object start, object stop, object step, object body, object first, object last)
cdef object _forin(object body, list values, list targets, object first, object last)
cdef object _return(list values, object first, object last)
cdef object _goto(object label, object first, object last)
cdef object _label(object label, object first, object last)
cdef object _attribute(object name)


cdef class _BlockCnt:
    cdef public _BlockCnt previous
    cdef public int nactvar, firstlabel, firstgoto
    cdef public bint isloop


cdef class _FuncState:
    cdef public _FuncState prev
    cdef public _BlockCnt bl
    cdef public int firstlocal, firstlabel, nactvar
    cdef public bint is_vararg
    cdef public Py_ssize_t linedefined


cdef class _LabelDesc:
    cdef public str name
    cdef public int line, nactvar


cdef class Parser:
    cdef object lx
    cdef bytearray kinds
    cdef list vals, lines
    cdef bint build
    cdef Py_ssize_t i
    cdef int tok, level, last_kind
    cdef object last_name
    cdef list actnames, gt, label
    cdef bytearray actkinds
    cdef int nconst
    cdef _FuncState fs

    @cython.locals(i=Py_ssize_t)
    cdef int next(self) except -1
    cdef int lookahead(self) except -1
    cdef int linenumber(self) except -1
    cdef int line_at(self, Py_ssize_t i) except? -2
    cdef int error_expected(self, int tok) except -1
    cdef int enterlevel(self) except -1
    cdef bint testnext(self, int tok) except -1
    cdef int checknext(self, int tok) except -1
    @cython.locals(line=int)
    cdef int check_match(self, int what, int who, Py_ssize_t where) except -1
    cdef str_checkname(self)
    cdef bint block_follow(self, bint withuntil)
    cdef object last(self)

    cdef int new_localvar(self, str name, int kind) except -1
    @cython.locals(fs=_FuncState, first=Py_ssize_t, j=Py_ssize_t, kinds=bytearray)
    cdef int adjustlocalvars(self, int nvars) except -1
    @cython.locals(fs=_FuncState, n=Py_ssize_t, first=Py_ssize_t, j=Py_ssize_t, kinds=bytearray)
    cdef int removevars(self, int tolevel) except -1
    @cython.locals(names=list, fs=_FuncState, j=Py_ssize_t)
    cdef int check_readonly(self, str name) except -1

    @cython.locals(bl=_BlockCnt, fs=_FuncState)
    cdef int enterblock(self, bint isloop) except -1
    @cython.locals(bl=_BlockCnt, fs=_FuncState, gt=_LabelDesc)
    cdef int leaveblock(self) except -1
    @cython.locals(lb=_LabelDesc)
    cdef object findlabel(self, str name)
    @cython.locals(fs=_FuncState, lb=_LabelDesc, g=_LabelDesc, gt=list, i=Py_ssize_t)
    cdef int createlabel(self, str name, int line, bint last) except -1
    cdef int newgotoentry(self, str name, int line) except -1
    @cython.locals(fs=_FuncState)
    cdef _FuncState open_func(self, Py_ssize_t linedefined)
    cdef int close_func(self) except -1
    @cython.locals(fs=_FuncState)
    cpdef mainfunc(self)

    cdef int statlist(self, list body) except -1
    cdef object block(self)
    @cython.locals(start=Py_ssize_t, tok=int, first=Py_ssize_t)
    cdef int statement(self, list body) except -1
    @cython.locals(build=bint, first=Py_ssize_t)
    cdef object ifstat(self, Py_ssize_t start)
    @cython.locals(line=int, body=list, first=Py_ssize_t)
    cdef tuple test_then_block(self)
    cdef object forstat(self, Py_ssize_t start)
    cdef object forbody(self, int nvars)
    @cython.locals(build=bint, first=Py_ssize_t)
    cdef object funcstat(self, Py_ssize_t start)
    cdef object localfunc(self, Py_ssize_t start)
    @cython.locals(build=bint, kind=int, toclose=bint, targets=list)
    cdef object localstat(self, Py_ssize_t start)
    @cython.locals(line=int)
    cdef int labelstat(self, str name, Py_ssize_t start, list body) except -1
    @cython.locals(kind=int, nextra=int, targets=list)
    cdef object exprstat(self, Py_ssize_t start)
    @cython.locals(build=bint, fs=_FuncState, nparams=int, args=list, first=Py_ssize_t)
    cdef tuple body(self, bint ismethod, Py_ssize_t line)

    cdef int explist(self, list out) except -1
    cdef object expr(self)
    @cython.locals(start=Py_ssize_t, tok=int, op=int)
    cdef object subexpr(self, int limit)
    @cython.locals(tok=int, i=Py_ssize_t)
    cdef object simpleexp(self)
    cdef object string(self, Py_ssize_t i)
    @cython.locals(start=Py_ssize_t)
    cdef object primaryexp(self)
    @cython.locals(build=bint, start=Py_ssize_t, kind=int, seg=Py_ssize_t, tok=int, i=Py_ssize_t)
    cdef object suffixedexp(self)
    @cython.locals(tok=int, i=Py_ssize_t)
    cdef tuple funcargs(self, Py_ssize_t line)
    @cython.locals(build=bint, start=Py_ssize_t, npos=int, fields=list, first=Py_ssize_t)
    cdef object constructor(self)

"""Token kinds: small ints shared by the lexer and the parser (both pure and
compiled), their spellings, and luaX_token2str."""

__all__ = ["RESERVED", "SYMBOLS", "token2str"]  # and the TK_* kinds

TK_EOS = 0
TK_NAME = 1
TK_STRING = 2
TK_INT = 3
TK_FLT = 4
TK_ERROR = 5   # a lexical error: the value is the LuaSyntaxError
TK_OTHER = 6   # any other single char (an error for the parser): the value is the char
# reserved words
TK_AND = 10
TK_BREAK = 11
TK_DO = 12
TK_ELSE = 13
TK_ELSEIF = 14
TK_END = 15
TK_FALSE = 16
TK_FOR = 17
TK_FUNCTION = 18
TK_GOTO = 19
TK_IF = 20
TK_IN = 21
TK_LOCAL = 22
TK_NIL = 23
TK_NOT = 24
TK_OR = 25
TK_REPEAT = 26
TK_RETURN = 27
TK_THEN = 28
TK_TRUE = 29
TK_UNTIL = 30
TK_WHILE = 31
# symbols of more than one char
TK_IDIV = 40
TK_CONCAT = 41
TK_DOTS = 42
TK_EQ = 43
TK_GE = 44
TK_LE = 45
TK_NE = 46
TK_SHL = 47
TK_SHR = 48
TK_DBCOLON = 49
# single-char symbols
TK_PLUS = 50
TK_MINUS = 51
TK_STAR = 52
TK_SLASH = 53
TK_PERCENT = 54
TK_CARET = 55
TK_HASH = 56
TK_AMP = 57
TK_TILDE = 58
TK_PIPE = 59
TK_LT = 60
TK_GT = 61
TK_ASSIGN = 62
TK_LPAREN = 63
TK_RPAREN = 64
TK_LBRACE = 65
TK_RBRACE = 66
TK_LBRACKET = 67
TK_RBRACKET = 68
TK_SEMI = 69
TK_COLON = 70
TK_COMMA = 71
TK_DOT = 72

RESERVED = {
    "and": TK_AND, "break": TK_BREAK, "do": TK_DO, "else": TK_ELSE, "elseif": TK_ELSEIF,
    "end": TK_END, "false": TK_FALSE, "for": TK_FOR, "function": TK_FUNCTION,
    "goto": TK_GOTO, "if": TK_IF, "in": TK_IN, "local": TK_LOCAL, "nil": TK_NIL,
    "not": TK_NOT, "or": TK_OR, "repeat": TK_REPEAT, "return": TK_RETURN,
    "then": TK_THEN, "true": TK_TRUE, "until": TK_UNTIL, "while": TK_WHILE,
}
SYMBOLS = {
    "//": TK_IDIV, "..": TK_CONCAT, "...": TK_DOTS, "==": TK_EQ, ">=": TK_GE,
    "<=": TK_LE, "~=": TK_NE, "<<": TK_SHL, ">>": TK_SHR, "::": TK_DBCOLON,
    "+": TK_PLUS, "-": TK_MINUS, "*": TK_STAR, "/": TK_SLASH, "%": TK_PERCENT,
    "^": TK_CARET, "#": TK_HASH, "&": TK_AMP, "~": TK_TILDE, "|": TK_PIPE,
    "<": TK_LT, ">": TK_GT, "=": TK_ASSIGN, "(": TK_LPAREN, ")": TK_RPAREN,
    "{": TK_LBRACE, "}": TK_RBRACE, "[": TK_LBRACKET, "]": TK_RBRACKET,
    ";": TK_SEMI, ":": TK_COLON, ",": TK_COMMA, ".": TK_DOT,
}
_TOKEN_TEXT = {TK_EOS: "<eof>", TK_NAME: "<name>", TK_STRING: "<string>",
               TK_INT: "<integer>", TK_FLT: "<number>"}
_TOKEN_TEXT.update((code, f"'{text}'") for text, code in RESERVED.items())
_TOKEN_TEXT.update((code, f"'{text}'") for text, code in SYMBOLS.items())


def token2str(kind, value=None):
    """luaX_token2str; ``value`` is the char of a TK_OTHER token."""
    if kind == TK_OTHER:
        c = ord(value)
        return f"'{value}'" if 32 <= c < 127 else f"'<\\{c}>'"
    return _TOKEN_TEXT[kind]

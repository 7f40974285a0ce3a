"""Token constants of the Python tokenizer (the numbering of CPython 3.13) and their names."""

_NAMES = ("ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB RSQB COLON COMMA "
          "SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER EQUAL DOT PERCENT LBRACE RBRACE "
          "EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT "
          "DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL "
          "CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH "
          "DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL EXCLAMATION OP TYPE_IGNORE "
          "TYPE_COMMENT SOFT_KEYWORD FSTRING_START FSTRING_MIDDLE FSTRING_END COMMENT NL "
          "ERRORTOKEN ENCODING N_TOKENS").split()

tok_name = dict(enumerate(_NAMES))
tok_name[256] = 'NT_OFFSET'
globals().update({name: value for value, name in tok_name.items()})

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF'] + list(tok_name.values())

_OPERATORS = {
    '!': 'EXCLAMATION', '!=': 'NOTEQUAL', '%': 'PERCENT', '%=': 'PERCENTEQUAL', '&': 'AMPER',
    '&=': 'AMPEREQUAL', '(': 'LPAR', ')': 'RPAR', '*': 'STAR', '**': 'DOUBLESTAR',
    '**=': 'DOUBLESTAREQUAL', '*=': 'STAREQUAL', '+': 'PLUS', '+=': 'PLUSEQUAL', ',': 'COMMA',
    '-': 'MINUS', '-=': 'MINEQUAL', '->': 'RARROW', '.': 'DOT', '...': 'ELLIPSIS', '/': 'SLASH',
    '//': 'DOUBLESLASH', '//=': 'DOUBLESLASHEQUAL', '/=': 'SLASHEQUAL', ':': 'COLON',
    ':=': 'COLONEQUAL', ';': 'SEMI', '<': 'LESS', '<<': 'LEFTSHIFT', '<<=': 'LEFTSHIFTEQUAL',
    '<=': 'LESSEQUAL', '=': 'EQUAL', '==': 'EQEQUAL', '>': 'GREATER', '>=': 'GREATEREQUAL',
    '>>': 'RIGHTSHIFT', '>>=': 'RIGHTSHIFTEQUAL', '@': 'AT', '@=': 'ATEQUAL', '[': 'LSQB',
    ']': 'RSQB', '^': 'CIRCUMFLEX', '^=': 'CIRCUMFLEXEQUAL', '{': 'LBRACE', '|': 'VBAR',
    '|=': 'VBAREQUAL', '}': 'RBRACE', '~': 'TILDE',
}
EXACT_TOKEN_TYPES = {op: _NAMES.index(name) for op, name in _OPERATORS.items()}
del _OPERATORS


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER

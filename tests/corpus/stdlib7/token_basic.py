import token
from token import NAME, OP, tok_name, EXACT_TOKEN_TYPES

print(tok_name)
print(EXACT_TOKEN_TYPES)
print(token.__all__)
print(sorted(n for n in dir(token) if not n.startswith('_')))
print(NAME, OP, token.ENDMARKER, token.NT_OFFSET, token.N_TOKENS, token.COMMENT, token.NL, token.ENCODING)
print(tok_name[token.FSTRING_MIDDLE], tok_name[EXACT_TOKEN_TYPES[':=']], EXACT_TOKEN_TYPES['**='])
print(token.ISTERMINAL(5), token.ISTERMINAL(256), token.ISNONTERMINAL(256), token.ISNONTERMINAL(1),
      token.ISEOF(0), token.ISEOF(1))

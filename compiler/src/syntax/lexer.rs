//! The lexer: source text to tokens, with INDENT/DEDENT and f-string handling.

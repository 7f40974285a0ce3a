"""A lexical analyzer for shell-like syntax: split, quote, join, and the shlex class
(posix and non-posix modes, whitespace_split, punctuation_chars, commenters, quotes, escapes,
get_token/push_token/read_token, iteration, lineno, error_leader), giving CPython 3.13's tokens
and errors ('No closing quotation', 'No escaped character').

Not supported: source inclusion (the `source` attribute, sourcehook, push_source and
pop_source raise NotImplementedError): Edge Python's lexer reads no other files.
"""

import sys
from collections import deque

__all__ = ["shlex", "split", "quote", "join"]


class _Reader:
    """The part of a text stream the lexer reads: read(1) and readline()."""

    def __init__(self, text):
        self._text = text
        self._pos = 0

    def read(self, n=1):
        s = self._text[self._pos:self._pos + n]
        self._pos += len(s)
        return s

    def readline(self):
        end = self._text.find("\n", self._pos)
        end = len(self._text) if end < 0 else end + 1
        s = self._text[self._pos:end]
        self._pos = end
        return s


_POSIX_LETTERS = ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                  "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = _Reader(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
        if self.posix:
            self.wordchars += _POSIX_LETTERS
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters pushed back by a punctuation token, read again before the stream.
            self._pushback_chars = deque()
            # Characters that can start a file name stay word characters...
            self.wordchars += "~-./*?="
            # ...unless they are punctuation.
            self.wordchars = "".join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Push a token onto the stack popped by the get_token method"""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        raise NotImplementedError("shlex source inclusion is not supported by Edge Python")

    def pop_source(self):
        raise NotImplementedError("shlex source inclusion is not supported by Edge Python")

    def sourcehook(self, newfile):
        raise NotImplementedError("shlex source inclusion is not supported by Edge Python")

    def get_token(self):
        """Get a token from the input stream (or from stack if it's nonempty)"""
        if self.pushback:
            return self.pushback.popleft()
        if self.source is not None:
            raise NotImplementedError("shlex source inclusion is not supported by Edge Python")
        return self.read_token()

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def read_token(self):
        quoted = False
        # The state to return to after an escaped character.
        escapedstate = " "
        while True:
            nextchar = self._next_char()
            if nextchar == "\n":
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ""  # past the end of the input
                break
            if state == " ":
                action = self._in_whitespace(nextchar, quoted)
                if action == "escape":
                    escapedstate = "a"
                    continue
            elif state in self.quotes:
                quoted = True
                action = self._in_quotes(nextchar)
                if action == "escape":
                    escapedstate = state
                    continue
            elif state in self.escape:
                if not nextchar:
                    raise ValueError("No escaped character")
                # Inside quotes, POSIX shells keep the backslash unless it escapes the quote
                # or another backslash.
                if escapedstate in self.quotes and nextchar != state and nextchar != escapedstate:
                    self.token += state
                self.token += nextchar
                self.state = escapedstate
                continue
            else:  # 'a' (a word) or 'c' (punctuation)
                action = self._in_word(nextchar, quoted)
                if action == "escape":
                    escapedstate = "a"
                    continue
            if action == "emit":
                break
        result = self.token
        self.token = ""
        if self.posix and not quoted and result == "":
            result = None
        return result

    def _emit_or_skip(self, quoted):
        return "emit" if self.token or (self.posix and quoted) else "next"

    def _in_whitespace(self, c, quoted):
        if not c:
            self.state = None  # end of input
            return "emit"
        if c in self.whitespace:
            return self._emit_or_skip(quoted)
        if c in self.commenters:
            self.instream.readline()
            self.lineno += 1
            return "next"
        if self.posix and c in self.escape:
            self.state = c
            return "escape"
        if c in self.wordchars:
            self.token = c
            self.state = "a"
        elif c in self._punctuation_chars:
            self.token = c
            self.state = "c"
        elif c in self.quotes:
            if not self.posix:
                self.token = c
            self.state = c
        elif self.whitespace_split:
            self.token = c
            self.state = "a"
        else:
            # Any other character is a token of its own.
            self.token = c
            return self._emit_or_skip(quoted)
        return "next"

    def _in_quotes(self, c):
        if not c:
            raise ValueError("No closing quotation")
        if c == self.state:
            if not self.posix:
                self.token += c
                self.state = " "
                return "emit"
            self.state = "a"
        elif self.posix and c in self.escape and self.state in self.escapedquotes:
            self.state = c
            return "escape"
        else:
            self.token += c
        return "next"

    def _in_word(self, c, quoted):
        if not c:
            self.state = None  # end of input
            return "emit"
        if c in self.whitespace:
            self.state = " "
            return self._emit_or_skip(quoted)
        if c in self.commenters:
            self.instream.readline()
            self.lineno += 1
            if self.posix:
                self.state = " "
                return self._emit_or_skip(quoted)
            return "next"
        if self.state == "c":
            if c in self._punctuation_chars:
                self.token += c
                return "next"
            if c not in self.whitespace:
                self._pushback_chars.append(c)
            self.state = " "
            return "emit"
        if self.posix and c in self.quotes:
            self.state = c
            return "next"
        if self.posix and c in self.escape:
            self.state = c
            return "escape"
        if c in self.wordchars or c in self.quotes or (self.whitespace_split and c not in self._punctuation_chars):
            self.token += c
            return "next"
        # The word ends here; the character starts the next token.
        if self._punctuation_chars:
            self._pushback_chars.append(c)
        else:
            self.pushback.appendleft(c)
        self.state = " "
        return self._emit_or_skip(quoted)

    def error_leader(self, infile=None, lineno=None):
        """Emit a C-compiler-like, Emacs-friendly error-message leader."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ""
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return " ".join(quote(arg) for arg in split_command)


_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_")


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if not isinstance(s, str):
        raise TypeError(f"expected string object, got {type(s).__name__!r}")
    if all(c in _SAFE for c in s):
        return s
    # Single quotes keep everything literal; a single quote itself becomes '"'"'.
    return "'" + s.replace("'", "'\"'\"'") + "'"

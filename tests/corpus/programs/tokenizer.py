KEYWORDS = {"let", "if", "else", "while", "print", "fn", "return"}

class Token:
    __slots__ = ("kind", "text", "line", "col")
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col
    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.line}:{self.col}"

class LexError(Exception):
    pass

def tokenize(src):
    tokens = []
    i, line, col = 0, 1, 1
    ops = ["==", "!=", "<=", ">=", "->", "+", "-", "*", "/", "=", "<", ">", "(", ")", "{", "}", ",", ";"]
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            i += 1; line += 1; col = 1
            continue
        if ch.isspace():
            i += 1; col += 1
            continue
        if ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        start = i
        if ch.isdigit():
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            kind = "FLOAT" if "." in src[start:i] else "INT"
        elif ch.isalpha() or ch == "_":
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            kind = "KEYWORD" if src[start:i] in KEYWORDS else "NAME"
        elif ch == '"':
            i += 1
            while i < len(src) and src[i] != '"':
                i += 1
            if i >= len(src):
                raise LexError(f"unterminated string at {line}:{col}")
            i += 1
            kind = "STRING"
        else:
            for op in ops:
                if src.startswith(op, i):
                    i += len(op)
                    kind = "OP"
                    break
            else:
                raise LexError(f"unexpected {ch!r} at {line}:{col}")
        tokens.append(Token(kind, src[start:i], line, col))
        col += i - start
    tokens.append(Token("EOF", "", line, col))
    return tokens

program = '''
let x = 42;  # the answer
let pi = 3.14;
fn add(a, b) -> a + b
if x >= 10 { print "big" } else { print "small" }
while x != 0 { x = x - 1; }
'''
toks = tokenize(program)
for t in toks:
    print(t)
counts = {}
for t in toks:
    counts[t.kind] = counts.get(t.kind, 0) + 1
print(sorted(counts.items()))
for bad in ('let s = "open', "let y = 3 @ 4"):
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e)

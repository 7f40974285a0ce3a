# A tokenizer and expression evaluator built on re: a master pattern of named groups, scanning
# with finditer, line/column tracking, a Pratt parser over the tokens, and re helpers
# (sub with callbacks, split, fullmatch, groupdict, flags, lookarounds).
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"\*\*|//|==|!=|<=|>=|[-+*/%()<>=,]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("COMMENT", r"#[^\n]*"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in TOKEN_SPEC))
KEYWORDS = {"let", "print", "if", "then", "else"}


class Token:
    __slots__ = ("kind", "text", "line", "col")

    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col

    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.line}:{self.col}"


def tokenize(src):
    line, line_start = 1, 0
    for m in MASTER.finditer(src):
        kind = m.lastgroup
        text = m.group()
        col = m.start() - line_start
        if kind == "NEWLINE":
            yield Token(kind, text, line, col)
            line += 1
            line_start = m.end()
        elif kind in ("SKIP", "COMMENT"):
            continue
        elif kind == "MISMATCH":
            raise SyntaxError(f"unexpected {text!r} at {line}:{col}")
        else:
            if kind == "NAME" and text in KEYWORDS:
                kind = text.upper()
            yield Token(kind, text, line, col)
    yield Token("EOF", "", line, 0)


BINARY = {"==": 1, "!=": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "+": 2, "-": 2, "*": 3, "/": 3, "//": 3, "%": 3, "**": 5}


class Parser:
    def __init__(self, tokens, env):
        self.tokens = [t for t in tokens]
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind=None, text=None):
        t = self.tokens[self.i]
        if (kind and t.kind != kind) or (text and t.text != text):
            raise SyntaxError(f"expected {text or kind}, got {t!r}")
        self.i += 1
        return t

    def program(self):
        out = []
        while self.peek().kind != "EOF":
            if self.peek().kind == "NEWLINE":
                self.take()
                continue
            out.append(self.statement())
        return out

    def statement(self):
        t = self.peek()
        if t.kind == "LET":
            self.take()
            name = self.take("NAME").text
            self.take("OP", "=")
            self.env[name] = self.expr(0)
            return (name, self.env[name])
        if t.kind == "PRINT":
            self.take()
            values = [self.expr(0)]
            while self.peek().text == ",":
                self.take()
                values.append(self.expr(0))
            return ("print", values)
        return ("expr", self.expr(0))

    def atom(self):
        t = self.take()
        if t.kind == "NUMBER":
            return float(t.text) if any(c in t.text for c in ".eE") else int(t.text)
        if t.kind == "STRING":
            return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), t.text[1:-1])
        if t.kind == "NAME":
            if self.peek().text == "(":
                self.take()
                args = [] if self.peek().text == ")" else [self.expr(0)]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr(0))
                self.take("OP", ")")
                return FUNCS[t.text](*args)
            return self.env[t.text]
        if t.kind == "IF":
            cond = self.expr(0)
            self.take("THEN")
            a = self.expr(0)
            self.take("ELSE")
            b = self.expr(0)
            return a if cond else b
        if t.text == "(":
            v = self.expr(0)
            self.take("OP", ")")
            return v
        if t.text == "-":
            return -self.expr(4)
        raise SyntaxError(f"unexpected {t!r}")

    def expr(self, min_prec):
        left = self.atom()
        while True:
            op = self.peek().text
            prec = BINARY.get(op) if self.peek().kind == "OP" else None
            if prec is None or prec < min_prec:
                return left
            self.take()
            right = self.expr(prec if op == "**" else prec + 1)
            left = apply(op, left, right)


def apply(op, a, b):
    return {
        "+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b,
        "//": lambda: a // b, "%": lambda: a % b, "**": lambda: a ** b,
        "==": lambda: a == b, "!=": lambda: a != b, "<": lambda: a < b, ">": lambda: a > b,
        "<=": lambda: a <= b, ">=": lambda: a >= b,
    }[op]()


FUNCS = {"max": max, "min": min, "abs": abs, "len": len, "str": str, "round": round}

SOURCE = '''
let x = 3 + 4 * 2 ** 2   # 19
let y = (x - 1) // 4 % 3
let s = "tab\\there \\"quoted\\""
print x, y, s, len(s)
let big = 2 ** 70 - 1
print big % 1000007, -x ** 2, 7.5e-1 * 4
let z = if x > 10 then max(x, y, 40) else 0
print z, round(10 / 3, 4), abs(-2.5), str(12) + "px"
print 1 < 2, x == 19, x != 19
'''
tokens = list(tokenize(SOURCE))
print(len(tokens), tokens[:6], tokens[-3:])
env = {}
for stmt in Parser(tokenize(SOURCE), env).program():
    print(stmt)
print(sorted(env.items()))
for bad in ["let = 4", "print 1 +", "let q = 5 $ 2"]:
    try:
        Parser(tokenize(bad), {}).program()
    except (SyntaxError, KeyError) as e:
        print(type(e).__name__, e)

text = "Alice: 30, Bob: 25; Carol:41 | dave : 19"
people = re.findall(r"([A-Za-z]+)\s*:\s*(\d+)", text)
print(people, re.split(r"\s*[,;|]\s*", text))
print(re.sub(r"(\w+)\s*:\s*(\d+)", lambda m: f"{m[1].upper()}={int(m[2]) + 1}", text))
print(re.sub(r"(?P<n>\d+)", r"<\g<n>>", "a1b22c333"), re.subn(r"\d", "#", "a1b22", count=2))
m = re.match(r"(?P<key>\w+)=(?P<value>[^&]*)(?:&|$)", "user=bob&id=7")
print(m.groupdict(), m.span("value"), m.group(0, 1), m.lastindex, m.re.pattern[:8])
print(re.fullmatch(r"[a-z]+\d*", "abc123"), re.fullmatch(r"[a-z]+", "abc1"))
print(re.findall(r"(?i)[aeiou]{2}", "bOOk tEAm rain"), re.findall(r"\bfoo(?=bar)", "foobar foobaz"))
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "cost $12.50 or $7"), re.findall(r"^\w+", "one\ntwo\nthree", re.M))
print(re.escape("a.b*c?"), [m.span() for m in re.finditer(r"a*", "baaac")])
pat = re.compile(r"""
    (?P<year>\d{4}) -   # year
    (?P<month>\d{2}) -  # month
    (?P<day>\d{2})      # day
""", re.VERBOSE)
print([m.groupdict() for m in pat.finditer("2024-01-15 and 1999-12-31")], pat.groups, sorted(pat.groupindex.items()))
print(re.sub(r"\s+", " ", "  lots   of\t\nspace ").strip(), re.split(r"(\d)", "a1b2c"), re.split(r"x*", "axbc"))



class Num:
    def __init__(self, v): self.v = v
    def eval(self, env): return self.v
    def __repr__(self): return f"Num({self.v})"
class Var:
    def __init__(self, name): self.name = name
    def eval(self, env):
        if self.name not in env:
            raise NameError(f"undefined variable {self.name}")
        return env[self.name]
    def __repr__(self): return f"Var({self.name})"
class BinOp:
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "^": lambda a, b: a ** b, "%": lambda a, b: a % b}
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def eval(self, env): return self.OPS[self.op](self.l.eval(env), self.r.eval(env))
    def __repr__(self): return f"({self.l!r} {self.op} {self.r!r})"
class Neg:
    def __init__(self, e): self.e = e
    def eval(self, env): return -self.e.eval(env)
    def __repr__(self): return f"-{self.e!r}"

def tokenize(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            out.append(("num", float(s[i:j]) if "." in s[i:j] else int(s[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            out.append(("name", s[i:j]))
            i = j
        elif c in "+-*/^%()=":
            out.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r}")
    out.append(("end", None))
    return out

class Parser:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
    def __init__(self, tokens):
        self.toks, self.i = tokens, 0
    def peek(self):
        return self.toks[self.i]
    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expr(self, min_prec=1):
        left = self.unary()
        while True:
            kind, op = self.peek()
            if kind != "op" or op not in self.PREC or self.PREC[op] < min_prec:
                return left
            self.take()
            next_min = self.PREC[op] if op == "^" else self.PREC[op] + 1
            left = BinOp(op, left, self.expr(next_min))
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return Neg(self.unary())
        return self.atom()
    def atom(self):
        kind, v = self.take()
        if kind == "num":
            return Num(v)
        if kind == "name":
            return Var(v)
        if (kind, v) == ("op", "("):
            e = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return e
        raise SyntaxError(f"unexpected {v!r}")

def run(line, env):
    toks = tokenize(line)
    if len(toks) > 2 and toks[0][0] == "name" and toks[1] == ("op", "="):
        p = Parser(toks[2:])
        env[toks[0][1]] = val = p.expr().eval(env)
        return f"{toks[0][1]} = {val}"
    p = Parser(toks)
    tree = p.expr()
    if p.peek()[0] != "end":
        raise SyntaxError("trailing input")
    return f"{tree!r} => {tree.eval(env)}"

env = {}
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 % 3", "x = 7", "y = x * 2.5",
             "x * y - 1", "10 / 4", "z + 1", "3 $ 4", "(1 + 2", "2 ^ 100", "1 2"]:
    try:
        print(run(line, env))
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{type(e).__name__}: {e}")
print(sorted(env.items()))

# A tokenizer and recursive-descent parser/evaluator for a small expression language.
import re

TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\d+)|([A-Za-z_]\w*)|(\*\*|==|!=|<=|>=|[-+*/%()<>,=;]))")


class Num:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def ev(self, env):
        return self.v


class Var:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def ev(self, env):
        return env[self.name]


class Bin:
    __slots__ = ("op", "l", "r")
    OPS = {
        "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
        "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b,
        "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b), "==": lambda a, b: int(a == b),
    }

    def __init__(self, op, l, r):
        self.op, self.l, self.r = op, l, r

    def ev(self, env):
        return self.OPS[self.op](self.l.ev(env), self.r.ev(env))


class Call:
    __slots__ = ("fn", "args")

    def __init__(self, fn, args):
        self.fn, self.args = fn, args

    def ev(self, env):
        return env[self.fn](*[a.ev(env) for a in self.args])


def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError("bad char at %d" % pos)
        num, name, op = m.groups()
        if num:
            out.append(("num", float(num) if "." in num else int(num)))
        elif name:
            out.append(("name", name))
        else:
            out.append(("op", op))
        pos = m.end()
    out.append(("eof", None))
    return out


class Parser:
    PREC = [("==", "<", ">"), ("+", "-"), ("*", "/", "%")]

    def __init__(self, toks):
        self.toks, self.i = toks, 0

    def peek(self):
        return self.toks[self.i]

    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expr(self, level=0):
        if level == len(self.PREC):
            return self.power()
        left = self.expr(level + 1)
        while self.peek()[0] == "op" and self.peek()[1] in self.PREC[level]:
            op = self.take()[1]
            left = Bin(op, left, self.expr(level + 1))
        return left

    def power(self):
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            return Bin("**", base, self.power())
        return base

    def atom(self):
        kind, v = self.take()
        if kind == "num":
            return Num(v)
        if kind == "op" and v == "-":
            return Bin("-", Num(0), self.atom())
        if kind == "op" and v == "(":
            e = self.expr()
            assert self.take() == ("op", ")")
            return e
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take()
                args = []
                if self.peek() != ("op", ")"):
                    args.append(self.expr())
                    while self.peek() == ("op", ","):
                        self.take()
                        args.append(self.expr())
                assert self.take() == ("op", ")")
                return Call(v, args)
            return Var(v)
        raise SyntaxError("unexpected %r" % (v,))


def run(program, env):
    for stmt in program.split(";"):
        stmt = stmt.strip()
        if not stmt:
            continue
        name, _, rhs = stmt.partition("=")
        p = Parser(tokenize(rhs))
        env[name.strip()] = p.expr().ev(env)
    return env


prog = "a = 3 + 4 * 2; b = (a - 1) ** 2 % 97; c = max(a, b, 7) * 1.5; d = a < b == 1; e = -c + min(b, 3) / 4"
acc = 0.0
for i in range(1500):
    env = run(prog + "; f = a * %d + e" % i, {"max": max, "min": min})
    acc += env["f"] + env["d"]
print(sorted((k, v) for k, v in env.items() if k not in ("max", "min")))
print("%.4f" % acc)

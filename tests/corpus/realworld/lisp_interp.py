"""A tiny Scheme interpreter (Norvig-style), evaluating a few programs."""
import math
import operator as op
from functools import reduce

Symbol = str
List = list


class Env(dict):
    def __init__(self, parms=(), args=(), outer=None):
        super().__init__(zip(parms, args))
        self.outer = outer

    def find(self, var):
        if var in self:
            return self
        if self.outer is None:
            raise LookupError(var)
        return self.outer.find(var)


class Procedure:
    __slots__ = ("parms", "body", "env")

    def __init__(self, parms, body, env):
        self.parms, self.body, self.env = parms, body, env

    def __call__(self, *args):
        return evaluate(self.body, Env(self.parms, args, self.env))


def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()


def read_from(tokens):
    if not tokens:
        raise SyntaxError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        out = []
        while tokens[0] != ")":
            out.append(read_from(tokens))
        tokens.pop(0)
        return out
    if tok == ")":
        raise SyntaxError("unexpected )")
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)


def standard_env():
    env = Env()
    env.update(vars(math))
    env.update({
        "+": lambda *a: reduce(op.add, a), "-": op.sub, "*": lambda *a: reduce(op.mul, a, 1),
        "/": op.truediv, ">": op.gt, "<": op.lt, ">=": op.ge, "<=": op.le, "=": op.eq,
        "abs": abs, "append": op.add, "car": lambda x: x[0], "cdr": lambda x: x[1:],
        "cons": lambda x, y: [x] + y, "list": lambda *x: list(x), "null?": lambda x: x == [],
        "number?": lambda x: isinstance(x, (int, float)), "length": len, "max": max, "min": min,
        "not": op.not_, "map": lambda f, xs: list(map(f, xs)),
    })
    return env


GLOBAL = standard_env()


def evaluate(x, env=GLOBAL):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, List):
            return x
        head, *args = x
        if head == "quote":
            return args[0]
        if head == "if":
            test, conseq, alt = args
            x = conseq if evaluate(test, env) else alt
            continue
        if head == "define":
            name, expr = args
            env[name] = evaluate(expr, env)
            return None
        if head == "lambda":
            parms, body = args
            return Procedure(parms, body, env)
        if head == "begin":
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        proc = evaluate(head, env)
        vals = [evaluate(a, env) for a in args]
        return proc(*vals)


def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    return str(v)


PROGRAMS = [
    "(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))",
    "(fact 30)",
    "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
    "(map fib (list 1 2 3 4 5 6 7 8 9 10 15))",
    "(define range (lambda (a b) (if (= a b) (quote ()) (cons a (range (+ a 1) b)))))",
    "(range 0 12)",
    "(map (lambda (x) (* x x)) (range 0 10))",
    "(begin (define r 10) (* pi (* r r)))",
    "(sqrt (+ (* 3 3) (* 4 4)))",
    "(define count (lambda (item L) (if (null? L) 0 (+ (if (= item (car L)) 1 0) (count item (cdr L))))))",
    "(count 0 (list 0 1 2 3 0 0))",
    "(length (quote (a b c d)))",
    "(undefined-thing 1)",
    "(+ 1",
]
for src in PROGRAMS:
    try:
        val = evaluate(read_from(tokenize(src)))
        if val is not None:
            print(to_str(val))
    except (LookupError, SyntaxError) as e:
        print(type(e).__name__, e, repr(e))

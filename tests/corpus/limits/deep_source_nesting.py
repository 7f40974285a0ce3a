# Source nested past what the compiler takes is an exception, never a crash (wasm trapped on
# long operator chains, whose tree the compiler walks recursively). Sizes are ones every
# build refuses the same way as CPython 3.13.
def attempt(src, mode="eval"):
    try:
        compile(src, "<s>", mode)
        return "ok"
    except (SyntaxError, RecursionError, MemoryError) as e:
        return f"{type(e).__name__}: {e}"


for n in (10000, 100000):
    print(n, "chain +", attempt("1+" * n + "1"))
    print(n, "chain .", attempt("a" + ".b" * n))
    print(n, "chain ()", attempt("f" + "()" * n))
    print(n, "chain []", attempt("x" + "[0]" * n))
    print(n, "chain * then +", attempt("1*" * (n // 2) + "1" + "+1" * (n // 2)))
    print(n, "statement", attempt("x = " + "1+" * n + "1", "exec"))
    for open_, close in ("()", "[]", "{}"):
        print(n, "brackets", open_, attempt(open_ * n + close * n))
    print(n, "unary -", attempt("-" * n + "1"))
    print(n, "not", attempt("not " * n + "x"))
    print(n, "lambda", attempt("lambda: " * n + "1"))
    print(n, "ternary", attempt("1 if 1 else " * n + "1"))
for n in (50, 90, 201):
    print(n, "parens", attempt("(" * n + "1" + ")" * n))
print("flat", attempt("a and " * 50000 + "b"), attempt("a < " * 50000 + "b"), attempt("+".join(["1"] * 500)))
try:
    eval("1+" * 20000 + "1")
except RecursionError as e:
    print("eval:", e)
try:
    exec("y = " + "a." * 20000 + "b")
except RecursionError as e:
    print("exec:", e)
print(eval("+".join(map(str, range(900)))), eval("-" * 90 + "7"), eval("a." * 0 + "len")("abc"))

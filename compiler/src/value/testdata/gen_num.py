import random, struct, math
random.seed(7)
def fbits(x): return "f" + format(struct.unpack("<Q", struct.pack("<d", x))[0], "x")
def tok(v):
    if isinstance(v, bool): v = int(v)
    if isinstance(v, int): return "i" + str(v)
    if isinstance(v, float): return fbits(v)
    raise TypeError(type(v))
def rint():
    r = random.random()
    if r < 0.3: return random.randint(-20, 20)
    if r < 0.5: return random.randint(-2**63, 2**63 - 1)
    if r < 0.7: return random.randint(-2**130, 2**130)
    if r < 0.8: return random.choice([0, 1, -1, 2**63, -2**63, 2**53 + 1, 2**64 - 1])
    return random.randint(-10**6, 10**6)
def rfloat():
    r = random.random()
    if r < 0.3: return random.uniform(-100, 100)
    if r < 0.4: return float(random.randint(-50, 50))
    if r < 0.5: return random.choice([0.0, -0.0, 0.5, -0.5, 1.0, -1.0, float("inf"), float("-inf"), 1e308, 5e-324, 2.0**53])
    if r < 0.7: return random.uniform(-1, 1) * 10 ** random.randint(-30, 30)
    return random.uniform(-1e6, 1e6)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
       "//": lambda a, b: a // b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b, "<<": lambda a, b: a << b,
       ">>": lambda a, b: a >> b, "&": lambda a, b: a & b, "|": lambda a, b: a | b, "^": lambda a, b: a ^ b}
lines = []
for _ in range(3000):
    op = random.choice(list(ops))
    kind = random.choice(["ii", "if", "fi", "ff", "ii"])
    a = rint() if kind[0] == "i" else rfloat()
    b = rint() if kind[1] == "i" else rfloat()
    if op in ("**",) and kind == "ii":
        b = random.randint(-5, 40)
        if abs(a) > 2**70: a = random.randint(-1000, 1000)
    if op in ("**",) and kind != "ii" and abs(b) > 50 and random.random() < 0.7:
        b = random.uniform(-5, 5)
    if op in ("<<",) and kind == "ii":
        b = random.randint(-2, 100)
    if op in (">>",) and kind == "ii" and random.random() < 0.8:
        b = random.randint(-2, 140)
    if op in ("//", "%", "/") and random.random() < 0.1:
        b = 0 if kind[1] == "i" else 0.0
    try:
        r = ops[op](a, b)
        if isinstance(r, complex):
            res = "C"
        else:
            res = tok(r)
    except Exception as e:
        res = "E" + type(e).__name__ + ":" + str(e)
    # comparison too
    c = "<" if a < b else (">" if a > b else ("=" if a == b else "u"))
    lines.append(f"{op} {tok(a)} {tok(b)} {c} {res}")
for _ in range(400):
    x = rfloat()
    n = random.randint(-10, 20)
    try: r = tok(round(x, n))
    except Exception as e: r = "E" + type(e).__name__ + ":" + str(e)
    lines.append(f"round {tok(x)} i{n} = {r}")
for _ in range(400):
    x = rfloat()
    lines.append(f"hash {tok(x)} i0 = i{hash(x)}")
    y = rint()
    lines.append(f"hash {tok(y)} i0 = i{hash(y)}")
for _ in range(300):
    x = rfloat()
    s = random.choice([repr(x), "%.17g" % x, "%e" % x, "%.3f" % x])
    lines.append(f"parse {s} i0 = {tok(float(s))}")
print("\n".join(lines))

# Long strs built with += / + (appended in place when the left operand is the newest str
# of the run): every intermediate str keeps its own text, forks copy, and hashing,
# comparison, slicing, searching and dict keys see the right text.

def build(n, piece):
    s = ""
    steps = []
    for i in range(n):
        s += piece
        if i % 97 == 0:
            steps.append(s)
    return s, steps

s, steps = build(20000, "ab")
print(len(s), s[:6], s[-6:], len(steps), [len(t) for t in steps[:4]])
print(all(t == "ab" * (len(t) // 2) for t in steps))

u, usteps = build(3000, "é€x")
print(len(u), u.count("€"), u[-4:], u[1000:1006], u.find("xé", 500), len(u.encode()))

# A fork from an older str of the run copies; the newer strs are unchanged.
base = "x" * 300
a = base + "1" * 10
b = a + "2" * 10
c = a + "3" * 10  # a is no longer the newest: copies
d = b + "4"
print(a[-12:], b[-12:], c[-12:], d[-12:], len(a), len(b), len(c), len(d))
print(a == base + "1" * 10, b != c, b < c, hash(b) == hash("x" * 300 + "1" * 10 + "2" * 10))

# Appending a str to itself, and to a str that is a prefix of the same run.
t = "y" * 400
t2 = t + t
t3 = t2 + t2
print(len(t3), t3 == "y" * 1600, t2 + t[:5] == "y" * 805)

# As dict keys and set members, and through str methods.
keys = {}
k = "k" * 256
for i in range(50):
    k += str(i % 10)
    keys[k] = i
print(len(keys), keys["k" * 256 + "0123456789" * 5], sorted(len(x) for x in keys)[:3])
line = ""
for w in ["alpha", "beta", "gamma"] * 200:
    line = line + w + " "
words = line.split()
print(len(words), words[:3], line.upper()[:11], line.strip()[-5:], line.replace("beta", "B")[:16])
print(repr(("q" * 300 + "\n")[-3:]), ("q" * 300 + "'")[-2:], f"{'z' * 250 + 'end':>5.5}")

# Module-level run, and += inside a class attribute and a list item.
g = ""
for i in range(5000):
    g += chr(65 + i % 26)
print(len(g), g[:30], g[-3:])
class Log:
    def __init__(self):
        self.text = ""
    def add(self, s):
        self.text += s + "\n"
log = Log()
for i in range(1000):
    log.add(f"line {i}")
print(len(log.text), log.text.splitlines()[-1], log.text.count("\n"))
parts = [""]
for i in range(2000):
    parts[0] += "p"
print(len(parts[0]))

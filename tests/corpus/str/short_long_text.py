# Short str values are stored inline and longer ones in their own allocation: every operation
# must agree across that boundary (21/22 UTF-8 bytes), for ASCII and non-ASCII text alike.
samples = []
for n in range(18, 26):
    samples.append("a" * n)
    samples.append("é" * (n // 2))
    samples.append("x" * (n - 2) + "€")
    samples.append("😀" * (n // 4) + "z")

for s in samples:
    t = "".join(list(s))  # the same text built another way
    print(len(s), len(s.encode()), s == t, hash(s) == hash(t), s[1:-1] == t[1:-1], s[::-1][::-1] == s)
    print(repr(s[-3:]), s[len(s) // 2], s.find(s[-1]), s.rfind(s[0]), s.upper()[:3], s.count(s[0]))

# Keys built by slicing, splitting and joining find each other in dicts and sets.
words = ("alpha beta " + "γάμμα " * 3 + "a-very-long-identifier-here tail").split()
d = {w: i for i, w in enumerate(words)}
for w in ["alpha", "γάμμα", "a-very-long-identifier-here", "a-very-long-identifier-her" + "e", "tail"]:
    print(w, d.get(w), w in set(words))
print(sorted(d))

# Splitting long text into short words and back.
line = "The quick brown fox jumps over the lazy dog. " * 5
ws = line.split()
print(len(ws), ws[:4], " ".join(ws) == line.strip(), line.splitlines() == [line])
print([w[::-1] for w in ws[:9]], max(ws, key=len), min(ws))
mixed = "naïve café 日本語テキスト résumé " * 2
print(mixed.split(), [len(w) for w in mixed.split()], mixed.title(), mixed.upper().split("É"))
print(mixed[3:9], mixed[-8:], mixed.index("日本"), mixed.partition("語"))
print(f"{mixed[:5]!r:>12}|{ws[1]:^9}|", "%s/%r" % (ws[2], mixed[6:10]))

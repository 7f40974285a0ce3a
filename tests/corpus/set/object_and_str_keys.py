# Identity hashes follow CPython's pointer hash (hash(o) == id(o) >> 4), and tables keyed by
# objects or strings stay correct through growth, deletions and re-insertions.
class Node:
    def __init__(self, n):
        self.n = n


nodes = [Node(i) for i in range(200)]
print(all(hash(o) == id(o) >> 4 for o in nodes))


def f():
    pass


print(hash(f) == id(f) >> 4, hash(Node) == id(Node) >> 4, hash(object()) != -1)

s = set(nodes)
d = {o: o.n for o in nodes}
print(len(s), all(o in s for o in nodes), sum(d[o] for o in nodes))
for o in nodes[::3]:
    s.discard(o)
    del d[o]
print(len(s), len(d), sum(o.n for o in s), sum(d.values()), Node(0) in s)
for o in nodes[::6]:
    s.add(o)
    d[o] = -o.n
print(len(s), len(d), sum(o.n for o in s), sum(d.values()))

# Strings of every length class of the hash (short, one word, several words, a ragged tail).
words = ["", "a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghi", "x" * 15, "x" * 16, "x" * 17]
words += [w + "é" for w in words] + [str(i) for i in range(1000)] + ["k%05d" % i for i in range(1000)]
print(len(set(words)), len(words), len({w: 1 for w in words}))
print(len({hash(w) for w in words}) == len(set(words)))
print(all(hash(w) == hash(w[:]) == hash("".join(list(w))) for w in words))
print(hash("abc") == hash("ab" + "c"), hash(b"abc") == hash(b"ab" + b"c"))
used = set()
for rnd in range(2013):
    w = words[rnd % 40]
    if w in used:
        used.discard(w)
    else:
        used.add(w)
print(len(used), sorted(used)[:5])

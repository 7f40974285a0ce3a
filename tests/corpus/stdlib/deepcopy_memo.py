# copy.deepcopy: atomic items inside containers, memo entries (prefilled or written by a
# __deepcopy__ hook) that name atomic objects, and shared references.
import copy

s = "shared string"
n = 10**20
memo = {id(s): "from memo", id(n): "big from memo"}
print(copy.deepcopy([s, n, 1, (s, n), {s: n}], memo))
print(copy.deepcopy([s, n]), copy.deepcopy({"k": s, s: (n,)}))


class Hook:
    def __init__(self, target):
        self.target = target

    def __deepcopy__(self, memo):
        memo[id(self.target)] = "hooked"
        return Hook(self.target)


word = "atom"
out = copy.deepcopy([Hook(word), word, (word,), {word: word}])
print(out[1:], type(out[0]).__name__)

inner = [1, 2]
outer = [inner, inner, (inner, 3), {"a": inner}]
c = copy.deepcopy(outer)
print(c, c[0] is c[1], c[2][0] is c[0], c[3]["a"] is c[0], c[0] is inner)
t = (1, "a", None, 2.5, True, b"x", range(3), len, frozenset({1}))
print(copy.deepcopy(t) is t, copy.deepcopy([t])[0] is t)
t2 = (1, [2])
c2 = copy.deepcopy(t2)
print(c2 == t2, c2 is t2, c2[1] is t2[1])
r = []
r.append(r)
cr = copy.deepcopy(r)
print(cr[0] is cr, cr is r)
d = {}
d["self"] = d
cd = copy.deepcopy(d)
print(cd["self"] is cd)
fs = frozenset({(1, 2), "x"})
cfs = copy.deepcopy(fs)
print(sorted(cfs, key=repr), cfs == fs, cfs is fs, copy.copy(fs) is fs, copy.deepcopy([fs, fs])[0] is cfs)
pair = copy.deepcopy([fs, fs])
print(pair[0] is pair[1], pair[0] == fs)

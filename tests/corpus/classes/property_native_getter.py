# Properties whose getter is a built-in function (re.Match.lastgroup is one): the inline
# cache calls it directly; the results and errors are those of the general lookup.
import operator


class Sized:
    size = property(len)
    text = property(repr)
    first = property(operator.itemgetter(0))

    def __len__(self):
        return 3

    def __repr__(self):
        return "<Sized>"

    def __getitem__(self, i):
        return "item%d" % i


s = Sized()
print([(s.size, s.text, s.first) for _ in range(3)])


class Bad:
    neg = property(abs)


b = Bad()
for _ in range(2):
    try:
        b.neg
    except TypeError as e:
        print("TypeError:", e)


class Fallback:
    x = property(operator.attrgetter("missing"))

    def __getattr__(self, name):
        return "fallback for " + name


f = Fallback()
print([f.x for _ in range(3)])


class Swap:
    v = property(len)

    def __len__(self):
        return 7


w = Swap()
out = []
for i in range(4):
    if i == 2:
        Swap.v = property(repr)
    out.append(w.v)
print(out[:2], out[2].startswith("<__main__.Swap object"), out[3] == out[2])
try:
    w.v = 1
except AttributeError as e:
    print("AttributeError:", e)

# pickle dumps/loads of nested builtins and user class instances.
import pickle


class Rec:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return isinstance(other, Rec) and self.a == other.a and self.b == other.b


def make(i):
    return {
        "i": i,
        "s": "str%d" % i,
        "f": i / 7,
        "l": [i, (i, "x"), {i % 3}, b"by"],
        "r": Rec(i, [i] * 3),
        "big": 10 ** 30 + i,
        "neg": -i,
    }


data = [make(i) for i in range(300)]
total = 0
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    for rep in range(12):
        blob = pickle.dumps(data, protocol=proto)
        back = pickle.loads(blob)
        assert back == data, proto
    total += len(blob)
    print(proto, len(blob))
print("total", total)

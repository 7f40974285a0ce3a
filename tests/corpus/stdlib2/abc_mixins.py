from collections.abc import MutableMapping, MutableSequence, Set, MutableSet, Iterable, Sized, Hashable
from collections import UserDict, UserList, UserString, OrderedDict


class LowerDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


d = LowerDict({"A": 1}, B=2)
print(d["a"], "B" in d, len(d), dict(d), d.get("c", 3), d.setdefault("C", 9), d.pop("a"), sorted(d.items()))
d.update([("Z", 26)]); print(sorted(d.keys()), sorted(d.values()), d.popitem(), len(d))
d.clear(); print(len(d), d == {}, isinstance(d, dict))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)


class Bag(MutableSequence):
    def __init__(self, items=()):
        self._l = list(items)

    def __getitem__(self, i):
        return self._l[i]

    def __setitem__(self, i, v):
        self._l[i] = v

    def __delitem__(self, i):
        del self._l[i]

    def __len__(self):
        return len(self._l)

    def insert(self, i, v):
        self._l.insert(i, v)

    def __repr__(self):
        return f"Bag({self._l})"


b = Bag([3, 1])
b.append(2); b.extend([5, 5]); b.reverse(); print(b, b.pop(), b.pop(0), b, b.index(1), b.count(5))
b.remove(1); b += [7]; print(b, 7 in b, list(reversed(b)))


class FSet(Set):
    def __init__(self, it=()):
        self._s = []
        for x in it:
            if x not in self._s:
                self._s.append(x)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)


a, c = FSet([1, 2, 3]), FSet([2, 3, 4])
print(sorted(a & c), sorted(a | c), sorted(a - c), sorted(a ^ c), a <= FSet([1, 2, 3, 4]), a == FSet([3, 2, 1]), a.isdisjoint([9]))
print(isinstance(a, Iterable), isinstance(a, Sized), isinstance(a, MutableSet), isinstance(a, Hashable))


class Bits(MutableSet):
    def __init__(self):
        self.v = set()

    def __contains__(self, x):
        return x in self.v

    def __iter__(self):
        return iter(sorted(self.v))

    def __len__(self):
        return len(self.v)

    def add(self, x):
        self.v.add(x)

    def discard(self, x):
        self.v.discard(x)


s = Bits(); s |= [3, 1, 2]; s -= [2]; print(list(s), s.pop(), list(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
u = UserDict(a=1); u["b"] = 2; print(u, len(u), u.data, "a" in u, u.copy())
ul = UserList([3, 1, 2]); ul.sort(); ul.append(4); print(ul, ul[1:], len(ul), ul + [5], ul == [1, 2, 3, 4])
us = UserString("Hello"); print(us, len(us), us.upper(), us + "!", "ell" in us)
print(issubclass(OrderedDict, MutableMapping), issubclass(UserDict, MutableMapping))

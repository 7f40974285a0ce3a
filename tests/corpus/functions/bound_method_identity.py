# Bound methods: equality and hashing by (receiver identity, function), __call__ on every
# kind of callable, and bound built-in methods typed and named like CPython's.
class A:
    def m(self, x=1):
        return x * 2

    @classmethod
    def c(cls):
        return cls.__name__


a, b = A(), A()
print(a.m == a.m, a.m is a.m, a.m == b.m, a.m != a.m, a.m != b.m)
print(hash(a.m) == hash(a.m), {a.m: "found"}[a.m], A.c == A.c)
callbacks = [a.m, b.m]
callbacks.remove(b.m)
print(len(callbacks), callbacks[0] == a.m)

l = [3]
print(l.append == l.append, l.append == [].append, {l.append, l.append} == {l.append})
print(type(l.append).__name__, type(len).__name__, type("".join).__name__, type(a.m).__name__)
print(l.append.__qualname__, dict.fromkeys.__qualname__, (5).bit_length.__qualname__, A.c.__qualname__)
try:
    l.append.__func__
except AttributeError as e:
    print("AttributeError:", e)
print(a.m.__func__ is A.m, l.append.__self__ is l)

def f(x):
    return x + 1

print(f.__call__(1), a.m.__call__(3), len.__call__([1, 2]), (lambda: 7).__call__(), A.__call__().m())
print(l.append.__call__(4), l, int.__call__("5"), A.c.__call__())

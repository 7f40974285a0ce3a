# Unpacking a set, frozenset or dict of the right length takes its items (keys) in iteration
# order; other lengths and subclasses behave as iterating would.
def f():
    (v,) = {7}
    print(v)
    a, b, c = {3, 1, 2}
    print(a, b, c)
    x, y = frozenset({"p", "q"}) if False else frozenset({10, 20})
    print(sorted([x, y]))
    k1, k2 = {"one": 1, "two": 2}
    print(k1, k2)
    s = {5, 6}
    s.discard(5)
    s.add(9)
    p, q = s
    print(p, q)
    d = {"a": 1, "b": 2, "c": 3}
    del d["b"]
    m, n = d
    print(m, n)
    for bad in ({1, 2, 3}, set(), {"k": 1, "j": 2, "i": 3}):
        try:
            (u, w) = bad
        except ValueError as exc:
            print("ValueError", exc)

    class S(set):
        def __iter__(self):
            return iter(["from", "iter"])

    class D(dict):
        def __iter__(self):
            return iter(["sub", "class"])

    g, h = S({1, 2})
    print(g, h)
    g, h = D(a=1, b=2)
    print(g, h)
    () = set()
    () = {}
    print("empty ok")


f()
(only,) = {"module"}
print(only)

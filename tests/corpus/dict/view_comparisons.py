# Keys and items views compare like sets (sizes, then containment) with sets, frozensets and
# other keys/items views; anything else is NotImplemented.
d = {"a": 1, "b": 2}
k = d.keys()
print(k >= {"a"}, k > {"a"}, k <= {"a", "b", "c"}, k < {"a", "b"}, k == {"a", "b"}, k != {"a"})
print(k >= frozenset("ab"), k > frozenset("ab"), k < frozenset("abc"))
print(k & {"a", "z"}, sorted(k | {"z"}), k - {"a"}, sorted(k ^ {"a", "q"}), k.isdisjoint({"q"}))
print({"a"} <= k, {"a", "z"} & k, ["a"] == k, {"a", "b"} >= k, frozenset("a") < k)
it = d.items()
print(it >= {("a", 1)}, it > {("a", 2)}, it & {("a", 1)}, sorted(it | {("c", 3)}), it == {("a", 1), ("b", 2)})
print(k == d.keys(), k >= d.keys(), k < {"a": 0, "b": 0, "c": 0}.keys(), d.values() == d.values())
print(sorted(k & ["a", "b"]), sorted(k | ("x",)), k - "ab")
for bad in (["a"], "ab", d.values(), 3):
    try:
        k < bad
    except TypeError as e:
        print("TypeError:", e)


class D(dict):
    pass


sub = D(x=1)
print(sub.keys() <= {"x", "y"}, sub.items() < {("x", 1), ("y", 2)}, sub.keys() > set())

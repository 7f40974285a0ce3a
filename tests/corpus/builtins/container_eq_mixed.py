# Containers compare their items with ==: bytearray equals bytes, a complex equals a real
# number with no imaginary part, and a big int equals the float with its value.
print([bytearray(b"a")] == [bytearray(b"a")], [bytearray(b"a")] == [b"a"], [b"a"] == [bytearray(b"a")])
print((bytearray(b"x"), 1) == (b"x", 1), {1: bytearray(b"a")} == {1: b"a"}, [bytearray(b"a")] != [bytearray(b"b")])
print([1 + 2j] == [1 + 2j], [1 + 0j] == [1], [1] == [1 + 0j], [1.0] == [1 + 0j], [True] == [1 + 0j], [2j] == [2])
print((1 + 2j, 3) == (1 + 2j, 3), {1: 2j} == {1: 2j}, 2j in [2j], bytearray(b"x") in [bytearray(b"x")])
print([2**100] == [2.0**100], [2.0**100] == [2**100], (2**64,) == (float(2**64),), [2**100] == [2**100 + 1])
print([bytearray(b"a")].index(b"a"), [b"a"].count(bytearray(b"a")), [1 + 0j, 1].count(1), (1.0, 1 + 0j).index(1 + 0j))

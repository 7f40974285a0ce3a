print([x * 2 for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(3) if i != j])
print([[i * j for j in range(4)] for i in range(4)])
print({x: x ** 2 for x in range(6)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print(sorted({x % 4 for x in range(20)}))
words = ["apple", "bob", "kayak", "level", "xyz"]
print([w for w in words if w == w[::-1]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([c for word in words for c in word if c in "aeiou"])
x = "outer"
print([x for x in range(3)], x)
print({len(w): w for w in words})
print([(lambda y: y + 1)(i) for i in range(3)])

print(hash(slice(1, 2)) == hash(slice(1, 2)))
print(hash(range(0)) == hash(range(1, 1)), hash(range(3)) == hash(range(0, 3, 1)))

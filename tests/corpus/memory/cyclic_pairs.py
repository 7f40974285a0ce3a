# A million reference cycles: memory must stay bounded (the GC reclaims them).
class Node:
    __slots__ = ("other", "value")
    def __init__(self, value):
        self.value = value
        self.other = None

checksum = 0
for i in range(1_000_000):
    a = Node(i)
    b = Node(i + 1)
    a.other = b
    b.other = a
    checksum = (checksum + a.other.value) % 1_000_003
print("checksum", checksum)

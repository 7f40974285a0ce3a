class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for x in reversed(list(iterable)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __contains__(self, v):
        return any(x == v for x in self)
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("index out of range")
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return list(self) == list(other)

ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), 2 in ll, 9 in ll, ll[0], ll[-1])
ll.reverse()
print(ll)
print(ll.pop(), ll.pop(), ll)
print(ll == LinkedList([1, 0]), sum(LinkedList(range(100))))
try:
    LinkedList().pop()
except IndexError as e:
    print("IndexError:", e)
big = LinkedList(range(10000))
big.reverse()
print(big[0], big[9999], len(big))
words = LinkedList("the quick brown fox".split())
print(sorted(words), max(words, key=len))

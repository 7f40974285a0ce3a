class Tree:
    def __init__(self):
        self.root = None
        self.count = 0
    class _Node:
        __slots__ = ("key", "left", "right")
        def __init__(self, key):
            self.key, self.left, self.right = key, None, None
    def insert(self, key):
        if self.root is None:
            self.root = self._Node(key)
            self.count += 1
            return
        node = self.root
        while True:
            if key == node.key:
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, self._Node(key))
                self.count += 1
                return
            node = child
    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right
    def preorder(self, node="start"):
        if node == "start":
            node = self.root
        if node:
            yield node.key
            yield from self.preorder(node.left)
            yield from self.preorder(node.right)
    def height(self, node="start"):
        if node == "start":
            node = self.root
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False
    def __len__(self):
        return self.count

t = Tree()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k)
print(list(t), len(t), t.height())
print(list(t.preorder()))
print(35 in t, 36 in t)
words = Tree()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words), words.height())
it = iter(t)
print(next(it), next(it), next(it))

r = Tree()
seq = [(i * 7919) % 1000 for i in range(500)]
for k in seq:
    r.insert(k)
print(len(r), list(r)[:10], r.height())

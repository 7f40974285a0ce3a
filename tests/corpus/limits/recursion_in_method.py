class Node:
    def __init__(self, child=None):
        self.child = child
    def depth(self):
        return 1 + (self.child.depth() if self.child else 0)
n = None
for _ in range(400):
    n = Node(n)
print(n.depth())
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError:
    print("repr recursion caught")

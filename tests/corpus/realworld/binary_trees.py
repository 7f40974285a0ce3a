import sys
from collections import deque


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right


def make(depth):
    if depth == 0:
        return Node()
    return Node(make(depth - 1), make(depth - 1))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def make_tuple(d):
    return (None, None) if d == 0 else (make_tuple(d - 1), make_tuple(d - 1))


def check_tuple(t):
    l, r = t
    return 1 if l is None else 1 + check_tuple(l) + check_tuple(r)


def main(n=12):
    min_depth = 4
    max_depth = max(min_depth + 2, n)
    stretch = max_depth + 1
    print(f"stretch tree of depth {stretch}\t check: {check(make(stretch))}")
    long_lived = make(max_depth)
    for depth in range(min_depth, stretch, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        total = sum(check(make(depth)) for _ in range(iterations))
        print(f"{iterations}\t trees of depth {depth}\t check: {total}")
    print(f"long lived tree of depth {max_depth}\t check: {check(long_lived)}")
    print(check_tuple(make_tuple(10)))
    q = deque(range(5))
    q.rotate(2)
    print(q, sys.getrecursionlimit() >= 1000)


main()

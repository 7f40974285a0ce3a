def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
import sys
print(sys.getrecursionlimit())
def count_depth():
    depth = 0
    def go():
        nonlocal depth
        depth += 1
        go()
    try:
        go()
    except RecursionError:
        return depth > 500
print(count_depth())
print("still alive after recursion errors")

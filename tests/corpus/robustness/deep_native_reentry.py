# A huge recursion limit must not let re-entries through builtins overflow the host stack.
import sys
sys.setrecursionlimit(1000000)


class B:
    def __bool__(self):
        return not self


class I:
    def __index__(self):
        return [1][self]


class G:
    def __getattr__(self, n):
        return getattr(self, n)


class D(dict):
    def __missing__(self, k):
        return self[k]


for f in [lambda: not B(), lambda: [1][I()], lambda: G().x, lambda: D()[1]]:
    try:
        f()
        print("no error")
    except RecursionError:
        print("RecursionError")

# `and` / `or` keep the deciding operand; bools take the fast path, everything else asks
# truthiness (including instances with __bool__ / __len__, and errors from them).
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
    def __repr__(self):
        return f"B({self.v})"

class L:
    def __len__(self):
        return 0
    def __repr__(self):
        return "L()"

class Bad:
    def __bool__(self):
        return 1

class Boom:
    def __bool__(self):
        raise ValueError("no truth")

for a in (True, False, 0, 1, 2.5, 0.0, "", "x", [], [0], None, B(True), B(False), L()):
    for b in (True, False, "y", None):
        print(repr(a), repr(b), repr(a and b), repr(a or b))

def held(flag, queue):
    return not flag and bool(queue)

print(held(False, [1]), held(True, [1]), held(False, []))
x = 0
print([i and x or i for i in range(3)])
for obj in (Bad(), Boom()):
    for expr in (lambda: obj and 1, lambda: obj or 1):
        try:
            print(expr())
        except Exception as e:
            print(type(e).__name__, e)

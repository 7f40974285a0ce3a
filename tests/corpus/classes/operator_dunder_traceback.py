# An error raised inside a Python dunder run by an operator: the traceback shows the
# operator's line (carets under the operation) and then the dunder's line.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __lt__(self, other):
        return self.cents < other.cents


def total(items):
    acc = 0
    for item in items:
        acc = acc + item
    return acc


def cheapest(a, b, c):
    return a < b < c


print(total([Money(1), Money(2)]).cents)
print(sum([Money(1), Money(2)]).cents)
print(cheapest(Money(1), Money(2), Money(3)))
try:
    total([Money(1), 2])
except AttributeError as e:
    print("AttributeError:", e)
print(cheapest(Money(1), Money(2), 3))

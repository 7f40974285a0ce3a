print("hello", "world")
print(1, 2.5, None, True, [1, 'a'], (1,), {'k': 3})
print("a", "b", "c", sep="-")
print("no newline", end="")
print()
print("x", "y", sep="", end="!\n")
print(sep=None, end=None)
print("a", "b", sep=None)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


c = Collector()
print("one", 2, "three", file=c)
print("x", file=c, sep="+", end="", flush=True)
print(c.parts)

try:
    print("a", sep=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(foo=1)
except TypeError as e:
    print(type(e).__name__, e)


class S:
    def __str__(self):
        return "S!"

    def __repr__(self):
        return "S?"


print(S(), [S()])
print(repr("a'b"), ascii("héllo\U0001f600"), ascii(["é"]))
print(format(3.14159, ".2f"), format(42, "05d"), format("x", ">3"), format(10))
